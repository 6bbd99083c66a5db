import '@fontsource-variable/inter';
import './styles/tokens.css';
import './styles/base.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createClient } from './api/client';
import { App } from './App';
import { AppStateProvider } from './app-state';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <AppStateProvider client={createClient()}>
        <App />
      </AppStateProvider>
    </StrictMode>,
  );
}
