import { describe, expect, it } from 'vitest';
import type { Matrix, MatrixItem } from '../../shared/domain/matrix';
import { sectionsToPrint } from '../../shared/domain/report-sections';
import { REPORT_SECTIONS, type ReportVoteResult } from '../../shared/domain/report';
import { clipText, keyFigures, latestVote, lowestMoments, synthesisOf, topPriorities } from '../../shared/domain/synthesis';
import { matrixChart } from '../../shared/report/matrix-layout';
import { matrixFixture, matrixItem, reportDataFixture } from '../helpers/report-data';

const matrix = (items: MatrixItem[], updatedAt = '2025-06-02T16:00:00.000Z', title = 'M'): Matrix => ({
  id: `m-${updatedAt}`,
  workshopId: 'w',
  stepId: null,
  title,
  verticalLabel: '',
  horizontalLabel: '',
  sessionId: null,
  topN: null,
  items,
  createdAt: updatedAt,
  updatedAt,
});
const vote = (id: string, revealedAt: string | null, votes: number[]): ReportVoteResult => {
  const sorted = [...votes].sort((a, b) => b - a);
  return {
    id,
    title: id,
    participants: 4,
    votesCast: votes.reduce((sum, n) => sum + n, 0),
    revealedAt,
    maxVotes: sorted[0] ?? 0,
    items: sorted.map((n, index) => ({
      rank: sorted.indexOf(n) + 1,
      tied: sorted.filter((other) => other === n).length > 1,
      sourceCardId: null,
      sourceGroupId: null,
      memberCardIds: [],
      text: `${id}-${index}`,
      votes: n,
      context: '',
      severity: null,
      members: [],
    })),
  };
};

describe('the synthesis’ top priorities', () => {
  it('come from the matrix when one has placed items: quick wins first, then major projects, more dots first', () => {
    const m = matrix([
      matrixItem('sink', 9, { impact: 1, effort: 5 }),
      matrixItem('major', 3, { impact: 5, effort: 5 }),
      matrixItem('quick-few', 2, { impact: 4, effort: 1 }),
      matrixItem('quick-many', 7, { impact: 3, effort: 2 }),
      matrixItem('tray', 12, null),
    ]);
    const { priorities, from } = topPriorities({ matrices: [m], voting: [vote('v', null, [5, 4])] });
    expect(from).toEqual({ kind: 'matrix', title: 'M' });
    expect(priorities.map((p) => [p.text, p.quadrant, p.votes])).toEqual([
      ['quick-many', 'quickWins', 7],
      ['quick-few', 'quickWins', 2],
      ['major', 'majorProjects', 3],
    ]);
  });

  it('keep at most five high-impact items, and complete to three with low-impact ones when fewer', () => {
    const many = matrix(Array.from({ length: 8 }, (_, i) => matrixItem(`q${i}`, 10 - i, { impact: 5, effort: 1 }, i)));
    expect(topPriorities({ matrices: [many], voting: [] }).priorities).toHaveLength(5);
    const few = matrix([matrixItem('high', 1, { impact: 3, effort: 4 }), matrixItem('fill', 6, { impact: 2, effort: 2 }), matrixItem('sink', 8, { impact: 1, effort: 4 }), matrixItem('sink2', 1, { impact: 1, effort: 5 })]);
    expect(topPriorities({ matrices: [few], voting: [] }).priorities.map((p) => p.quadrant)).toEqual(['majorProjects', 'fillIns', 'timeSinks']);
  });

  it('read the matrix changed last, ignoring one with nothing placed', () => {
    const older = matrix([matrixItem('old', 1, { impact: 5, effort: 1 })], '2025-06-02T10:00:00.000Z', 'old');
    const newer = matrix([matrixItem('new', 1, { impact: 5, effort: 1 })], '2025-06-02T12:00:00.000Z', 'new');
    const empty = matrix([matrixItem('tray', 1, null)], '2025-06-02T14:00:00.000Z', 'empty');
    expect(topPriorities({ matrices: [newer, empty, older], voting: [] }).from).toEqual({ kind: 'matrix', title: 'new' });
  });

  it('without a placed matrix, are the latest revealed vote’s top three, ties at the cut kept, five at most, no item without a dot', () => {
    const earlier = vote('earlier', '2025-06-02T10:00:00.000Z', [9, 1]);
    const later = vote('later', '2025-06-02T11:00:00.000Z', [6, 5, 4, 4, 4, 4, 0]);
    const { priorities, from } = topPriorities({ matrices: [], voting: [later, earlier] });
    expect(from).toEqual({ kind: 'vote', title: 'later' });
    expect(priorities.map((p) => p.votes)).toEqual([6, 5, 4, 4, 4]);
    expect(priorities.every((p) => p.quadrant === null)).toBe(true);
    expect(topPriorities({ matrices: [], voting: [vote('zero', null, [0, 0])] }).priorities).toEqual([]);
    expect(latestVote([])).toBeNull();
  });

  it('are cut with an ellipsis when long, so the page always holds', () => {
    expect(clipText(`  ${'word '.repeat(60)}`, 20)).toMatch(/^word word word word…$/);
    expect(clipText('short', 20)).toBe('short');
  });
});

