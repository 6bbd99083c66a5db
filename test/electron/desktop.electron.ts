import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SAMPLE_PDF } from './SAMPLE_PDF';

/*
 * The desktop app as a facilitator runs it: the built app in a real Electron, one data folder for
 * the whole file (a relaunch must find what the previous launch wrote). Runs where an Electron
 * binary exists (users' machines, public CI runners); scripts/test-electron.mjs skips it elsewhere.
 */

const binary = process.env.ATELIER_ELECTRON_BINARY ?? '';
const root = path.resolve(import.meta.dirname, '..', '..');
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'atelier-electron-'));
const pdfPath = path.join(dataDir, 'sample.pdf');

test.describe.configure({ mode: 'serial' });
test.afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** The app's command line: this file's data folder, English, and no OS sandbox for root (Chromium refuses it). */
function appArgs(): string[] {
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return [root, '--data', dataDir, '--lang=en-US', ...(asRoot ? ['--no-sandbox'] : [])];
}

/** The environment of the test runner, minus what would start Electron as plain Node. */
function appEnv(): Record<string, string> {
  const env = Object.fromEntries(Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined));
  delete env.ELECTRON_RUN_AS_NODE;
  return env;
}

async function launch(): Promise<{ app: ElectronApplication; window: Page }> {
  const app = await electron.launch({ executablePath: binary, args: appArgs(), env: appEnv() });
  const window = await app.firstWindow();
  await window.waitForLoadState('domcontentloaded');
  return { app, window };
}

function backups(): string[] {
  const dir = path.join(dataDir, 'backups');
  return existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.sqlite')) : [];
}

function hasTool(name: string): boolean {
  try {
    execFileSync(name, ['-v'], { stdio: 'ignore' });
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ENOENT';
  }
}

test('the facilitator window loads from the app’s own protocol, with the typed API and no Node', async () => {
  const { app, window } = await launch();
  expect(window.url()).toMatch(/^app:\/\/atelier\//);
  await expect(window.getByRole('heading', { level: 1, name: 'Run your first workshop' })).toBeVisible();
  const globals = await window.evaluate(() => ({
    atelier: typeof (window as unknown as { atelier?: unknown }).atelier,
    workshopList: typeof (window as unknown as { atelier?: Record<string, unknown> }).atelier?.workshopList,
    require: typeof (globalThis as { require?: unknown }).require,
    process: typeof (globalThis as { process?: unknown }).process,
    module: typeof (globalThis as { module?: unknown }).module,
  }));
  expect(globals).toEqual({ atelier: 'object', workshopList: 'function', require: 'undefined', process: 'undefined', module: 'undefined' });
  await app.close();
});

test('a workshop created through the window survives a relaunch, and quitting writes the closing backup', async () => {
  let { app, window } = await launch();
  await window.getByRole('button', { name: 'New workshop' }).first().click();
  const dialog = window.getByRole('dialog', { name: 'New workshop' });
  await dialog.getByLabel('Title').fill('Desktop check');
  await dialog.getByLabel('Client').fill('Hôtel Lumière');
  await dialog.getByRole('radio', { name: 'Persona workshop', exact: true }).check();
  await dialog.getByRole('button', { name: 'Create workshop' }).click();
  await expect(window.getByRole('heading', { level: 1, name: 'Desktop check' })).toBeVisible();

  const before = backups().length;
  await app.close();
  expect(backups().length).toBe(before + 1);
  expect(backups().filter((name) => name.endsWith('-shutdown.sqlite')).length).toBeGreaterThan(0);

  ({ app, window } = await launch());
  await window.getByRole('link', { name: /Desktop check/ }).first().click();
  await expect(window.getByRole('heading', { level: 1, name: 'Desktop check' })).toBeVisible();
  await app.close();
});

test('the presenter opens as a second window and follows a step change', async () => {
  const { app, window } = await launch();
  await window.getByRole('link', { name: /Desktop check/ }).first().click();
  const timer = window.getByRole('region', { name: 'Timer' });
  const first = (await timer.getByRole('heading').first().textContent()) ?? '';

  const opening = app.waitForEvent('window');
  await window.getByRole('button', { name: 'Open presenter screen' }).click();
  const presenter = await opening;
  expect(presenter.url()).toMatch(/^app:\/\/atelier\/present/);
  expect(app.windows()).toHaveLength(2);
  await expect(presenter.getByRole('heading', { level: 1, name: first })).toBeVisible();

  await timer.getByRole('button', { name: 'Next step' }).click();
  const second = (await timer.getByRole('heading').first().textContent()) ?? '';
  expect(second).not.toBe(first);
  await expect(presenter.getByRole('heading', { level: 1, name: second })).toBeVisible();
  await app.close();
});

test('the sample workshop’s PDF is printed by Electron: tagged, with an outline and every page', async () => {
  test.skip(!hasTool('pdfinfo') || !hasTool('qpdf'), 'pdfinfo (poppler) and qpdf are needed to read the PDF');
  const { app, window } = await launch();
  // The native "Save as" dialog cannot be driven; it answers with this file's path instead.
  await app.evaluate(({ dialog }, file) => {
    dialog.showSaveDialog = (async () => ({ canceled: false, filePath: file })) as typeof dialog.showSaveDialog;
  }, pdfPath);
  await window.getByRole('button', { name: 'Sample workshop' }).click();
  await expect(window.getByRole('heading', { level: 1, name: 'Deliverable' })).toBeVisible({ timeout: 30_000 });
  await window.getByRole('button', { name: 'Export PDF…' }).click();
  const exportDialog = window.getByRole('dialog', { name: 'Export the deliverable' });
  await exportDialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(exportDialog.getByRole('status')).toHaveText('Done', { timeout: 60_000 });
  await app.close();

  const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
  expect(info).toMatch(/Tagged:\s+yes/);
  expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBe(SAMPLE_PDF.pages);
  const outline = JSON.parse(execFileSync('qpdf', ['--json', '--json-key=outlines', pdfPath], { encoding: 'utf8' })) as { outlines: { title: string }[] };
  expect(outline.outlines.map((entry) => entry.title)).toEqual(SAMPLE_PDF.outline);
  execFileSync('qpdf', ['--check', pdfPath]);
});

test('a second launch while one runs shows the first again and quits', async () => {
  const { app, window } = await launch();
  // Hidden rather than minimised: a display without a window manager cannot minimise.
  await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.hide());
  await expect.poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.isVisible())).toBe(false);

  const second = spawn(binary, appArgs(), { stdio: 'ignore', env: appEnv() });
  const code = await new Promise<number | null>((resolve) => second.once('exit', resolve));
  expect(code).toBe(0);
  await expect.poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.isVisible())).toBe(true);
  expect(app.windows()).toHaveLength(1);
  await expect(window.getByRole('heading', { level: 1 })).toBeVisible();
  await app.close();
});
