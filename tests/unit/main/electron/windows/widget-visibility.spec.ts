import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../../../../apps/main/src/core/log/logger';
import { createHostApi } from '../../../../../apps/main/src/electron/host-api';
import { createSettingsMirror } from '../../../../../apps/main/src/electron/settings-mirror';
import { createWindowManager } from '../../../../../apps/main/src/electron/windows/window-manager';
import { setupWidgetVisibility } from '../../../../../apps/main/src/electron/windows/widget-visibility';
import { createWindowStateStore } from '../../../../../apps/main/src/electron/windows/window-state';
import { FakeBrowserWindow, resetElectronFake } from '../../../fakes/electron';
import { createFakeCore } from '../fake-core';

vi.mock('electron', () => import('../../../fakes/electron'));

async function setup(enabled: boolean) {
  const fake = createFakeCore({ settings: { widget: { enabled, opacity: 0.9, accountIds: null } } });
  const api = createHostApi(fake.core.dispatcher, fake.events);
  const settings = await createSettingsMirror(api, silentLogger);
  const windows = createWindowManager({
    mainDir: '/app/out/main',
    devUrl: undefined,
    state: createWindowStateStore(join(mkdtempSync(join(tmpdir(), 'cpms-wv-')), 'window-state.json')),
    log: silentLogger,
  });
  const toggle = setupWidgetVisibility(api, settings, windows, silentLogger);
  return { fake, settings, windows, toggle };
}

beforeEach(() => resetElectronFake());

describe('setupWidgetVisibility', () => {
  it('shows the widget at start when the setting says so', async () => {
    expect((await setup(true)).windows.isWidgetVisible()).toBe(true);
    expect((await setup(false)).windows.isWidgetVisible()).toBe(false);
  });

  it('toggling saves the setting, and the widget follows it', async () => {
    const { fake, windows, toggle, settings } = await setup(false);
    await toggle.toggle();
    expect(windows.isWidgetVisible()).toBe(true);
    expect(settings.current().widget).toEqual({ enabled: true, opacity: 0.9, accountIds: null });
    expect(fake.calls.filter((c) => c.channel === 'settings:update')).toHaveLength(1);
    await toggle.toggle();
    expect(windows.isWidgetVisible()).toBe(false);
    expect(FakeBrowserWindow.getAllWindows()).toHaveLength(0);
  });

  it('follows a change made in the dashboard settings', async () => {
    const { fake, windows } = await setup(false);
    fake.changeSettings({ widget: { enabled: true, opacity: 1, accountIds: null } });
    expect(windows.isWidgetVisible()).toBe(true);
  });
});