describe('the synthesis’ other blocks', () => {
  it('lists the lowest emotion moments, lowest first, with the stage’s most severe pain point', () => {
    const data = reportDataFixture({ language: 'en' });
    const lows = lowestMoments(data.journeys, data.personas);
    expect(lows.map((low) => [low.stageTitle, low.score])).toEqual([
      ['Use', -2],
      ['Purchase', -1],
      ['Evaluation', -1],
    ]);
    expect(lows[0]!.personaName).toBe('Camille Durand');
    expect(lows[0]!.painPoint).toBe('painPoints Use 1');
  });

  it('counts participants (voters off the list included), ideas, dots and actions', () => {
    const data = reportDataFixture({ language: 'en' });
    expect(keyFigures(data)).toEqual({ participants: 8, ideas: 6 + 7 * 5, dots: 24, actions: 3 });
  });

  it('groups the actions by domain, two shown each', () => {
    const data = reportDataFixture({ language: 'en' });
    data.nextSteps = [...data.nextSteps, { ...data.nextSteps[0]!, id: 'x', text: 'Second', position: 5 }, { ...data.nextSteps[0]!, id: 'y', text: 'Third', position: 6 }];
    const { domains } = synthesisOf(data);
    expect(domains[0]).toEqual({ domain: 'strategy', count: 3, actions: ['Action 1', 'Second'] });
  });
});

describe('the sections a report prints', () => {
  it('are the picked ones in the report’s order, the empty ones left out unless asked for', () => {
    const data = { ...reportDataFixture({ language: 'en' }), voting: [], matrices: [] };
    expect(sectionsToPrint(data, { sections: ['nextSteps', 'voting', 'cover', 'synthesis', 'matrix'] })).toEqual(['cover', 'synthesis', 'nextSteps']);
    expect(sectionsToPrint(data, { sections: [...REPORT_SECTIONS], includeEmpty: true })).toEqual([...REPORT_SECTIONS]);
    const bare = { ...data, journeys: [], nextSteps: [] };
    expect(sectionsToPrint(bare, { sections: ['cover', 'synthesis'] })).toEqual(['cover']);
  });
});

describe('the matrix chart', () => {
  it('splits the quadrants where scores turn high (3 is high) and sets items of one cell side by side', () => {
    const chart = matrixChart([
      { number: 1, placement: { impact: 3, effort: 2 } },
      { number: 2, placement: { impact: 3, effort: 2 } },
      { number: 3, placement: { impact: 1, effort: 5 } },
    ]);
    const quick = chart.quadrants.find((box) => box.quadrant === 'quickWins')!;
    expect(quick.width).toBeCloseTo(2 * chart.cell.width);
    expect(quick.height).toBeCloseTo(3 * chart.cell.height);
    const [one, two, three] = chart.markers.sort((a, b) => a.number - b.number);
    expect(one!.y).toBeCloseTo(two!.y);
    expect(two!.x - one!.x).toBeGreaterThan(5);
    // Both inside the quick wins' box, the third in the time sinks' bottom-right corner cell.
    for (const marker of [one!, two!]) {
      expect(marker.x).toBeGreaterThan(quick.x);
      expect(marker.x).toBeLessThan(quick.x + quick.width);
      expect(marker.y).toBeLessThan(quick.y + quick.height);
    }
    expect(three!.x).toBeGreaterThan(chart.plot.x + 4 * chart.cell.width);
    expect(three!.y).toBeGreaterThan(chart.plot.y + 4 * chart.cell.height);
  });

  it('keeps every marker of a crowded cell inside that cell', () => {
    const crowded = matrixChart(Array.from({ length: 9 }, (_, i) => ({ number: i + 1, placement: { impact: 5, effort: 1 } })));
    for (const marker of crowded.markers) {
      expect(marker.x).toBeGreaterThan(crowded.plot.x);
      expect(marker.x).toBeLessThan(crowded.plot.x + crowded.cell.width);
      expect(marker.y).toBeGreaterThan(crowded.plot.y);
      expect(marker.y).toBeLessThan(crowded.plot.y + crowded.cell.height);
    }
    expect(matrixFixture(4).items.filter((entry) => entry.placement === null)).toHaveLength(1);
  });
});
