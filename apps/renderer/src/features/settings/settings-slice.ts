// The user's settings as the core holds them, with local edits applied at once (the core's
// `settings:changed` push then confirms or corrects them).
import { createSlice } from '@reduxjs/toolkit';
import type { PayloadAction } from '@reduxjs/toolkit';
import type { Settings } from '@contract';
import { dataLoaded, settingsChanged } from '../sync/actions';

export interface SettingsState {
  value: Settings | null;
}

const initialState: SettingsState = { value: null };

export const settingsSlice = createSlice({
  name: 'settings',
  initialState,
  reducers: {
    settingsPatched(state, action: PayloadAction<Partial<Settings>>) {
      if (state.value) state.value = { ...state.value, ...action.payload };
    },
  },
  extraReducers: (builder) => {
    builder
      .addCase(dataLoaded, (state, { payload }) => {
        state.value = payload.settings;
      })
      .addCase(settingsChanged, (state, { payload }) => {
        state.value = payload;
      });
  },
});

export const { settingsPatched } = settingsSlice.actions;
