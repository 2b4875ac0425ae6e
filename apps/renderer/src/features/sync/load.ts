// The full read at start and after a reconnect (pushes may have been missed while offline).
import type { CpmsApi, CpmsWidgetApi } from '@contract';
import type { AppDispatch } from '../store';
import { dataLoaded, loadFailed } from './actions';

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Loads everything the dashboard shows. */
export async function loadDashboard(api: CpmsApi, dispatch: AppDispatch): Promise<void> {
  try {
    const [appInfo, providers, accounts, statuses, overview, settings, monitor] = await Promise.all([
      api.getAppInfo(),
      api.listProviders(),
      api.listAccounts(),
      api.listStatus(),
      api.getOverview(),
      api.getSettings(),
      api.getMonitorState(),
    ]);
    // The `ui` benchmark measures from here to the first commit with rows (see AccountTable).
    performance.mark('cpms:data-ready');
    dispatch(dataLoaded({ appInfo, providers, accounts, statuses, overview, settings, monitor }));
  } catch (error) {
    dispatch(loadFailed(message(error)));
  }
}

/** Loads what the widget shows, through its read-only API. */
export async function loadWidget(api: CpmsWidgetApi, dispatch: AppDispatch): Promise<void> {
  try {
    const [appInfo, statuses, overview, settings, monitor] = await Promise.all([
      api.getAppInfo(),
      api.listStatus(),
      api.getOverview(),
      api.getSettings(),
      api.getMonitorState(),
    ]);
    dispatch(dataLoaded({ appInfo, statuses, overview, settings, monitor }));
  } catch (error) {
    dispatch(loadFailed(message(error)));
  }
}
