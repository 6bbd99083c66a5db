import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { onTestFinished, describe, expect, test } from 'vitest';
import type { BallotDot, SharingStatus } from '../../shared/domain/voting';
import { connect, join, startSharingCore, type Phone } from '../helpers/participants';
import { rawConnection } from '../helpers/store';

const PHONES = 20;
const KILL_AFTER_ACKS = 45;

interface Started {
  child: ChildProcess;
  info: { workshopId: string; sessionId: string; sharing: SharingStatus; items: string[] };
}

/** The fixture app, bundled once per run; its packages resolve from this repository. */
async function bundleFixture(dir: string): Promise<string> {
  const outfile = path.join(dir, 'voting-server.cjs');
  await build({
    entryPoints: [path.resolve('test/fixtures/voting-server.ts')],
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'cjs',
    packages: 'external',
    outfile,
    logLevel: 'warning',
  });
  return outfile;
}

function startChild(script: string, dataDir: string, setup: boolean): Promise<Started> {
  const child = spawn(process.execPath, [script, dataDir, ...(setup ? ['--setup'] : [])], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_PATH: path.resolve('node_modules') },
  });
  onTestFinished(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`fixture did not start:\n${output}`)), 15_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((l) => l.startsWith('{'));
      if (line) {
        clearTimeout(timer);
        resolve({ child, info: JSON.parse(line) as Started['info'] });
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`fixture exited ${code}:\n${output}`)));
  });
}

/** Ballot n of phone p: always valid (5 dots, at most 3 on one item), different each time. */
function ballot(p: number, n: number, items: string[]): BallotDot[] {
  const a = items[(p + n) % items.length]!;
  const b = items[(p + n + 1) % items.length]!;
  return [
    { itemId: a, count: 1 + (n % 3) },
    { itemId: b, count: 2 },
  ];
}

const key = (dots: readonly BallotDot[]) =>
  JSON.stringify([...dots].sort((x, y) => x.itemId.localeCompare(y.itemId)).map((d) => [d.itemId, d.count]));

describe('a crash in the middle of voting', () => {
  test('SIGKILL loses no acknowledged vote, and after a restart the session goes on', async () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-crash-'));
    onTestFinished(() => fs.rmSync(work, { recursive: true, force: true }));
    const dataDir = path.join(work, 'data');
    fs.mkdirSync(dataDir);
    const script = await bundleFixture(work);
    const { child, info } = await startChild(script, dataDir, true);
    const phones: (Phone & { token: string })[] = [];
    for (let p = 0; p < PHONES; p++) {
      const { token } = await join(info.sharing, `Personne ${p}`);
      phones.push(Object.assign(await connect(info.sharing, token), { token }));
    }

    // Each phone keeps voting (replacing its ballot) until the app is killed mid-stream.
    const sent: BallotDot[][][] = phones.map(() => []);
    const lastAcked: (number | null)[] = phones.map(() => null);
    let acks = 0;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    await new Promise<void>((resolve) => {
      phones.forEach((phone, p) => {
        const castNext = (): void => {
          const n = sent[p]!.length;
          const dots = ballot(p, n, info.items);
          sent[p]!.push(dots);
          phone
            .ask({ type: 'vote', sessionId: info.sessionId, dots })
            .then((answer) => {
              if (answer.type !== 'ack') return;
              lastAcked[p] = n;
              acks += 1;
              if (acks === KILL_AFTER_ACKS) {
                child.kill('SIGKILL');
                resolve();
              } else if (acks < KILL_AFTER_ACKS) castNext();
            })
            .catch(() => undefined);
        };
        castNext();
      });
    });
    await exited;
    expect(child.signalCode).toBe('SIGKILL');

    // What the database holds after the kill, read as a recovery tool would.
    const db = rawConnection(path.join(dataDir, 'atelier.sqlite'), { readonly: true });
    const stored = new Map<string, BallotDot[]>();
    const participants = db.prepare('SELECT id, name FROM participants').all() as { id: string; name: string }[];
    for (const { id, name } of participants) {
      const dots = db
        .prepare('SELECT item_id AS itemId, count FROM ballot_dots WHERE session_id = ? AND voter_id = ?')
        .all(info.sessionId, id) as BallotDot[];
      stored.set(name, dots);
    }
    db.close();

    phones.forEach((_, p) => {
      const acked = lastAcked[p] ?? null;
      const onDisk = stored.get(`Personne ${p}`) ?? [];
      if (acked === null) return;
      // The acknowledged ballot, or one sent after it whose commit beat the kill but not its ack.
      const allowed = sent[p]!.slice(acked).map(key);
      expect(allowed, `phone ${p}`).toContain(key(onDisk));
    });
    expect(lastAcked.filter((n) => n !== null).length).toBeGreaterThan(PHONES / 2);

    // Relaunch on the same data folder: the vote is still open, phones resume and vote on.
    const again = await startSharingCore({ dataDir });
    const voting = await again.call('votingSessionsList', { workshopId: info.workshopId });
    expect(voting.sessions[0]).toMatchObject({ id: info.sessionId, phase: 'open', votedCount: [...stored.values()].filter((d) => d.length > 0).length });
    const sharing = await again.call('sharingStart', { workshopId: info.workshopId });
    const resumed = await connect(sharing, phones[0]!.token);
    expect(resumed.state().vote?.myBallot?.map((d) => [d.itemId, d.count]).sort()).toEqual(
      (stored.get('Personne 0') ?? []).map((d) => [d.itemId, d.count]).sort(),
    );
    const late = ballot(0, 99, info.items);
    expect(await resumed.ask({ type: 'vote', sessionId: info.sessionId, dots: late })).toMatchObject({ type: 'ack' });

    const revealed = await again.call('votingPhaseSet', { sessionId: info.sessionId, action: 'reveal' });
    const expectedTotal = [...stored.entries()].reduce(
      (sum, [name, dots]) => sum + (name === 'Personne 0' ? late : dots).reduce((s, d) => s + d.count, 0),
      0,
    );
    expect(revealed.results?.totalVotes).toBe(expectedTotal);
  });
});
