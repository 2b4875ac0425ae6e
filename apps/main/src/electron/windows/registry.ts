// The app's own windows, by web contents id. The IPC wrapper asks it who is calling, and event
// forwarding asks it whom to tell. Ids are captured at registration because a destroyed window's
// webContents can no longer be read.
import type { BrowserWindow, WebContents } from 'electron';

export type WindowRole = 'dashboard' | 'widget';

export interface RegisteredContents {
  role: WindowRole;
  contents: WebContents;
}

export class WindowRegistry {
  private readonly byId = new Map<number, RegisteredContents>();

  /** Registers a window under a role until it closes. */
  add(window: BrowserWindow, role: WindowRole): void {
    const contents = window.webContents;
    const id = contents.id;
    this.byId.set(id, { role, contents });
    window.once('closed', () => this.byId.delete(id));
  }

  /** The role of the window owning this web contents, or undefined for anything else. */
  roleOf(webContentsId: number): WindowRole | undefined {
    return this.byId.get(webContentsId)?.role;
  }

  /** Every registered window's web contents with its role. */
  entries(): RegisteredContents[] {
    return [...this.byId.values()];
  }
}
