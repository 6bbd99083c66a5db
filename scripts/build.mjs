// Builds everything: the renderer with Vite, main/preload/browser host with esbuild.
// `--skip-if-fresh` does nothing when dist/ is newer than every source file.
import { build as esbuild } from 'esbuild';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as viteBuild } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stamp = path.join(root, 'dist', '.build-stamp');
const SOURCES = ['main', 'shared', 'renderer', 'package.json', 'vite.config.ts', 'scripts/build.mjs'];

function newestSource(entry) {
  const full = path.join(root, entry);
  if (!existsSync(full)) return 0;
  const info = statSync(full);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = 0;
  for (const name of readdirSync(full)) newest = Math.max(newest, newestSource(path.join(entry, name)));
  return newest;
}

if (process.argv.includes('--skip-if-fresh') && existsSync(stamp)) {
  const built = statSync(stamp).mtimeMs;
  if (SOURCES.every((entry) => newestSource(entry) < built)) process.exit(0);
}

const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  absWorkingDir: root,
};

await Promise.all([
  // Node packages stay external: they are installed beside the app (and unpacked from asar).
  esbuild({ ...common, entryPoints: ['main/host/cli.ts'], outfile: 'dist/main/web-host.cjs', packages: 'external' }),
  esbuild({ ...common, entryPoints: ['main/host/export-cli.ts'], outfile: 'dist/main/export-cli.cjs', packages: 'external' }),
  esbuild({ ...common, entryPoints: ['main/electron/main.ts'], outfile: 'dist/main/electron-main.cjs', packages: 'external', external: ['electron'] }),
  // A sandboxed preload cannot require node_modules: bundle everything but electron.
  esbuild({ ...common, entryPoints: ['main/electron/preload.ts'], outfile: 'dist/main/preload.cjs', platform: 'browser', external: ['electron'] }),
  viteBuild({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' }),
]);

writeFileSync(stamp, new Date().toISOString());
console.log('Built dist/renderer and dist/main');
