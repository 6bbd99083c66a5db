import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { describe, expect, it, vi } from 'vitest';
import {
  electronBinaryPath,
  electronEnv,
  electronMissingMessage,
  failureReason,
  startSteps,
} from '../../../scripts/start-plan.mjs';

const require = createRequire(import.meta.url);
const afterPack = require('../../../scripts/after-pack.cjs') as ((context: unknown) => Promise<void>) & {
  fuseConfig: (platform: string) => Record<string | number, unknown>;
};

describe('fuses (off in the packaged binary)', () => {
  it.each(['linux', 'win32', 'darwin'])('are flipped at packaging for %s', async (platform) => {
    const addElectronFuses = vi.fn(async () => 0);
    const context = { electronPlatformName: platform, arch: 1, appOutDir: '/out', packager: { addElectronFuses } };
    await afterPack(context);
    expect(addElectronFuses).toHaveBeenCalledExactlyOnceWith(context, expect.objectContaining({
      version: FuseVersion.V1,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    }));
  });

  it('sets every fuse the library knows', () => {
    const config = afterPack.fuseConfig('linux');
    const fuses = Object.values(FuseV1Options).filter((value) => typeof value === 'number');
    for (const fuse of fuses) expect(typeof config[fuse], FuseV1Options[fuse as number]).toBe('boolean');
  });

  it('re-signs ad hoc only on macOS', () => {
    expect(afterPack.fuseConfig('darwin').resetAdHocDarwinSignature).toBe(true);
    expect(afterPack.fuseConfig('linux').resetAdHocDarwinSignature).toBe(false);
  });

  it('is wired as the electron-builder afterPack hook', () => {
    const yml = readFileSync(path.resolve(__dirname, '../../../electron-builder.yml'), 'utf8');
    expect(yml).toMatch(/^afterPack: scripts\/after-pack\.cjs$/m);
    expect(yml).toMatch(/^asar: true$/m);
  });
});

describe('npm start plan', () => {
  it.each([
    [{ hasElectron: true }, ['build', 'launch']],
    [{ hasElectron: false }, ['build', 'install-electron', 'launch']],
  ])('%j → %j', (state, steps) => {
    expect(startSteps(state)).toEqual(steps);
  });

  it('finds the Electron binary as electron/index.js does, without throwing when it is missing', () => {
    expect(electronBinaryPath('/p/node_modules/electron', 'electron')).toBe(path.join('/p/node_modules/electron', 'dist', 'electron'));
    expect(electronBinaryPath('/p/node_modules/electron', 'Electron.app/Contents/MacOS/Electron\n')).toBe(
      path.join('/p/node_modules/electron', 'dist', 'Electron.app/Contents/MacOS/Electron'),
    );
    expect(electronBinaryPath('/p/node_modules/electron', null)).toBeNull();
    expect(electronBinaryPath('/p/node_modules/electron', null, '/custom')).toBe(path.join('/custom', 'electron'));
  });

  it.each([
    ['RequestError: getaddrinfo ENOTFOUND github.com\n    at ClientRequest.<anonymous> (/x.js:1:1)', 'RequestError: getaddrinfo ENOTFOUND github.com'],
    ['npm warn install getaddrinfo ENOTFOUND github.com\nnpm ERR! stack Error: This is most likely not a problem', 'getaddrinfo ENOTFOUND github.com'],
    ['npm info it worked\nnpm ERR! Error: spawn EACCES\nnpm ERR! not ok', 'Error: spawn EACCES'],
    ['', 'no binary was produced'],
  ])('explains %j as %j', (output, reason) => {
    expect(failureReason(output, 'no binary was produced')).toBe(reason);
  });

  it('prints one clear sentence pointing to the browser version', () => {
    expect(electronMissingMessage('getaddrinfo ENOTFOUND github.com')).toBe(
      'Atelier could not download Electron (getaddrinfo ENOTFOUND github.com). The desktop app needs it once, ' +
        'with an internet connection. Meanwhile run the app in your browser: npm run web',
    );
  });

  it('never launches Electron as plain Node', () => {
    expect(electronEnv({ ELECTRON_RUN_AS_NODE: '1', PATH: '/bin' })).toEqual({ PATH: '/bin' });
  });
});
