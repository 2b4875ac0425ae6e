// The webPreferences every window gets: isolated, sandboxed, no Node, web security on, nothing
// experimental. One function so no window can drift from it.
import type { WebPreferences } from 'electron';

/** Secure webPreferences for a window loading the app's own page with `preload`. */
export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  };
}
