// Thrown by the few adapter calls that return data rather than a snapshot (model usage series),
// carrying the same classified failure a snapshot would.
import type { SnapshotError } from '@contract';

export class ProviderError extends Error {
  readonly kind: SnapshotError['kind'];
  constructor(readonly detail: SnapshotError) {
    super(detail.message);
    this.name = 'ProviderError';
    this.kind = detail.kind;
  }
}
