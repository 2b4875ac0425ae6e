import { decodeProtectedHeader, jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import {
  createZhipuJwt,
  splitZhipuKey,
  ZHIPU_JWT_TTL_MS,
} from '../../../../../../apps/main/src/core/providers/glm/jwt';

const KEY = '0123456789abcdef0123456789abcdef.AbCdEfGhIjKlMnOp';
const NOW = 1789650000000;

describe('createZhipuJwt', () => {
  it('signs HS256 with the secret part, header sign_type SIGN, api_key = id, times in milliseconds', async () => {
    const token = await createZhipuJwt(KEY, NOW);
    expect(decodeProtectedHeader(token)).toEqual({ alg: 'HS256', sign_type: 'SIGN' });
    const { payload, protectedHeader } = await jwtVerify(
      token,
      new TextEncoder().encode('AbCdEfGhIjKlMnOp'),
      {
        algorithms: ['HS256'],
        // exp is in ms, i.e. far in jose's (seconds) future; compare against the signing time.
        currentDate: new Date(NOW),
      },
    );
    expect(protectedHeader.sign_type).toBe('SIGN');
    expect(payload).toEqual({
      api_key: '0123456789abcdef0123456789abcdef',
      timestamp: NOW,
      exp: NOW + ZHIPU_JWT_TTL_MS,
    });
  });

  it('is refused by a verifier holding another secret', async () => {
    const token = await createZhipuJwt(KEY, NOW);
    await expect(jwtVerify(token, new TextEncoder().encode('wrong-secret-000'))).rejects.toThrow();
  });

  it('uses base64url of the raw HMAC (three dot-separated base64url parts, 43-char signature)', async () => {
    const parts = (await createZhipuJwt(KEY, NOW)).split('.');
    expect(parts).toHaveLength(3);
    for (const p of parts) expect(p).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(parts[2]).toHaveLength(43);
  });

  it('needs an id.secret key', async () => {
    expect(splitZhipuKey('sk-abcdef')).toBeNull();
    expect(splitZhipuKey('a.b.c')).toBeNull();
    expect(splitZhipuKey(' id.secret ')).toEqual({ id: 'id', secret: 'secret' });
    await expect(createZhipuJwt('sk-no-dot-here', NOW)).rejects.toThrow(/id\.secret/);
  });
});
