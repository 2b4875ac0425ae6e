import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@contract';
import type { CpmsApi, Settings } from '@contract';
import { silentLogger } from '../../../../apps/main/src/core/log/logger';
import { createHostApi } from '../../../../apps/main/src/electron/host-api';
import { createSettingsMirror } from '../../../../apps/main/src/electron/settings-mirror';
import { createFakeCore } from './fake-core';

describe('createSettingsMirror', () => {
  it('reads the settings once and follows settings:changed', async () => {
    const fake = createFakeCore({ settings: { language: 'zh-CN' } });
    const mirror = await createSettingsMirror(createHostApi(fake.core.dispatcher, fake.events), silentLogger);
    expect(mirror.current().language).toBe('zh-CN');
    const seen: [string, string][] = [];
    const off = mirror.onChange((next, previous) => seen.push([previous.language, next.language]));
    fake.changeSettings({ language: 'en' });
    off();
    fake.changeSettings({ language: 'system' });
    expect(seen).toEqual([['zh-CN', 'en']]);
    expect(mirror.current().language).toBe('system');
  });

  it('falls back to the defaults when the core cannot answer', async () => {
    const api: Pick<CpmsApi, 'getSettings' | 'on'> = {
      getSettings: (): Promise<Settings> => Promise.reject(new Error('store closed')),
      on: () => () => undefined,
    };
    expect((await createSettingsMirror(api, silentLogger)).current()).toEqual(DEFAULT_SETTINGS);
  });
});
