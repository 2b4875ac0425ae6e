// Zhipu's console and monitor endpoints wrap answers in { code, msg, success, data } and report
// failures in that envelope, often with HTTP 200. Shared by `glm` and `glm-coding-plan`.
import type { SnapshotError } from '@contract';
import type { JsonRecord } from '../shared/json';
import { codeString, str } from '../shared/json';
import { parseRetryAfter } from '../shared/retry-after';
import { snapshotError } from '../shared/response';
import type { ParseContext } from '../types';

// 1000-1005: authentication failed / missing / illegal / expired / unverifiable / 2FA (S-BM-ERR).
const AUTH_CODES = new Set(['1000', '1001', '1002', '1003', '1004', '1005', '401', '403']);
// 1302/1303 rate, 1304 daily cap, 1305 overloaded, 1308/1310 plan window hit: all "wait and retry".
const RATE_CODES = new Set(['1302', '1303', '1304', '1305', '1308', '1310', '429']);
// 1309: the GLM Coding Plan has expired.
const PLAN_GONE_CODES = new Set(['1309']);
const NO_PLAN_WORDS = /(不存在|没有|未开通|未订阅|未购买|过期|\bno\b|\bnot\b|n't|without|expired)/i;

/** True for the "no coding plan" message (captured: "当前用户不存在coding plan"). */
export function isNoPlanMessage(message: string): boolean {
  return /coding\s*plan/i.test(message) && NO_PLAN_WORDS.test(message);
}

/** The failure an envelope reports, or null when it says success. */
export function glmEnvelopeFailure(
  json: JsonRecord,
  ctx: ParseContext,
  options: { codingPlan: boolean },
): SnapshotError | null {
  const code = codeString(json.code);
  const okCode = code === null || code === '200' || code === '0';
  if (json.success !== false && okCode) return null;
  const msg = str(json.msg) ?? str(json.message) ?? 'request refused';
  const extra = { httpStatus: ctx.httpStatus ?? 200, providerCode: code };
  if (code !== null && AUTH_CODES.has(code)) return snapshotError('auth_error', msg, extra);
  if (code !== null && RATE_CODES.has(code)) {
    const retryAfterMs = parseRetryAfter(ctx.headers?.['retry-after'], ctx.now);
    return snapshotError(
      'rate_limited',
      msg,
      retryAfterMs === undefined ? extra : { ...extra, retryAfterMs },
    );
  }
  if (options.codingPlan && ((code !== null && PLAN_GONE_CODES.has(code)) || isNoPlanMessage(msg))) {
    return snapshotError('no_plan', msg, extra);
  }
  return snapshotError('provider_error', msg, extra);
}

/** True when a raw response is an auth refusal: HTTP 401/403, or an envelope with an auth code. */
export function isGlmAuthRefusal(res: { status: number; body: string }): boolean {
  if (res.status === 401 || res.status === 403) return true;
  if (res.status !== 200) return false;
  try {
    const json = JSON.parse(res.body) as unknown;
    if (typeof json !== 'object' || json === null) return false;
    const code = codeString((json as JsonRecord).code);
    return code !== null && AUTH_CODES.has(code);
  } catch {
    return false;
  }
}
