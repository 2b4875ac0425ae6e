// Accounts normalized by id. A list push keeps the objects of unchanged accounts, so their rows
// do not re-render when another account is edited.
import { createEntityAdapter, createSlice } from '@reduxjs/toolkit';
import type { AccountDto } from '@contract';
import { accountsChanged, dataLoaded } from '../sync/actions';

export const accountsAdapter = createEntityAdapter<AccountDto, string>({ selectId: (a) => a.id });

type AccountsState = ReturnType<typeof accountsAdapter.getInitialState>;

/** Replaces the list, keeping entities whose content did not change. */
function mergeAccounts(state: AccountsState, next: AccountDto[]): void {
  const keep = new Set(next.map((a) => a.id));
  accountsAdapter.removeMany(
    state,
    state.ids.filter((id) => !keep.has(id)),
  );
  const changed = next.filter((a) => {
    const old = state.entities[a.id];
    return old?.updatedAt !== a.updatedAt || JSON.stringify(old) !== JSON.stringify(a);
  });
  accountsAdapter.setMany(state, changed);
}

export const accountsSlice = createSlice({
  name: 'accounts',
  initialState: accountsAdapter.getInitialState(),
  reducers: {},
  extraReducers: (builder) => {
    builder
      .addCase(dataLoaded, (state, { payload }) => {
        if (payload.accounts) mergeAccounts(state, payload.accounts);
      })
      .addCase(accountsChanged, (state, { payload }) => {
        mergeAccounts(state, payload);
      });
  },
});
