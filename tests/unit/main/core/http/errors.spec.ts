import { describe, expect, it } from 'vitest';
import { authorizationSecrets, redactSecrets } from '../../../../../apps/main/src/core/http/errors';

describe('redactSecrets', () => {
  it('masks every occurrence of each secret, longest first', () => {
    const out = redactSecrets('a=plain-secret-1234 b=plain-secret-1234-longer', [
      'plain-secret-1234',
      'plain-secret-1234-longer',
    ]);
    expect(out).not.toContain('plain-secret-1234');
    expect(out).toContain('…1234');
    expect(out).toContain('…nger');
  });

  it('also masks key-shaped strings it was not told about', () => {
    expect(redactSecrets('key sk-abcdefghijklmnop12345', [])).not.toContain('abcdefghijklmnop');
  });

  it('splits an Authorization value into the whole value and its credential', () => {
    expect(authorizationSecrets('Bearer abc.def')).toEqual(['Bearer abc.def', 'abc.def']);
    expect(authorizationSecrets('rawkey123')).toEqual(['rawkey123']);
    expect(authorizationSecrets(undefined)).toEqual([]);
  });
});
