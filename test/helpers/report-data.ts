import type { Card, CardColor, JourneyMap, LaneKind, Persona } from '../../shared/domain/board';
import type { Matrix, MatrixItem } from '../../shared/domain/matrix';
import { CX_DOMAINS, type NextStep } from '../../shared/domain/next-steps';
import type { ReportData } from '../../shared/domain/report';
import type { Language } from '../../shared/domain/settings';
import type { Step } from '../../shared/domain/workshop';
import { cardOf } from './card';

/**
 * A ReportData built by hand, for tests of the report template and the printers that must not
 * depend on the board or voting services: `size` scales the number of cards.
 */
export function reportDataFixture(
  options: { language?: Language; stages?: number; cardsPerCell?: number; personas?: number; matrixItems?: number } = {},
): ReportData {
  const language = options.language ?? 'fr';
  const fr = language === 'fr';
  const stageNames = fr
    ? ['Prise de conscience du besoin', 'Recherche', 'Achat', 'Utilisation', 'Évaluation', 'Fidélisation', 'Recommandation']
    : ['Need awareness', 'Research', 'Purchase', 'Use', 'Evaluation', 'Loyalty', 'Recommendation'];
  const stageCount = options.stages ?? 7;
  const stages = Array.from({ length: stageCount }, (_, i) => ({ id: `stage-${i}`, title: stageNames[i % 7]! + (i >= 7 ? ` ${i + 1}` : ''), position: i }));
  const laneKinds: LaneKind[] = ['actions', 'touchpoints', 'emotion', 'painPoints', 'momentsOfTruth', 'measures'];
  const lanes = laneKinds.map((kind, i) => ({ id: `lane-${i}`, kind, title: kind, hidden: false, position: i }));
  const at = '2025-06-02T09:00:00.000Z';
  const card = (id: string, text: string, container: Card['container'], position: number, color: CardColor = 'yellow', extra: Partial<Card> = {}): Card =>
    cardOf({ id, text, container, position, color, createdAt: at, updatedAt: at, ...extra });
  const perCell = options.cardsPerCell ?? 1;
  const cards: Card[] = [];
  for (const stage of stages) {
    for (const lane of lanes) {
      if (lane.kind === 'emotion') continue;
      for (let n = 0; n < perCell; n++) {
        const id = `c-${stage.id}-${lane.id}-${n}`;
        const container = { kind: 'cell' as const, mapId: 'map-1', stageId: stage.id, laneId: lane.id };
        const extra: Partial<Card> =
          lane.kind === 'painPoints' ? { severity: ((n % 3) + 1) as 1 | 2 | 3 } : lane.kind === 'measures' ? { measureType: 'perception' } : {};
        cards.push(card(id, `${lane.kind} ${stage.title} ${n + 1}`, container, n, lane.kind === 'painPoints' ? 'pink' : 'blue', extra));
      }
    }
  }
  const journey: JourneyMap = {
    id: 'map-1',
    workshopId: 'w-fixture',
    personaId: 'p-0',
    title: fr ? 'Parcours — Camille' : 'Camille — journey',
    position: 0,
    stages,
    lanes,
    cards,
    groups: [],
    emotions: stages.map((stage, i) => ({ stageId: stage.id, score: [1, 0, -1, -2, -1, 1, 2][i % 7]!, note: '' })),
  };
  const personas: Persona[] = Array.from({ length: options.personas ?? 2 }, (_, i) => ({
    id: `p-${i}`,
    workshopId: 'w-fixture',
    position: i,
    name: ['Camille Durand', 'Marc Lefèvre', 'Sophie Martin', 'Jules Petit', 'Nora Benali'][i % 5]!,
    avatar: { kind: 'builtin', key: 'sun' },
    role: fr ? 'Cadre en déplacement' : 'Business traveller',
    ageRange: '35–45',
    quote: fr ? 'Je veux que tout soit prêt à mon arrivée.' : 'I want everything ready when I arrive.',
    bio: '',
    primary: i === 0,
    sections: ['Besoins', 'Envies', 'Contraintes'].map((title, s) => ({
      id: `s-${i}-${s}`,
      title,
      hidden: false,
      position: s,
      color: null,
      cards: [card(`pc-${i}-${s}`, `${title} ${i + 1}`, { kind: 'section', sectionId: `s-${i}-${s}` }, 0)],
      groups: [],
    })),
  }));
  const agenda: Step[] = [
    { id: 'step-1', kind: 'persona', title: 'Personas', instructions: '', plannedMinutes: 45, silent: false, actualStart: '2025-06-02T09:00:00.000Z', actualEnd: '2025-06-02T09:52:00.000Z' },
    { id: 'step-2', kind: 'journey', title: fr ? 'Parcours client' : 'Journey', instructions: '', plannedMinutes: 60, silent: false, actualStart: null, actualEnd: null },
  ];
  const nextSteps: NextStep[] = CX_DOMAINS.slice(0, 3).map((domain, i) => ({
    id: `ns-${i}`,
    workshopId: 'w-fixture',
    position: i,
    text: `Action ${i + 1}`,
    owner: 'Claire',
    dueDate: '2025-09-01',
    domain,
    source: null,
    createdAt: at,
    updatedAt: at,
  }));
  return {
    language,
    generatedAt: '2025-06-02T17:00:00.000Z',
    workshop: {
      id: 'w-fixture',
      title: fr ? 'Découverte CX — Hôtels Rivage' : 'CX discovery — Rivage Hotels',
      client: 'Hôtels Rivage',
      date: '2025-06-02',
      facilitator: 'Claire Moreau',
      participants: ['Ana', 'Bruno'],
      state: 'finished',
      language,
    },
    agenda,
    personas,
    journeys: [journey],
    voting: [
      {
        id: 'vote-1',
        title: fr ? 'Irritants prioritaires' : 'Top pain points',
        participants: 8,
        votesCast: 24,
        revealedAt: '2025-06-02T15:00:00.000Z',
        maxVotes: 9,
        items: [
          { rank: 1, tied: false, sourceCardId: `c-stage-2-lane-3-0`, sourceGroupId: null, memberCardIds: [], text: 'painPoints 1', votes: 9, context: stageNames[2]!, severity: 3, members: [] },
          { rank: 2, tied: true, sourceCardId: null, sourceGroupId: null, memberCardIds: [], text: 'painPoints 2', votes: 6, context: stageNames[3]!, severity: 2, members: [] },
          { rank: 2, tied: true, sourceCardId: null, sourceGroupId: null, memberCardIds: [], text: 'painPoints 3', votes: 6, context: stageNames[4]!, severity: 1, members: [] },
          { rank: 4, tied: false, sourceCardId: null, sourceGroupId: null, memberCardIds: [], text: 'painPoints 4', votes: 3, context: '', severity: null, members: [] },
        ],
      },
    ],
    nextSteps,
    matrices: options.matrixItems ? [matrixFixture(options.matrixItems, fr)] : [],
    branding: { firmName: '', footer: '', accent: null, logoId: null, mentionAtelier: false },
  };
}

