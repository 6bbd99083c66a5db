import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface HostProcess {
  url: string;
  origin: string;
  dataDir: string;
  child: ChildProcess;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export function newDataDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'atelier-e2e-'));
}

/**
 * Starts the built browser host (`npm run web` without the build step) and waits for its URL.
 * `command` may wrap the command line, e.g. to run the host as another user.
 */
export async function startHost(
  dataDir = newDataDir(),
  port = 0,
  options: { command?: (argv: string[]) => string[] } = {},
): Promise<HostProcess> {
  const argv = [process.execPath, 'dist/main/web-host.cjs', '--no-open', '--port', String(port), '--data', dataDir];
  const [command, ...args] = options.command ? options.command(argv) : argv;
  const child = spawn(command!, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`host did not start:\n${output}`)), 15_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /Atelier is running at (\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`host exited ${code}:\n${output}`)));
  });
  return {
    url,
    origin: new URL(url).origin,
    dataDir,
    child,
    stop: (signal = 'SIGTERM') =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill(signal);
      }),
  };
}

/**
 * No serious or critical axe-core violations on the current screen, once its colour and size
 * transitions are over (halfway through one, a button's text and background may not contrast yet).
 */
export async function expectAccessible(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((animation) => !(animation instanceof CSSTransition) || animation.playState !== 'running'));
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

/** Saves what the page shows as `<name>.png` in ATELIER_SHOTS (screenshots/ by default). */
export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = path.resolve(process.env.ATELIER_SHOTS ?? 'screenshots');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: false });
}

/**
 * A fresh host for each test of the file, on its own data folder: started before the test (and
 * handed to `take`), stopped after it.
 */
export function hostForEachTest(take: (host: HostProcess) => void): void {
  let current: HostProcess | null = null;
  test.beforeEach(async () => {
    current = await startHost();
    take(current);
  });
  test.afterEach(async () => {
    await current?.stop();
    current = null;
  });
}

/** A phone's browser: 390×844, touch, at twice the pixels. */
export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true } as const;

/**
 * A phone joins the room: it opens the shared link, types the code (with its labels in the page's
 * language) and, when given, a name. Hands back its page and its context (for the caller to close).
 */
export async function joinOnPhone(
  browser: Browser,
  join: { url: string; code: string; name?: string },
  labels = { code: 'Join code', name: 'Your name (optional)', join: 'Join' },
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await page.goto(join.url);
  await page.getByLabel(labels.code).fill(join.code);
  if (join.name !== undefined) await page.getByLabel(labels.name).fill(join.name);
  await page.getByRole('button', { name: labels.join }).click();
  return { context, page };
}
