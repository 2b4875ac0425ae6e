// Child process for the kill test: writes snapshots in committed batches forever and reports, after
// each commit, how many rows are committed. The parent SIGKILLs it mid-stream.
import { openStore } from '../../../../../apps/main/src/core/store/index';
import { crashSnapshot } from './crash-snapshot';

const [dataDir, accountId, batchArg] = process.argv.slice(2);
if (!dataDir || !accountId) throw new Error('usage: crash-writer <dataDir> <accountId> [batch]');
const batch = Number(batchArg ?? 200);
const store = openStore({ dataDir });
let committed = 0;
// A safety net: never outlive a parent that failed before it could kill us.
const deadline = Date.now() + 20_000;
while (Date.now() < deadline) {
  const rows = Array.from({ length: batch }, (_, i) => ({
    accountId,
    snapshot: crashSnapshot(committed + i),
  }));
  store.snapshots.insertMany(rows);
  committed += batch;
  // stdout to a pipe is synchronous on POSIX, so the parent never hears of a commit that did not happen.
  process.stdout.write(`${committed}\n`);
}
