// A small client of the headless host's WebSocket protocol for tests: calls channels, records every
// frame and push event, and waits for conditions.
import WebSocket from 'ws';
import type { Envelope, EventMap, EventName } from '@contract';

export interface TestClient {
  call<T = unknown>(channel: string, request?: unknown): Promise<Envelope<T>>;
  value<T = unknown>(channel: string, request?: unknown): Promise<T>;
  events: { event: EventName; payload: unknown }[];
  frames: string[];
  waitForEvent<E extends EventName>(
    event: E,
    pred: (p: EventMap[E]) => boolean,
    timeoutMs?: number,
  ): Promise<EventMap[E]>;
  close(): void;
}

/** Connects to `ws://…/api` with the given query and headers; rejects with the HTTP status on refusal. */
export function connect(url: string, headers: Record<string, string> = {}): Promise<TestClient> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers });
    let nextId = 1;
    const pending = new Map<number, (e: Envelope<unknown>) => void>();
    const events: TestClient['events'] = [];
    const frames: string[] = [];
    const waiters = new Set<() => void>();
    ws.on('unexpected-response', (_req, res) =>
      reject(new Error(`refused with HTTP ${res.statusCode ?? 0}`)),
    );
    ws.on('error', reject);
    ws.on('message', (data: Buffer) => {
      const text = data.toString();
      frames.push(text);
      const msg = JSON.parse(text) as {
        id?: number;
        envelope?: Envelope<unknown>;
        event?: EventName;
        payload?: unknown;
      };
      if (msg.id !== undefined && msg.envelope) pending.get(msg.id)?.(msg.envelope);
      if (msg.event) {
        events.push({ event: msg.event, payload: msg.payload });
        for (const w of waiters) w();
      }
    });
    ws.on('open', () => {
      const client: TestClient = {
        events,
        frames,
        call: <T>(channel: string, request?: unknown) =>
          new Promise<Envelope<T>>((res) => {
            const id = nextId++;
            pending.set(id, res as (e: Envelope<unknown>) => void);
            ws.send(JSON.stringify({ id, channel, request }));
          }),
        value: async <T>(channel: string, request?: unknown) => {
          const e = await client.call<T>(channel, request);
          if (!e.ok) throw new Error(`${channel}: ${e.error.kind}: ${e.error.message}`);
          return e.value;
        },
        waitForEvent: (event, pred, timeoutMs = 10_000) =>
          new Promise((res, rej) => {
            const check = (): boolean => {
              const hit = events.find((e) => e.event === event && pred(e.payload as EventMap[typeof event]));
              if (!hit) return false;
              waiters.delete(check);
              clearTimeout(timer);
              res(hit.payload as EventMap[typeof event]);
              return true;
            };
            const timer = setTimeout(() => {
              waiters.delete(check);
              rej(new Error(`timed out waiting for ${event}`));
            }, timeoutMs);
            waiters.add(check);
            check();
          }),
        close: () => ws.close(),
      };
      resolve(client);
    });
  });
}
