// The one shared fake of the `electron` module for host unit tests. It implements only what the
// host uses, records what the host did (handlers, sent messages, opened URLs, menus), and offers a
// few helpers to play the OS or the renderer's part (navigate, click, emit power events).
// Use: vi.mock('electron', () => import('<relative>/fakes/electron')) and resetElectronFake() in beforeEach.
import { EventEmitter } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fakeEvent, FakeBrowserWindow } from './electron-windows';
import type { Bounds, FakeFrame } from './electron-windows';

export * from './electron-windows';

class FakeApp extends EventEmitter {
  isPackaged = false;
  locale = 'en-US';
  hasLock = true;
  quitRequests = 0;
  quitted = false;
  exitCode: number | null = null;
  readonly paths = new Map<string, string>();
  appPath = process.cwd();

  getPath(name: string): string {
    return this.paths.get(name) ?? join(tmpdir(), `cpms-fake-${name}`);
  }
  setPath(name: string, value: string): void {
    this.paths.set(name, value);
  }
  getAppPath(): string {
    return this.appPath;
  }
  getLocale(): string {
    return this.locale;
  }
  getVersion(): string {
    return '0.0.0-test';
  }
  requestSingleInstanceLock(): boolean {
    return this.hasLock;
  }
  whenReady(): Promise<void> {
    return Promise.resolve();
  }
  /** Like Electron: `before-quit` may cancel; otherwise `will-quit` and `quit` follow. */
  quit(): void {
    this.quitRequests += 1;
    const event = fakeEvent();
    this.emit('before-quit', event);
    if (event.defaultPrevented) return;
    this.emit('will-quit', fakeEvent());
    this.quitted = true;
    this.emit('quit', fakeEvent(), 0);
  }
  exit(code = 0): void {
    this.exitCode = code;
  }
}
export const app = new FakeApp();

type InvokeHandler = (event: unknown, ...args: unknown[]) => unknown;

export const ipcMain = {
  handlers: new Map<string, InvokeHandler>(),
  handle(channel: string, handler: InvokeHandler): void {
    if (this.handlers.has(channel))
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  },
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  },
  /** Plays a renderer's ipcRenderer.invoke arriving with `event`. */
  invoke(channel: string, event: unknown, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) return Promise.reject(new Error(`No handler registered for '${channel}'`));
    return Promise.resolve(handler(event, ...args));
  },
};

/** An IpcMainInvokeEvent from a frame of a web contents. */
export function invokeEvent(contents: { id: number }, frame: FakeFrame | null): unknown {
  return { sender: contents, senderFrame: frame, processId: 1, frameId: 1, type: 'frame' };
}

class FakeIpcRenderer extends EventEmitter {
  readonly invocations: { channel: string; args: unknown[] }[] = [];
  respond: (channel: string, ...args: unknown[]) => unknown = () => ({ ok: true, value: null });
  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invocations.push({ channel, args });
    try {
      return Promise.resolve(this.respond(channel, ...args));
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }
  /** Plays main sending on `channel`. */
  fromMain(channel: string, ...args: unknown[]): void {
    this.emit(channel, { sender: this }, ...args);
  }
}
export const ipcRenderer = new FakeIpcRenderer();

export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld(key: string, api: unknown): void {
    if (this.exposed.has(key)) throw new Error(`Cannot bind an API on top of an existing property '${key}'`);
    this.exposed.set(key, api);
  },
};

type HeadersListener = (
  details: { url: string; responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders?: Record<string, string[]>; cancel?: boolean }) => void,
) => void;

class FakeSession {
  permissionRequestHandler:
    ((contents: unknown, permission: string, cb: (granted: boolean) => void) => void) | null = null;
  permissionCheckHandler: ((contents: unknown, permission: string, origin: string) => boolean) | null = null;
  devicePermissionHandler: ((details: unknown) => boolean) | null = null;
  readonly webRequest = {
    headersReceived: null as HeadersListener | null,
    onHeadersReceived(listener: HeadersListener): void {
      this.headersReceived = listener;
    },
  };
  setPermissionRequestHandler(handler: FakeSession['permissionRequestHandler']): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: FakeSession['permissionCheckHandler']): void {
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler: FakeSession['devicePermissionHandler']): void {
    this.devicePermissionHandler = handler;
  }
}
export const session = { defaultSession: new FakeSession() };

export const shell = {
  opened: [] as string[],
  openExternal(url: string): Promise<void> {
    this.opened.push(url);
    return Promise.resolve();
  },
};

