import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { AppEvent, AtelierApi } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/result';
import { useAppState } from './app-state';

/**
 * A value main keeps current by push: read once (and again after a lost connection), then taken
 * from each event `pushed` recognises. A read that was in flight when a newer push arrived must
 * not overwrite that push. `key` names what is followed (a workshop id): a new key starts over
 * from `initial`; null follows nothing.
 */
export function usePushedValue<T>(
  initial: T,
  key: string | null,
  read: (api: AtelierApi) => Promise<Result<T>>,
  pushed: (event: AppEvent) => T | undefined,
): T {
  const { client } = useAppState();
  const [value, setValue] = useState<T>(initial);
  const latest = useRef({ initial, read, pushed });
  useLayoutEffect(() => {
    latest.current = { initial, read, pushed };
  });

  useEffect(() => {
    setValue(latest.current.initial);
    if (key === null) return undefined;
    let active = true;
    let pushes = 0;
    const load = async (): Promise<void> => {
      const startedAt = pushes;
      const result = await latest.current.read(client.api);
      if (active && result.ok && pushes === startedAt) setValue(result.value);
    };
    const offEvents = client.events.subscribe((event) => {
      const next = latest.current.pushed(event);
      if (next === undefined) return;
      pushes += 1;
      setValue(next);
    });
    const offConnection = client.events.onConnectionChange((connected) => {
      if (connected) void load();
    });
    void load();
    return () => {
      active = false;
      offEvents();
      offConnection();
    };
  }, [client, key]);

  return value;
}
