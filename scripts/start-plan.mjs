// Pure decisions for scripts/start.mjs (`npm start`), kept apart so they are unit-tested
// (test/unit/electron/start-plan.test.ts). No I/O here.
import path from 'node:path';

export const WEB_FALLBACK = 'Meanwhile run the app in your browser: npm run web';

/**
 * The Electron executable, found the way node_modules/electron/index.js finds it (path.txt names
 * it inside dist/), but without throwing when the binary was never downloaded.
 */
export function electronBinaryPath(electronDir, pathTxt, overrideDistPath) {
  const name = typeof pathTxt === 'string' ? pathTxt.trim() : '';
  if (overrideDistPath) return path.join(overrideDistPath, name || 'electron');
  return name ? path.join(electronDir, 'dist', name) : null;
}

/** What `npm start` has to do, given which files already exist. */
export function startSteps({ hasElectron }) {
  return ['build', ...(hasElectron ? [] : ['install-electron']), 'launch'];
}

const NETWORK_ERROR = /\b(ENOTFOUND|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN|ENETUNREACH|EHOSTUNREACH|getaddrinfo)\b/;
const NAMED_ERROR = /(error|ERR!)/i;
const TOOL_PREFIX = /^(npm)\s+(info|warn|WARN|ERR!|error)\s+((install|stack)\s+)?/i;

/**
 * One line saying why a child tool failed, from its output (Electron's install.js prints whole
 * stacks): a network error if any (the usual cause, offline), else the first line naming an
 * error, else the last line, else the fallback.
 */
export function failureReason(output, fallback) {
  const lines = String(output ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim().replace(TOOL_PREFIX, '').trim())
    .filter((line) => line !== '' && !line.startsWith('at '));
  const reason = lines.find((line) => NETWORK_ERROR.test(line)) ?? lines.find((line) => NAMED_ERROR.test(line)) ?? lines.at(-1) ?? fallback;
  return reason.length > 200 ? `${reason.slice(0, 197)}...` : reason;
}

export function electronMissingMessage(reason) {
  return (
    `Atelier could not download Electron (${reason}). ` +
    `The desktop app needs it once, with an internet connection. ${WEB_FALLBACK}`
  );
}

/** The environment for the Electron child: never as plain Node, whatever the shell says. */
export function electronEnv(env) {
  const copy = { ...env };
  delete copy.ELECTRON_RUN_AS_NODE;
  return copy;
}
