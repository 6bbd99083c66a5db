import { describe, expect, test } from 'vitest';
import { participantPageFiles, type BuildManifest } from '../../main/participants/page-files';

const manifest: BuildManifest = {
  'participant.html': { file: 'assets/participant-1.js', imports: ['_shared-2.js'], css: ['assets/participant-3.css'], assets: ['assets/inter-4.woff2'] },
  '_shared-2.js': { file: 'assets/shared-2.js', imports: ['_deep-5.js'] },
  '_deep-5.js': { file: 'assets/deep-5.js', imports: ['_shared-2.js'] },
  'index.html': { file: 'assets/main-6.js', dynamicImports: ['src/mount-app.tsx'], css: ['assets/base-7.css'] },
  'src/mount-app.tsx': { file: 'assets/mount-app-8.js', imports: ['_shared-2.js', 'index.html'] },
};

describe('the files served to phones', () => {
  test('are the participant entry and everything it loads, following shared chunks through cycles', () => {
    expect([...participantPageFiles(manifest)].sort()).toEqual([
      '/assets/deep-5.js',
      '/assets/inter-4.woff2',
      '/assets/participant-1.js',
      '/assets/participant-3.css',
      '/assets/shared-2.js',
    ]);
  });

  test('never include the facilitator’s entry, chunks or styles', () => {
    const files = participantPageFiles(manifest);
    for (const file of ['/assets/main-6.js', '/assets/mount-app-8.js', '/assets/base-7.css']) expect(files.has(file)).toBe(false);
  });

  test('are none when the manifest has no participant entry', () => {
    expect(participantPageFiles({ 'index.html': { file: 'assets/main.js' } }).size).toBe(0);
  });
});
