/**
 * How long a lost event link waits before its next try, for every page (the facilitator's, over
 * 127.0.0.1, and the phones', over the room's network): a quarter of a second, doubling, never
 * more than two seconds. Trying that often costs the laptop nothing, and a page whose link came
 * back reads everything again within a couple of seconds.
 */
export const retryDelay = (failures: number): number => Math.min(RETRY_MAX_MS, RETRY_FIRST_MS * 2 ** Math.max(0, failures));

const RETRY_FIRST_MS = 250;
const RETRY_MAX_MS = 2_000;
