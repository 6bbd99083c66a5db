#!/usr/bin/env node
// `npm start`: build, make sure Electron and an Electron build of better-sqlite3 exist (both need
// the internet once), then launch the desktop app. Any failure prints one sentence, no stack.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  electronBinaryPath,
  electronEnv,
  electronMissingMessage,
  failureReason,
  nativeBindingFile,
  nativeBindingMessage,
  startSteps,
} from './start-plan.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));
const electronDir = path.join(root, 'node_modules', 'electron');

function fail(message) {
  console.error(`\n${message}\n`);
  process.exit(1);
}

function readOptional(file) {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

function findElectron() {
  const binary = electronBinaryPath(electronDir, readOptional(path.join(electronDir, 'path.txt')), process.env.ELECTRON_OVERRIDE_DIST_PATH);
  return binary && existsSync(binary) ? binary : null;
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
  const binary = findElectron();
  if (result.ok && binary) return binary;
  fail(electronMissingMessage(failureReason(result.output, 'the download did not produce the Electron binary')));
}

/**
 * better-sqlite3 in node_modules is built for Node (tests, browser host); Electron has another ABI.
 * A copy is built in a temporary folder so node_modules stays untouched: a prebuilt binary first,
 * else a local compile against Electron's headers. Returns why it failed, or null.
 */
function buildNativeBinding(electronVersion, target) {
  console.log(`Getting better-sqlite3 for Electron ${electronVersion} (once)…`);
  const work = mkdtempSync(path.join(tmpdir(), 'atelier-native-'));
  try {
    const source = path.dirname(require.resolve('better-sqlite3/package.json'));
    const copy = path.join(work, 'better-sqlite3');
    // Without its build/ folder, so the Node build can never be mistaken for the Electron one.
    cpSync(source, copy, { recursive: true, filter: (file) => path.relative(source, file).split(path.sep)[0] !== 'build' });
    // The project's own prebuild-install and node-gyp (what `npx --no-install` would run), called
    // by path because npx would look for them in the temporary folder.
    const electronArgs = [`--target=${electronVersion}`, `--arch=${process.arch}`];
    let result = runNode(
      [require.resolve('prebuild-install/bin.js'), '--runtime=electron', ...electronArgs, `--platform=${process.platform}`],
      { cwd: copy },
    );
    if (!result.ok) {
      console.log('No prebuilt binary; compiling it…');
      const prebuildOutput = result.output;
      result = runNode(
        [require.resolve('node-gyp/bin/node-gyp.js'), 'rebuild', '--runtime=electron', ...electronArgs, '--dist-url=https://electronjs.org/headers'],
        { cwd: copy },
      );
      result.output = `${prebuildOutput}\n${result.output}`;
    }
    const built = path.join(copy, 'build', 'Release', 'better_sqlite3.node');
    if (!result.ok || !existsSync(built)) return failureReason(result.output, 'no binary was produced');
    mkdirSync(path.dirname(target), { recursive: true });
    // Copied then renamed, so an interrupted copy never looks like a finished binding.
    copyFileSync(built, `${target}.tmp`);
    renameSync(`${target}.tmp`, target);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message.split('\n')[0] : String(error);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function launch(binary) {
  const child = spawn(binary, [root, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', env: electronEnv(process.env) });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('error', (error) => fail(`Atelier could not start Electron (${error.message}).`));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

const electronVersion = JSON.parse(readFileSync(path.join(electronDir, 'package.json'), 'utf8')).version;
const nativeFile = nativeBindingFile(root, electronVersion, process.platform, process.arch);
let binary = findElectron();
for (const step of startSteps({ hasElectron: binary !== null, hasNativeBinding: existsSync(nativeFile) })) {
  if (step === 'build') build();
  else if (step === 'install-electron') binary = installElectron();
  else if (step === 'build-native') {
    const problem = buildNativeBinding(electronVersion, nativeFile);
    if (problem) fail(nativeBindingMessage(problem));
  }
  else if (step === 'launch') launch(binary);
}
