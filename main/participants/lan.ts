import { randomInt } from 'node:crypto';
import os from 'node:os';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '../../shared/domain/voting';

/**
 * The machine's IPv4 addresses on the local network (no loopback, no link-local 169.254/16), the
 * likeliest first: private ranges of Wi-Fi and Ethernet before anything else.
 */
export function lanAddresses(interfaces = os.networkInterfaces()): string[] {
  const found: string[] = [];
  for (const list of Object.values(interfaces)) {
    for (const entry of list ?? []) {
      if (entry.family !== 'IPv4' || entry.internal || entry.address.startsWith('169.254.')) continue;
      if (!found.includes(entry.address)) found.push(entry.address);
    }
  }
  return found.sort((a, b) => privateRank(a) - privateRank(b));
}

function privateRank(ip: string): number {
  if (ip.startsWith('192.168.')) return 0;
  if (ip.startsWith('10.')) return 1;
  if (/^172\.(1[6-9]|2\d|3[01])\./.test(ip)) return 2;
  return 3;
}

/** Six characters without I, O, 0 or 1, drawn with a CSPRNG: about 10^9 codes. */
export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}
