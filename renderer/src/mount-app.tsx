import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createClient } from './api/client';
import type { Transport } from './api/transport';
import { App } from './App';
import { AppStateProvider } from './app-state';

/** The app itself, loaded by main.tsx once the first screen's data has been asked for. */
export function mountApp(root: HTMLElement, transport: Transport): void {
  const client = createClient(transport);
  createRoot(root).render(
    <StrictMode>
      <AppStateProvider client={client}>
        <App />
      </AppStateProvider>
    </StrictMode>,
  );
}
