// Account statuses normalized by account id: one push replaces one entity, so only that row's
// selectors see a new object and only that row re-renders.
import { createEntityAdapter, createSlice } from '@reduxjs/toolkit';
import type { AccountStatus } from '@contract';
import { accountsChanged, dataLoaded, statusRemoved, statusUpdated, statusesUpdated } from '../sync/actions';

export const statusesAdapter = createEntityAdapter<AccountStatus, string>({
  selectId: (s) => s.account.id,
});

export const statusesSlice = createSlice({
  name: 'statuses',
  initialState: statusesAdapter.getInitialState(),
  reducers: {},
  extraReducers: (builder) => {
    builder
      .addCase(dataLoaded, (state, { payload }) => {
        statusesAdapter.setAll(state, payload.statuses);
      })
      .addCase(statusUpdated, (state, { payload }) => {
        statusesAdapter.setOne(state, payload);
      })
      .addCase(statusesUpdated, (state, { payload }) => {
        statusesAdapter.setMany(state, payload);
      })
      .addCase(statusRemoved, (state, { payload }) => {
        statusesAdapter.removeOne(state, payload.accountId);
      })
      .addCase(accountsChanged, (state, { payload }) => {
        const keep = new Set(payload.map((a) => a.id));
        statusesAdapter.removeMany(
          state,
          state.ids.filter((id) => !keep.has(id)),
        );
      });
  },
});
