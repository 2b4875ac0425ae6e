// Entry of the dashboard window: get the API (preload or WebSocket shim), create the store, render.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Provider } from 'react-redux';
import { createAppStore } from '../features/store';
import { getApi } from '../shared/api';
import '../theme/tokens.css';
import '../theme/base.css';
import '../theme/controls.css';
import '../theme/overlays.css';
import './dashboard.css';
import { App } from './App';

const root = document.getElementById('root');
if (root) {
  const store = createAppStore();
  void getApi().then((api) => {
    createRoot(root).render(
      <StrictMode>
        <Provider store={store}>
          <App api={api} />
        </Provider>
      </StrictMode>,
    );
  });
}
