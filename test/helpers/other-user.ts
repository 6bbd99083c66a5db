import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';

/**
 * File modes mean nothing to root, so a check that a read-only file is refused must run as a user
 * without write permission. As root, children run as `nobody` through setpriv (util-linux); as
 * anyone else, they run as that user, whom a file owned by another user with mode 0444 already
 * stops. Null where neither works (Windows, or root without setpriv).
 */
export const OTHER_USER: { uid: number; gid: number; command: (argv: string[]) => string[] } | null = (() => {
  if (process.platform === 'win32' || typeof process.getuid !== 'function') return null;
  if (process.getuid() !== 0) return { uid: process.getuid(), gid: process.getgid?.() ?? 0, command: (argv) => argv };
  const probe = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', 'true']);
  if (probe.status !== 0) return null;
  return { uid: 65534, gid: 65534, command: (argv) => ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', ...argv] };
})();

/** Hands a data folder over to the other user, as their own folder would be. */
export function giveToOtherUser(dir: string): void {
  if (!OTHER_USER || process.getuid?.() !== 0) return;
  execFileSync('chown', ['-R', `${OTHER_USER.uid}:${OTHER_USER.gid}`, dir]);
}

/** A file the other user can read but not write: owned by root (as root) and mode 0444. */
export function makeReadOnlyForOtherUser(file: string): void {
  if (process.getuid?.() === 0) fs.chownSync(file, 0, 0);
  fs.chmodSync(file, 0o444);
}

let bundled: Promise<string> | undefined;

/**
 * open-store-child.ts bundled to plain JavaScript, in one folder every user can read, shared by
 * every test process (written under a temporary name and renamed, so none reads half a file).
 */
function childScript(): Promise<string> {
  bundled ??= (async () => {
    const dir = path.join(os.tmpdir(), 'atelier-open-store-child');
    fs.mkdirSync(dir, { recursive: true, mode: 0o755 });
    const outfile = path.join(dir, 'open-store-child.cjs');
    const result = await build({
      entryPoints: [path.resolve('test/helpers/open-store-child.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      packages: 'external',
      write: false,
      outfile,
      logLevel: 'silent',
    });
    const temp = `${outfile}.${process.pid}`;
    fs.writeFileSync(temp, result.outputFiles[0]!.contents, { mode: 0o644 });
    fs.renameSync(temp, outfile);
    return outfile;
  })();
  return bundled;
}

export type ChildOutcome = { ok: false; problem: string; detail: string } | { ok: true; wrote: boolean };

/** Opens the store of `dataDir` in a child process run as the other user. */
export async function openStoreAsOtherUser(dataDir: string): Promise<ChildOutcome> {
  if (!OTHER_USER) throw new Error('No other user to run as');
  const [command, ...args] = OTHER_USER.command([process.execPath, await childScript(), dataDir]);
  const result = spawnSync(command!, args, {
    encoding: 'utf8',
    env: { ...process.env, NODE_PATH: path.resolve('node_modules') },
    timeout: 30_000,
  });
  if (result.status !== 0) throw new Error(`The child failed (${result.status}): ${result.stderr}`);
  return JSON.parse(result.stdout) as ChildOutcome;
}
