import { timingSafeEqual } from 'node:crypto';
import { CONTENT_SECURITY_POLICY } from '../security';

/**
 * Exact allowlists for the Host and Origin headers. Checking Host defeats DNS rebinding (a page on
 * evil.example whose name resolves to 127.0.0.1 sends `Host: evil.example`); checking Origin stops
 * other local pages from driving the API.
 */
export function allowedHosts(hostnames: readonly string[], port: number): Set<string> {
  return new Set(hostnames.map((name) => `${name}:${port}`.toLowerCase()));
}

export function isAllowedHost(hostHeader: string | undefined, allowed: Set<string>): boolean {
  return typeof hostHeader === 'string' && allowed.has(hostHeader.toLowerCase());
}

/** An Origin header is acceptable when absent (same-origin GET) only if `required` is false. */
export function isAllowedOrigin(originHeader: string | undefined, allowed: Set<string>, required: boolean): boolean {
  if (originHeader === undefined) return !required;
  let url: URL;
  try {
    url = new URL(originHeader);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' || url.username || url.password || url.pathname !== '/' ) return false;
  if (originHeader !== url.origin) return false;
  return allowed.has(url.host.toLowerCase());
}

/** Constant-time token comparison, so response timing does not leak the token. */
export function tokensMatch(given: string | undefined | null, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function readCookie(cookieHeader: string | undefined, name: string): string | undefined {
  if (!cookieHeader) return undefined;
  for (const part of cookieHeader.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};
