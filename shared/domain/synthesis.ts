import type { JourneyMap, Persona } from './board';
import { itemsByOffer, quadrantOf, topItems, type Matrix, type Placement, type Quadrant } from './matrix';
import { groupByDomain, type CxDomain, type NextStep } from './next-steps';
import type { ReportData, ReportVoteResult } from './report';

/**
 * The synthesis page: what a sponsor reads first. Chosen here, as pure rules, from what the
 * deliverable holds; the page only lays it out.
 */
export const SYNTHESIS_MIN_PRIORITIES = 3;
export const SYNTHESIS_MAX_PRIORITIES = 5;
export const SYNTHESIS_LOW_MOMENTS = 3;
/** Actions shown per domain: two while three domains at most have some, one beyond (the page must hold six). */
export const SYNTHESIS_ACTIONS_PER_DOMAIN = { few: 2, many: 1, fewDomains: 3 } as const;
/** Longer texts are cut (with an ellipsis) so the synthesis always holds on one page; the full text is in its section. */
export const SYNTHESIS_TEXT_MAX = 90;
export const SYNTHESIS_ACTION_MAX = 60;
export const SYNTHESIS_NOTE_MAX = 48;

export interface SynthesisPriority {
  text: string;
  /** The dots it got (null for an item added to the matrix by hand). */
  votes: number | null;
  quadrant: Quadrant | null;
  placement: Placement | null;
}

export interface SynthesisLow {
  mapTitle: string;
  personaName: string | null;
  stageTitle: string;
  score: number;
  note: string;
  /** The stage's most severe pain point, if any. */
  painPoint: string | null;
}

export interface SynthesisFigures {
  participants: number;
  /** Cards written on the personas and the journey maps. */
  ideas: number;
  /** Dots placed in the revealed votes. */
  dots: number;
  actions: number;
}

export interface Synthesis {
  priorities: SynthesisPriority[];
  /** Where the priorities come from: a matrix, the latest revealed vote, or nothing yet. */
  from: { kind: 'matrix'; title: string } | { kind: 'vote'; title: string } | null;
  lows: SynthesisLow[];
  figures: SynthesisFigures;
  domains: { domain: CxDomain; count: number; actions: string[] }[];
}

export function clipText(value: string, max: number): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

/** The latest revealed vote: by reveal time, the later in the list on a tie or when unknown. */
export function latestVote(voting: readonly ReportVoteResult[]): ReportVoteResult | null {
  let latest: ReportVoteResult | null = null;
  for (const result of voting) {
    if (latest === null || (result.revealedAt ?? '') >= (latest.revealedAt ?? '')) latest = result;
  }
  return latest;
}

/** The matrix the synthesis reads: the one changed last among those with a placed item. */
export function latestPlacedMatrix(matrices: readonly Matrix[]): Matrix | null {
  let latest: Matrix | null = null;
  for (const matrix of matrices) {
    if (!matrix.items.some((item) => item.placement !== null)) continue;
    if (latest === null || matrix.updatedAt >= latest.updatedAt) latest = matrix;
  }
  return latest;
}

/**
 * The top priorities. From a matrix: its placed items in the order actions are offered (quick
 * wins, major projects, then the low-impact quadrants; more dots first), the high-impact ones up
 * to five, completed to three with the next ones when there are fewer. Without a placed matrix:
 * the latest revealed vote's top three (ties at the cut kept, five at most), items with no dot
 * left out.
 */
export function topPriorities(data: Pick<ReportData, 'matrices' | 'voting'>): Pick<Synthesis, 'priorities' | 'from'> {
  const matrix = latestPlacedMatrix(data.matrices);
  if (matrix) {
    const placed = itemsByOffer(matrix.items.filter((item) => item.placement !== null));
    const high = placed.filter((item) => item.placement !== null && item.placement.impact >= 3);
    const chosen = high.length >= SYNTHESIS_MIN_PRIORITIES ? high.slice(0, SYNTHESIS_MAX_PRIORITIES) : placed.slice(0, Math.max(high.length, SYNTHESIS_MIN_PRIORITIES));
    return {
      from: { kind: 'matrix', title: matrix.title },
      priorities: chosen.map((item) => ({
        text: clipText(item.text, SYNTHESIS_TEXT_MAX),
        votes: item.votes,
        placement: item.placement,
        quadrant: item.placement ? quadrantOf(item.placement) : null,
      })),
    };
  }
  const vote = latestVote(data.voting);
  const top = vote ? topItems(vote.items, SYNTHESIS_MIN_PRIORITIES).slice(0, SYNTHESIS_MAX_PRIORITIES) : [];
  if (!vote || top.length === 0) return { from: null, priorities: [] };
  return {
    from: { kind: 'vote', title: vote.title },
    priorities: top.map((item) => ({ text: clipText(item.text, SYNTHESIS_TEXT_MAX), votes: item.votes, placement: null, quadrant: null })),
  };
}

