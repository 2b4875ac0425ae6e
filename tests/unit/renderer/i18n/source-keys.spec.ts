/// <reference types="node" />
// Scans the renderer's source for message ids passed to t('…') and checks each exists, and that
// every id built from a contract enumeration (statuses, states, providers…) exists too.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROVIDER_IDS, SNAPSHOT_STATUSES } from '@contract';
import { DICTIONARIES, isMessageKey } from '../../../../apps/renderer/src/i18n/translate';

const SRC = join(import.meta.dirname, '../../../../apps/renderer/src');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) && !/^(en|zh-CN)\.ts$/.test(name) ? [path] : [];
  });
}

const code = sources(SRC).map((f) => ({ f, text: readFileSync(f, 'utf8') }));

describe('message ids used in the source', () => {
  it('finds the source files and some ids (the scan itself works)', () => {
    expect(code.length).toBeGreaterThan(30);
    const count = code.reduce((n, { text }) => n + [...text.matchAll(/\bt\(\s*'([^']+)'/g)].length, 0);
    expect(count).toBeGreaterThan(100);
  });

  it("every literal t('…') id is defined", () => {
    const missing: string[] = [];
    for (const { f, text } of code)
      for (const m of text.matchAll(/\bt(?:Id)?\(\s*'([^']+)'/g))
        if (m[1] && !isMessageKey(m[1]) && !m[1].includes('${'))
          missing.push(`${f.slice(SRC.length)}: ${m[1]}`);
    expect(missing).toEqual([]);
  });

  it('every template id t(`prefix.${…}`) has keys under its prefix', () => {
    const keys = Object.keys(DICTIONARIES.en);
    const bad: string[] = [];
    for (const { f, text } of code)
      for (const m of text.matchAll(/\bt\(\s*`([^`$]*)\$\{/g))
        if (m[1] !== undefined && !keys.some((k) => k.startsWith(m[1] ?? '')))
          bad.push(`${f.slice(SRC.length)}: ${m[1]}`);
    expect(bad).toEqual([]);
  });

  it('ids built from contract enumerations all exist', () => {
    const ids = [
      ...SNAPSHOT_STATUSES.map((s) => `status.${s}`),
      ...PROVIDER_IDS.map((p) => `provider.${p}`),
      ...PROVIDER_IDS.map((p) => `key.format.${p}`),
      ...['idle', 'active', 'detecting', 'stale', 'error', 'paused'].map((s) => `state.${s}`),
      ...['five_hour', 'daily', 'weekly', 'monthly', 'other'].map((k) => `window.${k}`),
      ...['credits', 'tokens', 'requests', 'calls', 'percent'].map((u) => `unit.${u}`),
      ...['none', 'low', 'medium', 'high', 'critical'].map((l) => `rate.level.${l}`),
      ...['threshold', 'runs_out', 'error', 'recovered', 'low_balance', 'notice'].map(
        (k) => `alert.kind.${k}`,
      ),
      ...['user', 'suspend', 'lock', 'offline'].map((r) => `monitor.paused.${r}`),
      ...['os-keystore', 'machine-key'].map((k) => `settings.keyProtection.${k}`),
      ...['electron', 'headless'].map((h) => `settings.host.${h}`),
      ...['cn', 'global'].map((r) => `region.${r}`),
      'key.ok',
      'key.empty',
      'key.whitespace',
      'key.minimax.payg',
      'key.minimax.cp',
      'key.generic',
    ];
    expect(ids.filter((id) => !isMessageKey(id))).toEqual([]);
  });
});
