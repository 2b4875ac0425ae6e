// The single IPC wrapper: one `ipcMain.handle` per contract channel, each checking who is calling
// before the dispatcher sees the request. Only the app's own windows, loaded from the app's own
// origin, may call; the widget only its read-only channels.
import type { IpcMain, IpcMainInvokeEvent, WebFrameMain } from 'electron';
import { ALL_CHANNELS, WIDGET_CHANNELS } from '@contract';
import type { ApiErrorData, Channel, Envelope } from '@contract';
import type { Dispatcher } from '../../core/api/dispatcher';
import type { WindowRole } from '../windows/registry';
import { isPlainData } from './plain-data';

/** What the wrapper needs to know about senders. */
export interface SenderPolicy {
  /** True when a frame URL is one of the app's own pages. */
  isAppUrl(url: string): boolean;
  /** The role of a registered window's web contents, undefined for anything else. */
  roleOf(webContentsId: number): WindowRole | undefined;
}

function senderFrameOf(event: IpcMainInvokeEvent): WebFrameMain | null {
  // Reading senderFrame throws when the frame navigated away or was disposed mid-call.
  try {
    return event.senderFrame;
  } catch {
    return null;
  }
}

/** Why a call is refused, or null when the sender may call `channel`. */
export function checkSender(
  event: IpcMainInvokeEvent,
  channel: Channel,
  policy: SenderPolicy,
): string | null {
  const frame = senderFrameOf(event);
  if (!frame) return 'The calling frame is gone';
  if (frame.parent !== null) return 'Only top-level app pages may call';
  if (!policy.isAppUrl(frame.url)) return 'The caller is not an app page';
  const role = policy.roleOf(event.sender.id);
  if (!role) return 'The caller is not one of the app windows';
  if (role === 'widget' && !WIDGET_CHANNELS.includes(channel)) return 'The widget is read-only';
  return null;
}

function refuse(kind: ApiErrorData['kind'], message: string): Envelope<never> {
  return { ok: false, error: { kind, message } };
}

/** Registers one handler per contract channel; returns a function that removes them all. */
export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  dispatcher: Dispatcher,
  policy: SenderPolicy,
): () => void {
  for (const channel of ALL_CHANNELS) {
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, request: unknown) => {
      const refusal = checkSender(event, channel, policy);
      if (refusal) return refuse('forbidden', `${channel}: ${refusal}`);
      if (!isPlainData(request)) return refuse('invalid_input', `${channel}: the request must be plain data`);
      return dispatcher.dispatch(channel, request, { transport: 'ipc' });
    });
  }
  return () => {
    for (const channel of ALL_CHANNELS) ipcMain.removeHandler(channel);
  };
}
