import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as FakeElectron from '../../fakes/electron';
import { buildApi, IPC_CALL_PREFIX, IPC_EVENT_CHANNEL, isMainEventMessage } from '../../../shared/ipc/build-api';
import { CHANNEL_NAMES } from '../../../shared/ipc/contract';

vi.mock('electron', () => import('../../fakes/electron'));

describe('buildApi', () => {
  it('has exactly one function per contract channel and no other key', () => {
    const api = buildApi(async () => ({ ok: true, value: null }));
    expect(Object.keys(api).sort()).toEqual([...CHANNEL_NAMES].sort());
    for (const name of CHANNEL_NAMES) expect(typeof api[name]).toBe('function');
    expect(api).not.toHaveProperty('invoke');
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('calls the transport with its own channel name and input', async () => {
    const invoke = vi.fn(async () => ({ ok: true, value: { language: 'fr', muted: false } }));
    const api = buildApi(invoke);
    const answer = await api.settingsUpdate({ language: 'fr' });
    expect(invoke).toHaveBeenCalledExactlyOnceWith('settingsUpdate', { language: 'fr' });
    expect(answer).toEqual({ ok: true, value: { language: 'fr', muted: false } });
  });

  it('passes error Results through unchanged', async () => {
    const api = buildApi(async () => ({ ok: false, error: { code: 'forbidden', message: 'no' } }));
    expect(await api.appInfo({})).toEqual({ ok: false, error: { code: 'forbidden', message: 'no' } });
  });

  it('turns a failing transport into an internal error Result instead of a rejection', async () => {
    const api = buildApi(async () => {
      throw new Error('No handler registered');
    });
    expect(await api.appStatus({})).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it.each([undefined, null, 'text', { ok: 'yes' }, { ok: true }, { ok: false }])(
    'turns the malformed answer %j into an internal error Result',
    async (answer) => {
      const api = buildApi(async () => answer);
      expect(await api.appInfo({})).toMatchObject({ ok: false, error: { code: 'internal' } });
    },
  );
});

describe('isMainEventMessage', () => {
  it.each([
    [{ source: 'atelier-main', event: { type: 'statusChanged', payload: {} } }, true],
    [{ source: 'someone-else', event: { type: 'statusChanged', payload: {} } }, false],
    [{ source: 'atelier-main' }, false],
    [{ source: 'atelier-main', event: null }, false],
    ['atelier-main', false],
    [null, false],
  ])('%j → %s', (data, expected) => {
    expect(isMainEventMessage(data)).toBe(expected);
  });
});

describe('preload (no Electron API for the page)', () => {
  const posted: Array<{ message: unknown; origin: string }> = [];
  let fake: typeof FakeElectron.fake;

  beforeEach(async () => {
    // A fresh module graph per test: the preload runs its top level (exposeInMainWorld) on import.
    vi.resetModules();
    const electron = (await import('electron')) as unknown as typeof FakeElectron;
    electron.resetElectronFake();
    fake = electron.fake;
    posted.length = 0;
    vi.stubGlobal('window', {
      location: { origin: 'app://atelier' },
      postMessage: (message: unknown, origin: string) => posted.push({ message, origin }),
    });
    await import('../../../main/electron/preload');
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('exposes one object, window.atelier, made of the contract functions only', () => {
    expect(fake.exposed).toHaveLength(1);
    const [{ key, api }] = fake.exposed as unknown as [{ key: string; api: Record<string, unknown> }];
    expect(key).toBe('atelier');
    expect(Object.keys(api).sort()).toEqual([...CHANNEL_NAMES].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('sends each call on its own channel', async () => {
    const [{ api }] = fake.exposed as unknown as [{ api: Record<string, (input: unknown) => Promise<unknown>> }];
    await api.settingsUpdate!({ muted: true });
    expect(fake.invoked).toEqual([{ channel: IPC_CALL_PREFIX + 'settingsUpdate', args: [{ muted: true }] }]);
  });

  it('re-posts main events to the page for its own origin, without taking a callback from the page', () => {
    expect(fake.rendererListeners.map((entry) => entry.channel)).toEqual([IPC_EVENT_CHANNEL]);
    const event = { type: 'settingsChanged', payload: { language: 'en', muted: true } };
    fake.rendererListeners[0]!.listener({ sender: 'ipc' }, event);
    expect(posted).toEqual([{ message: { source: 'atelier-main', event }, origin: 'app://atelier' }]);
  });
});
