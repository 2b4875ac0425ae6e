// MiniMax answers HTTP 200 for almost everything and puts the outcome in base_resp.status_code.
// Every parser checks it first; skipping it is how the seed app turned a bad key into "0 %".
import type { SnapshotError } from '@contract';
import type { JsonRecord } from '../shared/json';
import { codeString, isRecord, str } from '../shared/json';
import { parseRetryAfter } from '../shared/retry-after';
import { snapshotError } from '../shared/response';
import type { ParseContext } from '../types';

const OTHER_REGION: Record<string, { self: string; other: string; otherId: string }> = {
  'minimax-cn': { self: 'China (api.minimaxi.com)', other: 'Global', otherId: 'minimax-global' },
  'minimax-global': { self: 'Global (api.minimax.io)', other: 'China', otherId: 'minimax-cn' },
};

// MiniMax's error-code table lists 1002 (RPM), 1039 (TPM), 1041 (connections) and 2045 (growth
// rate) as rate limits; whatever else they may mean on inference, backing off is the safe reaction.
const RATE_CODES = new Set(['1002', '1039', '1041', '2045']);

function findBaseResp(json: JsonRecord): JsonRecord | null {
  if (isRecord(json.base_resp)) return json.base_resp;
  if (isRecord(json.data) && isRecord(json.data.base_resp)) return json.data.base_resp;
  return null;
}

/** True when the payload carries a base_resp at all (top level or under data). */
export function hasBaseResp(json: JsonRecord): boolean {
  return findBaseResp(json) !== null;
}

/** The failure base_resp reports, or null for status_code 0 (or no base_resp). */
export function baseRespFailure(json: JsonRecord, ctx: ParseContext): SnapshotError | null {
  const base = findBaseResp(json);
  if (!base) return null;
  const code = codeString(base.status_code);
  if (code === null || code === '0') return null;
  const msg = str(base.status_msg) ?? 'request refused';
  const extra = { httpStatus: ctx.httpStatus ?? 200, providerCode: code };
  if (code === '1004') return snapshotError('auth_error', `authentication failed (1004): ${msg}`, extra);
  if (code === '2049') {
    const region = OTHER_REGION[ctx.provider];
    const hint = region
      ? ` MiniMax gives the same answer for a key from the other region: if this is a ${region.other} key, use the ${region.otherId} provider instead of ${region.self}.`
      : '';
    return snapshotError('auth_error', `invalid API key (2049).${hint}`, extra);
  }
  if (code === '2062') {
    return snapshotError(
      'no_plan',
      'no Token Plan for this key (2062); a pay-as-you-go sk-api- key only has a balance',
      extra,
    );
  }
  if (RATE_CODES.has(code)) {
    const retryAfterMs = parseRetryAfter(ctx.headers?.['retry-after'], ctx.now);
    return snapshotError(
      'rate_limited',
      `${msg} (${code})`,
      retryAfterMs === undefined ? extra : { ...extra, retryAfterMs },
    );
  }
  return snapshotError('provider_error', `${msg} (${code})`, extra);
}
