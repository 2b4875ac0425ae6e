// The store both windows use (the widget simply never fills accounts, ui dialogs or providers).
import { combineReducers, configureStore } from '@reduxjs/toolkit';
import { useDispatch, useSelector } from 'react-redux';
import { accountsSlice } from './accounts/accounts-slice';
import { alertsSlice } from './alerts/alerts-slice';
import { sessionSlice } from './session/session-slice';
import { settingsSlice } from './settings/settings-slice';
import { statusesSlice } from './statuses/statuses-slice';
import { uiSlice } from './ui/ui-slice';

export const rootReducer = combineReducers({
  accounts: accountsSlice.reducer,
  statuses: statusesSlice.reducer,
  session: sessionSlice.reducer,
  settings: settingsSlice.reducer,
  alerts: alertsSlice.reducer,
  ui: uiSlice.reducer,
});

export type RootState = ReturnType<typeof rootReducer>;

/** A fresh store for one window. */
export function createAppStore(preloadedState?: Partial<RootState>) {
  return configureStore({ reducer: rootReducer, preloadedState });
}

export type AppStore = ReturnType<typeof createAppStore>;
export type AppDispatch = AppStore['dispatch'];

export const useAppDispatch = useDispatch.withTypes<AppDispatch>();
export const useAppSelector = useSelector.withTypes<RootState>();
