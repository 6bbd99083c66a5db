import type { CardColor, JourneyMap, LaneKind, Persona } from '../../shared/domain/board';
import type { Language } from '../../shared/domain/settings';
import { resetTimer } from '../../shared/domain/timer';
import type { Workshop } from '../../shared/domain/workshop';
import { validInput } from '../ipc/validate';
import { cardCreate, cardUpdate } from '../services/boards/cards';
import { emotionSet, journeyCreate } from '../services/boards/journeys';
import { personaCreate, personaSetAvatar, personaUpdate } from '../services/boards/personas';
import type { ServiceContext } from '../services/context';
import { matrixCreate, matrixItemMakeAction, matrixItemPlace } from '../services/matrices';
import { nextStepAdd } from '../services/next-steps';
import { votingPhaseSet, votingProxyBallot, votingSessionCreate } from '../services/voting/sessions';
import { editWorkshop, workshopCreate, workshopPurge, workshopTrash } from '../services/workshops';
import { saveStep } from '../store/steps-repo';
import { sampleContent } from './sample-content';

const SECTION_COLOURS: CardColor[] = ['yellow', 'green', 'orange', 'blue', 'pink', 'purple', 'grey'];
const LANE_COLOURS: Partial<Record<LaneKind, CardColor>> = {
  actions: 'blue',
  touchpoints: 'green',
  thoughts: 'purple',
  painPoints: 'pink',
  momentsOfTruth: 'orange',
  frontstage: 'yellow',
  backstage: 'grey',
  opportunities: 'green',
  measures: 'blue',
};
const MINUTE = 60_000;

/**
 * A complete, finished example workshop built by the same services, with the same validation, as
 * the app's windows use (so it is valid by construction): three personas, the first one's journey
 * on the seven default stages, a revealed vote on its pain points, next steps, and an agenda as
 * run. Only the actual step times are written directly, as the timer would have recorded them. A
 * failure half-way removes the half-built workshop.
 */
