import { useEffect, useState } from 'react';

export const NOW_INTERVAL_MS = 250;

/**
 * The wall clock (epoch ms), refreshed every `intervalMs` — 250 ms by default, so a displayed
 * second is at most a quarter of a second late. The timer is stored as timestamps; this only
 * decides when the screen re-reads them. The interval stops when the component unmounts.
 */
export function useNow(intervalMs: number = NOW_INTERVAL_MS): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(id);
  }, [intervalMs]);
  return now;
}
