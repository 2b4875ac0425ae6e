// `cpms status` over a data folder a monitoring core filled from the provider simulator: one JSON
// document with exactly the contract's keys per account, or a readable table; nothing polled.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccountState, AccountStatus } from '@contract';
import type { MonitoredData } from './monitored-data';
import { buildMonitoredData } from './monitored-data';
import { runCli, spawnCli } from './run-cli';

type Entry = Pick<AccountStatus, 'account' | 'snapshot' | 'state' | 'rates' | 'predictions'>;
const STATES: AccountState[] = ['idle', 'active', 'detecting', 'stale', 'error', 'paused'];

let data: MonitoredData;
beforeAll(async () => {
  data = await buildMonitoredData();
});
afterAll(() => data.cleanup());

describe('cpms status', () => {
  let entries: Entry[];

  it('prints one JSON array whose entries have exactly account, snapshot, state, rates, predictions', async () => {
    const r = await runCli(['status', '--json', '--data-dir', data.dataDir]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    entries = JSON.parse(r.stdout) as Entry[];
    expect(entries.map((e) => e.account.id)).toEqual([data.ids.plan, data.ids.wallet, data.ids.failing]);
    for (const e of entries) {
      expect(Object.keys(e)).toEqual(['account', 'snapshot', 'state', 'rates', 'predictions']);
      expect(STATES).toContain(e.state);
      expect(e.snapshot).not.toBeNull();
      expect(e.account.keyMask).toMatch(/…/);
    }
    for (const key of data.keys) expect(r.stdout + r.stderr).not.toContain(key);
  });

  it('carries the stored snapshots, rates and predictions', () => {
    const [plan, wallet, failing] = entries;
    expect(plan!.snapshot).toMatchObject({ provider: 'glm-coding-plan', status: 'ok' });
    expect(plan!.snapshot!.windows.find((w) => w.kind === 'five_hour')?.limit).toBe(2000);
    expect(plan!.snapshot!.fetchedAt).toBeLessThanOrEqual(data.to);
    expect(plan!.snapshot!.fetchedAt).toBeGreaterThan(data.to - 60_000);
    // 6 credits a minute of 2000: the stored history gives the rate back without any new poll.
    const rate = plan!.rates.windows.find((w) => w.windowKey.startsWith('five_hour'))!;
    expect(rate.perMinute).toBeGreaterThan(4.5);
    expect(rate.perMinute).toBeLessThan(7.5);
    expect(plan!.predictions.windows.length).toBeGreaterThan(0);
    expect(wallet!.snapshot!.wallets.map((w) => w.currency).sort()).toEqual(['CNY', 'USD']);
    expect(failing!.snapshot!.status).toBe('auth_error');
    expect(failing!.state).toBe('error');
  });

  it('prints a table with each account’s label, provider, state and numbers', async () => {
    const r = await runCli(['status', '--data-dir', data.dataDir]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^LABEL\s+PROVIDER\s+STATE\s+USAGE\s+RATE\s+PREDICTION\s+UPDATED$/);
    for (const e of entries) {
      const line = lines.find((l) => l.startsWith(e.account.label));
      expect(line, e.account.label).toBeDefined();
      expect(line).toContain(e.account.provider);
      expect(line).toMatch(new RegExp(`\\s${e.state}\\s`));
      expect(line).toMatch(/ ago$/);
    }
    expect(lines.find((l) => l.startsWith(data.labels.plan))).toMatch(
      /% of 5-hour, resets in .* credits\/min/,
    );
    expect(lines.find((l) => l.startsWith(data.labels.wallet))).toMatch(/\d+\.\d\d CNY/);
    expect(r.stdout).toMatch(new RegExp(`${data.labels.failing.replace(/[()]/g, '\\$&')}: auth_error — `));
  });

  it('keeps stdout one clean document through the real bin entry', async () => {
    const r = await spawnCli(['status', '--json'], { CPMS_DATA_DIR: data.dataDir });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as Entry[]).map((e) => e.state)).toEqual(entries.map((e) => e.state));
  });

  it('answers an empty list for a folder without data, without creating it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cpms-cli-empty-'));
    try {
      const r = await runCli(['status', '--json', '--data-dir', join(dir, 'none')]);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual([]);
      expect(r.stderr).toMatch(/No accounts/);
      expect((await runCli(['status', '--data-dir', join(dir, 'none'), 'extra'])).code).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
