// electron-builder `afterPack` hook (electron-builder.yml): flips Electron fuses in the packaged
// binary, before electron-builder signs it. Fuses are compile-time switches
// that code cannot turn back on at run time.
// https://www.electronjs.org/docs/latest/tutorial/fuses
'use strict';

const { FuseV1Options, FuseVersion } = require('@electron/fuses');

/**
 * Every fuse @electron/fuses knows, set explicitly so that none is left at a default by accident.
 * Not `strictlyRequireAllFuses`: a newer Electron may carry fuses this library does not know yet,
 * and packaging must not break on that; review this list when bumping Electron.
 */
function fuseConfig(platform) {
  return {
    version: FuseVersion.V1,
    // Flipping fuses invalidates the ad-hoc signature that arm64 macOS binaries need to start
    // (re-signing x64 or universal slices ad hoc is harmless; real signing comes after).
    resetAdHocDarwinSignature: platform === 'darwin' || platform === 'mas',
    // ELECTRON_RUN_AS_NODE would turn the signed app into a general Node interpreter.
    [FuseV1Options.RunAsNode]: false,
    // Encrypt cookies and other session data at rest with an OS-protected key.
    [FuseV1Options.EnableCookieEncryption]: true,
    // NODE_OPTIONS could preload arbitrary code into the main process.
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    // --inspect and friends would let anyone attach a debugger to the main process.
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    // Refuse an app.asar that was modified after packaging (macOS and Windows; electron-builder
    // embeds the hashes).
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    // Load the app only from app.asar, so a loose resources/app folder cannot replace it.
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    // Default V8 snapshot; a custom one is an unneeded attack surface.
    [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
    // The app never uses file:// (it serves app://), so file pages get no extra privileges.
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  };
}

async function afterPack(context) {
  const config = fuseConfig(context.electronPlatformName);
  // The packager knows the executable's name and extension for each platform.
  await context.packager.addElectronFuses(context, config);
}

module.exports = afterPack;
module.exports.default = afterPack;
module.exports.fuseConfig = fuseConfig;
