// The widget's preload: exposes exactly `window.cpms`, the read-only subset of the API over IPC.
import { contextBridge, ipcRenderer } from 'electron';
import { createWidgetBridge } from '@contract';
import { createIpcTransport } from './ipc-transport';

contextBridge.exposeInMainWorld(
  'cpms',
  createWidgetBridge(createIpcTransport(ipcRenderer), { encodeErrors: true }),
);
