import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveNativeBinding } from '../../../../../apps/main/src/core/store/native-binding';
import { tempDir } from './helpers';

const electron = { ...process.versions, electron: '45.3.4' } as NodeJS.ProcessVersions;

describe('resolveNativeBinding', () => {
  it('returns the Electron-ABI binary under unpackaged Electron when it exists', () => {
    const root = tempDir();
    mkdirSync(path.join(root, '.electron-native'));
    writeFileSync(path.join(root, '.electron-native', 'better_sqlite3.node'), '');
    expect(resolveNativeBinding(root, electron, false)).toBe(
      path.join(root, '.electron-native', 'better_sqlite3.node'),
    );
  });

  it('returns undefined under plain Node, when packaged, or when the binary was not built', () => {
    const root = tempDir();
    expect(resolveNativeBinding(root, electron, false)).toBeUndefined();
    mkdirSync(path.join(root, '.electron-native'));
    writeFileSync(path.join(root, '.electron-native', 'better_sqlite3.node'), '');
    expect(resolveNativeBinding(root, process.versions)).toBeUndefined();
    expect(resolveNativeBinding(root, electron, true)).toBeUndefined();
  });
});
