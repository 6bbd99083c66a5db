import path from 'node:path';
import type { WebPreferences } from 'electron';

/**
 * Every security decision of the Electron host, as pure functions so that each one is
 * table-tested (test/unit/security.test.ts). The Electron glue in main/electron/ only wires
 * these into events; it makes no decision of its own.
 *
 * Electron's security recommendations (https://www.electronjs.org/docs/latest/tutorial/security),
 * each as this app meets it:
 *  - secure content only: everything comes from app://, nothing remote; CSP connect-src 'self'
 *  - no Node, context isolation, sandbox: SECURE_WEB_PREFERENCES + app.enableSandbox()
 *  - permission request and check handlers: shouldAllowPermission
 *  - webSecurity on, no insecure content / experimental / Blink features: SECURE_WEB_PREFERENCES
 *  - a CSP header on every app:// response: CONTENT_SECURITY_POLICY (main/electron/protocol.ts)
 *  - no <webview>: webviewTag false and 'will-attach-webview' prevented (navigation.ts)
 *  - navigation and new windows: isAppUrl in 'will-navigate'/'will-redirect', open handler denies
 *  - shell.openExternal is never called (the app is offline; no link leaves it)
 *  - a current Electron: package.json follows the latest major; bump it with every release
 *  - the sender of every IPC message is checked: isTrustedSender (main/electron/ipc.ts)
 *  - no file://: the renderer is served by protocol.handle('app') through resolveAppAsset
 *  - fuses turn off what code could otherwise turn on: scripts/after-pack.cjs
 *  - no Electron API exposed: the preload exposes named functions only, never ipcRenderer
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'atelier';
/** The one origin our windows load; Chromium canonicalises it like http (lower-case host). */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/`;
export const PRESENTER_URL = `${APP_ORIGIN}/present`;

export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; " +
  "media-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Headers sent with every app:// response, errors included. */
export const APP_RESPONSE_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
});

/**
 * The webPreferences of every window. Most values are Electron's defaults, written out anyway so
 * that a future default change, or a careless spread, cannot weaken them silently. `preload` is
 * added per window (only ours) and `devTools` only when unpackaged.
 */
export const SECURE_WEB_PREFERENCES = Object.freeze({
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  // The spellchecker downloads dictionaries from a Google CDN; the app makes no outside requests.
  spellcheck: false,
  safeDialogs: true,
}) satisfies Readonly<WebPreferences>;

/**
 * True only for URLs on our own origin, decided by a URL parser: substring checks let
 * `app://atelier.evil.com` or `app://atelier@evil/` through. Credentials and ports are refused
 * outright; Chromium never produces them for app:// pages.
 */
export function isAppUrl(url: string): boolean {
  if (typeof url !== 'string') return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

export interface SenderFrame {
  url: string;
  isMainFrame: boolean;
}

/**
 * An IPC message is trusted only from the main frame of one of our pages. A subframe (even an
 * app:// one) or a frame that already navigated away (null) is refused.
 */
export function isTrustedSender(frame: SenderFrame | null | undefined): boolean {
  return frame != null && frame.isMainFrame === true && isAppUrl(frame.url);
}

/**
 * Maps an app:// URL path to a file inside `rootDir`, or null. Paths without an extension are
 * client routes (/present, /workshops/…) and get index.html. The path is decoded once, then any
 * backslash, NUL, colon (Windows drive letters and alternate data streams), dot-file or `..`
 * segment is refused, and the resolved result must still lie inside rootDir.
 */
export function resolveAppAsset(rootDir: string, urlPathname: string): string | null {
  if (typeof urlPathname !== 'string') return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPathname);
  } catch {
    return null;
  }
  if (/[\\\0:]/.test(decoded)) return null;
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment.startsWith('.'))) return null;
  const root = path.resolve(rootDir);
  const last = segments.at(-1);
  if (last === undefined || path.extname(last) === '') return path.join(root, 'index.html');
  const resolved = path.resolve(root, ...segments);
  const relative = path.relative(root, resolved);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return resolved;
}

/**
 * The app uses no device or browser permission. Copying text (the join link, a persona) is the
 * only one granted; everything else, including ones Chromium adds later, is denied.
 */
const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

export function shouldAllowPermission(permission: string): boolean {
  return ALLOWED_PERMISSIONS.has(permission);
}

/**
 * Requests the session must never make: the app is offline, so anything that could leave the
 * machine (http, https, ws, wss, ftp) or read arbitrary local files (file) is cancelled, on top
 * of what the CSP already forbids. app:, data:, blob: and devtools: stay local.
 */
const LOCAL_SCHEMES: ReadonlySet<string> = new Set([`${APP_SCHEME}:`, 'data:', 'blob:', 'devtools:']);

export function isAllowedRequest(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === `${APP_SCHEME}:`) return isAppUrl(url);
  return LOCAL_SCHEMES.has(parsed.protocol);
}
