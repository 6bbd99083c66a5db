import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

/** A built browser host running in a child process, as the benchmarks drive it. */
export interface BenchHost {
  child: ChildProcess;
  origin: string;
  token: string;
}

/**
 * Starts the browser host of a build (its dist/ folder, this checkout's by default) on a data
 * folder, on a free port, and resolves once it says where it listens.
 */
export function startHost(dataDir: string, options: { dist?: string; env?: NodeJS.ProcessEnv } = {}): Promise<BenchHost> {
  const child = spawn(process.execPath, [path.join(options.dist ?? 'dist', 'main', 'web-host.cjs'), '--no-open', '--port', '0', '--data', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...options.env },
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /Atelier is running at (\S+)/.exec(output);
      if (match?.[1]) {
        const url = new URL(match[1]);
        resolve({ child, origin: url.origin, token: url.searchParams.get('token') ?? '' });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`host exited ${code}:\n${output}`)));
  });
}

/** One call of the host's API, as a window makes it; throws on a refusal. */
export async function api<T = unknown>(host: BenchHost, channel: string, input: unknown): Promise<T> {
  const response = await fetch(`${host.origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Atelier-Token': host.token },
    body: JSON.stringify(input),
  });
  const body = (await response.json()) as { ok: boolean; value?: T; error?: unknown };
  if (!body.ok) throw new Error(`${channel}: ${JSON.stringify(body.error)}`);
  return body.value as T;
}
