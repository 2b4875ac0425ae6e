// Naming an account on the command line: its full id, or (as with git hashes) a unique prefix of at
// least four characters, so `cpms accounts remove 3f2a` works without pasting a whole uuid.
import type { AccountDto } from '@contract';

const MIN_PREFIX = 4;

/** The account `ref` names; throws (exit 1) when none or several match. */
export function findAccount(accounts: readonly AccountDto[], ref: string): AccountDto {
  const exact = accounts.find((a) => a.id === ref);
  if (exact) return exact;
  const matches = ref.length >= MIN_PREFIX ? accounts.filter((a) => a.id.startsWith(ref)) : [];
  if (matches.length === 1 && matches[0]) return matches[0];
  if (matches.length > 1) throw new Error(`"${ref}" matches ${matches.length} accounts; give more of the id`);
  throw new Error(`no account "${ref}" (see \`cpms accounts list\`)`);
}
