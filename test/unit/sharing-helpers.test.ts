import type os from 'node:os';
import QRCode from 'qrcode';
import { describe, expect, test } from 'vitest';
import { lanAddresses, newJoinCode } from '../../main/participants/lan';
import { createRateLimiter } from '../../main/participants/rate-limit';
import { qrMatrix } from '../../main/participants/sharing';
import { JOIN_CODE_ALPHABET, joinCodeSchema } from '../../shared/domain/voting';

type Interfaces = ReturnType<typeof os.networkInterfaces>;
const iface = (address: string, family: 'IPv4' | 'IPv6' = 'IPv4', internal = false) =>
  ({ address, family, internal, netmask: '', mac: '', cidr: null }) as unknown as os.NetworkInterfaceInfo;

describe('the rate limiter', () => {
  test('allows a burst, then refuses until tokens come back with time', () => {
    let now = 0;
    const limiter = createRateLimiter({ burst: 3, perSecond: 1 }, () => now);
    expect([limiter.take('a'), limiter.take('a'), limiter.take('a'), limiter.take('a')]).toEqual([true, true, true, false]);
    now += 999;
    expect(limiter.take('a')).toBe(false);
    now += 2;
    expect(limiter.take('a')).toBe(true);
  });

  test('keeps one bucket per key', () => {
    const limiter = createRateLimiter({ burst: 1, perSecond: 0 }, () => 0);
    expect(limiter.take('phone-1')).toBe(true);
    expect(limiter.take('phone-1')).toBe(false);
    expect(limiter.take('phone-2')).toBe(true);
  });

  test('can be asked without spending', () => {
    const limiter = createRateLimiter({ burst: 1, perSecond: 0 }, () => 0);
    expect(limiter.has('ip')).toBe(true);
    expect(limiter.has('ip')).toBe(true);
    limiter.take('ip');
    expect(limiter.has('ip')).toBe(false);
  });
});

describe('LAN addresses', () => {
  test('are the IPv4 addresses of real interfaces, home-network ranges first', () => {
    const interfaces: Interfaces = {
      lo: [iface('127.0.0.1', 'IPv4', true), iface('::1', 'IPv6', true)],
      docker0: [iface('172.17.0.1')],
      wlan0: [iface('192.168.1.23'), iface('fe80::1', 'IPv6')],
      usb0: [iface('169.254.10.2')],
      vpn: [iface('100.64.3.4')],
    };
    expect(lanAddresses(interfaces)).toEqual(['192.168.1.23', '172.17.0.1', '100.64.3.4']);
  });

  test('are empty on a machine with no network', () => {
    expect(lanAddresses({ lo: [iface('127.0.0.1', 'IPv4', true)] })).toEqual([]);
  });
});

describe('join codes', () => {
  test('are six characters of the unambiguous alphabet, and differ', () => {
    const codes = Array.from({ length: 200 }, newJoinCode);
    for (const code of codes) {
      expect(code).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{6}$`));
      expect(joinCodeSchema.safeParse(code).success).toBe(true);
    }
    expect(new Set(codes).size).toBeGreaterThan(195);
  });
});

describe('the QR matrix', () => {
  test('is the module grid of the URL, row by row, as the qrcode package computes it', () => {
    const url = 'http://192.168.1.23:51234/#K7M2QX';
    const matrix = qrMatrix(url);
    const reference = QRCode.create(url, { errorCorrectionLevel: 'M' }).modules;

    expect(matrix.text).toBe(url);
    expect(matrix.size).toBe(reference.size);
    expect(matrix.modules.length).toBe(reference.size);
    matrix.modules.forEach((row, r) => row.forEach((dark, c) => expect(dark, `${r},${c}`).toBe(reference.get(r, c) === 1)));
    // The three finder patterns: dark top-left corners.
    expect([matrix.modules[0]![0], matrix.modules[0]![matrix.size - 1], matrix.modules[matrix.size - 1]![0]]).toEqual([true, true, true]);
  });
});
