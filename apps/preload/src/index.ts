// The dashboard's preload: exposes exactly `window.cpms`, the contract's typed API over IPC.
import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from '@contract';
import { createIpcTransport } from './ipc-transport';

contextBridge.exposeInMainWorld(
  'cpms',
  createBridge(createIpcTransport(ipcRenderer), { encodeErrors: true }),
);
