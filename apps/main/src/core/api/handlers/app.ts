// app:info, providers:*, settings:*, data:deleteAll and the host's window actions.
import type { Settings } from '@contract';
import { listModels, getProviderInfo, providerInfoList } from '../../providers';
import type { KeyStore } from '../../engine/key-store';
import type { ApiContext } from '../context';
import { AppError, invalidInput } from '../errors';
import type { Handlers } from '../dispatcher';
import { obj, optStr, providerId, regionOrNull, str } from '../validate';

/** The app, provider, settings, data and window handlers. */
export function appHandlers(
  ctx: ApiContext,
  keys: KeyStore,
): Pick<
  Handlers,
  | 'app:info'
  | 'providers:list'
  | 'providers:models'
  | 'settings:get'
  | 'settings:update'
  | 'data:deleteAll'
  | 'shell:openExternal'
  | 'window:openDashboard'
  | 'window:toggleWidget'
> {
  return {
    'app:info': () => ctx.appInfo(),
    'providers:list': () => providerInfoList(),
    'providers:models': async (req) => {
      const r = obj(req);
      const provider = providerId(r.provider);
      const accountId = optStr(r.accountId, 'accountId');
      const row = accountId ? ctx.store.accounts.get(accountId) : null;
      const key = row ? (keys.read(row.id).value ?? '') : '';
      const region = regionOrNull(r.region) ?? getProviderInfo(provider).defaultRegion;
      return listModels(
        { provider, region, baseUrl: row?.baseUrl ?? null, model: null, key },
        {
          http: ctx.monitor.httpClient,
          now: () => ctx.clock.now(),
          signal: AbortSignal.timeout(15_000),
          logger: ctx.logger,
        },
      );
    },
    'settings:get': () => ctx.store.settings.get(),
    'settings:update': (req) => {
      const patch = obj(req, 'settings') as Partial<Settings>;
      if (patch.proxyUrl) {
        try {
          const u = new URL(patch.proxyUrl);
          if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error('scheme');
        } catch {
          throw invalidInput('The proxy must be an http:// or https:// URL');
        }
      }
      const settings = ctx.store.settings.update(patch);
      ctx.monitor.settingsChanged(settings);
      ctx.events.emit('settings:changed', settings);
      return settings;
    },
    'data:deleteAll': (req) => {
      if (obj(req).confirm !== 'DELETE')
        throw invalidInput('Deleting all data needs the confirmation word DELETE');
      ctx.monitor.clear();
      ctx.store.deleteAll();
      const settings = ctx.store.settings.get();
      ctx.monitor.settingsChanged(settings);
      ctx.events.emit('accounts:changed', []);
      ctx.events.emit('settings:changed', settings);
      return null;
    },
    'shell:openExternal': async (req) => {
      const url = str(obj(req).url, 'url', { max: 2000 });
      if (!ctx.host.openExternal)
        throw new AppError('unsupported', 'Opening links is done by the browser here');
      await ctx.host.openExternal(url);
      return null;
    },
    // Under `cpms serve` the dashboard is the page itself, so opening it is a no-op.
    'window:openDashboard': () => {
      ctx.host.openDashboard?.();
      return null;
    },
    'window:toggleWidget': () => {
      if (!ctx.host.toggleWidget)
        throw new AppError('unsupported', 'The floating widget exists only in the desktop app');
      ctx.host.toggleWidget();
      return null;
    },
  };
}
