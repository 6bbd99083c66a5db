import { describe, expect, it } from 'vitest';
import { allowedHosts, isAllowedHost, isAllowedOrigin, readCookie, tokensMatch } from '../../main/http/http-security';
import { CliError, parseWebArgs } from '../../main/host/cli-args';

const hosts = allowedHosts(['127.0.0.1', 'localhost'], 4800);

describe('the browser host security checks', () => {
  it.each([
    ['127.0.0.1:4800', true],
    ['localhost:4800', true],
    ['LOCALHOST:4800', true],
    ['127.0.0.1:4801', false],
    ['evil.example:4800', false],
    ['127.0.0.1', false],
    [undefined, false],
  ])('accepts Host %s: %s', (host, expected) => {
    expect(isAllowedHost(host, hosts)).toBe(expected);
  });

  it.each([
    ['http://127.0.0.1:4800', true, true],
    ['http://localhost:4800', true, true],
    ['https://127.0.0.1:4800', true, false],
    ['http://127.0.0.1:4800.evil.example', true, false],
    ['http://user@127.0.0.1:4800', true, false],
    ['http://127.0.0.1:4800/path', true, false],
    ['null', true, false],
    [undefined, true, false],
    [undefined, false, true],
  ])('accepts Origin %s (required %s): %s', (origin, required, expected) => {
    expect(isAllowedOrigin(origin, hosts, required)).toBe(expected);
  });

  it('compares tokens exactly', () => {
    expect(tokensMatch('abc', 'abc')).toBe(true);
    expect(tokensMatch('abd', 'abc')).toBe(false);
    expect(tokensMatch('ab', 'abc')).toBe(false);
    expect(tokensMatch(null, 'abc')).toBe(false);
  });

  it('reads one cookie among several', () => {
    expect(readCookie('a=1; atelier_admin=xyz; b=2', 'atelier_admin')).toBe('xyz');
    expect(readCookie('xatelier_admin=1', 'atelier_admin')).toBeUndefined();
  });
});

describe('npm run web options', () => {
  it('parses port, data folder and no-open', () => {
    expect(parseWebArgs(['--port', '4800', '--data', '/tmp/x', '--no-open'])).toEqual({ port: 4800, dataDir: '/tmp/x', open: false });
  });

  it.each([[['--port', 'abc']], [['--port', '70000']], [['--port']], [['--data']], [['--what']]])('refuses %j with a clear message', (argv) => {
    expect(() => parseWebArgs(argv)).toThrow(CliError);
  });
});
