import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../../../apps/main/src/core/store/index';
import { crashSnapshot } from './crash-snapshot';
import { addAccount, tempDir, testStore } from './helpers';

const root = fileURLToPath(new URL('../../../../../', import.meta.url));
const script = fileURLToPath(new URL('./crash-writer.fixture.ts', import.meta.url));

/** Runs the writer until it has reported `atLeast` committed rows, SIGKILLs it, returns the last report. */
function writeThenKill(
  dataDir: string,
  accountId: string,
  atLeast: number,
): Promise<{ reported: number; signal: string | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, dataDir, accountId, '250'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let reported = 0;
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    createInterface({ input: child.stdout }).on('line', (line) => {
      reported = Number(line);
      if (reported >= atLeast && !child.killed) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`writer exited with ${code}: ${stderr}`));
      else resolve({ reported, signal });
    });
  });
}

describe('a writer killed mid-stream', () => {
  it('loses no committed snapshot and leaves a database that opens cleanly', async () => {
    const dir = tempDir();
    const setup = openStore({ dataDir: dir });
    const id = addAccount(setup);
    setup.close();

    const { reported, signal } = await writeThenKill(dir, id, 5000);
    expect(signal).toBe('SIGKILL');
    expect(reported).toBeGreaterThanOrEqual(5000);

    const check = new Database(`${dir}/cpms.db`);
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    check.close();

    const store = testStore({ dataDir: dir });
    const count = store.snapshots.countFor(id);
    // Everything reported is there; at most the batch being written when killed may be there too.
    expect(count).toBeGreaterThanOrEqual(reported);
    expect(count % 250).toBe(0);
    const stored = store.snapshots.range(id, 0, Number.MAX_SAFE_INTEGER, count);
    expect(stored).toHaveLength(count);
    for (let n = 0; n < reported; n++) expect(stored[n]).toStrictEqual(crashSnapshot(n));
    expect(store.snapshots.latest(id)).toStrictEqual(crashSnapshot(count - 1));
  });
});
