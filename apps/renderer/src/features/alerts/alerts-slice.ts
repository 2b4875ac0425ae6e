// Alerts raised while the window is open, and the app's own notices (a failed action, a copied
// diagnostic), shown as dismissible toasts, newest first, a few at most.
import { createSlice } from '@reduxjs/toolkit';
import type { PayloadAction } from '@reduxjs/toolkit';
import type { AlertDto } from '@contract';
import { alertRaised } from '../sync/actions';

export const MAX_TOASTS = 4;

export interface Notice {
  id: number;
  text: string;
  tone: 'info' | 'error';
}

export interface AlertsState {
  toasts: AlertDto[];
  notices: Notice[];
  nextNoticeId: number;
}

const initialState: AlertsState = { toasts: [], notices: [], nextNoticeId: 1 };

export const alertsSlice = createSlice({
  name: 'alerts',
  initialState,
  reducers: {
    alertDismissed(state, action: PayloadAction<number>) {
      state.toasts = state.toasts.filter((a) => a.id !== action.payload);
    },
    noticeShown(state, action: PayloadAction<Omit<Notice, 'id'>>) {
      const notice = { ...action.payload, id: state.nextNoticeId++ };
      state.notices = [notice, ...state.notices].slice(0, MAX_TOASTS);
    },
    noticeDismissed(state, action: PayloadAction<number>) {
      state.notices = state.notices.filter((n) => n.id !== action.payload);
    },
  },
  extraReducers: (builder) => {
    builder.addCase(alertRaised, (state, { payload }) => {
      state.toasts = [payload, ...state.toasts.filter((a) => a.id !== payload.id)].slice(0, MAX_TOASTS);
    });
  },
});

export const { alertDismissed, noticeShown, noticeDismissed } = alertsSlice.actions;
