import '@fontsource-variable/inter';
import './styles/tokens.css';
import './styles/base.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createClient } from './api/client';
import { App } from './App';
import { AppStateProvider, readAppStateEarly } from './app-state';
import { prefetchBoard } from './boards/useBoard';
import { parseRoute } from './router';
import { prefetchWorkshop } from './workshop/useWorkshop';

const root = document.getElementById('root');
if (root) {
  const client = createClient();
  // What the first screen needs is read while React starts: the app's status and settings, and
  // for a workshop opened directly (a reload, a second window) the workshop and its board.
  readAppStateEarly(client);
  const route = parseRoute(window.location.pathname);
  if (route.name === 'workshop') {
    prefetchWorkshop(client.api, route.id);
    prefetchBoard(client.api, route.id);
  }
  createRoot(root).render(
    <StrictMode>
      <AppStateProvider client={client}>
        <App />
      </AppStateProvider>
    </StrictMode>,
  );
}
