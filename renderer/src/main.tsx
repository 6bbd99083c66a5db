import '@fontsource-variable/inter';
import './styles/tokens.css';
import './styles/base.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createClient } from './api/client';
import { App } from './App';
import { AppStateProvider } from './app-state';
import { prefetchBoard } from './boards/useBoard';
import { parseRoute } from './router';

const root = document.getElementById('root');
if (root) {
  const client = createClient();
  // A workshop opened directly (a reload, a second window): its board is read while React starts.
  const route = parseRoute(window.location.pathname);
  if (route.name === 'workshop') prefetchBoard(client.api, route.id);
  createRoot(root).render(
    <StrictMode>
      <AppStateProvider client={client}>
        <App />
      </AppStateProvider>
    </StrictMode>,
  );
}
