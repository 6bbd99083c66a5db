import { describe, expect, it } from 'vitest';
import { project, type ProjectionInput, type VotePhase } from '../../shared/domain/projection';
import { defaultSpotlight, type Spotlight, type SpotlightFocus } from '../../shared/domain/spotlight';
import { VOTING_PHASES } from '../../shared/domain/voting';
import { STEP_KINDS, type StepKind } from '../../shared/domain/workshop';

const PHASES: VotePhase[] = ['none', ...VOTING_PHASES];
const STEP = 'step-current';

function input(kind: StepKind | null, votePhase: VotePhase, sharing: boolean, extra: Partial<ProjectionInput> = {}): ProjectionInput {
  return { step: kind ? { id: STEP, kind } : null, previousKind: null, votePhase, sharing, spotlight: null, ...extra };
}

const spot = (focus: SpotlightFocus, more: Partial<Spotlight> = {}): Spotlight => ({ ...defaultSpotlight(STEP), focus, ...more });

/** What each step kind shows by itself, whatever the vote is doing (voting steps apart). */
const BY_KIND: Record<Exclude<StepKind, 'voting'>, string> = { persona: 'board', journey: 'board', prioritisation: 'matrix', discussion: 'clock', break: 'break' };

describe('the projector follows the current step', () => {
  for (const kind of STEP_KINDS) {
    for (const phase of PHASES) {
      for (const sharing of [false, true]) {
        it(`${kind} step, vote ${phase}, sharing ${sharing ? 'on' : 'off'}`, () => {
          const shown = project(input(kind, phase, sharing));
          const expected =
            kind !== 'voting'
              ? BY_KIND[kind]
              : phase === 'revealed'
                ? 'results'
                : phase === 'open' || phase === 'closed'
                  ? 'vote-count'
                  : sharing
                    ? 'join'
                    : 'clock';
          expect(shown.screen.kind).toBe(expected);
          // Instructions are always there with the step, and how to join whenever sharing is on.
          expect(shown.instructions).toBe(true);
          expect(shown.joinCorner).toBe(sharing && expected !== 'join');
          expect(shown.clock).toBe(expected === 'clock' ? 'large' : 'small');
          expect(shown.spotlit).toBe(false);
        });
      }
    }
  }

  it('shows the board of the step kind: personas for persona steps, the map for journey steps', () => {
    expect(project(input('persona', 'none', false)).screen).toEqual({ kind: 'board', board: { kind: 'persona', personaId: null, sectionId: null } });
    expect(project(input('journey', 'revealed', false)).screen).toEqual({
      kind: 'board',
      board: { kind: 'journey', mapId: null, stageId: null, laneId: null },
    });
  });

  it('shows revealed results on the discussion step right after a vote, and only there', () => {
    expect(project(input('discussion', 'revealed', false, { previousKind: 'voting' })).screen.kind).toBe('results');
    expect(project(input('discussion', 'closed', false, { previousKind: 'voting' })).screen.kind).toBe('clock');
    expect(project(input('discussion', 'revealed', false, { previousKind: 'discussion' })).screen.kind).toBe('clock');
    expect(project(input('persona', 'revealed', false, { previousKind: 'voting' })).screen.kind).toBe('board');
  });

  it('ends on the recap, without step instructions or clock', () => {
    for (const sharing of [false, true]) {
      const shown = project(input(null, 'revealed', sharing));
      expect(shown.screen.kind).toBe('recap');
      expect(shown.instructions).toBe(false);
      expect(shown.clock).toBe('none');
      expect(shown.joinCorner).toBe(false);
    }
  });
});

describe("the facilitator's spotlight", () => {
  it('shows one stage, one lane, one section or the whole board on any step', () => {
    const stage = project(input('discussion', 'none', false, { spotlight: spot({ kind: 'stage', mapId: 'map-0001', stageId: 'stage-001' }) }));
    expect(stage.screen).toEqual({ kind: 'board', board: { kind: 'journey', mapId: 'map-0001', stageId: 'stage-001', laneId: null } });
    expect(stage.spotlit).toBe(true);
    const lane = project(input('journey', 'none', false, { spotlight: spot({ kind: 'lane', mapId: 'map-0001', laneId: 'lane-0001' }) }));
    expect(lane.screen).toEqual({ kind: 'board', board: { kind: 'journey', mapId: 'map-0001', stageId: null, laneId: 'lane-0001' } });
    const section = project(input('break', 'none', false, { spotlight: spot({ kind: 'section', personaId: 'persona-1', sectionId: 'section-1' }) }));
    expect(section.screen).toEqual({ kind: 'board', board: { kind: 'persona', personaId: 'persona-1', sectionId: 'section-1' } });
    const persona = project(input('voting', 'open', false, { spotlight: spot({ kind: 'persona', personaId: null }) }));
    expect(persona.screen).toEqual({ kind: 'board', board: { kind: 'persona', personaId: null, sectionId: null } });
  });

  it('shows one card full screen, with nothing else on it', () => {
    const shown = project(input('journey', 'none', true, { spotlight: spot({ kind: 'card', cardId: 'card-0001' }) }));
    expect(shown).toMatchObject({ screen: { kind: 'card', cardId: 'card-0001' }, instructions: false, joinCorner: false, clock: 'none' });
  });

  it('blanks the screen ("eyes here") on any step', () => {
    for (const kind of STEP_KINDS) {
      const shown = project(input(kind, 'open', true, { spotlight: spot({ kind: 'blank' }) }));
      expect(shown).toMatchObject({ screen: { kind: 'blank' }, instructions: false, joinCorner: false, clock: 'none', spotlit: true });
    }
  });

  it('shows the vote results again only once they are revealed', () => {
    for (const phase of PHASES) {
      const shown = project(input('discussion', phase, false, { spotlight: spot({ kind: 'results' }) }));
      expect(shown.screen.kind).toBe(phase === 'revealed' ? 'results' : 'clock');
      expect(shown.spotlit).toBe(phase === 'revealed');
    }
  });

  it('shows how to join full screen only while sharing is on', () => {
    const on = project(input('persona', 'none', true, { spotlight: spot({ kind: 'join' }) }));
    expect(on).toMatchObject({ screen: { kind: 'join' }, instructions: false, joinCorner: false });
    expect(project(input('persona', 'none', false, { spotlight: spot({ kind: 'join' }) })).screen.kind).toBe('board');
  });

  it('no longer applies once another step is current', () => {
    const stale: Spotlight = { ...spot({ kind: 'blank' }), stepId: 'step-earlier', page: 2, instructionsCollapsed: true };
    const shown = project(input('persona', 'none', false, { spotlight: stale }));
    expect(shown).toMatchObject({ screen: { kind: 'board' }, instructions: true, page: null, spotlit: false });
  });

  it('folds the instructions away and pages the board when the facilitator says so', () => {
    const shown = project(input('journey', 'none', true, { spotlight: spot({ kind: 'step' }, { instructionsCollapsed: true, page: 1 }) }));
    expect(shown).toMatchObject({ screen: { kind: 'board' }, instructions: false, joinCorner: true, page: 1, spotlit: false });
  });
});
