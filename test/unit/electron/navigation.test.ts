import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeWebContents, fake, resetElectronFake, session } from '../../fakes/electron';
import { hardenSession, hardenWebContents } from '../../../main/electron/navigation';

vi.mock('electron', () => import('../../fakes/electron'));

beforeEach(() => resetElectronFake());

function hardened(): FakeWebContents {
  const contents = new FakeWebContents();
  hardenWebContents(contents as never);
  return contents;
}

describe('navigation (stays on app://)', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'] as const)('%s to an external URL is prevented', (eventName) => {
    const contents = hardened();
    for (const url of ['https://evil.example/', 'http://localhost:3000/', 'file:///etc/passwd', 'app://atelier.evil.com/', 'javascript:alert(1)']) {
      expect(contents.attempt(eventName, url), url).toBe(true);
    }
  });

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'] as const)('%s within the app is allowed', (eventName) => {
    const contents = hardened();
    expect(contents.attempt(eventName, 'app://atelier/present')).toBe(false);
    expect(contents.attempt(eventName, 'app://atelier/')).toBe(false);
  });
});

describe('new windows (none opened, nothing handed to the shell)', () => {
  it.each(['https://example.com/', 'app://atelier/present', 'about:blank'])('window.open(%s) is denied', (url) => {
    const contents = hardened();
    expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
  });

  it('never hands a URL to the operating system', () => {
    const contents = hardened();
    contents.windowOpenHandler?.({ url: 'https://example.com/' });
    expect(fake.openedExternally).toEqual([]);
  });
});

describe('<webview> (never attached)', () => {
  it('refuses to attach any webview', () => {
    expect(hardened().attempt('will-attach-webview', 'app://atelier/')).toBe(true);
  });
});

describe('session permissions (refused outside our pages)', () => {
  const appContents = { getURL: () => 'app://atelier/' };
  const foreignContents = { getURL: () => 'https://evil.example/' };

  function request(permission: string, contents = appContents): boolean | undefined {
    let granted: boolean | undefined;
    session.defaultSession.permissionRequestHandler?.(contents, permission, (answer: boolean) => {
      granted = answer;
    }, {});
    return granted;
  }

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'display-capture', 'openExternal', 'fullscreen'])(
    'denies the %s request and check',
    (permission) => {
      hardenSession(session.defaultSession as never);
      expect(request(permission)).toBe(false);
      expect(session.defaultSession.permissionCheckHandler?.(appContents, permission, 'app://atelier', {})).toBe(false);
    },
  );

  it('allows writing to the clipboard, from our own pages only', () => {
    hardenSession(session.defaultSession as never);
    expect(request('clipboard-sanitized-write')).toBe(true);
    expect(request('clipboard-sanitized-write', foreignContents)).toBe(false);
    expect(session.defaultSession.permissionCheckHandler?.(appContents, 'clipboard-sanitized-write', 'app://atelier', {})).toBe(true);
    expect(session.defaultSession.permissionCheckHandler?.(null, 'clipboard-sanitized-write', 'https://evil.example', {})).toBe(false);
  });

  it('denies HID, serial and USB devices', () => {
    hardenSession(session.defaultSession as never);
    expect(session.defaultSession.devicePermissionHandler?.({ deviceType: 'usb', origin: 'app://atelier' })).toBe(false);
  });
});

describe('session network (offline)', () => {
  it('turns the spellchecker off and uses no proxy auto-discovery', () => {
    hardenSession(session.defaultSession as never);
    expect(session.defaultSession.spellChecker).toBe(false);
    expect(session.defaultSession.proxy).toEqual({ mode: 'direct' });
  });

  it.each([
    ['https://example.com/', true],
    ['http://192.168.1.2:8080/join', true],
    ['app://atelier/assets/app.js', false],
    ['data:image/png;base64,AAAA', false],
  ])('cancels a request to %s: %s', (url, cancel) => {
    hardenSession(session.defaultSession as never);
    let answer: unknown;
    session.defaultSession.beforeRequest?.listener({ url }, (response: unknown) => {
      answer = response;
    });
    expect(answer).toEqual({ cancel });
  });
});
