import path from 'node:path';

/**
 * `--data DIR` or `--data=DIR` on the desktop app's command line: another data folder, as for
 * `npm run web`. It also scopes the single-instance lock, so two data folders run side by side.
 * Other switches (Chromium's, Electron's own) are left alone.
 */
export function dataDirArgument(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const value = arg === '--data' ? argv[i + 1] : arg.startsWith('--data=') ? arg.slice('--data='.length) : undefined;
    if (value !== undefined && value !== '' && !value.startsWith('--')) return path.resolve(value);
  }
  return undefined;
}