const KEYSTORE_PREFIX = 'fake-keystore:';
export const safeStorage = {
  asyncAvailable: true,
  backend: 'gnome_libsecret',
  isAsyncEncryptionAvailable(): Promise<boolean> {
    return Promise.resolve(this.asyncAvailable);
  },
  getSelectedStorageBackend(): string {
    return this.backend;
  },
  /** Reversible but not identity: the prefix marks keystore output, the bytes are inverted. */
  encryptStringAsync(plain: string): Promise<Buffer> {
    const body = Buffer.from(plain, 'utf8').map((b) => b ^ 0xff);
    return Promise.resolve(Buffer.concat([Buffer.from(KEYSTORE_PREFIX), body]));
  },
  decryptStringAsync(encrypted: Buffer): Promise<{ result: string; shouldReEncrypt: boolean }> {
    if (!encrypted.subarray(0, KEYSTORE_PREFIX.length).equals(Buffer.from(KEYSTORE_PREFIX))) {
      return Promise.reject(
        new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.'),
      );
    }
    const body = encrypted.subarray(KEYSTORE_PREFIX.length).map((b) => b ^ 0xff);
    return Promise.resolve({ result: Buffer.from(body).toString('utf8'), shouldReEncrypt: false });
  },
};

export interface FakeImage {
  path: string;
  isEmpty(): boolean;
}
export const nativeImage = {
  createFromPath(path: string): FakeImage {
    return { path, isEmpty: () => false };
  },
  createEmpty(): FakeImage {
    return { path: '', isEmpty: () => true };
  },
};

export interface FakeMenuItem {
  id?: string;
  label?: string;
  type?: string;
  enabled?: boolean;
  click?: () => void;
}
export class FakeMenu {
  constructor(readonly items: FakeMenuItem[]) {}
  item(id: string): FakeMenuItem {
    const found = this.items.find((i) => i.id === id);
    if (!found) throw new Error(`No menu item ${id}`);
    return found;
  }
  /** Plays the user picking the item with this id. */
  click(id: string): void {
    this.item(id).click?.();
  }
}
export const Menu = {
  buildFromTemplate(template: FakeMenuItem[]): FakeMenu {
    return new FakeMenu(template);
  },
};

export class FakeTray extends EventEmitter {
  static instances: FakeTray[] = [];
  image: FakeImage;
  tooltip = '';
  menu: FakeMenu | null = null;
  imageSets = 0;
  menuSets = 0;
  destroyed = false;
  constructor(image: FakeImage) {
    super();
    this.image = image;
    FakeTray.instances.push(this);
  }
  setImage(image: FakeImage): void {
    this.image = image;
    this.imageSets += 1;
  }
  setToolTip(text: string): void {
    this.tooltip = text;
  }
  setContextMenu(menu: FakeMenu): void {
    this.menu = menu;
    this.menuSets += 1;
  }
  destroy(): void {
    this.destroyed = true;
  }
}
export { FakeTray as Tray };

export class FakeNotification extends EventEmitter {
  static shown: FakeNotification[] = [];
  static supported = true;
  static isSupported(): boolean {
    return FakeNotification.supported;
  }
  constructor(readonly options: { title: string; body: string; silent?: boolean; urgency?: string }) {
    super();
  }
  show(): void {
    FakeNotification.shown.push(this);
  }
}
export { FakeNotification as Notification };
// A const, not `export { … as … }`: vitest's transform drops aliased re-exports of imported bindings.
export const BrowserWindow = FakeBrowserWindow;

export const powerMonitor = new EventEmitter();

export const nativeTheme = Object.assign(new EventEmitter(), {
  shouldUseDarkColors: false,
  themeSource: 'system',
});

export interface FakeDisplay {
  id: number;
  bounds: Bounds;
  workArea: Bounds;
}
const PRIMARY: FakeDisplay = {
  id: 1,
  bounds: { x: 0, y: 0, width: 1920, height: 1080 },
  workArea: { x: 0, y: 0, width: 1920, height: 1040 },
};
export const screen = {
  displays: [PRIMARY] as FakeDisplay[],
  getAllDisplays(): FakeDisplay[] {
    return this.displays;
  },
  getPrimaryDisplay(): FakeDisplay {
    return this.displays[0] ?? PRIMARY;
  },
};

export const net = {
  online: true,
  isOnline(): boolean {
    return this.online;
  },
};

export const dialog = {
  errors: [] as { title: string; content: string }[],
  showErrorBox(title: string, content: string): void {
    this.errors.push({ title, content });
  },
};

/** Puts every fake back to its first state; call in beforeEach. */
export function resetElectronFake(): void {
  for (const emitter of [app, ipcRenderer, powerMonitor, nativeTheme]) emitter.removeAllListeners();
  Object.assign(app, { isPackaged: false, locale: 'en-US', hasLock: true, quitRequests: 0, quitted: false });
  app.exitCode = null;
  app.paths.clear();
  app.appPath = process.cwd();
  ipcMain.handlers.clear();
  ipcRenderer.invocations.length = 0;
  ipcRenderer.respond = () => ({ ok: true, value: null });
  contextBridge.exposed.clear();
  session.defaultSession = new FakeSession();
  shell.opened.length = 0;
  safeStorage.asyncAvailable = true;
  safeStorage.backend = 'gnome_libsecret';
  FakeBrowserWindow.instances = [];
  FakeTray.instances = [];
  FakeNotification.shown = [];
  FakeNotification.supported = true;
  nativeTheme.shouldUseDarkColors = false;
  nativeTheme.themeSource = 'system';
  screen.displays = [PRIMARY];
  net.online = true;
  dialog.errors.length = 0;
}
