import type { MatrixItem, MatrixItemLink } from '../../shared/domain/matrix';
import { workshopDetails, type Step } from '../../shared/domain/workshop';
import type { WorkshopFile, WorkshopFileCard, WorkshopFileGroup } from '../../shared/domain/workshop-file';
import { mergedFromValue } from '../store/board-read-repo';
import { computeResults } from '../services/voting/view';
import { newId } from '../services/workshops';
import { insertRow, updateRow } from '../store/board-tables';
import { nextMatrixPosition, writeMatrix } from '../store/matrices-repo';
import { insertNextStep } from '../store/next-steps-repo';
import { insertTokenlessParticipant } from '../store/participants-repo';
import { appendSteps } from '../store/steps-repo';
import type { WritableDB } from '../store/types';
import { insertItem, insertSession, insertVoter, replaceBallot } from '../store/voting-repo';
import { insertWorkshop, saveWorkshop } from '../store/workshops-repo';
import { fileError } from './workshop-file-restore';

/**
 * Writes a restored workshop file as a NEW workshop: every id is new, every reference remapped.
 * Runs inside the caller's transaction, so a failure half-way leaves nothing behind. Returns the
 * new workshop's id.
 */
export function insertWorkshopFile(db: WritableDB, file: WorkshopFile, now: string): string {
  const ids = new Map<string, string>();
  const fresh = (kind: string, id: string): string => {
    const next = newId();
    ids.set(`${kind}:${id}`, next);
    return next;
  };
  const mapped = (kind: string, id: string | null): string | null => (id === null ? null : (ids.get(`${kind}:${id}`) ?? null));
  const must = (kind: string, id: string): string => {
    const next = ids.get(`${kind}:${id}`);
    if (!next) throw fileError('content', `The file refers to a missing ${kind}`, { part: 'file' });
    return next;
  };
  const maps: IdMaps = { fresh, mapped, must };

  const { workshop } = file;
  const workshopId = newId();
  const steps: Step[] = workshop.steps.map((step) => ({ ...step, id: fresh('step', step.id) }));
  const record = {
    id: workshopId,
    ...workshopDetails(workshop),
    templateId: workshop.templateId,
    state: workshop.state,
    archived: false,
    deletedAt: null,
    currentStepId: null,
    timer: workshop.timer,
    boardDefaults: workshop.boardDefaults,
    createdAt: workshop.createdAt || now,
    updatedAt: now,
  };
  insertWorkshop(db, record);
  appendSteps(db, workshopId, steps);
  // current_step_id's foreign key needs the steps first.
  saveWorkshop(db, { ...record, currentStepId: mapped('step', workshop.currentStepId) });

  const workshop_id = workshopId;
  const author = (label: string | null): string | null => (label === null ? null : (mapped('author', label) ?? fresh('author', label)));
  for (const persona of file.boards.personas) {
    const id = fresh('persona', persona.id);
    insertRow(db, 'personas', {
      id,
      workshop_id,
      position: persona.position,
      name: persona.name,
      role: persona.role,
      age_range: persona.ageRange,
      quote: persona.quote,
      bio: persona.bio,
      is_primary: persona.primary ? 1 : 0,
      created_at: now,
      updated_at: now,
    });
    const avatar = persona.avatar;
    if (avatar.kind === 'image') {
      // restoreWorkshopFile has checked the bytes, as for a picture uploaded in the app.
      insertRow(db, 'persona_avatars', { persona_id: id, workshop_id, kind: 'image', builtin_key: null, image: avatar.dataUrl });
    } else if (avatar.kind === 'builtin') {
      insertRow(db, 'persona_avatars', { persona_id: id, workshop_id, kind: 'builtin', builtin_key: avatar.key, image: null });
    }
    for (const section of persona.sections) {
      const sectionId = fresh('section', section.id);
      insertRow(db, 'persona_sections', {
        id: sectionId,
        workshop_id,
        persona_id: id,
        position: section.position,
        title: section.title,
        hidden: section.hidden ? 1 : 0,
        color: section.color,
      });
      const place = { section_id: sectionId, map_id: null, stage_id: null, lane_id: null };
      for (const group of section.groups) insertRow(db, 'card_groups', { ...groupColumns(group), id: fresh('group', group.id), workshop_id, ...place });
      for (const card of section.cards) {
        insertRow(db, 'cards', {
          ...cardColumns(card, maps, author),
          id: fresh('card', card.id),
          workshop_id,
          section_id: sectionId,
          map_id: null,
          stage_id: null,
          lane_id: null,
          moment_of_truth_id: null,
        });
      }
    }
  }

  for (const map of file.boards.journeyMaps) {
    const mapId = fresh('map', map.id);
    insertRow(db, 'journey_maps', {
      id: mapId,
      workshop_id,
      persona_id: mapped('persona', map.personaId),
      position: map.position,
      title: map.title,
      created_at: now,
      updated_at: now,
    });
    for (const stage of map.stages) insertRow(db, 'journey_stages', { id: fresh('stage', stage.id), workshop_id, map_id: mapId, position: stage.position, title: stage.title });
    for (const lane of map.lanes) {
      insertRow(db, 'journey_lanes', { id: fresh('lane', lane.id), workshop_id, map_id: mapId, position: lane.position, kind: lane.kind, title: lane.title, hidden: lane.hidden ? 1 : 0 });
    }
    for (const point of map.emotions) {
      insertRow(db, 'journey_emotions', { stage_id: must('stage', point.stageId), workshop_id, map_id: mapId, score: point.score, note: point.note });
    }
    for (const group of map.groups) {
      const place = group.container as { stageId: string; laneId: string };
      insertRow(db, 'card_groups', {
        ...groupColumns(group),
        id: fresh('group', group.id),
        workshop_id,
        section_id: null,
        map_id: mapId,
        stage_id: must('stage', place.stageId),
        lane_id: must('lane', place.laneId),
      });
    }
    for (const card of map.cards) {
      const place = card.container as { stageId: string; laneId: string };
      insertRow(db, 'cards', {
        ...cardColumns(card, maps, author),
        id: fresh('card', card.id),
        workshop_id,
        section_id: null,
        map_id: mapId,
        stage_id: must('stage', place.stageId),
        lane_id: must('lane', place.laneId),
        moment_of_truth_id: null,
      });
    }
    // Moments of truth are cards of the same map: tie them once every card exists.
    for (const card of map.cards) {
      if (card.momentOfTruthId !== null) {
        updateRow(db, 'cards', must('card', card.id), { moment_of_truth_id: must('card', card.momentOfTruthId) });
      }
    }
  }

  insertVoting(db, file, workshopId, now, maps);

  insertMatrices(db, file, workshopId, { fresh, mapped, must });

  for (const step of file.nextSteps) {
    insertNextStep(db, { ...step, id: newId(), workshopId, source: linkOf(step.source, mapped) });
  }
  return workshopId;
}

