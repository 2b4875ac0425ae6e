import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AccountStatus, Settings } from '@contract';
import { silentLogger } from '../../../../../apps/main/src/core/log/logger';
import { createHostApi } from '../../../../../apps/main/src/electron/host-api';
import { createSettingsMirror } from '../../../../../apps/main/src/electron/settings-mirror';
import { createStatusBoard } from '../../../../../apps/main/src/electron/status-board';
import { setupTray } from '../../../../../apps/main/src/electron/tray/tray';
import { createWindowManager } from '../../../../../apps/main/src/electron/windows/window-manager';
import { createWindowStateStore } from '../../../../../apps/main/src/electron/windows/window-state';
import { FakeBrowserWindow, FakeTray, resetElectronFake } from '../../../fakes/electron';
import { createFakeCore, statusOf } from '../fake-core';

vi.mock('electron', () => import('../../../fakes/electron'));

async function setup(
  initial: { settings?: Partial<Settings>; statuses?: AccountStatus[] } = {},
  locale = 'en-US',
) {
  const fake = createFakeCore(initial);
  const api = createHostApi(fake.core.dispatcher, fake.events);
  const windows = createWindowManager({
    mainDir: '/app/out/main',
    devUrl: undefined,
    state: createWindowStateStore(join(mkdtempSync(join(tmpdir(), 'cpms-tray-')), 'window-state.json')),
    log: silentLogger,
  });
  const actions = { toggleWidget: vi.fn(), checkForUpdates: vi.fn(), quit: vi.fn() };
  const handle = await setupTray({
    api,
    board: await createStatusBoard(api, silentLogger),
    settings: await createSettingsMirror(api, silentLogger),
    windows,
    ...actions,
    iconDir: '/icons',
    systemLocale: locale,
    log: silentLogger,
  });
  const tray = FakeTray.instances[0]!;
  const menu = () => tray.menu!;
  return { fake, windows, actions, handle, tray, menu };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

beforeEach(() => resetElectronFake());

describe('setupTray', () => {
  it('shows the worst state: error over active over idle', async () => {
    const { fake, tray } = await setup({ statuses: [statusOf('a', 'idle'), statusOf('b', 'detecting')] });
    expect(tray.image.path).toBe(join('/icons', 'tray-idle.png'));
    fake.setStatus(statusOf('b', 'active'));
    expect(tray.image.path).toBe(join('/icons', 'tray-active.png'));
    fake.setStatus(statusOf('a', 'error'));
    expect(tray.image.path).toBe(join('/icons', 'tray-error.png'));
    fake.removeStatus('a');
    expect(tray.image.path).toBe(join('/icons', 'tray-active.png'));
  });

  it('summarises the accounts in the tooltip', async () => {
    const { fake, tray } = await setup();
    expect(tray.tooltip).toBe('CPMS — no accounts yet');
    fake.setStatus(statusOf('a', 'active'));
    fake.setStatus(statusOf('b', 'stale'));
    fake.setStatus(statusOf('c', 'idle'));
    expect(tray.tooltip).toBe('CPMS — 3 accounts, 1 active, 1 with errors');
  });

  it('has the six entries, in the user language', async () => {
    const en = await setup({ settings: { language: 'en' } });
    expect(
      en
        .menu()
        .items.filter((i) => i.type !== 'separator')
        .map((i) => i.label),
    ).toEqual([
      'Open dashboard',
      'Show widget',
      'Pause monitoring',
      'Refresh all',
      'Check for updates…',
      'Quit CPMS',
    ]);
    resetElectronFake();
    const zh = await setup({ settings: { language: 'system' } }, 'zh-CN');
    expect(zh.menu().item('open-dashboard').label).toBe('打开仪表盘');
    zh.fake.changeSettings({ language: 'en' });
    expect(zh.menu().item('open-dashboard').label).toBe('Open dashboard');
  });

  it('calls the core for pause, resume and refresh, and relabels the pause entry', async () => {
    const { fake, menu, tray } = await setup();
    menu().click('pause');
    await flush();
    expect(fake.calls.at(-1)).toEqual({ channel: 'monitor:pause', request: { paused: true } });
    expect(menu().item('pause').label).toBe('Resume monitoring');
    expect(tray.tooltip).toBe('CPMS — monitoring paused');
    menu().click('pause');
    await flush();
    expect(fake.calls.at(-1)).toEqual({ channel: 'monitor:pause', request: { paused: false } });
    menu().click('refresh-all');
    await flush();
    expect(fake.calls.at(-1)).toEqual({ channel: 'monitor:refresh', request: {} });
  });

  it('opens the dashboard from the menu and on click; hands widget, updates and quit to the host', async () => {
    const { menu, tray, actions, windows } = await setup();
    menu().click('open-dashboard');
    tray.emit('click');
    expect(FakeBrowserWindow.getAllWindows()).toHaveLength(1);
    menu().click('toggle-widget');
    menu().click('check-updates');
    menu().click('quit');
    expect(actions.toggleWidget).toHaveBeenCalledOnce();
    expect(actions.checkForUpdates).toHaveBeenCalledOnce();
    expect(actions.quit).toHaveBeenCalledOnce();
    windows.setWidgetVisible(true);
    expect(menu().item('toggle-widget').label).toBe('Hide widget');
  });

  it('rebuilds the menu only when its labels change', async () => {
    const { fake, tray } = await setup();
    const before = tray.menuSets;
    fake.setStatus(statusOf('a', 'active'));
    fake.setStatus(statusOf('a', 'idle'));
    expect(tray.menuSets).toBe(before);
  });

  it('destroys the tray and stops listening', async () => {
    const { fake, handle, tray } = await setup();
    handle.destroy();
    const images = tray.imageSets;
    fake.setStatus(statusOf('a', 'error'));
    expect(tray.destroyed).toBe(true);
    expect(tray.imageSets).toBe(images);
  });
});
