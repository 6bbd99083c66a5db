import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fake, protocol, resetElectronFake } from '../../fakes/electron';
import { CONTENT_SECURITY_POLICY } from '../../../main/security';
import { APP_SCHEME_PRIVILEGES, createAppRequestHandler, registerAppProtocol } from '../../../main/electron/protocol';

vi.mock('electron', () => import('../../fakes/electron'));

let base: string;
let root: string;
let serve: (url: string, method?: string) => Promise<Response>;

beforeAll(() => {
  base = mkdtempSync(path.join(tmpdir(), 'atelier-protocol-'));
  root = path.join(base, 'dist', 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Atelier</title>');
  writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(path.join(root, 'assets', 'app.css'), 'body{}');
  writeFileSync(path.join(root, 'assets', 'chime.mp3'), 'ID3');
  writeFileSync(path.join(root, 'assets', 'font.woff2'), 'wOF2');
  // Files next to the renderer folder that must never be served.
  writeFileSync(path.join(base, 'dist', 'secret.txt'), 'secret');
  writeFileSync(path.join(base, 'package.json'), '{}');
  const handler = createAppRequestHandler(root);
  serve = (url, method = 'GET') => handler(new Request(url, { method }));
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('app:// protocol handler (a CSP on every answer, no file://)', () => {
  it.each([
    ['app://atelier/', 'text/html; charset=utf-8', '<!doctype html><title>Atelier</title>'],
    ['app://atelier/present', 'text/html; charset=utf-8', '<!doctype html><title>Atelier</title>'],
    ['app://atelier/assets/app.js', 'text/javascript; charset=utf-8', 'console.log(1)'],
    ['app://atelier/assets/app.css', 'text/css; charset=utf-8', 'body{}'],
    ['app://atelier/assets/chime.mp3', 'audio/mpeg', 'ID3'],
    ['app://atelier/assets/font.woff2', 'font/woff2', 'wOF2'],
  ])('serves %s as %s', async (url, type, body) => {
    const response = await serve(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe(body);
  });

  it.each([
    'app://atelier/../secret.txt',
    'app://atelier/%2e%2e/secret.txt',
    'app://atelier/..%2fsecret.txt',
    'app://atelier/..%2f..%2fpackage.json',
    'app://atelier/assets/..%5c..%5csecret.txt',
    'app://atelier/index.html%00.js',
    'app://atelier/assets/missing.js',
  ])('refuses %s with 404, CSP included', async (url) => {
    const response = await serve(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('secret');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('treats a folder path as a client route (index.html), never as a listing', async () => {
    const response = await serve('app://atelier/assets');
    expect(await response.text()).toContain('<title>Atelier</title>');
  });

  it('answers another host with 404', async () => {
    const response = await serve('app://evil/index.html');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('answers only GET and HEAD', async () => {
    expect((await serve('app://atelier/', 'POST')).status).toBe(405);
    const head = await serve('app://atelier/assets/app.js', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});

describe('app:// pictures', () => {
  const picture = { mime: 'image/png' as const, bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 7]) };
  const pictures = (request: Request) => createAppRequestHandler(root, (imageId) => (imageId === 'persona-1.0123456789abcdef' ? picture : null))(request);

  it('serves a picture by image id, cacheable for good, with the CSP', async () => {
    const response = await pictures(new Request('app://atelier/images/persona-1.0123456789abcdef'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('cache-control')).toBe('private, max-age=31536000, immutable');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(Buffer.from(await response.arrayBuffer())).toEqual(picture.bytes);
  });

  it('answers 404 for an id that names no picture, and never falls back to a file', async () => {
    expect((await pictures(new Request('app://atelier/images/persona-1.fedcba9876543210'))).status).toBe(404);
    const notAnId = await pictures(new Request('app://atelier/images/../secret.txt'));
    expect(await notAnId.text()).not.toContain('secret');
  });
});

describe('app:// registration', () => {
  it('is privileged as standard, secure and fetch-capable, without bypassing the CSP', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('installs one handler for the app scheme', () => {
    resetElectronFake();
    registerAppProtocol(protocol as never, root);
    expect([...fake.protocolHandlers.keys()]).toEqual(['app']);
  });
});
