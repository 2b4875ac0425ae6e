// Reads a response body into a string, refusing to hold more than the cap in memory: a provider
// (or anything pretending to be one) cannot make the app buffer an unbounded answer.
import type { Readable } from 'node:stream';

export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`response body exceeds ${limit} bytes`);
    this.name = 'BodyTooLargeError';
  }
}

// undici reports the destroy as an AbortError event; nobody waits for it, so swallow it.
function discard(body: Readable): void {
  body.on('error', () => undefined);
  body.destroy();
}

/** Collects `body` as UTF-8, destroying the stream and throwing BodyTooLargeError past `limit` bytes. */
export async function readCappedBody(
  body: Readable,
  limit: number,
  declaredLength: number | null,
): Promise<string> {
  if (declaredLength !== null && declaredLength > limit) {
    discard(body);
    throw new BodyTooLargeError(limit);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body as AsyncIterable<Buffer | string>) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += buf.length;
    if (size > limit) {
      discard(body);
      throw new BodyTooLargeError(limit);
    }
    chunks.push(buf);
  }
  return Buffer.concat(chunks, size).toString('utf8');
}
