#!/usr/bin/env node
// `npm start`: build, make sure Electron's binary exists (it needs the internet once), then launch
// the desktop app. better-sqlite3 ships one N-API binary that loads in Node and in Electron alike,
// so nothing is rebuilt for Electron. Any failure prints one sentence, no stack.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectron } from './electron-binary.mjs';
import {
  electronEnv,
  electronMissingMessage,
  failureReason,
  startSteps,
} from './start-plan.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = path.join(root, 'node_modules', 'electron');

function fail(message) {
  console.error(`\n${message}\n`);
  process.exit(1);
}

/** Runs a Node script, output shown live except stderr, which is kept to explain a failure. */
function runNode(args, options = {}) {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8', ...options });
  return { ok: result.status === 0, output: `${result.stderr ?? ''}\n${result.error?.message ?? ''}` };
}

function build() {
  // The build prints its own errors; just stop with its exit code.
  const result = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function installElectron() {
  console.log('Downloading Electron (once)…');
  const result = runNode([path.join(electronDir, 'install.js')]);
  const binary = findElectron(electronDir);
  if (result.ok && binary) return binary;
  fail(electronMissingMessage(failureReason(result.output, 'the download did not produce the Electron binary')));
}

function launch(binary) {
  const child = spawn(binary, [root, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', env: electronEnv(process.env) });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('error', (error) => fail(`Atelier could not start Electron (${error.message}).`));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

let binary = findElectron(electronDir);
for (const step of startSteps({ hasElectron: binary !== null })) {
  if (step === 'build') build();
  else if (step === 'install-electron') binary = installElectron();
  else if (step === 'launch') launch(binary);
}
