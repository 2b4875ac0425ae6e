// `cpms accounts add|list|edit|remove` end to end over a real data folder: keys go in through
// CPMS_KEY, piped stdin or a hidden prompt on a real pseudo-terminal, and never come out, neither on
// stdout/stderr nor in the database files' bytes.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccountDto } from '@contract';
import { generateKey } from '../../../apps/main/src/simulator';
import type { CliResult } from './run-cli';
import { runCli, spawnCli } from './run-cli';

const BIN = fileURLToPath(new URL('../../../bin/cpms.mjs', import.meta.url));
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let root: string;
let dataDir: string;
const keys: string[] = [];

const cli = (argv: string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> =>
  runCli([...argv, '--data-dir', dataDir], env);

function remember(key: string): string {
  keys.push(key);
  return key;
}

async function list(): Promise<AccountDto[]> {
  const r = await cli(['accounts', 'list', '--json']);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as AccountDto[];
}

function expectNoKeys(text: string): void {
  for (const key of keys) {
    expect(text).not.toContain(key);
    // Not even the secret half of a Zhipu key, or a long run of a key's characters.
    expect(text).not.toContain(key.slice(6, 22));
  }
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'cpms-cli-accounts-'));
  dataDir = join(root, 'data');
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('cpms accounts', () => {
  let ds: AccountDto;
  let glmId: string;

  it('lists nothing, without creating the folder, before any account exists', async () => {
    const r = await cli(['accounts', 'list', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
    expect(r.stderr).toMatch(/No accounts/);
    expect(existsSync(dataDir)).toBe(false);
  });

  it('adds an account with the key from CPMS_KEY, printing its id and never the key', async () => {
    const key = remember(generateKey('glm-coding-plan'));
    const r = await cli(
      [
        'accounts',
        'add',
        '--provider',
        'glm-coding-plan',
        '--region',
        'cn',
        '--model',
        'glm-4.6',
        '--label',
        'Lite CN',
      ],
      { CPMS_KEY: key },
    );
    expect(r.code).toBe(0);
    glmId = r.stdout.trim();
    expect(glmId).toMatch(UUID);
    expect(r.stderr).toContain('Added "Lite CN"');
    expect(r.stderr).toContain('glm-coding-plan/cn');
    expect(r.stderr).toMatch(/key [0-9a-f]{3}…[A-Za-z0-9]{4}/);
    expectNoKeys(r.stdout + r.stderr);
  });

  it('prints the AccountDto with --json, with only the mask', async () => {
    const key = remember(generateKey('deepseek'));
    const r = await cli(['accounts', 'add', '--provider', 'deepseek', '--label', 'DeepSeek', '--json'], {
      CPMS_KEY: `  ${key}\n`,
    });
    expect(r.code).toBe(0);
    ds = JSON.parse(r.stdout) as AccountDto;
    expect(Object.keys(ds).sort()).toEqual(
      [
        'baseUrl',
        'createdAt',
        'id',
        'keyMask',
        'label',
        'model',
        'provider',
        'region',
        'settings',
        'updatedAt',
      ].sort(),
    );
    expect(ds).toMatchObject({
      provider: 'deepseek',
      region: null,
      label: 'DeepSeek',
      keyMask: `sk-…${key.slice(-4)}`,
    });
    expectNoKeys(r.stdout + r.stderr);
  });

  it('warns about a key that looks like another provider’s, and still adds it', async () => {
    const key = remember(generateKey('deepseek'));
    const r = await cli(['accounts', 'add', '--provider', 'glm', '--label', 'odd key'], { CPMS_KEY: key });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning: the key looks like a DeepSeek key/);
    expect((await cli(['accounts', 'remove', r.stdout.trim()])).code).toBe(0);
  });

  it('lists accounts as a table and as JSON with masks only', async () => {
    const json = await list();
    expect(json.map((a) => a.label)).toEqual(['Lite CN', 'DeepSeek']);
    for (const a of json) expect(a).not.toHaveProperty('key');
    const table = await cli(['accounts', 'list']);
    expect(table.code).toBe(0);
    const lines = table.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^ID\s+LABEL\s+PROVIDER\s+REGION\s+MODEL\s+KEY$/);
    expect(lines[1]).toMatch(
      new RegExp(`^${glmId}\\s+Lite CN\\s+glm-coding-plan\\s+cn\\s+glm-4\\.6\\s+\\S+…\\S{4}$`),
    );
    expect(lines[2]).toContain(ds.keyMask);
    expectNoKeys(table.stdout + table.stderr);
  });

  it('refuses bad input with exit code 2 and the reason', async () => {
    const key = generateKey('deepseek');
    const cases: [string[], RegExp][] = [
      [['--provider', 'openai'], /unknown provider "openai"/],
      [['--provider', 'glm', '--region', 'mars'], /--region must be cn or global/],
      [['--provider', 'deepseek', '--region', 'cn'], /deepseek has no regions/],
      [
        ['--provider', 'deepseek', '--base-url', 'http://example.com'],
        /http:\/\/ is allowed only for loopback/,
      ],
      [['--provider', 'deepseek', '--colour', 'red'], /Unknown option '--colour'/],
      [['--provider', 'deepseek', 'extra'], /unexpected argument "extra"/],
    ];
    for (const [flags, message] of cases) {
      const r = await cli(['accounts', 'add', ...flags], { CPMS_KEY: key });
      expect(r.code, flags.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stdout).toBe('');
    }
    const short = await cli(['accounts', 'add', '--provider', 'deepseek'], { CPMS_KEY: 'sk-short' });
    expect(short.code).toBe(2);
    expect(short.stderr).toMatch(/does not look like a deepseek key \(key\.too_short\)/);
    const none = await cli(['accounts', 'add', '--provider', 'deepseek']);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no key: set CPMS_KEY/);
    expect(await list()).toHaveLength(2);
  });

  it('edits only what the flags name; the key changes only with --new-key', async () => {
    const other = generateKey('glm-coding-plan');
    const r = await cli(['accounts', 'edit', glmId.slice(0, 8), '--label', 'Lite (China)', '--model', ''], {
      CPMS_KEY: other,
    });
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(glmId);
    expect(r.stderr).toMatch(/CPMS_KEY is ignored; pass --new-key/);
    const before = (await list()).find((a) => a.id === glmId)!;
    expect(before).toMatchObject({ label: 'Lite (China)', model: null, region: 'cn' });
    expect(before.keyMask).toBe(`${keys[0]!.slice(0, 3)}…${keys[0]!.slice(-4)}`);

    const fresh = remember(generateKey('glm-coding-plan'));
    const withKey = await cli(['accounts', 'edit', glmId, '--new-key', '--region', 'global', '--json'], {
      CPMS_KEY: fresh,
    });
    expect(withKey.code).toBe(0);
    const after = JSON.parse(withKey.stdout) as AccountDto;
    expect(after).toMatchObject({ region: 'global', keyMask: `${fresh.slice(0, 3)}…${fresh.slice(-4)}` });
    expectNoKeys(withKey.stdout + withKey.stderr);
  });

  it('refuses edits that make no sense', async () => {
    expect((await cli(['accounts', 'edit', glmId])).code).toBe(2);
    const provider = await cli(['accounts', 'edit', glmId, '--provider', 'deepseek', '--label', 'x']);
    expect(provider.code).toBe(2);
    expect(provider.stderr).toMatch(/provider of an account cannot change/);
    const empty = await cli(['accounts', 'edit', glmId, '--label', '']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/label must not be empty/);
    const unknown = await cli(['accounts', 'edit', 'ffffffff', '--label', 'x']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/no account "ffffffff"/);
  });

  it('reads the key from piped stdin when CPMS_KEY is unset (through the real bin entry)', async () => {
    const key = remember(generateKey('minimax-cn'));
    const r = await spawnCli(
      ['accounts', 'add', '--provider', 'minimax-cn', '--label', 'piped', '--data-dir', dataDir],
      {},
      `${key}\nignored second line\n`,
    );
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(UUID);
    expectNoKeys(r.stdout + r.stderr);
    expect((await list()).find((a) => a.label === 'piped')?.keyMask).toBe(`sk-cp-…${key.slice(-4)}`);
    const empty = await spawnCli(
      ['accounts', 'add', '--provider', 'deepseek', '--data-dir', dataDir],
      {},
      '',
    );
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/no key/);
  });

  it('removes an account by id prefix; an unknown id exits 1', async () => {
    const r = await cli(['accounts', 'remove', ds.id.slice(0, 6)]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/Removed "DeepSeek"/);
    expect((await list()).map((a) => a.id)).not.toContain(ds.id);
    const again = await cli(['accounts', 'remove', ds.id]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/no account/);
    expect((await cli(['accounts', 'remove'])).code).toBe(2);
  });

  it('never writes a key in clear into the data folder', () => {
    const files = readdirSync(dataDir);
    expect(files).toContain('cpms.db');
    for (const file of files) {
      const bytes = readFileSync(join(dataDir, file));
      for (const key of keys) {
        expect(bytes.includes(Buffer.from(key)), `${file} holds a key`).toBe(false);
        expect(bytes.includes(Buffer.from(key.slice(-20))), `${file} holds part of a key`).toBe(false);
      }
    }
  });
});

