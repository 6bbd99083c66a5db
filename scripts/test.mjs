// `npm test`: every check, in order, stopping at the first failure.
import { spawnSync } from 'node:child_process';

const steps = [
  ['typecheck', 'npm', ['run', '--silent', 'typecheck']],
  ['lint', 'npm', ['run', '--silent', 'lint']],
  ['electronegativity', 'npm', ['run', '--silent', 'electronegativity']],
  ['build', 'node', ['scripts/build.mjs']],
  ['unit and integration tests', 'npx', ['--no-install', 'vitest', 'run']],
  ['end-to-end tests', 'npx', ['--no-install', 'playwright', 'test']],
  // Last: where no Electron binary exists it says so in one line and passes.
  ['desktop app (Electron)', 'node', ['scripts/test-electron.mjs']],
];

for (const [name, command, args] of steps) {
  const started = Date.now();
  console.log(`\n── ${name} ──`);
  const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✗ ${name} failed after ${seconds}s`);
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${name} (${seconds}s)`);
}
