// Types of scripts/ensure-electron-native.mjs, for the unit test of its decision logic.
export declare const NATIVE_DIR: string;
export declare const BINDING_FILE: string;
export declare const RECORD_FILE: string;

export interface ExpectedBuild {
  electron: string;
  abi: string | null;
  platform: string;
  arch: string;
  betterSqlite3: string;
}

export interface FoundBuild {
  bindingExists: boolean;
  record: unknown;
}

export interface RebuildDecision {
  rebuild: boolean;
  reason: string;
}

export declare function expectedBuild(input: {
  electronVersion: string;
  abi: string | null;
  platform: string;
  arch: string;
  betterSqlite3Version: string;
}): ExpectedBuild;
export declare function rebuildDecision(expected: ExpectedBuild, found: FoundBuild): RebuildDecision;
export declare function readExpected(root: string): ExpectedBuild | null;
export declare function readFound(root: string): FoundBuild;
