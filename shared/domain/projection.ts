import { spotlightFor, type Spotlight } from './spotlight';
import type { SharingStatus, VotingPhase, WorkshopVoting } from './voting';
import type { StepKind, Workshop } from './workshop';

/**
 * What the projector shows, as a pure function of the current step, its kind, the vote's phase,
 * sharing and the facilitator's spotlight — so the room's screen follows the workshop and never
 * stays stuck on an earlier step's screen.
 */

/** The current voting session's phase; 'none' without a session. */
export type VotePhase = VotingPhase | 'none';

export interface ProjectionInput {
  /** The current step; null once the agenda is over. */
  step: { id: string; kind: StepKind } | null;
  /** The kind of the step just before the current one (the templates reveal on the step after the vote). */
  previousKind: StepKind | null;
  votePhase: VotePhase;
  /** Sharing on the local network is on for this workshop. */
  sharing: boolean;
  spotlight: Spotlight | null;
}

export type BoardView =
  | { kind: 'persona'; personaId: string | null; sectionId: string | null }
  | { kind: 'journey'; mapId: string | null; stageId: string | null; laneId: string | null };

export type ProjectedScreen =
  | { kind: 'clock' }
  | { kind: 'break' }
  | { kind: 'board'; board: BoardView }
  | { kind: 'vote-count'; phase: 'open' | 'closed' }
  | { kind: 'results' }
  | { kind: 'matrix'; stepId: string }
  | { kind: 'join' }
  | { kind: 'card'; cardId: string }
  | { kind: 'blank' }
  | { kind: 'recap' };
export type ScreenKind = ProjectedScreen['kind'];

export interface Projection {
  screen: ProjectedScreen;
  /** The step's instructions are on screen (when it has any). */
  instructions: boolean;
  /** The QR code, address and code in a corner. */
  joinCorner: boolean;
  /** The step's clock: the screen itself, a smaller one in the header, or none. */
  clock: 'large' | 'small' | 'none';
  /** The facilitator's page of a board too large for the screen; null pages on its own. */
  page: number | null;
  /** The facilitator chose this screen (rather than the step). */
  spotlit: boolean;
}

/** Screens that are not about the step: no instructions, no join corner, no clock. */
const BARE: ReadonlySet<ScreenKind> = new Set(['blank', 'card', 'recap']);

export function project(input: ProjectionInput): Projection {
  const spotlight = spotlightFor(input.spotlight, input.step?.id ?? null);
  const chosen = spotlitScreen(spotlight, input.votePhase, input.sharing);
  const screen = chosen ?? stepScreen(input);
  const bare = BARE.has(screen.kind) || (chosen !== null && screen.kind === 'join');
  return {
    screen,
    instructions: input.step !== null && !bare && !spotlight.instructionsCollapsed,
    joinCorner: input.sharing && !bare && screen.kind !== 'join',
    clock: input.step === null || bare ? 'none' : screen.kind === 'clock' ? 'large' : 'small',
    page: spotlight.page,
    spotlit: chosen !== null,
  };
}

/** The screen the step shows by itself. */
function stepScreen({ step, previousKind, votePhase, sharing }: ProjectionInput): ProjectedScreen {
  if (step === null) return { kind: 'recap' };
  switch (step.kind) {
    case 'persona':
      return { kind: 'board', board: { kind: 'persona', personaId: null, sectionId: null } };
    case 'journey':
      return { kind: 'board', board: { kind: 'journey', mapId: null, stageId: null, laneId: null } };
    case 'break':
      return { kind: 'break' };
    case 'voting':
      if (votePhase === 'revealed') return { kind: 'results' };
      if (votePhase === 'open' || votePhase === 'closed') return { kind: 'vote-count', phase: votePhase };
      return sharing ? { kind: 'join' } : { kind: 'clock' };
    case 'prioritisation':
      return { kind: 'matrix', stepId: step.id };
    case 'discussion':
      // "Reveal and discuss the ranking" follows the vote in the templates.
      return previousKind === 'voting' && votePhase === 'revealed' ? { kind: 'results' } : { kind: 'clock' };
    default:
      return assertNever(step.kind);
  }
}

/** The facilitator's choice, or null to follow the step. Results not revealed yet, or joining while not sharing, are not shown. */
function spotlitScreen(spotlight: Spotlight, votePhase: VotePhase, sharing: boolean): ProjectedScreen | null {
  const { focus } = spotlight;
  switch (focus.kind) {
    case 'step':
      return null;
    case 'persona':
      return { kind: 'board', board: { kind: 'persona', personaId: focus.personaId, sectionId: null } };
    case 'section':
      return { kind: 'board', board: { kind: 'persona', personaId: focus.personaId, sectionId: focus.sectionId } };
    case 'journey':
      return { kind: 'board', board: { kind: 'journey', mapId: focus.mapId, stageId: null, laneId: null } };
    case 'stage':
      return { kind: 'board', board: { kind: 'journey', mapId: focus.mapId, stageId: focus.stageId, laneId: null } };
    case 'lane':
      return { kind: 'board', board: { kind: 'journey', mapId: focus.mapId, stageId: null, laneId: focus.laneId } };
    case 'card':
      return { kind: 'card', cardId: focus.cardId };
    case 'results':
      return votePhase === 'revealed' ? { kind: 'results' } : null;
    case 'join':
      return sharing ? { kind: 'join' } : null;
    case 'blank':
      return { kind: 'blank' };
    default:
      return assertNever(focus);
  }
}

function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}

/** The projection of a workshop as main holds it: the current step, its session's phase, sharing, the spotlight. */
export function projectWorkshop(
  workshop: Pick<Workshop, 'id' | 'steps' | 'currentStepId'>,
  voting: Pick<WorkshopVoting, 'sessions' | 'currentSessionId'> | null,
  sharing: Pick<SharingStatus, 'active' | 'workshopId'>,
  spotlight: Spotlight | null,
): Projection {
  const index = workshop.steps.findIndex((step) => step.id === workshop.currentStepId);
  const step = workshop.steps[index] ?? null;
  const session = voting?.sessions.find((s) => s.id === voting.currentSessionId) ?? null;
  return project({
    step: step && { id: step.id, kind: step.kind },
    previousKind: index > 0 ? (workshop.steps[index - 1]?.kind ?? null) : null,
    votePhase: session?.phase ?? 'none',
    sharing: sharing.active && sharing.workshopId === workshop.id,
    spotlight,
  });
}
