import { describe, expect, it, vi } from 'vitest';
import { ALL_CHANNELS } from '@contract';
import type { Dispatcher } from '../../../../../apps/main/src/core/api/dispatcher';
import { createHostDispatcher } from '../../../../../apps/main/src/electron/ipc/host-dispatcher';

function setup(allowed = true) {
  const core: Dispatcher = {
    channels: ALL_CHANNELS,
    dispatch: vi.fn<Dispatcher['dispatch']>(() => Promise.resolve({ ok: true, value: 'core' })),
  };
  const actions = {
    openDashboard: vi.fn(),
    toggleWidget: vi.fn(),
    openExternal: vi.fn((_url: string) => allowed),
  };
  return { core, actions, host: createHostDispatcher(core, actions) };
}

const ctx = { transport: 'test' } as const;

describe('createHostDispatcher', () => {
  it('serves the window channels itself', async () => {
    const { core, actions, host } = setup();
    expect(await host.dispatch('window:openDashboard', undefined, ctx)).toEqual({ ok: true, value: null });
    expect(await host.dispatch('window:toggleWidget', undefined, ctx)).toEqual({ ok: true, value: null });
    expect(actions.openDashboard).toHaveBeenCalledOnce();
    expect(actions.toggleWidget).toHaveBeenCalledOnce();
    expect(core.dispatch).not.toHaveBeenCalled();
  });

  it('opens allow-listed URLs and answers forbidden for the rest', async () => {
    expect(await setup(true).host.dispatch('shell:openExternal', { url: 'https://z.ai/' }, ctx)).toEqual({
      ok: true,
      value: null,
    });
    expect(
      await setup(false).host.dispatch('shell:openExternal', { url: 'https://evil.example/' }, ctx),
    ).toMatchObject({
      ok: false,
      error: { kind: 'forbidden' },
    });
    expect(await setup().host.dispatch('shell:openExternal', { url: 42 }, ctx)).toMatchObject({
      ok: false,
      error: { kind: 'invalid_input' },
    });
  });

  it('hands every other channel to the core unchanged', async () => {
    const { core, host } = setup();
    expect(await host.dispatch('accounts:list', undefined, ctx)).toEqual({ ok: true, value: 'core' });
    expect(await host.dispatch('no:such', 1, ctx)).toEqual({ ok: true, value: 'core' });
    expect(core.dispatch).toHaveBeenCalledWith('accounts:list', undefined, ctx);
  });

  it('reports a failing host action as an internal error without its details', async () => {
    const { actions, host } = setup();
    actions.openDashboard.mockImplementation(() => {
      throw new Error('secret detail');
    });
    const envelope = await host.dispatch('window:openDashboard', undefined, ctx);
    expect(envelope).toMatchObject({ ok: false, error: { kind: 'internal' } });
    expect(JSON.stringify(envelope)).not.toContain('secret detail');
  });
});