/**
 * A card's own columns. Its group was written just before it; each duplicate merged into it gets
 * a new id too, registered as a card's so that a vote cast on it keeps counting for this card.
 * The cards one phone wrote stay together under a new author label; no participant can sign in as it.
 */
function cardColumns(card: WorkshopFileCard, { fresh, mapped }: IdMaps, author: (label: string | null) => string | null) {
  return {
    participant_id: author(card.participantId),
    hidden: card.hidden ? 1 : 0,
    position: card.position,
    text: card.text,
    color: card.color,
    author: card.author,
    severity: card.severity,
    measure_type: card.measureType,
    created_at: card.createdAt,
    updated_at: card.updatedAt,
    group_id: mapped('group', card.groupId),
    merged_from: mergedFromValue(
      card.mergedFrom.map((merged) => ({ ...merged, id: fresh('card', merged.id), participantId: author(merged.participantId) })),
    ),
  };
}

function groupColumns(group: WorkshopFileGroup) {
  return { title: group.title, collapsed: group.collapsed ? 1 : 0, created_at: group.createdAt, updated_at: group.updatedAt };
}

interface IdMaps {
  fresh(kind: string, id: string): string;
  mapped(kind: string, id: string | null): string | null;
  must(kind: string, id: string): string;
}

/**
 * Votes: sessions, items (their card, map, stage and persona remapped when the file holds them),
 * voters and ballots. A phone voter's participant cannot come along (its access token stays on
 * the laptop it joined), so it becomes a removed participant of the new workshop: the ballot
 * still counts and nobody can sign in with it. Revealed results are recomputed from the ballots,
 * which gives back exactly what was revealed.
 */
