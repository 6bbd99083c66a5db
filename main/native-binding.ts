import path from 'node:path';

export interface NativeBindingInput {
  /** process.versions.electron; undefined under plain Node. */
  electronVersion: string | undefined;
  platform: string;
  arch: string;
  projectRoot: string;
  exists: (p: string) => boolean;
}

/**
 * Where the start script puts a better-sqlite3 build for one Electron version. Electron has its
 * own Node ABI, so the build in node_modules (made for the Node that runs the tests) cannot load
 * there; keeping both side by side avoids rebuilding each time one switches between them.
 */
export function electronNativeBindingDir(
  projectRoot: string,
  electronVersion: string,
  platform: string,
  arch: string,
): string {
  return path.join(projectRoot, '.native', `electron-${electronVersion}-${platform}-${arch}`);
}

/**
 * Picks the better_sqlite3.node to load, or undefined to let better-sqlite3 find its default
 * build. Pure, so every branch is tested without Electron.
 */
export function chooseNativeBinding(input: NativeBindingInput): string | undefined {
  const { electronVersion, platform, arch, projectRoot, exists } = input;
  if (electronVersion === undefined) return undefined;

  const development = path.join(
    electronNativeBindingDir(projectRoot, electronVersion, platform, arch),
    'better_sqlite3.node',
  );
  if (exists(development)) return development;

  // In a packaged app electron-builder has rebuilt this one for Electron's ABI.
  const packaged = path.join(projectRoot, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
  if (exists(packaged)) return packaged;
  return undefined;
}
