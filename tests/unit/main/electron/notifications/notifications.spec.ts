import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AlertDto, Settings } from '@contract';
import { silentLogger } from '../../../../../apps/main/src/core/log/logger';
import { createHostApi } from '../../../../../apps/main/src/electron/host-api';
import {
  alertContent,
  setupNotifications,
} from '../../../../../apps/main/src/electron/notifications/notifications';
import { ALERT_STRINGS, UPDATE_STRINGS } from '../../../../../apps/main/src/electron/notifications/strings';
import { createSettingsMirror } from '../../../../../apps/main/src/electron/settings-mirror';
import { createStatusBoard } from '../../../../../apps/main/src/electron/status-board';
import { FakeNotification, resetElectronFake } from '../../../fakes/electron';
import { createFakeCore, statusOf } from '../fake-core';

vi.mock('electron', () => import('../../../fakes/electron'));

const alert = (patch: Partial<AlertDto> = {}): AlertDto => ({
  id: 1,
  accountId: 'a',
  at: 0,
  level: 'warning',
  kind: 'runs_out',
  messageId: 'alert.runsOut',
  params: {},
  ...patch,
});

async function setup(settings: Partial<Settings> = {}, locale = 'en-US') {
  const fake = createFakeCore({ settings, statuses: [statusOf('a', 'active', 'GLM work')] });
  const api = createHostApi(fake.core.dispatcher, fake.events);
  const openDashboard = vi.fn();
  const notifier = setupNotifications({
    api,
    board: await createStatusBoard(api, silentLogger),
    settings: await createSettingsMirror(api, silentLogger),
    systemLocale: locale,
    openDashboard,
  });
  return { fake, notifier, openDashboard };
}

beforeEach(() => resetElectronFake());

describe('setupNotifications', () => {
  it('shows a raised alert naming the account, and opens the dashboard on click', async () => {
    const { fake, openDashboard } = await setup();
    fake.events.emit('alert:raised', alert());
    expect(FakeNotification.shown.map((n) => n.options)).toEqual([
      {
        title: 'Quota may run out',
        body: 'GLM work is predicted to run out before its reset.',
        urgency: 'normal',
        silent: false,
      },
    ]);
    FakeNotification.shown[0]!.emit('click');
    expect(openDashboard).toHaveBeenCalledOnce();
  });

  it('stays quiet while notifications are off in the settings', async () => {
    const { fake } = await setup({ notifications: false });
    fake.events.emit('alert:raised', alert());
    expect(FakeNotification.shown).toHaveLength(0);
    fake.changeSettings({ notifications: true });
    fake.events.emit('alert:raised', alert());
    expect(FakeNotification.shown).toHaveLength(1);
  });

  it('speaks Chinese when the user does', async () => {
    const { fake } = await setup({ language: 'system' }, 'zh-CN');
    fake.events.emit('alert:raised', alert({ kind: 'error', level: 'critical' }));
    expect(FakeNotification.shown[0]!.options).toMatchObject({
      title: '账户异常',
      body: 'GLM work无法查询，请打开仪表盘查看详情。',
      urgency: 'critical',
    });
  });

  it('tells the user what a manual update check found', async () => {
    const { notifier } = await setup();
    notifier.showUpdateOutcome('up-to-date');
    expect(FakeNotification.shown[0]!.options).toMatchObject({ title: 'CPMS is up to date', silent: true });
  });

  it('does nothing where the OS has no notifications', async () => {
    FakeNotification.supported = false;
    const { fake } = await setup();
    fake.events.emit('alert:raised', alert());
    expect(FakeNotification.shown).toHaveLength(0);
  });
});

describe('alert strings', () => {
  it('cover every alert kind and update outcome in both languages', () => {
    for (const table of [ALERT_STRINGS, UPDATE_STRINGS]) {
      expect(Object.keys(table['zh-CN']).sort()).toEqual(Object.keys(table.en).sort());
    }
    expect(Object.keys(ALERT_STRINGS.en).sort()).toEqual(
      ['error', 'low_balance', 'notice', 'recovered', 'runs_out', 'threshold'].sort(),
    );
  });

  it('word an alert without an account sensibly', () => {
    expect(alertContent(alert({ accountId: null, kind: 'low_balance', level: 'info' }), null, 'en')).toEqual({
      title: 'Low balance',
      body: 'An account is running low on balance.',
      urgency: 'low',
      silent: true,
    });
  });
});
