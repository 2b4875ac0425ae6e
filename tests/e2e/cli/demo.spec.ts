// `npm run demo` end to end, as a newcomer runs it: a real child process prints the dashboard URL;
// the page opens with its token; a WebSocket client sees the demo accounts' statuses arrive and their
// numbers move; Ctrl-C (SIGINT) stops everything with exit code 0 and removes the temporary data.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccountStatus } from '@contract';
import { connect } from '../headless/ws-client';
import type { TestClient } from '../headless/ws-client';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const DEMO = 'apps/main/src/cli/demo.ts';

let child: ChildProcess;
let stdout = '';
let stderr = '';
let exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
let url: URL;
let client: TestClient | undefined;

function waitFor(pattern: RegExp, timeoutMs: number): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const check = (): void => {
      const m = pattern.exec(stdout);
      if (m) resolve(m);
      else if (child.exitCode !== null) reject(new Error(`demo exited early:\n${stderr}`));
      else if (Date.now() - started > timeoutMs) reject(new Error(`no URL in time:\n${stderr}`));
      else setTimeout(check, 50);
    };
    check();
  });
}

beforeAll(async () => {
  // Straight through tsx, as `npm run demo` does after its web build (out/web is built here if missing).
  child = spawn(process.execPath, ['--import', 'tsx', DEMO], {
    cwd: REPO,
    env: { PATH: process.env.PATH, HOME: process.env.HOME },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const [line] = await waitFor(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+$/m, 120_000);
  url = new URL(line);
}, 150_000);

afterAll(async () => {
  client?.close();
  if (child.exitCode === null) {
    child.kill('SIGKILL');
    await exited;
  }
});

describe('npm run demo', () => {
  it('prints only the URL on stdout and explains itself on stderr', () => {
    expect(stdout.trim()).toBe(url.href);
    expect(stderr).toMatch(/CPMS demo: 10 simulated accounts/);
    expect(stderr).toMatch(/Ctrl-C stops the demo/);
  });

  it('serves the dashboard to the token holder', async () => {
    const first = await fetch(url, { redirect: 'manual' });
    expect(first.status).toBe(303);
    const cookie = (first.headers.get('set-cookie') ?? '').split(';')[0]!;
    const page = await fetch(new URL(first.headers.get('location') ?? '/', url), { headers: { cookie } });
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<html/i);
    expect((await fetch(new URL('/', url))).status).toBe(401);
  });

  it('streams live statuses for the demo accounts, with numbers moving', async () => {
    const token = url.searchParams.get('token')!;
    const ws = await connect(`ws://${url.host}/api?token=${token}`);
    client = ws;
    // The first poll of each account starts when it is added; give the slower ones a moment.
    let statuses = await ws.value<AccountStatus[]>('status:list');
    for (let i = 0; i < 100 && statuses.some((s) => s.snapshot === null); i++) {
      await new Promise((r) => setTimeout(r, 100));
      statuses = await ws.value<AccountStatus[]>('status:list');
    }
    expect(statuses).toHaveLength(10);
    expect(statuses.every((s) => s.snapshot !== null)).toBe(true);
    expect(new Set(statuses.map((s) => s.account.provider))).toEqual(
      new Set(['glm', 'glm-coding-plan', 'minimax-cn', 'minimax-global', 'deepseek']),
    );
    const failing = statuses.find((s) => s.account.label.includes('failing'))!;
    expect(failing.snapshot?.status).toBe('auth_error');

    const busy = statuses.find((s) => s.account.label === 'GLM Coding Lite (cn, busy)')!;
    const before = busy.snapshot!.windows.find((w) => w.kind === 'five_hour')!.usedPercent;
    const moved = await ws.waitForEvent(
      'status:updated',
      (s) =>
        s.account.id === busy.account.id &&
        (s.snapshot?.windows.find((w) => w.kind === 'five_hour')?.usedPercent ?? 0) > before,
      25_000,
    );
    expect(moved.snapshot!.status).toBe('ok');
    // Accounts poll every 15–60 s with jitter: within one snapshot interval several have reported.
    const updated = (): number =>
      new Set(
        ws.events
          .filter((e) => e.event === 'status:updated')
          .map((e) => (e.payload as AccountStatus).account.id),
      ).size;
    for (let i = 0; i < 200 && updated() < 3; i++) await new Promise((r) => setTimeout(r, 100));
    expect(updated()).toBeGreaterThanOrEqual(3);
  }, 60_000);

  it('stops cleanly on Ctrl-C, removing its temporary data', async () => {
    const dataDir = /Data folder: (\S+)/.exec(stderr)?.[1];
    expect(dataDir && existsSync(dataDir)).toBe(true);
    client?.close();
    child.kill('SIGINT');
    expect(await exited).toEqual({ code: 0, signal: null });
    expect(stderr).toMatch(/Stopping the demo/);
    expect(existsSync(dataDir!)).toBe(false);
  }, 20_000);
});
