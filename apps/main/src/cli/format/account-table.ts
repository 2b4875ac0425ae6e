// The human forms of accounts for `cpms accounts`: a table for `list`, one line after add/edit/remove.
// Only the key's mask ever appears.
import type { AccountDto } from '@contract';
import { renderTable } from './table';

/** `accounts list` without --json. */
export function formatAccountTable(accounts: readonly AccountDto[]): string {
  return renderTable(
    ['ID', 'LABEL', 'PROVIDER', 'REGION', 'MODEL', 'KEY'],
    accounts.map((a) => [a.id, a.label, a.provider, a.region ?? '—', a.model ?? 'default', a.keyMask]),
  );
}

/** One line: `"Lite CN" (3f2a…) glm-coding-plan/cn, model glm-4.6, key sk-…abcd`. */
export function describeAccount(a: AccountDto): string {
  const region = a.region ? `/${a.region}` : '';
  const base = a.baseUrl ? `, base URL ${a.baseUrl}` : '';
  return `"${a.label}" (${a.id}) ${a.provider}${region}, model ${a.model ?? 'default'}, key ${a.keyMask}${base}`;
}
