import '@fontsource-variable/inter';
import '../src/styles/tokens.css';
import '../src/styles/patterns.css';
import '../src/styles/base.css';
import './participant.css';
import './participant-vote.css';
import './participant-board.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ParticipantApp } from './ParticipantApp';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ParticipantApp />
    </StrictMode>,
  );
}
