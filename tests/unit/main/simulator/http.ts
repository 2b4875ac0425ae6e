// Small HTTP helpers for the simulator specs: real requests over loopback with undici.
import { request } from 'undici';
import type { Dispatcher } from 'undici';

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  /** Parsed body; throws when the body is not JSON. */
  json: () => unknown;
}

/** GET `base + path` with an optional Authorization value and extra headers. */
export async function get(
  base: string,
  path: string,
  auth?: string,
  options: { headers?: Record<string, string>; dispatcher?: Dispatcher; headersTimeout?: number } = {},
): Promise<Answer> {
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  if (auth !== undefined) headers.authorization = auth;
  const res = await request(base + path, {
    method: 'GET',
    headers,
    ...(options.dispatcher ? { dispatcher: options.dispatcher } : {}),
    ...(options.headersTimeout
      ? { headersTimeout: options.headersTimeout, bodyTimeout: options.headersTimeout }
      : {}),
  });
  const text = await res.body.text();
  return { status: res.statusCode, headers: res.headers, text, json: () => JSON.parse(text) as unknown };
}

/** GET and parse as JSON, typed loosely for field checks. */
// The caller names the shape it is about to check; nothing is validated here.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
export async function getJson<T = Record<string, unknown>>(
  base: string,
  path: string,
  auth?: string,
): Promise<{ status: number; body: T }> {
  const a = await get(base, path, auth);
  return { status: a.status, body: a.json() as T };
}

/** Sorted own keys of an object, for exact field-set checks. */
export const keysOf = (o: unknown): string[] => Object.keys(o as object).sort();
