// GLM (bigmodel / z.ai) response envelopes and error bodies. bigmodel speaks Chinese, z.ai English;
// the no-plan message is Chinese on both (captured verbatim from z.ai).
import type { Reply } from '../reply';
import { json } from '../reply';

export type Lang = 'zh' | 'en';

const TEXT = {
  ok: { zh: '操作成功', en: 'Operation successful' },
  1000: { zh: '身份验证失败。', en: 'Authentication Failed' },
  1001: {
    zh: 'Header中未收到Authentication参数，无法进行身份验证。',
    en: 'Authentication parameter not received in Header',
  },
  1002: {
    zh: 'Authorization Token非法，请确认Authorization Token正确传递。',
    en: 'Invalid Authorization Token',
  },
  1003: { zh: 'Authorization Token已过期。', en: 'Authorization Token expired' },
  1004: { zh: 'Authorization Token验证失败。', en: 'Authorization Token verification failed' },
  1302: {
    zh: '您当前使用该API的并发数过高，请降低并发，或联系客服增加限额。',
    en: 'High concurrency usage of this API, please reduce concurrency or contact customer service to increase limits',
  },
  500: { zh: '系统错误', en: 'Internal Server Error' },
} as const;

export const NO_PLAN_MSG = '当前用户不存在coding plan';

export type GlmAuthCode = 1000 | 1001 | 1002 | 1003 | 1004;

/** A success envelope `{code:200,msg,data,success:true}`. */
export function ok(lang: Lang, data: unknown): Reply {
  return json(200, { code: 200, msg: TEXT.ok[lang], data, success: true });
}

/** The success message in `lang`. */
export const okMsg = (lang: Lang): string => TEXT.ok[lang];

/** An auth failure: HTTP 401, or HTTP 200 with the same body when the account/host says so. */
export function authFailure(lang: Lang, code: GlmAuthCode, asHttp200 = false): Reply {
  return json(asHttp200 ? 200 : 401, { code, msg: TEXT[code][lang], success: false });
}

/** "Valid key, no coding plan": HTTP 200, code 500, success false. */
export function noPlan(): Reply {
  return json(200, { code: 500, msg: NO_PLAN_MSG, success: false });
}

/** Concurrency limit hit: 429 with code 1302 and Retry-After in seconds. */
export function rateLimited(lang: Lang, retryAfterSec: number): Reply {
  return json(
    429,
    { code: 1302, msg: TEXT[1302][lang], success: false },
    { 'retry-after': String(retryAfterSec) },
  );
}

/** An internal error: HTTP 500, code 500 (the no-plan code, with another message). */
export function serverError(lang: Lang): Reply {
  return json(500, { code: 500, msg: TEXT[500][lang], success: false });
}

/** The Spring-style 404/405 body the GLM gateway sends for unknown paths or methods. */
export function notFound(path: string, now: number, status: 404 | 405 = 404): Reply {
  const error = status === 404 ? 'Not Found' : 'Method Not Allowed';
  return json(status, { timestamp: new Date(now).toISOString(), status, error, path });
}
