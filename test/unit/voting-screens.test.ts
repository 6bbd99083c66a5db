import { describe, expect, it } from 'vitest';
import { SHARING_OFF, type SharingStatus, type VotingSessionView, type WorkshopVoting } from '../../shared/domain/voting';
import type { Step, Workshop } from '../../shared/domain/workshop';
import { canAddDot, dotsUsed } from '../../shared/domain/voting';
import { toBallot } from '../../renderer/src/voting/DotPicker';
import { heatByCard, heatOfCard, heatSession } from '../../renderer/src/voting/heat-map';
import { projectWorkshop } from '../../shared/domain/projection';
import { darkRuns } from '../../renderer/src/voting/QrCode';
import { tiedRanks } from '../../renderer/src/voting/Results';
import { parsePort, spacedCode } from '../../renderer/src/voting/SharingPanel';

/* The pure decisions behind the voting screens: caps, ties, when the projector shows what. */

const rules = { dotsPerVoter: 5, maxPerItem: 3, anonymous: false };

const step = (id: string, kind: Step['kind']): Step => ({
  id,
  kind,
  title: id,
  instructions: '',
  plannedMinutes: 10,
  silent: false,
  actualStart: null,
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

type ResultRow = NonNullable<VotingSessionView['results']>['items'][number];

/** A revealed session of these result rows and voters; the dot totals follow from the rows. */
function revealedSession(items: Pick<ResultRow, 'itemId' | 'sourceCardId' | 'sourceGroupId' | 'memberCardIds' | 'votes' | 'rank'>[], votersVoted: number): VotingSessionView {
  const revealedAt = '2026-01-01T10:00:00.000Z';
  const results = {
    sessionId: 'session-1',
    items,
    votersVoted,
    totalVotes: items.reduce((sum, item) => sum + item.votes, 0),
    maxVotes: Math.max(0, ...items.map((item) => item.votes)),
    byStage: [],
    revealedAt,
  } as unknown as NonNullable<VotingSessionView['results']>;
  return session({ phase: 'revealed', results, revealedAt });
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
    const revealed = revealedSession(
      [
        { itemId: 'i1', sourceCardId: 'card-1', sourceGroupId: null, memberCardIds: [], votes: 6, rank: 1 },
        { itemId: 'i2', sourceCardId: null, sourceGroupId: null, memberCardIds: [], votes: 3, rank: 2 },
        { itemId: 'i3', sourceCardId: 'card-3', sourceGroupId: null, memberCardIds: [], votes: 0, rank: 3 },
      ],
      3,
    );
    expect(heatSession(votingOf(session({ phase: 'closed' })))).toBeNull();
    expect(heatSession(votingOf(revealed))).toBe(revealed);
    expect([...heatByCard(revealed)]).toEqual([
      ['card-1', { votes: 6, rank: 1, share: 1 }],
      ['card-3', { votes: 0, rank: 3, share: 0 }],
    ]);
  });

  it('count the votes cast on a duplicate for the card it was merged into', () => {
    const heat = new Map([
      ['kept', { votes: 2, rank: 3, share: 0.25 }],
      ['merged', { votes: 6, rank: 1, share: 0.75 }],
    ]);
    const merged = { id: 'merged', text: 'Même idée', author: 'Marc', participantId: null };

    expect(heatOfCard(heat, { id: 'kept', mergedFrom: [merged] })).toEqual({ votes: 8, rank: 1, share: 1 });
    expect(heatOfCard(heat, { id: 'only-merged-voted', mergedFrom: [merged] })).toEqual({ votes: 6, rank: 1, share: 0.75 });
    expect(heatOfCard(heat, { id: 'kept', mergedFrom: [] })).toEqual({ votes: 2, rank: 3, share: 0.25 });
    expect(heatOfCard(heat, { id: 'none', mergedFrom: [] })).toBeNull();
  });

  it('heat every card of a group item, and the group’s stack, with the group’s votes', () => {
    const revealed = revealedSession(
      [
        { itemId: 'i1', sourceCardId: null, sourceGroupId: 'group-1', memberCardIds: ['card-1', 'card-2'], votes: 4, rank: 1 },
        { itemId: 'i2', sourceCardId: 'card-3', sourceGroupId: null, memberCardIds: [], votes: 2, rank: 2 },
      ],
      2,
    );
    expect(Object.fromEntries(heatByCard(revealed))).toEqual({
      'card-1': { votes: 4, rank: 1, share: 1 },
      'card-2': { votes: 4, rank: 1, share: 1 },
      'group-1': { votes: 4, rank: 1, share: 1 },
      'card-3': { votes: 2, rank: 2, share: 0.5 },
    });
  });
});

describe('the projector during voting', () => {
  const steps = [step('intro', 'discussion'), step('vote', 'voting'), step('discuss', 'discussion')];
  const at = (index: number) => ({ ...workshopWith(steps), currentStepId: steps[index]!.id });

  it('shows how to join during a voting step while sharing is on for this workshop only', () => {
    expect(projectWorkshop(at(1), votingOf(null), sharingOn, null).screen.kind).toBe('join');
    expect(projectWorkshop(at(1), votingOf(null), { ...sharingOn, workshopId: 'workshop-2' }, null).screen.kind).toBe('clock');
    expect(projectWorkshop(at(1), votingOf(null), SHARING_OFF, null).screen.kind).toBe('clock');
    expect(projectWorkshop(at(0), votingOf(null), sharingOn, null)).toMatchObject({ screen: { kind: 'clock' }, joinCorner: true });
  });

  it("counts votes during the voting step, from the workshop's current session", () => {
    expect(projectWorkshop(at(1), votingOf(session({ phase: 'open' })), SHARING_OFF, null).screen).toEqual({ kind: 'vote-count', phase: 'open' });
    const other = { ...votingOf(session({ phase: 'open' })), currentSessionId: null };
    expect(projectWorkshop(at(1), other, SHARING_OFF, null).screen.kind).toBe('clock');
  });

  it('shows revealed results on the voting step and the step right after it, not elsewhere', () => {
    const revealed = votingOf(session({ phase: 'revealed' }));
    expect(projectWorkshop(at(1), revealed, SHARING_OFF, null).screen.kind).toBe('results');
    expect(projectWorkshop(at(2), revealed, SHARING_OFF, null).screen.kind).toBe('results');
    expect(projectWorkshop(at(0), revealed, SHARING_OFF, null).screen.kind).toBe('clock');
    expect(projectWorkshop({ ...at(0), currentStepId: null }, revealed, SHARING_OFF, null).screen.kind).toBe('recap');
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
