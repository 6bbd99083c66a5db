import { describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES } from '../../shared/ipc/contract';
import { AppError } from '../../shared/ipc/result';
import { createDispatcher } from '../../main/ipc/dispatch';
import { createServiceRegistry, type Handlers } from '../../main/ipc/handlers';
import { validInput } from '../../main/ipc/validate';
import { createEventBus } from '../../main/events';
import { describeError } from '../../shared/i18n';

function handlersWith(overrides: Record<string, (input: unknown) => unknown>): Handlers {
  const all: Record<string, (input: unknown) => unknown> = {};
  for (const name of CHANNEL_NAMES) all[name] = () => ({ called: name });
  return { ...all, ...overrides } as unknown as Handlers;
}

describe('the dispatcher', () => {
  it('refuses to start when a channel has no handler', () => {
    const handlers = handlersWith({}) as unknown as Record<string, unknown>;
    delete handlers.appInfo;
    expect(() => createDispatcher(handlers as unknown as Handlers)).toThrow(/appInfo/);
  });

  it('answers unknown_channel for a name outside the contract, even an inherited one', async () => {
    const dispatch = createDispatcher(handlersWith({}));
    for (const name of ['nope', 'constructor', '__proto__', 'toString']) {
      expect(await dispatch(name, {}, { origin: 'web' })).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    }
  });

  it('validates before calling the handler, so bad input changes nothing', async () => {
    const handler = vi.fn();
    const dispatch = createDispatcher(handlersWith({ settingsUpdate: handler }));
    const result = await dispatch('settingsUpdate', { language: 'de' }, { origin: 'web' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'language' } });
    expect(handler).not.toHaveBeenCalled();
  });

  it('answers a write the disk refuses (read-only, full) as the database being unavailable, with the reason', async () => {
    const failing = (code: string) => () => {
      throw Object.assign(new Error('attempt to write a readonly database'), { code });
    };
    const dispatch = createDispatcher(handlersWith({ settingsUpdate: failing('SQLITE_READONLY_DBMOVED'), appInfo: failing('SQLITE_FULL') }));
    expect(await dispatch('settingsUpdate', { muted: true }, { origin: 'web' })).toMatchObject({
      ok: false,
      error: { code: 'store_unavailable', field: 'store.readOnly' },
    });
    expect(await dispatch('appInfo', {}, { origin: 'web' })).toMatchObject({ ok: false, error: { code: 'store_unavailable', field: 'store.full' } });
    expect(describeError('fr', { code: 'store_unavailable', message: '', field: 'store.readOnly' })).toMatch(/^Atelier ne peut plus enregistrer/);
  });

  it('passes AppErrors through and hides unexpected ones', async () => {
    const dispatch = createDispatcher(
      handlersWith({
        appInfo: () => {
          throw new AppError('conflict', 'busy');
        },
        appStatus: () => {
          throw new Error('secret stack detail');
        },
      }),
    );
    expect(await dispatch('appInfo', {}, { origin: 'web' })).toEqual({ ok: false, error: { code: 'conflict', message: 'busy' } });
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const hidden = await dispatch('appStatus', {}, { origin: 'web' });
    spy.mockRestore();
    expect(hidden).toEqual({ ok: false, error: { code: 'internal', message: 'Unexpected error' } });
  });

  it('refuses a service registered twice, even with another context', () => {
    const app = createServiceRegistry();
    app.with('first').methods({ appInfo: () => ({ name: 'a', version: '1', host: 'web' as const }) });
    expect(() => app.with('second').methods({ appInfo: () => ({ name: 'b', version: '1', host: 'web' as const }) })).toThrow(/twice/);
  });

  it('calls each service with the context it was registered with', async () => {
    const app = createServiceRegistry();
    app.with({ host: 'electron' as const }).methods({ appInfo: (ctx) => ({ name: 'Atelier', version: '1', host: ctx.host }) });
    const handlers = { ...handlersWith({}), ...app.handlers() } as Handlers;
    expect(await createDispatcher(handlers)('appInfo', {}, { origin: 'web' })).toEqual({
      ok: true,
      value: { name: 'Atelier', version: '1', host: 'electron' },
    });
  });
});

describe('validInput, for calls from inside main', () => {
  it('answers the parsed input, as the dispatcher passes it to a service', () => {
    expect(validInput('personaCreate', { workshopId: 'abcdefghijklmnop', name: '  Léa  ' })).toEqual({ workshopId: 'abcdefghijklmnop', name: 'Léa' });
  });

  it('refuses bad input with the invalid_input error a window would get', () => {
    const refusal = (() => {
      try {
        validInput('settingsUpdate', { language: 'de' as never });
      } catch (error) {
        return error;
      }
      return null;
    })();
    expect(refusal).toBeInstanceOf(AppError);
    expect(refusal).toMatchObject({ code: 'invalid_input', field: 'language' });
  });
});

describe('the event bus', () => {
  it('keeps delivering when one listener throws', () => {
    const bus = createEventBus();
    const seen: string[] = [];
    bus.subscribe(() => {
      throw new Error('closed window');
    });
    bus.subscribe((event) => seen.push(event.type));
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    bus.emit('presenterChanged', { workshopId: null });
    spy.mockRestore();
    expect(seen).toEqual(['presenterChanged']);
  });
});