// Python's pty module gives a real pseudo-terminal (Node has none): the prompt must switch it to raw
// mode, echo nothing, honour Backspace, and exit 130 on Ctrl-C.
const PTY_DRIVER = `
import os, pty, sys, time, select, json
keys = sys.argv[1].encode('latin-1').decode('unicode_escape').encode('utf-8')
pid, fd = pty.fork()
if pid == 0:
    os.execvp(sys.argv[2], sys.argv[2:])
out = b''
def pump(until, limit):
    global out
    end = time.time() + limit
    while time.time() < end and (until is None or until not in out):
        r, _, _ = select.select([fd], [], [], 0.1)
        if r:
            try:
                data = os.read(fd, 4096)
            except OSError:
                return
            if not data:
                return
            out += data
pump(b'(hidden): ', 30)
os.write(fd, keys)
pump(None, 30)
_, status = os.waitpid(pid, 0)
print(json.dumps({'output': out.decode('utf-8', 'replace'), 'code': os.waitstatus_to_exitcode(status)}))
`;
const hasPython = spawnSync('python3', ['-c', 'import pty'], { stdio: 'ignore' }).status === 0;

function typeInPty(keystrokes: string, argv: string[]): { output: string; code: number } {
  const r = spawnSync('python3', ['-c', PTY_DRIVER, keystrokes, process.execPath, BIN, ...argv], {
    encoding: 'utf8',
    timeout: 60_000,
    env: { PATH: process.env.PATH, HOME: process.env.HOME },
  });
  return JSON.parse(r.stdout) as { output: string; code: number };
}

