import { DEFAULT_BRANDING } from '../../../shared/domain/branding';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fake, resetElectronFake, BrowserWindow, ipcMain } from '../../fakes/electron';
import { IPC_CALL_PREFIX, IPC_EVENT_CHANNEL } from '../../../shared/ipc/build-api';
import { CHANNEL_NAMES } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/result';
import { createEventBus } from '../../../main/events';
import type { Dispatch } from '../../../main/ipc/dispatch';
import { forwardEvents, registerIpcHandlers as register } from '../../../main/electron/ipc';

vi.mock('electron', () => import('../../fakes/electron'));

type FrameLike = { url: string; parent: unknown } | null;

/** Calls a registered handler the way Electron would for a message from `frame`. */
function callFrom(frame: FrameLike, channel: string, input: unknown): Promise<Result<unknown>> {
  const handler = fake.ipcHandlers.get(IPC_CALL_PREFIX + channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler({ senderFrame: frame, sender: {} }, input);
}

const mainFrame = (url: string): FrameLike => ({ url, parent: null });
const subFrame = (url: string): FrameLike => ({ url, parent: mainFrame('app://atelier/') });

let dispatch: ReturnType<typeof vi.fn<Dispatch>>;
// The duplicate-registration guard remembers channels per ipcMain; undo each registration.
const removers: Array<() => void> = [];
function registerIpcHandlers(target: unknown, fn: Dispatch): () => void {
  const remove = register(target as never, fn);
  removers.push(remove);
  return remove;
}

afterEach(() => {
  for (const remove of removers.splice(0)) remove();
});

beforeEach(() => {
  resetElectronFake();
  dispatch = vi.fn<Dispatch>(async (channel) => ({ ok: true, value: `answer to ${channel}` }));
});

describe('IPC handlers', () => {
  it('registers exactly one handler per contract channel', () => {
    registerIpcHandlers(ipcMain as never, dispatch);
    expect([...fake.ipcHandlers.keys()].sort()).toEqual(CHANNEL_NAMES.map((name) => IPC_CALL_PREFIX + name).sort());
  });

  it('passes a call from our main frame to dispatch, with the electron origin', async () => {
    registerIpcHandlers(ipcMain as never, dispatch);
    const answer = await callFrom(mainFrame('app://atelier/'), 'settingsUpdate', { muted: true });
    expect(answer).toEqual({ ok: true, value: 'answer to settingsUpdate' });
    expect(dispatch).toHaveBeenCalledExactlyOnceWith('settingsUpdate', { muted: true }, { origin: 'electron' });
  });

  it('accepts the presenter page too', async () => {
    registerIpcHandlers(ipcMain as never, dispatch);
    await callFrom(mainFrame('app://atelier/present'), 'appStatus', {});
    expect(dispatch).toHaveBeenCalledOnce();
  });

  it.each([
    ['a foreign origin', mainFrame('https://evil.example/')],
    ['a look-alike host', mainFrame('app://atelier.evil.com/')],
    ['a credentials trick', mainFrame('app://atelier@evil/')],
    ['a file page', mainFrame('file:///tmp/index.html')],
    ['a subframe of our page', subFrame('app://atelier/')],
    ['a frame that navigated away (null)', null],
  ])('refuses a call from %s with forbidden, without reaching dispatch', async (_label, frame) => {
    registerIpcHandlers(ipcMain as never, dispatch);
    for (const channel of CHANNEL_NAMES) {
      const answer = await callFrom(frame, channel, {});
      expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('treats a senderFrame getter that throws as an untrusted sender', async () => {
    registerIpcHandlers(ipcMain as never, dispatch);
    const handler = fake.ipcHandlers.get(IPC_CALL_PREFIX + 'appInfo')!;
    const event = {
      get senderFrame(): never {
        throw new Error('Render frame was disposed');
      },
    };
    expect(await handler(event, {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('throws when the same channels are registered twice', () => {
    registerIpcHandlers(ipcMain as never, dispatch);
    expect(() => registerIpcHandlers(ipcMain as never, dispatch)).toThrow(/registered twice/);
  });

  it('can register again after removing its handlers', () => {
    const remove = registerIpcHandlers(ipcMain as never, dispatch);
    remove();
    expect(fake.ipcHandlers.size).toBe(0);
    expect(() => registerIpcHandlers(ipcMain as never, dispatch)).not.toThrow();
  });
});

describe('event forwarding', () => {
  it('sends every bus event to every window showing the app, and to no other', async () => {
    const facilitator = new BrowserWindow();
    const presenter = new BrowserWindow();
    const stray = new BrowserWindow();
    const closed = new BrowserWindow();
    await facilitator.loadURL('app://atelier/');
    await presenter.loadURL('app://atelier/present');
    await stray.loadURL('https://evil.example/');
    await closed.loadURL('app://atelier/');
    closed.close();

    const bus = createEventBus();
    const stop = forwardEvents(bus, () => fake.windows as never);
    bus.emit('settingsChanged', { language: 'fr', muted: false, branding: DEFAULT_BRANDING });

    const expected = [{ channel: IPC_EVENT_CHANNEL, args: [{ type: 'settingsChanged', payload: { language: 'fr', muted: false, branding: DEFAULT_BRANDING } }] }];
    expect(facilitator.webContents.sent).toEqual(expected);
    expect(presenter.webContents.sent).toEqual(expected);
    expect(stray.webContents.sent).toEqual([]);
    expect(closed.webContents.sent).toEqual([]);

    stop();
    bus.emit('settingsChanged', { language: 'en', muted: false, branding: DEFAULT_BRANDING });
    expect(facilitator.webContents.sent).toHaveLength(1);
  });
});
