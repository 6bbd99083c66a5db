import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { connectEvents, startTestHost, type RunningHost } from '../helpers/web-host';

let running: RunningHost;
beforeEach(async () => {
  running = await startTestHost();
});
afterEach(async () => {
  await running.stop();
});

describe('the browser host', () => {
  it('listens on 127.0.0.1 only and prints a URL carrying the token', () => {
    expect(running.host.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${running.host.port}/\\?token=[0-9a-f]{64}$`));
  });

  it('answers 401 to a page request without the token, and serves it with the token', async () => {
    const denied = await running.raw({ path: '/' });
    expect(denied.status).toBe(401);
    const allowed = await running.raw({ path: `/?token=${running.host.token}` });
    expect(allowed.status).toBe(200);
    expect(allowed.headers['content-security-policy']).toContain("script-src 'self'");
    expect(String(allowed.headers['set-cookie'])).toContain('HttpOnly');
  });

  it('serves assets to the cookie set by the first visit, and app routes as index.html', async () => {
    const cookie = `atelier_admin=${running.host.token}`;
    expect((await running.raw({ path: '/assets/app.js', headers: { cookie } })).status).toBe(200);
    expect((await running.raw({ path: '/present', headers: { cookie } })).body).toContain('<title>Atelier');
    expect((await running.raw({ path: '/assets/app.js', headers: { cookie: 'atelier_admin=nope' } })).status).toBe(401);
  });

  it('serves a picture by its image id to the page (cookie), cacheable for good, and nothing for a stale or unknown id', async () => {
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 1, 2, 3]);
    const workshop = await running.call('workshopCreate', { templateId: 'persona', meta: { title: 'Pictures', date: '2025-06-02', language: 'en' } });
    const workshopId = (workshop.body as { value: { id: string } }).value.id;
    const persona = (await running.call('personaCreate', { workshopId, name: 'Léa' })).body as { value: { id: string } };
    const set = await running.call('personaSetAvatar', { personaId: persona.value.id, avatar: { kind: 'image', mime: 'image/jpeg', dataBase64: jpeg.toString('base64') } });
    const imageId = (set.body as { value: { avatar: { imageId: string } } }).value.avatar.imageId;
    const cookie = `atelier_admin=${running.host.token}`;

    const served = await running.raw({ path: `/images/${imageId}`, headers: { cookie } });
    expect(served.status).toBe(200);
    expect(served.headers['content-type']).toBe('image/jpeg');
    expect(served.headers['cache-control']).toBe('private, max-age=31536000, immutable');
    expect(Buffer.from(served.body, 'latin1').length).toBeGreaterThan(0);
    expect((await running.raw({ path: `/images/${imageId}` })).status).toBe(401);
    expect((await running.raw({ path: `/images/${imageId.replace(/.$/, (c) => (c === '0' ? '1' : '0'))}`, headers: { cookie } })).status).toBe(404);
    expect((await running.raw({ path: '/images/..%2fpackage.json', headers: { cookie } })).status).toBe(404);
    // The board names the picture; its bytes never travel in a board read.
    const board = await running.call('boardGet', { workshopId });
    expect(JSON.stringify(board.body)).not.toContain(jpeg.toString('base64'));
  });

  it('refuses path traversal', async () => {
    const cookie = `atelier_admin=${running.host.token}`;
    for (const path of ['/../package.json', '/assets/..%2f..%2fpackage.json', '/%2e%2e/%2e%2e/etc/passwd.txt', '/assets/%5c..%5cx.js']) {
      expect((await running.raw({ path, headers: { cookie } })).status).toBe(404);
    }
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const res = await running.raw({ path: `/?token=${running.host.token}`, headers: { host: 'evil.example:80' } });
    expect(res.status).toBe(421);
  });

  it('answers API calls with the token in a header, and 401 without it', async () => {
    const ok = await running.call('appInfo', {});
    expect(ok).toMatchObject({ status: 200, body: { ok: true, value: { name: 'Atelier', host: 'web' } } });
    const denied = await running.call('appInfo', {}, { 'x-atelier-token': 'wrong' });
    expect(denied).toMatchObject({ status: 401, body: { ok: false, error: { code: 'unauthorized' } } });
  });

  it('rejects an API call from another origin', async () => {
    const res = await running.call('appInfo', {}, { origin: 'http://evil.example' });
    expect(res).toMatchObject({ status: 403, body: { ok: false, error: { code: 'forbidden' } } });
  });

  it('rejects malformed JSON, unknown channels and wrong content types with clear errors', async () => {
    expect(await running.call('settingsUpdate', '{"language":')).toMatchObject({ status: 400, body: { error: { code: 'invalid_input' } } });
    expect(await running.call('dropTables', {})).toMatchObject({ status: 404, body: { error: { code: 'unknown_channel' } } });
    const text = await running.raw({
      method: 'POST',
      path: '/api/appInfo',
      headers: { 'content-type': 'text/plain', 'x-atelier-token': running.host.token },
      body: '{}',
    });
    expect(text.status).toBe(400);
  });

  it('rejects an oversized request before reading it and changes nothing', async () => {
    const before = await running.call('settingsGet', {});
    const huge = JSON.stringify({ language: 'fr', padding: 'x'.repeat(2 * 1024 * 1024) });
    const res = await running.call('settingsUpdate', huge);
    expect(res).toMatchObject({ status: 413, body: { ok: false, error: { code: 'too_large' } } });
    expect(await running.call('settingsGet', {})).toEqual(before);
  });

  it('takes a persona photo of up to 5 MB, the documented limit, while every other request keeps the 1 MiB one', async () => {
    const workshop = (await running.call('workshopCreate', { templateId: 'persona', meta: { title: 'Photos', date: '2026-12-01', language: 'en' } })).body as {
      value: { id: string };
    };
    const persona = (await running.call('personaCreate', { workshopId: workshop.value.id, name: 'Léa' })).body as { value: { id: string } };
    // A PNG signature, then filler, to 5 MB less a little: about 6.7 MB of base64 in the body.
    const bytes = Buffer.alloc(5 * 1024 * 1024 - 16, 7);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(bytes);
    const avatar = { kind: 'image', mime: 'image/png', dataBase64: bytes.toString('base64') };
    const res = await running.call('personaSetAvatar', { personaId: persona.value.id, avatar });
    expect(res).toMatchObject({ status: 200, body: { ok: true } });

    const tooBig = Buffer.alloc(5 * 1024 * 1024 + 1024, 7);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(tooBig);
    const refused = await running.call('personaSetAvatar', { personaId: persona.value.id, avatar: { ...avatar, dataBase64: tooBig.toString('base64') } });
    expect(refused.status).toBeGreaterThanOrEqual(400);

    const big = await running.call('settingsUpdate', JSON.stringify({ language: 'fr', padding: 'x'.repeat(1024 * 1024 + 10) }));
    expect(big).toMatchObject({ status: 413, body: { ok: false, error: { code: 'too_large' } } });
  });

  it('rejects invalid input and changes nothing', async () => {
    const res = await running.call('settingsUpdate', { language: 'de' });
    expect(res).toMatchObject({ status: 400, body: { ok: false, error: { code: 'invalid_input', field: 'language' } } });
    const extra = await running.call('settingsUpdate', { language: 'fr', admin: true });
    expect(extra.status).toBe(400);
    expect(await running.call('settingsGet', {})).toMatchObject({ body: { value: { language: null } } });
  });

  it('pushes change events to an authenticated socket', async () => {
    const events = await connectEvents(running.host);
    await running.call('settingsUpdate', { language: 'fr' });
    // The push says what changed, and only that.
    expect(await events.next('settingsChanged')).toMatchObject({ payload: { language: 'fr' } });
    await running.call('settingsUpdate', { muted: true });
    expect((await events.next('settingsChanged')).payload).toEqual({ muted: true });
    events.socket.close();
  });

  it('counts pushed events: answers carry the revision they were read at, ready the one a socket starts at', async () => {
    const before = await running.raw({
      method: 'POST',
      path: '/api/settingsGet',
      headers: { 'content-type': 'application/json', 'x-atelier-token': running.host.token },
      body: '{}',
    });
    const start = Number(before.headers['x-atelier-revision']);
    expect(Number.isSafeInteger(start)).toBe(true);
    const first = await connectEvents(running.host);
    expect(first.revision).toBe(start);
    await running.call('settingsUpdate', { language: 'fr' });
    await first.next('settingsChanged');
    // An answer read before that push (revision start) is older than a socket opened now.
    const second = await connectEvents(running.host);
    expect(second.revision).toBe(start + 1);
    const after = await running.raw({
      method: 'POST',
      path: '/api/settingsGet',
      headers: { 'content-type': 'application/json', 'x-atelier-token': running.host.token },
      body: '{}',
    });
    expect(Number(after.headers['x-atelier-revision'])).toBe(start + 1);
    first.socket.close();
    second.socket.close();
  });

  it('closes an event socket that sends a wrong token', async () => {
    await expect(connectEvents(running.host, 'f'.repeat(64))).rejects.toThrow(/4401/);
  });

  it('refuses an event socket from a foreign origin', async () => {
    const socket = new WebSocket(`ws://127.0.0.1:${running.host.port}/events`, { origin: 'http://evil.example' });
    const outcome = await new Promise<string>((resolve) => {
      socket.once('open', () => resolve('open'));
      socket.once('error', (error) => resolve(error.message));
    });
    expect(outcome).toMatch(/403/);
  });
});
