// status:*, monitor:*, alerts:list and diagnostics:get — reading what the engine knows and steering it.
import { APP_VERSION } from '../../version';
import { redact } from '../../log/redact';
import type { ApiContext } from '../context';
import { AppError } from '../errors';
import type { Handlers } from '../dispatcher';
import { bool, obj, optNumber, optObj, optStr, str } from '../validate';

/** A redacted, copyable report of one account's latest failure. */
function diagnosticsFor(ctx: ApiContext, accountId: string): string {
  const rt = ctx.monitor.runtime(accountId);
  if (!rt) throw new AppError('not_found', 'No such account');
  const lines = [
    `CPMS ${APP_VERSION} diagnostics — ${new Date(ctx.clock.now()).toISOString()}`,
    `provider: ${rt.row.provider}  region: ${rt.row.region ?? '-'}  model: ${rt.row.model ?? '-'}`,
    `base URL: ${rt.row.baseUrl ?? '(default)'}  key: ${rt.keyMask}`,
    `last success: ${rt.lastSuccessAt ? new Date(rt.lastSuccessAt).toISOString() : 'never'}`,
    '',
    'latest snapshot:',
    JSON.stringify(rt.latest, null, 2),
    '',
    'provider exchange (redacted):',
    rt.diagnostics ?? '(none recorded)',
  ];
  if (rt.keyError) lines.push('', `key: ${rt.keyError}`);
  // Belt and braces: the adapters already redact, and the key is registered as a secret.
  let text = redact(lines.join('\n'));
  if (rt.key) text = text.split(rt.key).join(rt.keyMask);
  return text;
}

/** The status, monitor, alert and diagnostics handlers. */
export function monitoringHandlers(
  ctx: ApiContext,
): Pick<
  Handlers,
  | 'status:list'
  | 'status:overview'
  | 'monitor:state'
  | 'monitor:refresh'
  | 'monitor:pause'
  | 'alerts:list'
  | 'diagnostics:get'
> {
  return {
    'status:list': () => ctx.monitor.statuses(),
    'status:overview': () => ctx.monitor.overview(),
    'monitor:state': () => ctx.monitor.monitorState(),
    'monitor:refresh': (req) => {
      const id = optStr(optObj(req).accountId, 'accountId') ?? undefined;
      if (id !== undefined && !ctx.monitor.runtime(id)) throw new AppError('not_found', 'No such account');
      ctx.monitor.refresh(id);
      return null;
    },
    'monitor:pause': (req) => ctx.monitor.setUserPaused(bool(obj(req).paused, 'paused')),
    'alerts:list': (req) => {
      const limit = optNumber(optObj(req).limit, 'limit', 1, 1000);
      return ctx.store.events.list(limit ?? 100);
    },
    'diagnostics:get': (req) => diagnosticsFor(ctx, str(obj(req).accountId, 'accountId')),
  };
}
