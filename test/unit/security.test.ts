import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_RESPONSE_HEADERS,
  CONTENT_SECURITY_POLICY,
  isAllowedRequest,
  isAppUrl,
  isTrustedSender,
  resolveAppAsset,
  SECURE_WEB_PREFERENCES,
  shouldAllowPermission,
} from '../../main/security';

describe('isAppUrl accepts only our own origin', () => {
  it.each([
    ['app://atelier/', true],
    ['app://atelier', true],
    ['app://atelier/present', true],
    ['app://atelier/workshops/42?tab=votes#top', true],
    ['app://atelier.evil.com/', false],
    ['app://evil/atelier', false],
    ['app://evil.com/app://atelier/', false],
    ['app://atelier@evil/', false],
    ['app://user:pass@atelier/', false],
    ['app://atelier:8080/', false],
    ['app://ATELIER.evil/', false],
    ['app:atelier', false],
    ['app:///atelier/', false],
    ['apps://atelier/', false],
    ['https://atelier', false],
    ['https://atelier/', false],
    ['http://localhost:5173/', false],
    ['file:///etc/passwd', false],
    ['file://atelier/', false],
    ['javascript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['blob:app://atelier/1234', false],
    ['about:blank', false],
    ['atelier', false],
    ['//atelier/', false],
    ['', false],
    ['not a url', false],
    ['app://', false],
  ])('%s → %s', (url, expected) => {
    expect(isAppUrl(url)).toBe(expected);
  });

  it('refuses values that are not strings', () => {
    expect(isAppUrl(undefined as unknown as string)).toBe(false);
    expect(isAppUrl({ toString: () => 'app://atelier/' } as unknown as string)).toBe(false);
  });
});

describe('isTrustedSender (the sender of every IPC message is checked)', () => {
  it.each([
    [{ url: 'app://atelier/', isMainFrame: true }, true],
    [{ url: 'app://atelier/present', isMainFrame: true }, true],
    [{ url: 'app://atelier/', isMainFrame: false }, false],
    [{ url: 'https://evil.example/', isMainFrame: true }, false],
    [{ url: 'app://atelier.evil.com/', isMainFrame: true }, false],
    [{ url: 'about:blank', isMainFrame: true }, false],
    [{ url: '', isMainFrame: true }, false],
    [null, false],
    [undefined, false],
  ])('%j → %s', (frame, expected) => {
    expect(isTrustedSender(frame)).toBe(expected);
  });
});

describe('resolveAppAsset cannot leave the renderer folder', () => {
  const root = path.resolve('/srv/atelier/dist/renderer');
  const inRoot = (...parts: string[]) => path.join(root, ...parts);

  it.each([
    ['/', inRoot('index.html')],
    ['', inRoot('index.html')],
    ['/index.html', inRoot('index.html')],
    ['/present', inRoot('index.html')],
    ['/workshops/42/journey', inRoot('index.html')],
    ['/assets/app-1a2b.js', inRoot('assets', 'app-1a2b.js')],
    ['/assets/app%201.css', inRoot('assets', 'app 1.css')],
    ['//assets//logo.svg', inRoot('assets', 'logo.svg')],
    ['/assets/caf%C3%A9.png', inRoot('assets', 'café.png')],
  ])('serves %j as %s', (pathname, expected) => {
    expect(resolveAppAsset(root, pathname)).toBe(expected);
  });

  it.each([
    '/../secret.txt',
    '/../../etc/passwd.txt',
    '/assets/../../package.json',
    '/%2e%2e/package.json',
    '/%2E%2E/%2e%2e/etc/hosts.txt',
    '/..%2fpackage.json',
    '/assets/..%2F..%2Fpackage.json',
    '/..%5cpackage.json',
    '/assets\\..\\..\\package.json',
    '/%5c%5cserver%5cshare%5cfile.txt',
    '/index.html%00.png',
    '/index.html\0.png',
    '/C:/Windows/win.ini',
    '/index.html::$DATA.txt',
    '/.env.json',
    '/assets/.secret.js',
    '/%',
    '/%E0%A4%A.js',
  ])('refuses %j', (pathname) => {
    expect(resolveAppAsset(root, pathname)).toBeNull();
  });

  it('refuses dot segments on extension-less routes too, and serves other routes index.html only', () => {
    expect(resolveAppAsset(root, '/..%2f..%2fetc%2fpasswd')).toBeNull();
    expect(resolveAppAsset(root, '/etc/passwd')).toBe(inRoot('index.html'));
  });
});

describe('shouldAllowPermission denies everything the app does not use', () => {
  it.each([
    ['clipboard-sanitized-write', true],
    ['media', false],
    ['geolocation', false],
    ['notifications', false],
    ['clipboard-read', false],
    ['display-capture', false],
    ['fullscreen', false],
    ['openExternal', false],
    ['midi', false],
    ['midiSysex', false],
    ['pointerLock', false],
    ['keyboardLock', false],
    ['hid', false],
    ['serial', false],
    ['usb', false],
    ['fileSystem', false],
    ['storage-access', false],
    ['window-management', false],
    ['unknown', false],
    ['some-permission-from-the-future', false],
    ['', false],
  ])('%s → %s', (permission, expected) => {
    expect(shouldAllowPermission(permission)).toBe(expected);
  });
});

describe('isAllowedRequest keeps the session offline', () => {
  it.each([
    ['app://atelier/assets/app.js', true],
    ['app://evil/x.js', false],
    ['data:image/png;base64,AAAA', true],
    ['blob:app://atelier/0b6b0d70', true],
    ['devtools://devtools/bundled/inspector.html', true],
    ['https://example.com/', false],
    ['http://192.168.1.10:4000/', false],
    ['ws://localhost:4000/', false],
    ['wss://example.com/', false],
    ['ftp://example.com/', false],
    ['file:///etc/passwd', false],
    ['garbage', false],
  ])('%s → %s', (url, expected) => {
    expect(isAllowedRequest(url)).toBe(expected);
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values.join(' ')] as const;
    }),
  );

  it.each([
    ['default-src', "'self'"],
    ['script-src', "'self'"],
    ['style-src', "'self'"],
    ['img-src', "'self' data: blob:"],
    ['font-src', "'self'"],
    ['media-src', "'self'"],
    ['connect-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
    ['frame-ancestors', "'none'"],
  ])('%s is %s', (name, value) => {
    expect(directives.get(name)).toBe(value);
  });

  it('allows no inline script, eval or remote source', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-|https?:|\*/);
  });

  it('is sent with every app:// response', () => {
    expect(APP_RESPONSE_HEADERS['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
  });
});

describe('SECURE_WEB_PREFERENCES (no Node, isolated, sandboxed, web security on, no webview)', () => {
  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['experimentalFeatures', false],
    ['webviewTag', false],
    ['spellcheck', false],
  ] as const)('%s is %s', (key, value) => {
    expect(SECURE_WEB_PREFERENCES[key]).toBe(value);
  });

  it('enables no Blink feature and names no preload of its own', () => {
    expect(SECURE_WEB_PREFERENCES).not.toHaveProperty('enableBlinkFeatures');
    expect(SECURE_WEB_PREFERENCES).not.toHaveProperty('preload');
  });

  it('cannot be changed at run time', () => {
    expect(Object.isFrozen(SECURE_WEB_PREFERENCES)).toBe(true);
  });
});
