import { describe, expect, it } from 'vitest';
import { SHARING_OFF, type SharingStatus, type VotingSessionView, type WorkshopVoting } from '../../shared/domain/voting';
import type { Step, Workshop } from '../../shared/domain/workshop';
import { canAddDot, dotsUsed } from '../../shared/domain/voting';
import { toBallot } from '../../renderer/src/voting/DotPicker';
import { heatByCard, heatSession } from '../../renderer/src/voting/heat-map';
import { presenterVoting } from '../../renderer/src/voting/presenter-mode';
import { darkRuns } from '../../renderer/src/voting/QrCode';
import { tiedRanks } from '../../renderer/src/voting/Results';
import { parsePort, spacedCode } from '../../renderer/src/voting/SharingPanel';

/* The pure decisions behind the voting screens: caps, ties, when the projector shows what. */

const rules = { dotsPerVoter: 5, maxPerItem: 3, anonymous: false };

const step = (id: string, kind: Step['kind'], actualStart: string | null = null): Step => ({
  id,
  kind,
  title: id,
  instructions: '',
  plannedMinutes: 10,
  actualStart,
  actualEnd: null,
});

function workshopWith(steps: Step[]): Workshop {
  return { id: 'workshop-1', steps, currentStepId: steps[0]?.id ?? null } as Workshop;
}

function session(patch: Partial<VotingSessionView>): VotingSessionView {
  return {
    id: 'session-1',
    workshopId: 'workshop-1',
    title: 'Vote',
    round: 1,
    parentSessionId: null,
    phase: 'setup',
    rules,
    items: [],
    voters: [],
    voterCount: 0,
    votedCount: 0,
    notVotedNames: [],
    createdAt: '2026-01-01T09:00:00.000Z',
    openedAt: null,
    closedAt: null,
    revealedAt: null,
    results: null,
    ...patch,
  };
}

const votingOf = (s: VotingSessionView | null): WorkshopVoting => ({ workshopId: 'workshop-1', sessions: s ? [s] : [], currentSessionId: s?.id ?? null });
const sharingOn: SharingStatus = { ...SHARING_OFF, active: true, workshopId: 'workshop-1', urls: ['http://10.0.0.2:4000/'], joinCode: 'ABCDEF' };

describe('placing dots', () => {
  it('refuses a dot over the per-item cap or over the total, like main does', () => {
    expect(canAddDot(rules, { a: 2 }, 'a')).toBe(true);
    expect(canAddDot(rules, { a: 3 }, 'a')).toBe(false);
    expect(canAddDot(rules, { a: 3, b: 2 }, 'c')).toBe(false);
    expect(dotsUsed({ a: 3, b: 2 })).toBe(5);
  });

  it('sends only items with dots, in the session’s order', () => {
    const items = [{ id: 'a' }, { id: 'b' }, { id: 'c' }] as VotingSessionView['items'];
    expect(toBallot(items, { c: 1, a: 2 })).toEqual([
      { itemId: 'a', count: 2 },
      { itemId: 'c', count: 1 },
    ]);
  });
});

describe('results', () => {
  it('mark every rank shared by more than one item as a tie', () => {
    expect([...tiedRanks([{ rank: 1 }, { rank: 2 }, { rank: 2 }, { rank: 4 }])]).toEqual([2]);
    expect(tiedRanks([{ rank: 1 }, { rank: 2 }]).size).toBe(0);
  });

  it('give the board heat only for cards of a revealed vote, strongest for the most votes', () => {
    const results = {
      sessionId: 'session-1',
      items: [
        { itemId: 'i1', sourceCardId: 'card-1', votes: 6, rank: 1 },
        { itemId: 'i2', sourceCardId: null, votes: 3, rank: 2 },
        { itemId: 'i3', sourceCardId: 'card-3', votes: 0, rank: 3 },
      ],
      votersVoted: 3,
      totalVotes: 9,
      maxVotes: 6,
      byStage: [],
      revealedAt: '2026-01-01T10:00:00.000Z',
    } as unknown as NonNullable<VotingSessionView['results']>;
    const revealed = session({ phase: 'revealed', results, revealedAt: results.revealedAt });
    expect(heatSession(votingOf(session({ phase: 'closed' })))).toBeNull();
    expect(heatSession(votingOf(revealed))).toBe(revealed);
    expect([...heatByCard(revealed)]).toEqual([
      ['card-1', { votes: 6, rank: 1, share: 1 }],
      ['card-3', { votes: 0, rank: 3, share: 0 }],
    ]);
  });
});

describe('the projector during voting', () => {
  const steps = [step('intro', 'discussion', '2026-01-01T08:00:00.000Z'), step('vote', 'voting', '2026-01-01T09:00:00.000Z'), step('discuss', 'discussion')];

  it('shows how to join during a voting step while sharing is on, and nothing special without sharing', () => {
    const on = workshopWith(steps);
    expect(presenterVoting(on, steps[1]!, votingOf(null), sharingOn)?.mode).toBe('join');
    expect(presenterVoting(on, steps[1]!, votingOf(null), SHARING_OFF)).toBeNull();
    expect(presenterVoting(on, steps[0]!, votingOf(null), sharingOn)).toBeNull();
  });

  it('counts votes whenever a vote is open, whatever the step', () => {
    const open = session({ phase: 'open' });
    expect(presenterVoting(workshopWith(steps), steps[0]!, votingOf(open), SHARING_OFF)?.mode).toBe('count');
  });

  it('shows results revealed during the voting step, and on the step right after it', () => {
    const revealed = session({ phase: 'revealed', revealedAt: '2026-01-01T09:20:00.000Z' });
    expect(presenterVoting(workshopWith(steps), steps[1]!, votingOf(revealed), SHARING_OFF)?.mode).toBe('results');
    expect(presenterVoting(workshopWith(steps), steps[2]!, votingOf(revealed), SHARING_OFF)?.mode).toBe('results');
  });

  it('shows results revealed during any other step on that step', () => {
    const early = session({ phase: 'revealed', revealedAt: '2026-01-01T08:30:00.000Z' });
    expect(presenterVoting(workshopWith(steps), steps[0]!, votingOf(early), SHARING_OFF)?.mode).toBe('results');
  });

  it('does not bring back results revealed before the step started', () => {
    const old = session({ phase: 'revealed', revealedAt: '2026-01-01T08:30:00.000Z' });
    expect(presenterVoting(workshopWith(steps), steps[1]!, votingOf(old), SHARING_OFF)).toBeNull();
    const older = session({ phase: 'revealed', revealedAt: '2026-01-01T07:30:00.000Z' });
    expect(presenterVoting(workshopWith(steps), steps[0]!, votingOf(older), SHARING_OFF)).toBeNull();
  });
});

describe('sharing', () => {
  it('accepts an empty port (automatic) or 1024–65535, nothing else', () => {
    expect(parsePort('')).toBeUndefined();
    expect(parsePort(' 4800 ')).toBe(4800);
    for (const bad of ['80', '65536', '48a0', '-1', '4800.5']) expect(parsePort(bad)).toBeNull();
  });

  it('reads a join code as two groups of three', () => {
    expect(spacedCode('K7PQ2M')).toBe('K7P Q2M');
  });

  it('draws a QR code as runs of dark modules', () => {
    expect(
      darkRuns([
        [true, true, false, true],
        [false, false, false, false],
        [true, true, true, true],
      ]),
    ).toEqual([
      { x: 0, y: 0, width: 2 },
      { x: 3, y: 0, width: 1 },
      { x: 0, y: 2, width: 4 },
    ]);
  });
});
