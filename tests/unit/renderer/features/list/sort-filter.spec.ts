import { describe, expect, it } from 'vitest';
import { buildRowModel } from '../../../../../apps/renderer/src/features/list/row-model';
import {
  filterRows,
  needsAttention,
  sortRows,
} from '../../../../../apps/renderer/src/features/list/sort-filter';
import { initialUiState } from '../../../../../apps/renderer/src/features/ui/ui-slice';
import { acct, snapshot, status, wallet, win } from '../../fixtures';

const T = { warnPercent: 80, critPercent: 95 };
const row = (id: string, used: number | null, over: Parameters<typeof status>[1] = {}, label = id) => {
  const snap =
    used === null
      ? snapshot({ windows: [], wallets: [wallet('CNY', 5)] })
      : snapshot({ windows: [win({ usedPercent: used })] });
  return buildRowModel(acct(id, { label }), status(id, { snapshot: snap, ...over }), T);
};

describe('sortRows', () => {
  const rows = [row('a', 40), row('b', 90), row('c', null), row('d', 10)];

  it('sorts by usage, largest first, accounts without a window last', () => {
    expect(sortRows(rows, { key: 'usage', dir: 'desc' }).map((r) => r.id)).toEqual(['b', 'a', 'd', 'c']);
    expect(sortRows(rows, { key: 'usage', dir: 'asc' }).map((r) => r.id)).toEqual(['d', 'a', 'b', 'c']);
  });

  it('sorts by name, case-insensitively', () => {
    const named = [row('1', 1, {}, 'beta'), row('2', 1, {}, 'Alpha'), row('3', 1, {}, 'gamma')];
    expect(sortRows(named, { key: 'account', dir: 'asc' }).map((r) => r.label)).toEqual([
      'Alpha',
      'beta',
      'gamma',
    ]);
  });

  it('puts failing accounts first when sorting by state', () => {
    const mixed = [row('a', 1), row('b', 1, { state: 'error' }), row('c', 1, { state: 'active' })];
    expect(sortRows(mixed, { key: 'state', dir: 'asc' }).map((r) => r.id)).toEqual(['b', 'c', 'a']);
  });

  it('does not change its input', () => {
    const copy = [...rows];
    sortRows(rows, { key: 'usage', dir: 'desc' });
    expect(rows).toEqual(copy);
  });
});

describe('filterRows', () => {
  const rows = [
    row('a', 40, { state: 'active' }, 'Work GLM'),
    row('b', 97, {}, 'Side'),
    row('c', 10, { state: 'error', reason: { kind: 'auth_error', message: 'x' } }, 'Old'),
  ];
  const names = () => ['GLM Coding Plan', 'GLM 编码套餐'];

  it('matches text in the name and in provider names of either language', () => {
    expect(filterRows(rows, { ...initialUiState.filter, text: 'work' }, names).map((r) => r.id)).toEqual([
      'a',
    ]);
    expect(filterRows(rows, { ...initialUiState.filter, text: '编码' }, names)).toHaveLength(3);
  });

  it('"in use" shows active accounts, "needs attention" failing and critical ones', () => {
    expect(filterRows(rows, { ...initialUiState.filter, show: 'active' }, names).map((r) => r.id)).toEqual([
      'a',
    ]);
    expect(filterRows(rows, { ...initialUiState.filter, show: 'issues' }, names).map((r) => r.id)).toEqual([
      'b',
      'c',
    ]);
  });

  it('filters by provider', () => {
    expect(filterRows(rows, { ...initialUiState.filter, provider: 'deepseek' }, names)).toEqual([]);
  });

  it('counts stale and planless accounts as needing attention', () => {
    expect(needsAttention(row('s', 10, { state: 'stale' }))).toBe(true);
    expect(needsAttention(row('n', null, { snapshot: snapshot({ status: 'no_plan', windows: [] }) }))).toBe(
      true,
    );
    expect(needsAttention(row('ok', 10))).toBe(false);
  });
});

describe('buildRowModel', () => {
  it('applies per-account thresholds over the global ones', () => {
    const a = acct('a', { settings: { warnPercent: 30, critPercent: 50 } });
    expect(
      buildRowModel(a, status('a', { snapshot: snapshot({ windows: [win({ usedPercent: 40 })] }) }), T).level,
    ).toBe('warn');
  });

  it('points out a fuller window past the warn level beside the headline', () => {
    const five = win({ kind: 'five_hour', usedPercent: 20 });
    const week = win({ kind: 'weekly', usedPercent: 91, windowMinutes: 10080 });
    const m = buildRowModel(acct('a'), status('a', { snapshot: snapshot({ windows: [five, week] }) }), T);
    expect(m.headline).toBe(five);
    expect(m.alsoWindow).toEqual({ window: week, level: 'warn' });
    const calm = buildRowModel(
      acct('a'),
      status('a', { snapshot: snapshot({ windows: [five, { ...week, usedPercent: 50 }] }) }),
      T,
    );
    expect(calm.alsoWindow).toBeNull();
  });

  it('is "loading" until the first status arrives', () => {
    const m = buildRowModel(acct('a'), undefined, T);
    expect(m.state).toBe('loading');
    expect(m.headline).toBeNull();
  });
});