/** The journeys' lowest moments: stages scored below zero, lowest first (then in map and stage order), three at most. */
export function lowestMoments(journeys: readonly JourneyMap[], personas: readonly Pick<Persona, 'id' | 'name'>[]): SynthesisLow[] {
  const lows: (SynthesisLow & { order: number })[] = [];
  journeys.forEach((map, mapIndex) => {
    const persona = personas.find((candidate) => candidate.id === map.personaId) ?? null;
    const painLanes = new Set(map.lanes.filter((lane) => lane.kind === 'painPoints' && !lane.hidden).map((lane) => lane.id));
    for (const point of map.emotions) {
      const stage = map.stages.find((candidate) => candidate.id === point.stageId);
      if (!stage || point.score >= 0) continue;
      const pains = map.cards
        .filter((card) => card.container.kind === 'cell' && card.container.stageId === stage.id && painLanes.has(card.container.laneId))
        .sort((a, b) => (b.severity ?? 0) - (a.severity ?? 0) || a.position - b.position);
      lows.push({
        mapTitle: map.title,
        personaName: persona?.name ?? null,
        stageTitle: stage.title,
        score: point.score,
        note: clipText(point.note, SYNTHESIS_NOTE_MAX),
        painPoint: pains[0] ? clipText(pains[0].text, SYNTHESIS_ACTION_MAX) : null,
        order: mapIndex * 1000 + stage.position,
      });
    }
  });
  return lows
    .sort((a, b) => a.score - b.score || a.order - b.order)
    .slice(0, SYNTHESIS_LOW_MOMENTS)
    .map(({ order: _order, ...low }) => low);
}

export function keyFigures(data: Pick<ReportData, 'workshop' | 'personas' | 'journeys' | 'voting' | 'nextSteps'>): SynthesisFigures {
  const personaCards = data.personas.reduce((sum, persona) => sum + persona.sections.reduce((inner, section) => inner + section.cards.length, 0), 0);
  const mapCards = data.journeys.reduce((sum, map) => sum + map.cards.length, 0);
  return {
    // Someone may have voted without being on the list (a phone under a new name).
    participants: Math.max(data.workshop.participants.length, ...data.voting.map((vote) => vote.participants)),
    ideas: personaCards + mapCards,
    dots: data.voting.reduce((sum, vote) => sum + vote.votesCast, 0),
    actions: data.nextSteps.length,
  };
}

export function actionsByDomain(steps: readonly NextStep[]): Synthesis['domains'] {
  const groups = groupByDomain(steps);
  const shown = groups.length <= SYNTHESIS_ACTIONS_PER_DOMAIN.fewDomains ? SYNTHESIS_ACTIONS_PER_DOMAIN.few : SYNTHESIS_ACTIONS_PER_DOMAIN.many;
  return groups.map((group) => ({
    domain: group.domain,
    count: group.steps.length,
    actions: group.steps.slice(0, shown).map((step) => clipText(step.text, SYNTHESIS_ACTION_MAX)),
  }));
}

export function synthesisOf(data: ReportData): Synthesis {
  return {
    ...topPriorities(data),
    lows: lowestMoments(data.journeys, data.personas),
    figures: keyFigures(data),
    domains: actionsByDomain(data.nextSteps),
  };
}

/** A synthesis with nothing to say beyond head counts: no priority, no low moment, no action. */
export function synthesisIsEmpty(synthesis: Synthesis): boolean {
  return synthesis.priorities.length === 0 && synthesis.lows.length === 0 && synthesis.domains.length === 0;
}
