// What a status push would change for a viewer, compared without serializing the whole status.
import type { AccountStatus } from '@contract';

/** A string that changes whenever something the windows show about the account changes. */
export function statusSignature(s: AccountStatus, ratesAt: number): string {
  return [
    s.state,
    s.reason?.kind,
    s.reason?.message,
    s.snapshot?.fetchedAt,
    s.lastGood?.fetchedAt,
    s.nextPollAt,
    s.lastActiveAt,
    s.activeSince,
    ratesAt,
    s.account.updatedAt,
    s.account.keyMask,
    s.account.label,
  ].join('|');
}
