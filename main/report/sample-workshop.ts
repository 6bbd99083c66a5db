import type { CardColor, JourneyMap, LaneKind, Persona } from '../../shared/domain/board';
import type { Language } from '../../shared/domain/settings';
import { resetTimer } from '../../shared/domain/timer';
import type { Workshop } from '../../shared/domain/workshop';
import type { ChannelName, InputOf, OutputOf } from '../../shared/ipc/contract';
import { AppError } from '../../shared/ipc/result';
import type { Dispatch } from '../ipc/dispatch';
import type { CallContext } from '../ipc/handlers';
import type { ServiceContext } from '../services/context';
import { editWorkshop } from '../services/workshops';
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
 * A complete, finished example workshop built through the same validated channels as the app
 * (so it is valid by construction): three personas, the first one's journey on the seven default
 * stages, a revealed vote on its pain points, next steps, and an agenda as run. Only the actual
 * step times are written directly, as the timer would have recorded them. A failure half-way
 * removes the half-built workshop.
 */
export async function createSampleWorkshop(dispatch: Dispatch, ctx: ServiceContext, language: Language, call: CallContext = { origin: 'electron' }): Promise<Workshop> {
  const send = async <K extends ChannelName>(channel: K, input: InputOf<K>): Promise<OutputOf<K>> => {
    const result = await dispatch(channel, input, call);
    if (!result.ok) throw new AppError(result.error.code, `Sample workshop, ${channel}: ${result.error.message}`);
    return result.value as OutputOf<K>;
  };
  const content = sampleContent(language);
  const now = ctx.now();
  const date = localDay(now);
  const created = await send('workshopCreate', {
    templateId: 'cx-discovery',
    meta: { title: content.title, client: content.client, date, language, facilitator: content.facilitator, participants: content.participants },
  });
  const workshopId = created.id;

  try {
    const personas: Persona[] = [];
    for (const [index, draft] of content.personas.entries()) {
      const persona = await send('personaCreate', { workshopId, name: draft.name });
      await send('personaUpdate', {
        personaId: persona.id,
        patch: { role: draft.role, ageRange: draft.ageRange, quote: draft.quote, bio: draft.bio, primary: index === 0 },
      });
      await send('personaSetAvatar', { personaId: persona.id, avatar: { kind: 'builtin', key: draft.avatar } });
      for (const [sectionIndex, texts] of draft.sections.entries()) {
        const section = persona.sections[sectionIndex];
        if (!section) continue;
        for (const text of texts) {
          await send('cardCreate', { workshopId, container: { kind: 'section', sectionId: section.id }, text, color: SECTION_COLOURS[sectionIndex] ?? 'yellow' });
        }
      }
      personas.push(persona);
    }

    const map: JourneyMap = await send('journeyCreate', { workshopId, personaId: personas[0]?.id ?? null });
    const lane = (kind: LaneKind) => map.lanes.find((candidate) => candidate.kind === kind);
    const painPointIds: string[] = [];
    for (const [index, stage] of map.stages.entries()) {
      const draft = content.stages[index];
      if (!draft) continue;
      const add = async (kind: LaneKind, text: string) => {
        const target = lane(kind);
        if (!target) return null;
        const container = { kind: 'cell' as const, mapId: map.id, stageId: stage.id, laneId: target.id };
        return send('cardCreate', { workshopId, container, text, color: LANE_COLOURS[kind] ?? 'yellow' });
      };
      await add('actions', draft.actions);
      await add('touchpoints', draft.touchpoints);
      await add('thoughts', draft.thoughts);
      await send('emotionSet', { mapId: map.id, stageId: stage.id, score: draft.emotion.score, note: draft.emotion.note });
      const moment = draft.momentOfTruth ? await add('momentsOfTruth', draft.momentOfTruth) : null;
      for (const pain of draft.painPoints) {
        const card = await add('painPoints', pain.text);
        if (!card) continue;
        painPointIds.push(card.id);
        await send('cardUpdate', { cardId: card.id, patch: { severity: pain.severity, ...(moment ? { momentOfTruthId: moment.id } : {}) } });
      }
      await add('frontstage', draft.frontstage);
      await add('backstage', draft.backstage);
      await add('opportunities', draft.opportunities);
      if (draft.measure) {
        const card = await add('measures', draft.measure.text);
        if (card) await send('cardUpdate', { cardId: card.id, patch: { measureType: draft.measure.type } });
      }
    }

    const session = await send('votingSessionCreate', {
      workshopId,
      title: content.vote.title,
      cardIds: painPointIds,
      rules: { dotsPerVoter: 5, maxPerItem: 3, anonymous: false },
    });
    await send('votingPhaseSet', { sessionId: session.id, action: 'open' });
    const itemOf = new Map(session.items.map((item) => [item.text, item.id]));
    for (const ballot of content.vote.ballots) {
      const dots = ballot.dots.flatMap(([text, count]) => {
        const itemId = itemOf.get(text);
        return itemId ? [{ itemId, count }] : [];
      });
      await send('votingProxyBallot', { sessionId: session.id, name: ballot.voter, dots });
    }
    await send('votingPhaseSet', { sessionId: session.id, action: 'reveal' });

    for (const step of content.nextSteps) {
      await send('nextStepAdd', {
        workshopId,
        step: { text: step.text, owner: step.owner, domain: step.domain, dueDate: localDay(new Date(now.getTime() + step.dueInDays * 24 * 60 * MINUTE)) },
      });
    }

    return recordAgendaAsRun(ctx, workshopId, content.overruns);
  } catch (error) {
    await dispatch('workshopTrash', { id: workshopId }, call);
    await dispatch('workshopPurge', { id: workshopId }, call);
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
