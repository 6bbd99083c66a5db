import { spawn } from 'node:child_process';
import path from 'node:path';
import { projectRoot, startCore } from '../core';
import { CliError, parseWebArgs } from './cli-args';
import { startWebHost } from './web-server';

/** `npm run web`: the browser host. */
async function main(): Promise<void> {
  let options;
  try {
    options = parseWebArgs(process.argv.slice(2));
  } catch (error) {
    if (error instanceof CliError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const core = await startCore({ dataDir: options.dataDir, host: 'web' });
  const host = await startWebHost({ core, port: options.port, staticDir: path.join(projectRoot(), 'dist', 'renderer') });
  console.log(`Atelier is running at ${host.url}`);
  console.log(`Data folder: ${options.dataDir}`);
  if (options.open) openBrowser(host.url);

  let stopping = false;
  const stop = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    await host.close();
    await core.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

function openBrowser(url: string): void {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'cmd' : 'xdg-open';
  const args = process.platform === 'win32' ? ['/c', 'start', '""', url] : [url];
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.on('error', () => console.log('Open the address above in your browser.'));
    child.unref();
  } catch {
    console.log('Open the address above in your browser.');
  }
}

main().catch((error: unknown) => {
  console.error('Atelier could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
