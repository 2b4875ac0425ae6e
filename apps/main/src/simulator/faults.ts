// Injected faults, armed per key or per host, for every request or the next N. A key's fault wins
// over its host's; a fault that does not apply to a path (no_plan on a wallet endpoint) lets the
// request through without using up one of its N.
import type { Reply } from './reply';
import type { SimFault, SimHost } from './types';

interface Armed {
  fault: SimFault;
  remaining: number;
}

export type FaultTarget = { key: string } | { host: SimHost };

export class FaultRegistry {
  private readonly byKey = new Map<string, Armed>();
  private readonly byHost = new Map<SimHost, Armed>();

  /** Arms `fault` on `target` (null clears it) for `times` requests (default: until cleared). */
  set(target: FaultTarget, fault: SimFault | null, times?: number): void {
    const map: Map<string, Armed> = 'key' in target ? this.byKey : this.byHost;
    const id = 'key' in target ? target.key : target.host;
    if (fault === null || (times !== undefined && times <= 0)) map.delete(id);
    else map.set(id, { fault, remaining: times ?? Infinity });
  }

  /** The fault for a request to `host` presenting `key`, if `applies` accepts it; uses one use up. */
  take(host: SimHost, key: string | undefined, applies: (f: SimFault) => boolean): SimFault | undefined {
    const candidates: [Map<string, Armed>, string][] = [];
    if (key !== undefined) candidates.push([this.byKey, key]);
    candidates.push([this.byHost, host]);
    for (const [map, id] of candidates) {
      const armed = map.get(id);
      if (!armed || !applies(armed.fault)) continue;
      armed.remaining -= 1;
      if (armed.remaining <= 0) map.delete(id);
      return armed.fault;
    }
    return undefined;
  }

  clear(): void {
    this.byKey.clear();
    this.byHost.clear();
  }
}

/** A Cloudflare-style gateway error page (HTML, not JSON). */
export function htmlErrorReply(status = 502): Reply {
  const title = `${status} ${status === 502 ? 'Bad Gateway' : status === 503 ? 'Service Temporarily Unavailable' : 'Error'}`;
  const text =
    `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n` +
    `<center><h1>${title}</h1></center>\r\n<hr><center>cloudflare</center>\r\n</body>\r\n</html>\r\n`;
  return {
    kind: 'text',
    status,
    text,
    contentType: 'text/html',
    headers: { server: 'cloudflare', 'cf-ray': '8f1c2d3e4a5b6c7d-HKG' },
  };
}

/** The real reply cut roughly in half: a valid start, never a complete document. */
export function truncateReply(reply: Reply): Reply {
  if (reply.kind === 'drop' || reply.kind === 'hang' || reply.kind === 'truncated') return reply;
  const text = reply.kind === 'json' ? JSON.stringify(reply.body) : reply.text;
  const cut = text.slice(0, Math.max(1, Math.floor(text.length / 2)));
  return { kind: 'truncated', status: reply.status, text: cut, contentType: reply.contentType };
}