/** A matrix item drawn from a card, named by its id, with its dots (null: not from a vote) and its place (null: the tray). */
export function matrixItem(id: string, votes: number | null, placement: MatrixItem['placement'], position = 0): MatrixItem {
  return { id, text: id, source: { kind: 'card', cardId: `card-${id}` }, votes, members: [], placement, position };
}

/**
 * A matrix of `count` items spread over the grid (two in some cells, one left in the tray), the
 * first ones quick wins: placements cycle so every quadrant holds some.
 */
export function matrixFixture(count: number, fr = false): Matrix {
  const at = '2025-06-02T16:00:00.000Z';
  const spots = [
    { impact: 5, effort: 1 },
    { impact: 4, effort: 2 },
    { impact: 5, effort: 4 },
    { impact: 3, effort: 3 },
    { impact: 2, effort: 1 },
    { impact: 1, effort: 5 },
    { impact: 4, effort: 2 },
    { impact: 2, effort: 4 },
  ];
  return {
    id: 'matrix-1',
    workshopId: 'w-fixture',
    stepId: null,
    title: fr ? 'Priorisation des irritants' : 'Pain point priorities',
    verticalLabel: '',
    horizontalLabel: '',
    sessionId: 'vote-1',
    topN: count,
    items: Array.from({ length: count }, (_, i) => ({
      id: `mi-${i}`,
      text: `${fr ? 'Priorité' : 'Priority'} ${i + 1}${i % 3 === 0 ? (fr ? ' avec un texte un peu plus long pour voir comment il passe' : ' with a somewhat longer text to see how it wraps') : ''}`,
      source: { kind: 'card' as const, cardId: `c-${i}` },
      votes: Math.max(0, 12 - i),
      members: [],
      placement: i === count - 1 && count > 2 ? null : spots[i % spots.length]!,
      position: i,
    })),
    createdAt: at,
    updatedAt: at,
  };
}
