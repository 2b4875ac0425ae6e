// What the tray shows at a glance: the worst state across accounts (error > active > idle) and a
// one-line tooltip. Pure functions over the statuses.
import type { AccountState } from '@contract';
import type { TrayStrings } from './strings';

export type TrayState = 'idle' | 'active' | 'error';

export interface StatusSummary {
  state: TrayState;
  total: number;
  active: number;
  errors: number;
}

/** Stale counts as an error for the tray: the numbers shown are no longer being refreshed. */
function trayStateOf(state: AccountState): TrayState {
  if (state === 'error' || state === 'stale') return 'error';
  return state === 'active' ? 'active' : 'idle';
}

/** Counts accounts and picks the worst state. */
export function summarize(states: Iterable<AccountState>): StatusSummary {
  const summary: StatusSummary = { state: 'idle', total: 0, active: 0, errors: 0 };
  for (const s of states) {
    const t = trayStateOf(s);
    summary.total += 1;
    if (t === 'error') summary.errors += 1;
    if (t === 'active') summary.active += 1;
  }
  summary.state = summary.errors > 0 ? 'error' : summary.active > 0 ? 'active' : 'idle';
  return summary;
}

/** The tooltip line for a summary. */
export function tooltipText(strings: TrayStrings, summary: StatusSummary, paused: boolean): string {
  if (paused) return strings.tooltipPaused;
  if (summary.total === 0) return strings.tooltipEmpty;
  return strings.tooltip(summary.total, summary.active, summary.errors);
}
