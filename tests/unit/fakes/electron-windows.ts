// Windows and web contents of the shared Electron fake (re-exported by ./electron, the module
// tests mock `electron` with). Records what the host did and plays the page's and the user's part.
import { EventEmitter } from 'node:events';
import { pathToFileURL } from 'node:url';

/** An Electron event: carries extra fields (url, …) and records preventDefault. */
export interface FakeEvent {
  defaultPrevented: boolean;
  preventDefault(): void;
  [key: string]: unknown;
}

/** Creates an Electron-style event with `fields`. */
export function fakeEvent(fields: Record<string, unknown> = {}): FakeEvent {
  const event = {
    ...fields,
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

export interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
}

let nextContentsId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextContentsId++;
  readonly sent: { channel: string; args: unknown[] }[] = [];
  readonly mainFrame: FakeFrame = { url: '', parent: null };
  windowOpenHandler: ((details: { url: string }) => { action: 'allow' | 'deny' }) | null = null;
  private destroyed = false;

  send(channel: string, ...args: unknown[]): void {
    if (this.destroyed) throw new Error('Object has been destroyed');
    this.sent.push({ channel, args });
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'allow' | 'deny' }): void {
    this.windowOpenHandler = handler;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  destroy(): void {
    this.destroyed = true;
  }
  /** Plays the page calling window.open(url); returns the handler's answer. */
  openWindow(url: string): { action: 'allow' | 'deny' } {
    return this.windowOpenHandler?.({ url }) ?? { action: 'allow' };
  }
  /** Plays a navigation (`will-navigate` or `will-redirect`); returns the event to inspect. */
  navigate(url: string, kind: 'will-navigate' | 'will-redirect' = 'will-navigate'): FakeEvent {
    const event = fakeEvent({ url });
    this.emit(kind, event, url);
    return event;
  }
}

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.instances.filter((w) => !w.destroyed);
  }

  readonly webContents = new FakeWebContents();
  readonly options: Record<string, unknown>;
  bounds: Bounds;
  visible = false;
  shownInactive = false;
  focused = false;
  maximized = false;
  minimized = false;
  backgroundColor: string | undefined;
  alwaysOnTop: { flag: boolean; level?: string } = { flag: false };
  allWorkspaces: { visible: boolean; options?: unknown } = { visible: false };
  loaded: { kind: 'url' | 'file'; target: string } | null = null;
  private destroyed = false;

  constructor(options: Record<string, unknown> = {}) {
    super();
    this.options = options;
    const n = (key: string, fallback: number): number =>
      typeof options[key] === 'number' ? options[key] : fallback;
    this.bounds = { x: n('x', 0), y: n('y', 0), width: n('width', 800), height: n('height', 600) };
    this.backgroundColor = options.backgroundColor as string | undefined;
    this.alwaysOnTop = { flag: options.alwaysOnTop === true };
    FakeBrowserWindow.instances.push(this);
  }

  loadURL(url: string): Promise<void> {
    this.loaded = { kind: 'url', target: url };
    this.webContents.mainFrame.url = url;
    return Promise.resolve();
  }
  loadFile(path: string): Promise<void> {
    this.loaded = { kind: 'file', target: path };
    this.webContents.mainFrame.url = pathToFileURL(path).href;
    return Promise.resolve();
  }
  show(): void {
    this.visible = true;
    this.focused = true;
  }
  showInactive(): void {
    this.visible = true;
    this.shownInactive = true;
  }
  hide(): void {
    this.visible = false;
  }
  isVisible(): boolean {
    return this.visible;
  }
  focus(): void {
    this.focused = true;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
  }
  maximize(): void {
    this.maximized = true;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  getBounds(): Bounds {
    return { ...this.bounds };
  }
  getNormalBounds(): Bounds {
    return { ...this.bounds };
  }
  setBounds(bounds: Partial<Bounds>): void {
    this.bounds = { ...this.bounds, ...bounds };
  }
  getPosition(): [number, number] {
    return [this.bounds.x, this.bounds.y];
  }
  setPosition(x: number, y: number): void {
    this.bounds = { ...this.bounds, x, y };
  }
  /** Plays the user dragging the window to (x, y). */
  moveTo(x: number, y: number): void {
    this.setPosition(x, y);
    this.emit('moved', fakeEvent());
  }
  setAlwaysOnTop(flag: boolean, level?: string): void {
    this.alwaysOnTop = { flag, level };
  }
  isAlwaysOnTop(): boolean {
    return this.alwaysOnTop.flag;
  }
  setVisibleOnAllWorkspaces(visible: boolean, options?: unknown): void {
    this.allWorkspaces = { visible, options };
  }
  setBackgroundColor(color: string): void {
    this.backgroundColor = color;
  }
  /** Plays the first paint: emits `ready-to-show`. */
  paint(): void {
    this.emit('ready-to-show', fakeEvent());
  }
  close(): void {
    if (this.destroyed) return;
    const event = fakeEvent();
    this.emit('close', event);
    if (event.defaultPrevented) return;
    this.destroy();
  }
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.visible = false;
    this.webContents.destroy();
    this.emit('closed');
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}
