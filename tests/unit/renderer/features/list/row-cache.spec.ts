// Row models are rebuilt only for the account whose objects changed.
import { describe, expect, it } from 'vitest';
import { createRowModelCache } from '../../../../../apps/renderer/src/features/list/row-cache';
import { acct, status } from '../../fixtures';

const thresholds = { warnPercent: 80, critPercent: 95 };

describe('createRowModelCache', () => {
  it('reuses a row model until its account, status or thresholds change, and forgets removed ids', () => {
    const cache = createRowModelCache();
    const a = acct('a');
    const s = status('a');
    const first = cache.get(a, s, thresholds);
    expect(cache.get(a, s, thresholds)).toBe(first);
    const next = status('a', { state: 'active' });
    const changed = cache.get(a, next, thresholds);
    expect(changed).not.toBe(first);
    expect(changed.state).toBe('active');
    expect(cache.get(a, next, { ...thresholds })).not.toBe(changed);
    const kept = cache.get(a, next, thresholds);
    cache.retain(new Set(['other']));
    expect(cache.get(a, next, thresholds)).not.toBe(kept);
  });
});