export function createSampleWorkshop(ctx: ServiceContext, language: Language): Workshop {
  const content = sampleContent(language);
  const now = ctx.now();
  const date = localDay(now);
  const created = workshopCreate(ctx, validInput('workshopCreate', {
    templateId: 'cx-discovery',
    meta: { title: content.title, client: content.client, date, language, facilitator: content.facilitator, participants: content.participants },
  }));
  const workshopId = created.id;

  try {
    const personas: Persona[] = [];
    for (const [index, draft] of content.personas.entries()) {
      const persona = personaCreate(ctx, validInput('personaCreate', { workshopId, name: draft.name }));
      personaUpdate(ctx, validInput('personaUpdate', {
        personaId: persona.id,
        patch: { role: draft.role, ageRange: draft.ageRange, quote: draft.quote, bio: draft.bio, primary: index === 0 },
      }));
      personaSetAvatar(ctx, validInput('personaSetAvatar', { personaId: persona.id, avatar: { kind: 'builtin', key: draft.avatar } }));
      for (const [sectionIndex, texts] of draft.sections.entries()) {
        const section = persona.sections[sectionIndex];
        if (!section) continue;
        for (const text of texts) {
          cardCreate(ctx, validInput('cardCreate', { workshopId, container: { kind: 'section', sectionId: section.id }, text, color: SECTION_COLOURS[sectionIndex] ?? 'yellow' }));
        }
      }
      personas.push(persona);
    }

    const map: JourneyMap = journeyCreate(ctx, validInput('journeyCreate', { workshopId, personaId: personas[0]?.id ?? null }));
    const lane = (kind: LaneKind) => map.lanes.find((candidate) => candidate.kind === kind);
    const painPointIds: string[] = [];
    for (const [index, stage] of map.stages.entries()) {
      const draft = content.stages[index];
      if (!draft) continue;
      const add = (kind: LaneKind, text: string) => {
        const target = lane(kind);
        if (!target) return null;
        const container = { kind: 'cell' as const, mapId: map.id, stageId: stage.id, laneId: target.id };
        return cardCreate(ctx, validInput('cardCreate', { workshopId, container, text, color: LANE_COLOURS[kind] ?? 'yellow' }));
      };
      add('actions', draft.actions);
      add('touchpoints', draft.touchpoints);
      add('thoughts', draft.thoughts);
      emotionSet(ctx, validInput('emotionSet', { mapId: map.id, stageId: stage.id, score: draft.emotion.score, note: draft.emotion.note }));
      const moment = draft.momentOfTruth ? add('momentsOfTruth', draft.momentOfTruth) : null;
      for (const pain of draft.painPoints) {
        const card = add('painPoints', pain.text);
        if (!card) continue;
        painPointIds.push(card.id);
        cardUpdate(ctx, validInput('cardUpdate', { cardId: card.id, patch: { severity: pain.severity, ...(moment ? { momentOfTruthId: moment.id } : {}) } }));
      }
      add('frontstage', draft.frontstage);
      add('backstage', draft.backstage);
      add('opportunities', draft.opportunities);
      if (draft.measure) {
        const card = add('measures', draft.measure.text);
        if (card) cardUpdate(ctx, validInput('cardUpdate', { cardId: card.id, patch: { measureType: draft.measure.type } }));
      }
    }

    const session = votingSessionCreate(ctx, validInput('votingSessionCreate', {
      workshopId,
      title: content.vote.title,
      cardIds: painPointIds,
      rules: { dotsPerVoter: 5, maxPerItem: 3, anonymous: false },
    }));
    votingPhaseSet(ctx, validInput('votingPhaseSet', { sessionId: session.id, action: 'open' }));
    const itemOf = new Map(session.items.map((item) => [item.text, item.id]));
    for (const ballot of content.vote.ballots) {
      const dots = ballot.dots.flatMap(([text, count]) => {
        const itemId = itemOf.get(text);
        return itemId ? [{ itemId, count }] : [];
      });
      votingProxyBallot(ctx, validInput('votingProxyBallot', { sessionId: session.id, name: ballot.voter, dots }));
    }
    votingPhaseSet(ctx, validInput('votingPhaseSet', { sessionId: session.id, action: 'reveal' }));

    // The matrix of the prioritisation step: the vote's top items, placed; actions are made from them.
    const stepId = created.steps.find((step) => step.kind === 'prioritisation')?.id ?? null;
    const { matrices } = matrixCreate(ctx, validInput('matrixCreate', { workshopId, stepId, sessionId: session.id, topN: content.matrix.topN }));
    const matrix = matrices.find((candidate) => candidate.stepId === stepId) ?? matrices[0];
    const itemOfText = new Map((matrix?.items ?? []).map((item) => [item.text, item.id]));
    for (const [text, impact, effort] of content.matrix.placements) {
      const itemId = itemOfText.get(text);
      if (matrix && itemId) matrixItemPlace(ctx, validInput('matrixItemPlace', { workshopId, matrixId: matrix.id, itemId, placement: { impact, effort } }));
    }

    for (const step of content.nextSteps) {
      const fields = { text: step.text, owner: step.owner, domain: step.domain, dueDate: localDay(new Date(now.getTime() + step.dueInDays * 24 * 60 * MINUTE)) };
      const itemId = step.from === undefined ? undefined : itemOfText.get(step.from);
      if (matrix && itemId) matrixItemMakeAction(ctx, validInput('matrixItemMakeAction', { workshopId, matrixId: matrix.id, itemId, action: fields }));
      else nextStepAdd(ctx, validInput('nextStepAdd', { workshopId, step: fields }));
    }

    return recordAgendaAsRun(ctx, workshopId, content.overruns);
  } catch (error) {
    workshopTrash(ctx, { id: workshopId });
    workshopPurge(ctx, { id: workshopId });
    throw error;
  }
}

/** The times the timer would have recorded for a morning that started at 9:00, then finished. */
function recordAgendaAsRun(ctx: ServiceContext, workshopId: string, overruns: readonly number[]): Workshop {
  return editWorkshop(ctx, workshopId, ({ db, before, record }) => {
    const [y, m, d] = before.date.split('-').map(Number);
    let at = new Date(y ?? 2025, (m ?? 1) - 1, d ?? 1, 9, 0).getTime();
    before.steps.forEach((step, index) => {
      const minutes = Math.max(1, step.plannedMinutes + (overruns[index] ?? 0));
      const start = at;
      at += minutes * MINUTE;
      saveStep(db, workshopId, { ...step, actualStart: new Date(start).toISOString(), actualEnd: new Date(at).toISOString() });
      // A minute between steps, as in a real room.
      at += MINUTE;
    });
    record.state = 'finished';
    record.currentStepId = null;
    record.timer = resetTimer();
  });
}

function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
