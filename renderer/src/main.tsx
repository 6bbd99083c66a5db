import '@fontsource-variable/inter';
import './styles/tokens.css';
import './styles/patterns.css';
import './styles/base.css';
import { earlyReader, readScreenEarly } from './api/early-reads';
import { openTransport } from './api/transport';
import { parseRoute } from './route';

/*
 * Start-up, kept light on purpose: open the link to main and ask for what the first screen needs
 * (the app's status and settings; for a workshop opened directly, a reload or a second window,
 * the workshop and its board), then load the app. Its code (React, the screens, the channel
 * contract) is read and run while main answers.
 */
const root = document.getElementById('root');
if (root) {
  const transport = openTransport();
  readScreenEarly(earlyReader(transport.invoke), parseRoute(window.location.pathname));
  void import('./mount-app').then(({ mountApp }) => mountApp(root, transport));
}
