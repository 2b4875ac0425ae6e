// The contract shared by main, preload, the headless shim and the renderer. Plain data only.
export * from './snapshot';
export * from './headline';
export * from './account';
export * from './status';
export * from './settings';
export * from './envelope';
export * from './channels';
export * from './bridge';
