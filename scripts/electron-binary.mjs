// Where the Electron binary of node_modules/electron is, if it was ever downloaded: for `npm start`
// and the desktop check (`npm run test:electron`). Requiring the electron package itself would
// try to download it.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { electronBinaryPath } from './start-plan.mjs';

function readOptional(file) {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/** The executable's path, or null when it is not on this machine. */
export function findElectron(electronDir, env = process.env) {
  const binary = electronBinaryPath(electronDir, readOptional(path.join(electronDir, 'path.txt')), env.ELECTRON_OVERRIDE_DIST_PATH);
  return binary && existsSync(binary) ? binary : null;
}
