/**
 * Token buckets keyed by who is asking (an IP address, a participant id). A key may spend up to
 * `burst` at once, and earns `perSecond` back. Keys that are full again are forgotten, so a
 * stream of one-off visitors cannot grow the map without bound.
 */
export interface RateLimiter {
  /** Spends one token for `key`; false when the bucket is empty (the request must be refused). */
  take(key: string): boolean;
  /** Whether `key` has a token left, without spending it. */
  has(key: string): boolean;
  /** Forgets every bucket. */
  clear(): void;
}

export interface RateLimit {
  burst: number;
  perSecond: number;
}

export function createRateLimiter(limit: RateLimit, now: () => number = () => performance.now()): RateLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>();
  let lastSweep = now();

  function refill(key: string): { tokens: number; at: number } {
    const t = now();
    const bucket = buckets.get(key) ?? { tokens: limit.burst, at: t };
    bucket.tokens = Math.min(limit.burst, bucket.tokens + ((t - bucket.at) / 1000) * limit.perSecond);
    bucket.at = t;
    buckets.set(key, bucket);
    if (t - lastSweep > 60_000) sweep(t);
    return bucket;
  }

  function sweep(t: number): void {
    lastSweep = t;
    for (const [key, bucket] of buckets) {
      if (bucket.tokens + ((t - bucket.at) / 1000) * limit.perSecond >= limit.burst) buckets.delete(key);
    }
  }

  return {
    take(key) {
      const bucket = refill(key);
      if (bucket.tokens < 1) return false;
      bucket.tokens -= 1;
      return true;
    },
    has(key) {
      return refill(key).tokens >= 1;
    },
    clear() {
      buckets.clear();
    },
  };
}

/** Limits and timings of sharing that tests and bench/ tune; the app uses the defaults. */
export interface ParticipantTuning {
  heartbeatMs?: number;
  authTimeoutMs?: number;
  messageLimit?: RateLimit;
  cardLimit?: RateLimit;
  joinFailureLimit?: RateLimit;
  joinLimit?: RateLimit;
  /** How often sharing re-reads the machine's addresses (the laptop may join a network later). */
  networkCheckMs?: number;
}
