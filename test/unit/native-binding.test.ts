import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { chooseNativeBinding, electronNativeBindingDir } from '../../main/native-binding';

const projectRoot = path.join(path.sep, 'apps', 'atelier');
const electronBuild = path.join(projectRoot, '.native', 'electron-41.7.1-linux-x64', 'better_sqlite3.node');
const packagedBuild = path.join(projectRoot, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');

function choose(electronVersion: string | undefined, existing: string[]): string | undefined {
  return chooseNativeBinding({
    electronVersion,
    platform: 'linux',
    arch: 'x64',
    projectRoot,
    exists: (p) => existing.includes(p),
  });
}

describe('choosing the better-sqlite3 native binding', () => {
  test('under plain Node, better-sqlite3 loads its default build', () => {
    expect(choose(undefined, [electronBuild, packagedBuild])).toBeUndefined();
  });

  test('under Electron, the build made for that Electron version wins', () => {
    expect(choose('41.7.1', [electronBuild, packagedBuild])).toBe(electronBuild);
  });

  test('in a packaged app, the build electron-builder rebuilt in node_modules is used', () => {
    expect(choose('41.7.1', [packagedBuild])).toBe(packagedBuild);
  });

  test('a build for another Electron version is not picked up', () => {
    expect(choose('42.0.0', [electronBuild])).toBeUndefined();
  });

  test('the per-version folder names the version, platform and architecture', () => {
    expect(electronNativeBindingDir(projectRoot, '41.7.1', 'darwin', 'arm64')).toBe(
      path.join(projectRoot, '.native', 'electron-41.7.1-darwin-arm64'),
    );
  });
});
