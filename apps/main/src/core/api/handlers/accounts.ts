// accounts:* — add, edit, clone and remove accounts; check a key's format; test a connection.
// Keys go in through here and never come back out: responses carry only the mask.
import type {
  AccountDto,
  AccountInput,
  AccountPatch,
  AccountSettings,
  AccountSnapshot,
  Region,
} from '@contract';
import { assertAllowedUrl } from '../../http';
import { maskKey } from '../../log/redact';
import { checkKeyFormat, fetchSnapshot, getProviderInfo } from '../../providers';
import type { ProviderId } from '@contract';
import type { KeyStore } from '../../engine/key-store';
import type { ApiContext } from '../context';
import { AppError, invalidInput } from '../errors';
import type { Handlers } from '../dispatcher';
import { obj, optNumber, optStr, providerId, regionOrNull, str } from '../validate';

const TEST_TIMEOUT_MS = 20_000;

function regionFor(provider: ProviderId, value: unknown): Region | null {
  const info = getProviderInfo(provider);
  const region = regionOrNull(value);
  if (info.regions.length === 0) return null;
  if (region === null) return info.defaultRegion;
  if (!info.regions.includes(region)) throw invalidInput(`${provider} has no region ${region}`);
  return region;
}

function baseUrlOf(value: unknown): string | null | undefined {
  const url = optStr(value, 'base URL', 500);
  if (url) {
    try {
      assertAllowedUrl(url);
    } catch (error) {
      throw invalidInput(error instanceof Error ? error.message : String(error));
    }
  }
  return url;
}

function settingsOf(value: unknown): AccountSettings | undefined {
  if (value === undefined) return undefined;
  const s = obj(value, 'settings');
  const out: AccountSettings = {};
  if (s.glmAuthMode !== undefined) {
    if (s.glmAuthMode !== 'plain' && s.glmAuthMode !== 'jwt' && s.glmAuthMode !== 'auto')
      throw invalidInput('glmAuthMode must be plain, jwt or auto');
    out.glmAuthMode = s.glmAuthMode;
  }
  const warn = optNumber(s.warnPercent, 'warnPercent', 1, 100);
  const crit = optNumber(s.critPercent, 'critPercent', 1, 100);
  const low = optNumber(s.lowBalance, 'lowBalance', 0, 1e9);
  if (warn !== undefined) out.warnPercent = warn;
  if (crit !== undefined) out.critPercent = crit;
  if (low !== undefined) out.lowBalance = low;
  return out;
}

function keyOf(provider: ProviderId, value: unknown): string {
  const key = str(value, 'key', { max: 4096 });
  const check = checkKeyFormat(provider, key);
  if (check.severity === 'error')
    throw invalidInput(`The key does not look like a ${provider} key (${check.messageId ?? 'format'})`);
  return key;
}

function parseInput(req: unknown): AccountInput {
  const r = obj(req);
  const provider = providerId(r.provider);
  return {
    provider,
    region: regionFor(provider, r.region),
    model: optStr(r.model, 'model', 100) ?? null,
    label: optStr(r.label, 'label', 80) ?? getProviderInfo(provider).name,
    baseUrl: baseUrlOf(r.baseUrl) ?? null,
    settings: settingsOf(r.settings) ?? {},
    key: keyOf(provider, r.key),
  };
}

function parsePatch(provider: ProviderId, value: unknown): AccountPatch {
  const p = obj(value, 'patch');
  const patch: AccountPatch = {};
  if (p.region !== undefined) patch.region = regionFor(provider, p.region);
  const model = optStr(p.model, 'model', 100);
  if (model !== undefined) patch.model = model;
  if (p.label !== undefined) patch.label = str(p.label, 'label', { max: 80 });
  const baseUrl = baseUrlOf(p.baseUrl);
  if (baseUrl !== undefined) patch.baseUrl = baseUrl;
  const settings = settingsOf(p.settings);
  if (settings) patch.settings = settings;
  if (p.key !== undefined && p.key !== null && p.key !== '') patch.key = keyOf(provider, p.key);
  return patch;
}