describe.skipIf(!hasPython)('the hidden key prompt on a real pseudo-terminal', () => {
  it('reads the key without echoing it, with Backspace working', async () => {
    const key = remember(generateKey('deepseek'));
    // Type two wrong characters, erase them, then the rest: only the key remains.
    const typed = `${key.slice(0, 10)}XY\\x7f\\x7f${key.slice(10)}\\r`;
    const r = typeInPty(typed, [
      'accounts',
      'add',
      '--provider',
      'deepseek',
      '--label',
      'typed',
      '--data-dir',
      dataDir,
    ]);
    expect(r.code).toBe(0);
    expect(r.output).toContain('API key for deepseek (hidden): ');
    expect(r.output).toMatch(/Added "typed"/);
    expectNoKeys(r.output);
    expect(r.output).not.toContain(key.slice(0, 10));
    expect((await list()).find((a) => a.label === 'typed')?.keyMask).toBe(`sk-…${key.slice(-4)}`);
  });

  it('exits 130 on Ctrl-C and adds nothing', async () => {
    const before = (await list()).length;
    const r = typeInPty('sk-abc\\x03', ['accounts', 'add', '--provider', 'deepseek', '--data-dir', dataDir]);
    expect(r.code).toBe(130);
    expect(r.output).toMatch(/cancelled/);
    expect(await list()).toHaveLength(before);
  });
});
