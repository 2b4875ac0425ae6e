// Packaging settings that carry security or runtime weight, read from electron-builder.yml with a
// minimal line reader (top-level scalars, one level of mapping, and lists) rather than a YAML library.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Value = string | string[] | Record<string, string>;

function unquote(raw: string): string {
  const v = raw.trim();
  return /^'.*'$|^".*"$/.test(v) ? v.slice(1, -1) : v;
}

/** Reads top-level keys: `key: scalar`, or a block of `  sub: scalar` lines, or a block of `  - item` lines. */
function readTopLevel(text: string): Record<string, Value> {
  const out: Record<string, Value> = {};
  let current: string | null = null;
  for (const line of text.split('\n')) {
    if (/^\s*(#|$)/.test(line)) continue;
    const top = /^([A-Za-z][\w-]*):\s*(.*)$/.exec(line);
    if (top) {
      current = top[1]!;
      if (top[2] && !top[2].startsWith('#')) out[current] = unquote(top[2]);
      continue;
    }
    if (!current) continue;
    const item = /^ {2}- (.*)$/.exec(line);
    if (item) {
      const list = Array.isArray(out[current]) ? (out[current] as string[]) : [];
      list.push(unquote(item[1]!));
      out[current] = list;
      continue;
    }
    const sub = /^ {2}([A-Za-z][\w-]*):\s*(.*)$/.exec(line);
    if (sub) {
      const map =
        typeof out[current] === 'object' && !Array.isArray(out[current])
          ? (out[current] as Record<string, string>)
          : {};
      map[sub[1]!] = unquote(sub[2]!);
      out[current] = map;
    }
  }
  return out;
}

const config = readTopLevel(
  readFileSync(new URL('../../../../electron-builder.yml', import.meta.url), 'utf8'),
);

describe('electron-builder.yml', () => {
  it('sets every security fuse', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: 'false',
      enableNodeOptionsEnvironmentVariable: 'false',
      enableNodeCliInspectArguments: 'false',
      enableEmbeddedAsarIntegrityValidation: 'true',
      onlyLoadAppFromAsar: 'true',
      enableCookieEncryption: 'true',
    });
  });

  it('packs into asar, unpacking only the native SQLite binding, rebuilt for Electron', () => {
    expect(config.asar).toBe('true');
    expect(config.asarUnpack).toEqual(['node_modules/better-sqlite3/build/Release/*.node']);
    expect(config.npmRebuild).toBe('true');
  });

  it('ships the built app only: no sources and no tests', () => {
    const files = config.files as string[];
    expect(files).toContain('package.json');
    for (const pattern of files.filter((f) => !f.startsWith('!'))) {
      expect(pattern).toMatch(/^(out\/(main|preload|renderer)\/\*\*|package\.json)$/);
    }
  });

  it('names the app and its folders, and declares a publish target for the updater', () => {
    expect(config.productName).toBe('CPMS');
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z]+)+$/);
    expect(config.directories).toEqual({ buildResources: 'resources', output: 'release' });
    expect(config.publish).toMatchObject({ provider: 'github' });
  });
});
