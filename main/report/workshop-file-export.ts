import type { Avatar, Card, CardGroup } from '../../shared/domain/board';
import { WORKSHOP_FILE_FORMAT, WORKSHOP_FILE_VERSION, type WorkshopFileInput, type WorkshopFilePersona } from '../../shared/domain/workshop-file';
import { workshopDetails } from '../../shared/domain/workshop';
import { avatarDataUrl } from '../store/avatar-repo';
import { readBoardContent } from '../store/board-read-repo';
import { listNextSteps } from '../store/next-steps-repo';
import { readParticipant } from '../store/participants-repo';
import type { ReadableDB } from '../store/types';
import { listMatrices } from '../store/matrices-repo';
import { ballotOf, listItems, listSessions, listVoters } from '../store/voting-repo';
import { requireWorkshop } from '../services/workshops';

/**
 * A workshop as one `.atelier` document (see shared/domain/workshop-file.ts). Boards are written
 * as the domain objects the app shows, images included as data URLs. Votes keep their ballots so
 * an imported vote can go on, but unlinked from voters, and an anonymous vote keeps no names.
 */
export function buildWorkshopFile(db: ReadableDB, workshopId: string, now: Date, appVersion: string): WorkshopFileInput {
  const workshop = requireWorkshop(db, workshopId);
  const { personas, journeyMaps } = readBoardContent(db, workshopId);
  const card = ({ id, container, position, text, color, author, severity, momentOfTruthId, measureType, groupId, mergedFrom, participantId, hidden, createdAt, updatedAt }: Card) => ({
    id,
    container,
    position,
    text,
    color,
    author,
    severity,
    momentOfTruthId,
    measureType,
    groupId,
    mergedFrom,
    participantId,
    hidden,
    createdAt,
    updatedAt,
  });
  const group = ({ id, container, title, collapsed, createdAt, updatedAt }: CardGroup) => ({ id, container, title, collapsed, createdAt, updatedAt });

  return {
    format: WORKSHOP_FILE_FORMAT,
    schemaVersion: WORKSHOP_FILE_VERSION,
    exportedAt: now.toISOString(),
    app: { name: 'Atelier', version: appVersion },
    workshop: {
      ...workshopDetails(workshop),
      state: workshop.state,
      templateId: workshop.templateId,
      boardDefaults: workshop.boardDefaults,
      steps: workshop.steps,
      currentStepId: workshop.currentStepId,
      timer: workshop.timer,
      createdAt: workshop.createdAt,
      updatedAt: workshop.updatedAt,
    },
    boards: {
      personas: personas.map((persona) => ({
        id: persona.id,
        position: persona.position,
        name: persona.name,
        avatar: fileAvatar(db, persona.avatar),
        role: persona.role,
        ageRange: persona.ageRange,
        quote: persona.quote,
        bio: persona.bio,
        primary: persona.primary,
        sections: persona.sections.map((section) => ({ ...section, cards: section.cards.map(card), groups: section.groups.map(group) })),
      })),
      journeyMaps: journeyMaps.map((map) => ({
        id: map.id,
        personaId: map.personaId,
        title: map.title,
        position: map.position,
        stages: map.stages,
        lanes: map.lanes,
        cards: map.cards.map(card),
        groups: map.groups.map(group),
        emotions: map.emotions,
      })),
    },
    voting: listSessions(db, workshopId).map((session) => {
      const anonymous = session.rules.anonymous;
      const voters = listVoters(db, session.id);
      return {
        id: session.id,
        parentSessionId: session.parentSessionId,
        round: session.round,
        title: session.title,
        phase: session.phase,
        rules: session.rules,
        items: listItems(db, session.id).map(({ sessionId: _sessionId, ...item }) => item),
        voters: voters.map((voter) => ({
          id: voter.id,
          kind: voter.kind,
          name: anonymous ? null : (voter.name ?? (voter.participantId ? (readParticipant(db, voter.participantId)?.name ?? null) : null)),
          createdAt: voter.createdAt,
          votedAt: voter.votedAt,
        })),
        ballots: voters
          .map((voter) => ballotOf(db, session.id, voter.id).sort((a, b) => a.itemId.localeCompare(b.itemId)))
          .filter((ballot) => ballot.length > 0)
          .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
        createdAt: session.createdAt,
        updatedAt: session.updatedAt,
        openedAt: session.openedAt,
        closedAt: session.closedAt,
        revealedAt: session.revealedAt,
      };
    }),
    matrices: listMatrices(db, workshopId).map(({ workshopId: _workshopId, ...matrix }) => matrix),
    nextSteps: listNextSteps(db, workshopId).map(({ workshopId: _workshopId, ...step }) => step),
  };
}

/** The file carries the picture itself, as a data URL; one that no longer reads back becomes initials. */
function fileAvatar(db: ReadableDB, avatar: Avatar): WorkshopFilePersona['avatar'] {
  if (avatar.kind !== 'image') return avatar;
  const dataUrl = avatarDataUrl(db, avatar.imageId);
  return dataUrl ? { kind: 'image', dataUrl } : { kind: 'initials' };
}