/** The accounts:* handlers. */
export function accountHandlers(
  ctx: ApiContext,
  keys: KeyStore,
): Pick<
  Handlers,
  | 'accounts:list'
  | 'accounts:add'
  | 'accounts:update'
  | 'accounts:clone'
  | 'accounts:remove'
  | 'accounts:checkKey'
  | 'accounts:test'
> {
  const dto = (id: string): AccountDto => {
    const rt = ctx.monitor.runtime(id);
    if (!rt) throw new AppError('not_found', `No account ${id}`);
    return rt.dto();
  };
  const changed = (): void => ctx.events.emit('accounts:changed', list());
  const list = (): AccountDto[] => ctx.monitor.accounts();
  const rowOf = (id: unknown) => {
    const row = ctx.store.accounts.get(str(id, 'id'));
    if (!row) throw new AppError('not_found', 'No such account');
    return row;
  };
  const storeKey = (accountId: string, key: string): void => {
    try {
      keys.write(accountId, key);
    } catch (error) {
      ctx.store.accounts.remove(accountId);
      throw new AppError(
        'vault_error',
        `The key could not be stored securely: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  };
  const probe = async (target: Parameters<typeof fetchSnapshot>[0]): Promise<AccountSnapshot> => {
    const signal = AbortSignal.timeout(TEST_TIMEOUT_MS);
    const { snapshot } = await fetchSnapshot(target, {
      http: ctx.monitor.httpClient,
      now: () => ctx.clock.now(),
      signal,
      logger: ctx.logger,
    });
    return snapshot;
  };

  return {
    'accounts:list': () => list(),
    'accounts:add': (req) => {
      const input = parseInput(req);
      const row = ctx.store.accounts.insert({ ...input, settings: input.settings ?? {} });
      storeKey(row.id, input.key);
      ctx.monitor.upsertAccount(row);
      changed();
      return dto(row.id);
    },
    'accounts:update': (req) => {
      const r = obj(req);
      const row = rowOf(r.id);
      const { key, ...patch } = parsePatch(row.provider, r.patch);
      if (key) keys.write(row.id, key);
      const updated = ctx.store.accounts.update(row.id, patch);
      ctx.monitor.upsertAccount(updated);
      changed();
      return dto(row.id);
    },
    'accounts:clone': (req) => {
      const r = obj(req);
      const row = rowOf(r.id);
      const key = keys.read(row.id);
      if (key.value === null) throw new AppError('vault_error', key.error ?? 'The key cannot be read');
      const { id: _id, sortOrder: _order, createdAt: _c, updatedAt: _u, ...copy } = row;
      const clone = ctx.store.accounts.insert({ ...copy, label: str(r.label, 'label', { max: 80 }) });
      storeKey(clone.id, key.value);
      ctx.monitor.upsertAccount(clone);
      changed();
      return dto(clone.id);
    },
    'accounts:remove': (req) => {
      const row = rowOf(obj(req).id);
      ctx.store.accounts.remove(row.id);
      ctx.monitor.removeAccount(row.id);
      changed();
      return null;
    },
    'accounts:checkKey': (req) => {
      const r = obj(req);
      const provider = providerId(r.provider);
      const raw = typeof r.key === 'string' ? r.key : '';
      return { ...checkKeyFormat(provider, raw), normalizedMask: maskKey(raw) };
    },
    'accounts:test': async (req) => {
      const r = obj(req);
      if (r.input !== undefined) {
        const input = parseInput(r.input);
        return probe({ ...input, settings: input.settings ?? {} });
      }
      const row = rowOf(r.id);
      const patch = r.patch === undefined ? {} : parsePatch(row.provider, r.patch);
      const stored = keys.read(row.id);
      const key = patch.key ?? stored.value;
      if (!key) throw new AppError('vault_error', stored.error ?? 'No key');
      return probe({
        provider: row.provider,
        region: patch.region !== undefined ? patch.region : row.region,
        model: patch.model !== undefined ? patch.model : row.model,
        baseUrl: patch.baseUrl !== undefined ? patch.baseUrl : row.baseUrl,
        settings: patch.settings ?? row.settings,
        key,
      });
    },
  };
}
