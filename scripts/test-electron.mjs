#!/usr/bin/env node
// `npm run test:electron`: the desktop app checked in a real Electron (test/electron/). Electron's
// binary is downloaded once, outside `npm install`; where it is not there and cannot be fetched
// (an offline machine), the check says so in one line and passes, so `npm test` runs it last
// everywhere. It needs the build (`npm run build`; `npm test` builds first).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectron } from './electron-binary.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = path.join(root, 'node_modules', 'electron');

let binary = findElectron(electronDir);
if (!binary && process.env.ATELIER_FETCH_ELECTRON === '1') {
  // CI with internet access asks for the download explicitly (Electron's own installer).
  spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { cwd: root, stdio: 'inherit' });
  binary = findElectron(electronDir);
}
if (!binary) {
  console.log('Electron check skipped: no Electron binary on this machine (it is downloaded once with `npx install-electron`, which needs the internet).');
  process.exit(0);
}
if (!existsSync(path.join(root, 'dist', 'main', 'electron-main.cjs'))) {
  console.error('The Electron check needs the build first: npm run build');
  process.exit(1);
}

const result = spawnSync('npx', ['--no-install', 'playwright', 'test', '-c', 'playwright.electron.config.ts', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  shell: process.platform === 'win32',
  env: { ...process.env, ATELIER_ELECTRON_BINARY: binary },
});
process.exit(result.status ?? 1);
