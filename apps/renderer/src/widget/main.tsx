// Entry of the widget window: the read-only API, a store, the card.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Provider } from 'react-redux';
import { createAppStore } from '../features/store';
import { getWidgetApi } from '../shared/api';
import '../theme/tokens.css';
import '../theme/base.css';
import '../theme/controls.css';
import './widget.css';
import { WidgetApp } from './WidgetApp';

const root = document.getElementById('root');
if (root) {
  document.documentElement.classList.add('is-widget');
  const store = createAppStore();
  void getWidgetApi().then((api) => {
    createRoot(root).render(
      <StrictMode>
        <Provider store={store}>
          <WidgetApp api={api} />
        </Provider>
      </StrictMode>,
    );
  });
}
