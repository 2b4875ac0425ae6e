// The registry of schema migrations, oldest first. Add a file `NNNN-name.ts` and list it here.
import { migration0010 } from './0010-initial';
import type { Migration } from './types';

export type { Db, Migration } from './types';

export const MIGRATIONS: readonly Migration[] = [migration0010];

/** The schema version this build of CPMS writes. */
export const LATEST_VERSION: number = MIGRATIONS.at(-1)?.version ?? 0;
