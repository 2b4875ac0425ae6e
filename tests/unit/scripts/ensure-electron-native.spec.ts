import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BINDING_FILE,
  expectedBuild,
  NATIVE_DIR,
  readExpected,
  readFound,
  rebuildDecision,
  RECORD_FILE,
} from '../../../scripts/ensure-electron-native.mjs';

const expected = expectedBuild({
  electronVersion: '45.3.4',
  abi: '140',
  platform: 'linux',
  arch: 'x64',
  betterSqlite3Version: '12.11.1',
});

describe('rebuildDecision', () => {
  it('builds when the binary is missing', () => {
    expect(rebuildDecision(expected, { bindingExists: false, record: { ...expected } })).toMatchObject({
      rebuild: true,
      reason: expect.stringContaining('missing') as string,
    });
  });

  it('builds when the build record is missing', () => {
    expect(rebuildDecision(expected, { bindingExists: true, record: null }).rebuild).toBe(true);
  });

  it.each([
    ['electron', '45.2.0'],
    ['abi', '139'],
    ['arch', 'arm64'],
    ['platform', 'darwin'],
    ['betterSqlite3', '12.10.0'],
  ])('builds when the binary was built for another %s', (key, value) => {
    const decision = rebuildDecision(expected, {
      bindingExists: true,
      record: { ...expected, [key]: value },
    });
    expect(decision.rebuild).toBe(true);
    expect(decision.reason).toContain(key);
  });

  it('does nothing when binary and record match the installed packages', () => {
    expect(rebuildDecision(expected, { bindingExists: true, record: { ...expected } })).toEqual({
      rebuild: false,
      reason: 'up to date',
    });
  });
});

describe('reading the checkout', () => {
  function fakeCheckout(): string {
    const root = mkdtempSync(join(tmpdir(), 'cpms-native-'));
    mkdirSync(join(root, 'node_modules', 'electron'), { recursive: true });
    mkdirSync(join(root, 'node_modules', 'better-sqlite3'), { recursive: true });
    writeFileSync(join(root, 'node_modules', 'electron', 'package.json'), '{"version": "45.3.4"}');
    writeFileSync(join(root, 'node_modules', 'electron', 'abi_version'), '140\n');
    writeFileSync(join(root, 'node_modules', 'better-sqlite3', 'package.json'), '{"version": "12.11.1"}');
    return root;
  }

  it('reads the expected build from the installed packages', () => {
    expect(readExpected(fakeCheckout())).toMatchObject({
      electron: '45.3.4',
      abi: '140',
      betterSqlite3: '12.11.1',
    });
    expect(readExpected(mkdtempSync(join(tmpdir(), 'cpms-empty-')))).toBeNull();
  });

  it('finds a previous build and its record, and then needs no rebuild', () => {
    const root = fakeCheckout();
    expect(rebuildDecision(readExpected(root)!, readFound(root)).rebuild).toBe(true);
    mkdirSync(join(root, NATIVE_DIR));
    writeFileSync(join(root, NATIVE_DIR, BINDING_FILE), 'binary');
    writeFileSync(join(root, NATIVE_DIR, RECORD_FILE), JSON.stringify(readExpected(root)));
    expect(rebuildDecision(readExpected(root)!, readFound(root))).toEqual({
      rebuild: false,
      reason: 'up to date',
    });
  });
});
