// MiniMax error bodies. Auth failures come back as HTTP 200 with a `base_resp` status code; only the
// injected faults use other HTTP statuses.
import type { Reply } from '../reply';
import { json } from '../reply';

export const MSG = {
  0: 'success',
  1004: "login fail: Please carry the API secret key in the 'Authorization' field of the request header",
  2049: 'invalid api key',
  // Reconstructed: the reference records the code for PAYG keys, not its text.
  2062: 'token plan is not applicable to this api key',
  1002: 'rate limit exceeded',
  1000: 'unknown error',
} as const;

export type MiniMaxCode = keyof typeof MSG;

/** `{base_resp:{status_code,status_msg}}` with HTTP `status` (200 unless a fault says otherwise). */
export function baseResp(code: MiniMaxCode, status = 200, headers?: Record<string, string>): Reply {
  return json(status, { base_resp: { status_code: code, status_msg: MSG[code] } }, headers);
}

/** The success `base_resp`. */
export const SUCCESS = { status_code: 0, status_msg: MSG[0] } as const;

/** The Go-style 404/405 answer of the MiniMax gateway for unknown paths or methods. */
export function notFound(status: 404 | 405 = 404): Reply {
  const text = status === 404 ? '404 page not found' : 'Method Not Allowed';
  return { kind: 'text', status, text, contentType: 'text/plain; charset=utf-8' };
}
