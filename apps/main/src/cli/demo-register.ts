// Registers the simulator's demo accounts with a core through its dispatcher, exactly as the add
// dialog would, and sets the 10 s snapshot tier so the dashboard visibly moves.
import type { AccountDto, Channel, ChannelReq, ChannelRes } from '@contract';
import type { Core } from '../core/core-types';
import type { DemoAccount } from '../simulator/demo-accounts';

async function call<C extends Channel>(
  core: Core,
  channel: C,
  request: ChannelReq<C>,
): Promise<ChannelRes<C>> {
  const envelope = await core.dispatcher.dispatch(channel, request, { transport: 'test' });
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.message}`);
  return envelope.value as ChannelRes<C>;
}

/**
 * Adds one account per demo account (provider, region, the simulator's base URL and key). An account
 * left by an earlier demo in the same folder (same label and provider) is updated to this run's
 * simulator instead, keeping its history.
 */
export async function registerDemoAccounts(core: Core, demo: readonly DemoAccount[]): Promise<AccountDto[]> {
  await call(core, 'settings:update', { snapshotIntervalSec: 10 });
  const existing = await call(core, 'accounts:list', undefined);
  const out: AccountDto[] = [];
  for (const d of demo) {
    const old = existing.find((a) => a.label === d.label && a.provider === d.provider);
    out.push(
      old
        ? await call(core, 'accounts:update', {
            id: old.id,
            patch: { region: d.region, baseUrl: d.baseUrl, key: d.key },
          })
        : await call(core, 'accounts:add', {
            provider: d.provider,
            region: d.region,
            model: null,
            label: d.label,
            baseUrl: d.baseUrl,
            key: d.key,
          }),
    );
  }
  return out;
}
