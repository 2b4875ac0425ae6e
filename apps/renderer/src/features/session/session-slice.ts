// What the window knows about its host: load phase, app facts, providers, the link, the monitor and
// the overview totals.
import { createSlice } from '@reduxjs/toolkit';
import type { PayloadAction } from '@reduxjs/toolkit';
import type { AppInfo, MonitorState, Overview, ProviderInfo } from '@contract';
import type { ConnectionPhase } from '../../shared/connection';
import { dataLoaded, loadFailed, monitorChanged, overviewUpdated } from '../sync/actions';

export interface SessionState {
  phase: 'loading' | 'ready' | 'failed';
  error: string | null;
  appInfo: AppInfo | null;
  providers: ProviderInfo[];
  connection: ConnectionPhase;
  monitor: MonitorState | null;
  overview: Overview | null;
}

const initialState: SessionState = {
  phase: 'loading',
  error: null,
  appInfo: null,
  providers: [],
  connection: 'connecting',
  monitor: null,
  overview: null,
};

export const sessionSlice = createSlice({
  name: 'session',
  initialState,
  reducers: {
    connectionChanged(state, action: PayloadAction<ConnectionPhase>) {
      state.connection = action.payload;
    },
    loadStarted(state) {
      if (state.phase === 'failed') state.phase = 'loading';
    },
  },
  extraReducers: (builder) => {
    builder
      .addCase(dataLoaded, (state, { payload }) => {
        state.phase = 'ready';
        state.error = null;
        state.appInfo = payload.appInfo;
        if (payload.providers) state.providers = payload.providers;
        state.monitor = payload.monitor;
        state.overview = payload.overview;
      })
      .addCase(loadFailed, (state, { payload }) => {
        if (state.phase !== 'ready') state.phase = 'failed';
        state.error = payload;
      })
      .addCase(monitorChanged, (state, { payload }) => {
        state.monitor = payload;
      })
      .addCase(overviewUpdated, (state, { payload }) => {
        state.overview = payload;
      });
  },
});

export const { connectionChanged, loadStarted } = sessionSlice.actions;
