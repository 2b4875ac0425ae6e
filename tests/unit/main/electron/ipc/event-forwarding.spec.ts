import { describe, expect, it } from 'vitest';
import type { WebContents } from 'electron';
import type { AlertDto, MonitorState } from '@contract';
import { EventBus } from '../../../../../apps/main/src/core/api/event-bus';
import {
  forwardEvents,
  receivesEvent,
  WIDGET_EVENTS,
} from '../../../../../apps/main/src/electron/ipc/event-forwarding';
import { EVENT_CHANNEL } from '../../../../../apps/preload/src/ipc-transport';
import type { RegisteredContents } from '../../../../../apps/main/src/electron/windows/registry';
import { FakeWebContents } from '../../../fakes/electron';
import { vi } from 'vitest';

vi.mock('electron', () => import('../../../fakes/electron'));

const alert: AlertDto = {
  id: 1,
  accountId: 'a',
  at: 0,
  level: 'warning',
  kind: 'threshold',
  messageId: 'x',
  params: {},
};
const monitor: MonitorState = { paused: true, pauseReason: 'user', online: true, lastRefreshAt: null };

describe('forwardEvents', () => {
  it('sends every event to the dashboard and only read-only events to the widget, on one channel', () => {
    const bus = new EventBus();
    const dashboard = new FakeWebContents();
    const widget = new FakeWebContents();
    const targets: RegisteredContents[] = [
      { role: 'dashboard', contents: dashboard as unknown as WebContents },
      { role: 'widget', contents: widget as unknown as WebContents },
    ];
    forwardEvents(bus, () => targets);
    bus.emit('alert:raised', alert);
    bus.emit('monitor:stateChanged', monitor);
    expect(dashboard.sent).toEqual([
      { channel: EVENT_CHANNEL, args: [{ event: 'alert:raised', payload: alert }] },
      { channel: EVENT_CHANNEL, args: [{ event: 'monitor:stateChanged', payload: monitor }] },
    ]);
    expect(widget.sent).toEqual([
      { channel: EVENT_CHANNEL, args: [{ event: 'monitor:stateChanged', payload: monitor }] },
    ]);
  });

  it('skips destroyed web contents and stops on unsubscribe', () => {
    const bus = new EventBus();
    const gone = new FakeWebContents();
    gone.destroy();
    const live = new FakeWebContents();
    const off = forwardEvents(bus, () => [
      { role: 'dashboard', contents: gone as unknown as WebContents },
      { role: 'dashboard', contents: live as unknown as WebContents },
    ]);
    bus.emit('alert:raised', alert);
    off();
    bus.emit('alert:raised', alert);
    expect(live.sent).toHaveLength(1);
  });

  it('keeps account lists and alerts away from the widget', () => {
    expect(receivesEvent('widget', 'accounts:changed')).toBe(false);
    expect(receivesEvent('widget', 'alert:raised')).toBe(false);
    expect(receivesEvent('widget', 'status:updated')).toBe(true);
    expect(receivesEvent('dashboard', 'accounts:changed')).toBe(true);
    expect([...WIDGET_EVENTS].sort()).toEqual(
      [
        'monitor:stateChanged',
        'overview:updated',
        'settings:changed',
        'status:removed',
        'status:updated',
      ].sort(),
    );
  });
});