function insertVoting(db: WritableDB, file: WorkshopFile, workshopId: string, now: string, { fresh, mapped, must }: IdMaps): void {
  for (const session of file.voting) fresh('session', session.id);
  for (const session of file.voting) {
    const sessionId = must('session', session.id);
    const items = session.items.map((item) => ({
      ...item,
      id: fresh('item', item.id),
      sessionId,
      sourceCardId: mapped('card', item.sourceCardId),
      sourceGroupId: mapped('group', item.sourceGroupId),
      // Ids of member cards the file does not hold are dropped: they only light the board's heat.
      memberCardIds: item.memberCardIds.flatMap((id) => mapped('card', id) ?? []),
      mapId: mapped('map', item.mapId),
      stageId: mapped('stage', item.stageId),
      personaId: mapped('persona', item.personaId),
    }));
    const ballots = session.ballots.map((ballot) => ballot.map((dot) => ({ itemId: must('item', dot.itemId), count: dot.count })));
    insertSession(db, {
      id: sessionId,
      workshopId,
      parentSessionId: mapped('session', session.parentSessionId),
      round: session.round,
      title: session.title,
      phase: session.phase,
      rules: session.rules,
      results: session.phase === 'revealed' ? computeResults(sessionId, items, ballots, session.revealedAt ?? now) : null,
      createdAt: session.createdAt,
      updatedAt: session.updatedAt,
      openedAt: session.openedAt,
      closedAt: session.closedAt,
      revealedAt: session.phase === 'revealed' ? (session.revealedAt ?? now) : session.revealedAt,
    });
    for (const item of items) insertItem(db, item);

    const voters = session.voters.map((voter) => {
      const id = voter.kind === 'phone' ? removedParticipant(db, workshopId, voter.name, voter.createdAt, now) : newId();
      insertVoter(db, {
        sessionId,
        id,
        kind: voter.kind,
        name: voter.name,
        participantId: voter.kind === 'phone' ? id : null,
        createdAt: voter.createdAt,
        votedAt: voter.votedAt,
      });
      return { id, votedAt: voter.votedAt };
    });
    // Ballots go to the voters who voted, in order; any left over get a voter of their own.
    const voted = voters.filter((voter) => voter.votedAt !== null);
    ballots.forEach((ballot, index) => {
      let voter = voted[index];
      if (!voter) {
        voter = { id: newId(), votedAt: now };
        insertVoter(db, { sessionId, id: voter.id, kind: 'laptop', name: null, participantId: null, createdAt: now, votedAt: now });
      }
      replaceBallot(db, sessionId, voter.id, ballot, voter.votedAt ?? now);
    });
  }
}

/**
 * Matrices, their items and placements, their step and vote remapped. An item's source the file
 * does not hold (a card deleted before the export) points nowhere, as it would in the app.
 */
function insertMatrices(db: WritableDB, file: WorkshopFile, workshopId: string, { fresh, mapped }: IdMaps): void {
  const or = (id: string | null) => id ?? newId();
  const stepsTaken = new Set<string>();
  for (const matrix of file.matrices) {
    const id = fresh('matrix', matrix.id);
    const items: MatrixItem[] = matrix.items.map((item) => ({
      ...item,
      id: fresh('matrixItem', `${matrix.id}:${item.id}`),
      source:
        item.source.kind === 'voteItem'
          ? { kind: 'voteItem', sessionId: or(mapped('session', item.source.sessionId)), itemId: or(mapped('item', item.source.itemId)) }
          : item.source.kind === 'card'
            ? { kind: 'card', cardId: or(mapped('card', item.source.cardId)) }
            : { kind: 'group', groupId: or(mapped('group', item.source.groupId)) },
    }));
    // One matrix per agenda step: a second one on the same step is kept, apart from the agenda.
    const mappedStep = mapped('step', matrix.stepId);
    const stepId = mappedStep !== null && !stepsTaken.has(mappedStep) ? mappedStep : null;
    if (stepId !== null) stepsTaken.add(stepId);
    writeMatrix(
      db,
      { ...matrix, id, workshopId, stepId, sessionId: mapped('session', matrix.sessionId), items },
      nextMatrixPosition(db, workshopId),
    );
  }
}

/** An action's link, remapped; dropped when the file does not hold what it points to. */
function linkOf(source: WorkshopFile['nextSteps'][number]['source'], mapped: IdMaps['mapped']): MatrixItemLink | null {
  if (source === null) return null;
  if (source.kind === 'matrixItem') {
    const matrixId = mapped('matrix', source.matrixId);
    const itemId = mapped('matrixItem', `${source.matrixId}:${source.itemId}`);
    return matrixId && itemId ? { kind: 'matrixItem', matrixId, itemId, text: source.text } : null;
  }
  const sessionId = mapped('session', source.sessionId);
  const itemId = mapped('item', source.itemId);
  return sessionId && itemId ? { kind: 'voteItem', sessionId, itemId, text: source.text } : null;
}

function removedParticipant(db: WritableDB, workshopId: string, name: string | null, joinedAt: string, now: string): string {
  const id = newId();
  insertTokenlessParticipant(db, { id, workshopId, name, joinedAt, lastSeenAt: joinedAt }, now);
  return id;
}
