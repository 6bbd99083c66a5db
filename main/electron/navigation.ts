import type { Session, WebContents } from 'electron';
import { isAllowedRequest, isAppUrl, shouldAllowPermission } from '../security';

/**
 * Applied to every webContents the app ever creates (app 'web-contents-created'), so that a
 * window added later cannot forget it: no <webview>, no navigation away from app://, no new
 * window.
 */
export function hardenWebContents(contents: WebContents): void {
  // Navigation stays on our origin; links to anything else do nothing (the app is offline).
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  // New windows come only from main (the presenter window); window.open and target=_blank are
  // refused, and no URL is handed to shell.openExternal.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  // <webview> is disabled in webPreferences; refusing the attach also covers a guest created
  // some other way.
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
}

/**
 * Permissions and network for a session. Both permission handlers are needed: the request handler
 * answers prompts (camera, notifications…), the check handler answers synchronous queries
 * (navigator.permissions, clipboard). Every permission is refused outside our pages, and no
 * request leaves the machine.
 */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((contents, permission, callback) => {
    callback(shouldAllowPermission(permission) && isAppUrl(contents.getURL()));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => {
    return shouldAllowPermission(permission) && isAppUrl(requestingOrigin);
  });
  // HID, serial and USB device access are granted through this handler, not the two above.
  session.setDevicePermissionHandler(() => false);
  // The spellchecker would download dictionaries; 'direct' stops proxy auto-discovery (WPAD/PAC),
  // which would otherwise fetch a script from the network.
  session.setSpellCheckerEnabled(false);
  session.setProxy({ mode: 'direct' }).catch((error: unknown) => console.error('Could not set a direct proxy', error));
  session.webRequest.onBeforeRequest({ urls: ['<all_urls>'] }, (details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url) });
  });
}
