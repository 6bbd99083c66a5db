import { existsSync } from 'node:fs';
import path from 'node:path';

/** No usable Chromium: the message says what to install or set, in one line. */
export class ChromiumNotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ChromiumNotFoundError';
  }
}

/**
 * Where a system Chromium or Chrome usually lives, in the order tried after ATELIER_CHROMIUM.
 * Edge is Chromium too and is on every Windows machine, so it comes last there.
 */
export function chromiumCandidates(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string[] {
  if (platform === 'darwin') {
    const apps = ['/Applications', path.join(env.HOME ?? '', 'Applications')];
    return apps.flatMap((dir) => [
      `${dir}/Google Chrome.app/Contents/MacOS/Google Chrome`,
      `${dir}/Chromium.app/Contents/MacOS/Chromium`,
      `${dir}/Microsoft Edge.app/Contents/MacOS/Microsoft Edge`,
    ]);
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((dir): dir is string => Boolean(dir));
    return [
      ...roots.map((dir) => path.win32.join(dir, 'Google', 'Chrome', 'Application', 'chrome.exe')),
      ...roots.map((dir) => path.win32.join(dir, 'Chromium', 'Application', 'chrome.exe')),
      ...roots.map((dir) => path.win32.join(dir, 'Microsoft', 'Edge', 'Application', 'msedge.exe')),
    ];
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'];
}

/** ATELIER_CHROMIUM if set (and it must then exist), else the first candidate that exists. */
export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  exists: (file: string) => boolean = existsSync,
): string {
  const chosen = env.ATELIER_CHROMIUM?.trim();
  if (chosen) {
    if (!exists(chosen)) throw new ChromiumNotFoundError(`ATELIER_CHROMIUM is set to "${chosen}", which does not exist`);
    return chosen;
  }
  const found = chromiumCandidates(env, platform).find((file) => exists(file));
  if (!found) {
    throw new ChromiumNotFoundError('No Chromium or Chrome found: install Chromium, or set ATELIER_CHROMIUM to its executable');
  }
  return found;
}

/** Offline: what every Chromium Atelier starts shares, the end-to-end tests' (playwright.config.ts) too. */
export const OFFLINE_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * How the printer starts Chromium: headless and offline like the end-to-end tests, plus what
 * keeps a one-document start-up short. Each is a Chromium command-line switch; a browser that
 * does not know one ignores it.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  ...OFFLINE_CHROMIUM_ARGS,
  // No first tab (the printer opens its own), no extensions, default apps or crash reporter.
  '--no-startup-window',
  '--disable-extensions',
  '--disable-component-extensions-with-background-pages',
  '--disable-default-apps',
  '--disable-breakpad',
  '--no-default-browser-check',
  // No system keyring (Linux) or keychain prompt (macOS) for a profile that stores nothing.
  '--password-store=basic',
  '--use-mock-keychain',
  // Only the features the browser ships with on, not the experiments of a development build.
  '--disable-field-trial-config',
  // Small /dev/shm in containers; a print page that is never shown must not be slowed down as hidden.
  '--disable-dev-shm-usage',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
  '--disable-background-timer-throttling',
  // Headless Chromium still builds its toolbar's omnibox popup as a web page in a renderer of its
  // own (up to a second of processor time, taken from the export on a two-core laptop); nobody sees it.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,OptimizationHints,MediaRouter',
] as const;
