import path from 'node:path';
import os from 'node:os';

export interface WebCliOptions {
  port: number;
  dataDir: string;
  open: boolean;
}

export class CliError extends Error {}

/** A command line that cannot be read: the message ends with the usage, and the exit code is 2. */
export class UsageError extends CliError {}

/** Parses `npm run web -- [--port N] [--data DIR] [--no-open]`. */
export function parseWebArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): WebCliOptions {
  const options: WebCliOptions = { port: 0, dataDir: defaultDataDir(env), open: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (): string => {
      const next = argv[++i];
      if (next === undefined || next.startsWith('--')) throw new CliError(`${arg} needs a value`);
      return next;
    };
    switch (arg) {
      case '--port': {
        const text = value();
        const port = Number(text);
        if (!/^\d+$/.test(text) || port > 65535) throw new CliError(`--port must be a number from 0 to 65535, not "${text}"`);
        options.port = port;
        break;
      }
      case '--data':
        options.dataDir = path.resolve(value());
        break;
      case '--no-open':
        options.open = false;
        break;
      case '--help':
      case '-h':
        throw new UsageError(USAGE);
      default:
        throw new UsageError(`Unknown option "${arg}"\n${USAGE}`);
    }
  }
  return options;
}

export const USAGE = 'Usage: npm run web -- [--port N] [--data DIR] [--no-open]';

/** Same folder Electron uses for userData, so both hosts see the same workshops. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Atelier');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Atelier');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Atelier');
}
