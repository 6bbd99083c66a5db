import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDirArgument } from '../../../main/electron/args';

describe('the desktop app’s --data switch', () => {
  it.each([
    [['/usr/bin/atelier', '--data', '/tmp/a'], path.resolve('/tmp/a')],
    [['electron', '.', '--data=/tmp/b'], path.resolve('/tmp/b')],
    [['electron', '.', '--data', 'relative'], path.resolve('relative')],
    [['electron', '.', '--lang=fr', '--data', '/tmp/c', '--no-sandbox'], path.resolve('/tmp/c')],
  ])('%j → %s', (argv, expected) => {
    expect(dataDirArgument(argv)).toBe(expected);
  });

  it.each([[['electron', '.']], [['electron', '.', '--data']], [['electron', '.', '--data', '--lang=fr']], [['electron', '.', '--data=']], [['electron', '.', '--database', 'x']]])(
    'ignores %j',
    (argv) => {
      expect(dataDirArgument(argv)).toBeUndefined();
    },
  );
});
