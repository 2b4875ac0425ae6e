import { beforeEach, describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../../../../apps/main/src/core/log/logger';
import { createHostApi } from '../../../../../apps/main/src/electron/host-api';
import { createSettingsMirror } from '../../../../../apps/main/src/electron/settings-mirror';
import { setupTheme } from '../../../../../apps/main/src/electron/windows/theme';
import { nativeTheme, resetElectronFake } from '../../../fakes/electron';
import { createFakeCore } from '../fake-core';

vi.mock('electron', () => import('../../../fakes/electron'));

beforeEach(() => resetElectronFake());

describe('setupTheme', () => {
  it('drives nativeTheme from the theme setting, now and on change', async () => {
    const fake = createFakeCore({ settings: { theme: 'dark' } });
    const settings = await createSettingsMirror(
      createHostApi(fake.core.dispatcher, fake.events),
      silentLogger,
    );
    setupTheme(settings);
    expect(nativeTheme.themeSource).toBe('dark');
    fake.changeSettings({ theme: 'light' });
    expect(nativeTheme.themeSource).toBe('light');
    fake.changeSettings({ theme: 'system' });
    expect(nativeTheme.themeSource).toBe('system');
  });
});
