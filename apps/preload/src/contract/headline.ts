// Which quota window stands for an account at a glance. Shared by the engine (alerts, activity
// periods, the CLI) and the renderer (the list row, the widget), so both always agree.
import type { QuotaWindow, WindowKind } from './snapshot';

const KIND_ORDER: Record<WindowKind, number> = { five_hour: 0, daily: 1, weekly: 2, monthly: 3, other: 4 };

/** Scopes that mean "the plan's main pool" rather than one model or tool. */
function isGeneralScope(scope: string | null): boolean {
  return scope === null || scope.toLowerCase() === 'general';
}

/**
 * The headline window: the shortest general window with data. Windows whose limit is 0 (a pool the
 * plan does not include) are skipped; tool-call windows (unit `calls`, e.g. GLM's monthly MCP
 * allowance) come after every usage window; then by kind (five_hour, daily, weekly, monthly, other),
 * general scope before model/tool scopes, shorter windowMinutes, and finally the provider's order.
 */
export function headlineOf(windows: readonly QuotaWindow[]): QuotaWindow | null {
  const ranked = windows
    .map((w, i) => ({ w, i }))
    .filter(({ w }) => w.limit !== 0)
    .sort(
      (a, b) =>
        Number(a.w.unit === 'calls') - Number(b.w.unit === 'calls') ||
        KIND_ORDER[a.w.kind] - KIND_ORDER[b.w.kind] ||
        Number(!isGeneralScope(a.w.scope)) - Number(!isGeneralScope(b.w.scope)) ||
        (a.w.windowMinutes ?? Infinity) - (b.w.windowMinutes ?? Infinity) ||
        a.i - b.i,
    );
  return ranked[0]?.w ?? null;
}
