// View state of the dashboard: selection, sort, filter and which dialog is open.
import { createSlice } from '@reduxjs/toolkit';
import type { PayloadAction } from '@reduxjs/toolkit';
import type { ProviderId } from '@contract';
import { accountsChanged, statusRemoved } from '../sync/actions';

export type SortKey = 'created' | 'state' | 'account' | 'usage' | 'balance' | 'rate' | 'reset';
export type ShowFilter = 'all' | 'active' | 'issues';

export type Dialog =
  | { kind: 'add' }
  | { kind: 'edit'; id: string }
  | { kind: 'clone'; id: string }
  | { kind: 'remove'; id: string }
  | { kind: 'settings' };

export interface UiState {
  selectedId: string | null;
  sort: { key: SortKey; dir: 'asc' | 'desc' };
  filter: { text: string; show: ShowFilter; provider: ProviderId | 'all' };
  dialog: Dialog | null;
}

export const initialUiState: UiState = {
  selectedId: null,
  sort: { key: 'created', dir: 'asc' },
  filter: { text: '', show: 'all', provider: 'all' },
  dialog: null,
};

/** Columns whose natural first order is largest first. */
const DESC_FIRST: readonly SortKey[] = ['usage', 'balance', 'rate'];

export const uiSlice = createSlice({
  name: 'ui',
  initialState: initialUiState,
  reducers: {
    selected(state, action: PayloadAction<string | null>) {
      state.selectedId = action.payload;
    },
    /** Clicking a column sorts by it; clicking it again flips the direction. */
    sortToggled(state, action: PayloadAction<SortKey>) {
      const key = action.payload;
      if (state.sort.key === key) state.sort.dir = state.sort.dir === 'asc' ? 'desc' : 'asc';
      else state.sort = { key, dir: DESC_FIRST.includes(key) ? 'desc' : 'asc' };
    },
    filterChanged(state, action: PayloadAction<Partial<UiState['filter']>>) {
      state.filter = { ...state.filter, ...action.payload };
    },
    filterCleared(state) {
      state.filter = initialUiState.filter;
    },
    dialogOpened(state, action: PayloadAction<Dialog>) {
      state.dialog = action.payload;
    },
    dialogClosed(state) {
      state.dialog = null;
    },
  },
  extraReducers: (builder) => {
    builder
      .addCase(statusRemoved, (state, { payload }) => {
        if (state.selectedId === payload.accountId) state.selectedId = null;
      })
      .addCase(accountsChanged, (state, { payload }) => {
        if (state.selectedId && !payload.some((a) => a.id === state.selectedId)) state.selectedId = null;
      });
  },
});

export const { selected, sortToggled, filterChanged, filterCleared, dialogOpened, dialogClosed } =
  uiSlice.actions;
