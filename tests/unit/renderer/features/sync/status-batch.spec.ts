// Pushed statuses are applied together (the latest per account) when the frame comes, and any
// other event applies them first, so the store sees events in the order they were sent.
import { describe, expect, it } from 'vitest';
import { EventBus } from '../../../../../apps/main/src/core/api/event-bus';
import { createAppStore } from '../../../../../apps/renderer/src/features/store';
import { connectEvents } from '../../../../../apps/renderer/src/features/sync/events';
import { createStatusBatcher } from '../../../../../apps/renderer/src/features/sync/status-batch';
import { acct, snapshot, status, win } from '../../fixtures';

/** A schedule the test fires by hand, counting what was scheduled. */
function manualFrames() {
  let pending: (() => void) | null = null;
  let scheduled = 0;
  return {
    schedule: (fn: () => void) => {
      scheduled++;
      pending = fn;
      return () => {
        pending = null;
      };
    },
    fire: () => pending?.(),
    get scheduled() {
      return scheduled;
    },
  };
}

const used = (id: string, usedPercent: number) =>
  status(id, { snapshot: snapshot({ windows: [win({ usedPercent })] }) });

describe('createStatusBatcher', () => {
  it('applies a burst in one store update, keeping the latest status of each account', () => {
    const store = createAppStore();
    const actions: string[] = [];
    store.subscribe(() => actions.push('update'));
    const frames = manualFrames();
    const batch = createStatusBatcher(store.dispatch, frames.schedule);
    batch.push(used('a', 10));
    batch.push(used('b', 20));
    batch.push(used('a', 30));
    expect(store.getState().statuses.ids).toEqual([]);
    expect(frames.scheduled).toBe(1);
    frames.fire();
    expect(actions).toHaveLength(1);
    const s = store.getState().statuses.entities;
    expect(s.a?.snapshot?.windows[0]?.usedPercent).toBe(30);
    expect(s.b?.snapshot?.windows[0]?.usedPercent).toBe(20);
    frames.fire();
    expect(actions).toHaveLength(1);
  });
});

describe('connectEvents with batched statuses', () => {
  it('applies pending statuses before a later removal, so the account stays removed', () => {
    const bus = new EventBus();
    const store = createAppStore();
    const off = connectEvents({ on: (e, l) => bus.on(e, l) }, store.dispatch);
    bus.emit('accounts:changed', [acct('a')]);
    bus.emit('status:updated', status('a', { state: 'active' }));
    bus.emit('status:removed', { accountId: 'a' });
    bus.emit('accounts:changed', []);
    expect(store.getState().statuses.ids).toEqual([]);
    bus.emit('status:updated', status('b'));
    off();
    expect(store.getState().statuses.ids).toEqual(['b']);
  });
});
