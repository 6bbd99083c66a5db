import {
  WORKSHOP_FILE_FORMAT,
  WORKSHOP_FILE_VERSION,
  workshopFileSchema,
  type WorkshopFile,
} from '../../shared/domain/workshop-file';
import { AppError } from '../../shared/ipc/result';

/** Why a workshop file was refused; the UI words each one (import.error.*). */
export type FileProblem = 'corrupt' | 'foreign' | 'newer' | 'content';

export function fileError(problem: FileProblem, message: string): AppError {
  return new AppError('invalid_input', message, undefined, `file_${problem}`);
}

/**
 * Reads an untrusted `.atelier` text into a checked WorkshopFile, or refuses it — before anything
 * is written. Not JSON (or cut short): corrupt. JSON but not ours: foreign. Ours but from a newer
 * Atelier: newer. Ours but with values out of bounds or parts that do not fit together: content.
 * Small inconsistencies that lose nothing are repaired instead (a dangling optional reference is
 * dropped, positions are renumbered), as Excalidraw's restore does.
 */
export function restoreWorkshopFile(text: string): WorkshopFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    throw fileError('corrupt', 'The file is not valid JSON: it is damaged or cut short');
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || (raw as { format?: unknown }).format !== WORKSHOP_FILE_FORMAT) {
    throw fileError('foreign', 'This is not an Atelier workshop file');
  }
  const version = (raw as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw fileError('corrupt', 'The file has no valid schema version');
  }
  if (version > WORKSHOP_FILE_VERSION) {
    throw fileError('newer', `The file was written by a newer Atelier (format ${version}; this one reads up to ${WORKSHOP_FILE_VERSION})`);
  }
  const parsed = workshopFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.map(String).join('.') ?? '';
    throw fileError('content', `Invalid content at ${where || 'the top level'}: ${issue?.message ?? 'unknown problem'}`);
  }
  return repair(parsed.data);
}

function unique(ids: readonly string[], what: string): Set<string> {
  const set = new Set(ids);
  if (set.size !== ids.length) throw fileError('content', `Two ${what} share one id`);
  return set;
}

function byPosition<T extends { position: number }>(items: readonly T[]): T[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => a.item.position - b.item.position || a.index - b.index)
    .map(({ item }, position) => ({ ...item, position }));
}

/** Cross-references checked, optional ones repaired, positions made dense. */
function repair(file: WorkshopFile): WorkshopFile {
  const { workshop, boards } = file;
  const stepIds = unique(
    workshop.steps.map((step) => step.id),
    'steps',
  );
  const personaIds = unique(
    boards.personas.map((persona) => persona.id),
    'personas',
  );
  unique(
    boards.journeyMaps.map((map) => map.id),
    'journey maps',
  );
  const allCards = [
    ...boards.personas.flatMap((persona) => persona.sections.flatMap((section) => section.cards)),
    ...boards.journeyMaps.flatMap((map) => map.cards),
  ];
  unique(
    allCards.map((card) => card.id),
    'cards',
  );
  unique(
    boards.personas.flatMap((persona) => persona.sections.map((section) => section.id)),
    'persona sections',
  );

  let primarySeen = false;
  const personas = byPosition(boards.personas).map((persona) => {
    const primary = persona.primary && !primarySeen;
    primarySeen ||= primary;
    return {
      ...persona,
      primary,
      sections: byPosition(persona.sections).map((section) => ({
        ...section,
        // A persona card belongs to the section it is written in, whatever its container says.
        cards: byPosition(section.cards).map((card) => ({
          ...card,
          container: { kind: 'section' as const, sectionId: section.id },
          momentOfTruthId: null,
        })),
      })),
    };
  });

  const journeyMaps = byPosition(boards.journeyMaps).map((map) => {
    const stages = unique(
      map.stages.map((stage) => stage.id),
      `stages of "${map.title}"`,
    );
    const lanes = unique(
      map.lanes.map((lane) => lane.id),
      `lanes of "${map.title}"`,
    );
    const cardIds = new Set(map.cards.map((card) => card.id));
    for (const card of map.cards) {
      const place = card.container;
      if (place.kind !== 'cell' || place.mapId !== map.id || !stages.has(place.stageId) || !lanes.has(place.laneId)) {
        throw fileError('content', `A card of "${map.title}" is not in one of its cells`);
      }
    }
    // Cards are positioned per cell: renumber within each (stage, lane), keeping the file's order.
    const cells = new Map<string, typeof map.cards>();
    for (const card of map.cards) {
      const place = card.container as { stageId: string; laneId: string };
      const key = `${place.stageId}\u0000${place.laneId}`;
      cells.set(key, [...(cells.get(key) ?? []), card]);
    }
    const positions = new Map<string, number>();
    for (const cell of cells.values()) byPosition(cell).forEach((card) => positions.set(card.id, card.position));
    const seenEmotion = new Set<string>();
    return {
      ...map,
      personaId: map.personaId !== null && personaIds.has(map.personaId) ? map.personaId : null,
      stages: byPosition(map.stages),
      lanes: byPosition(map.lanes),
      cards: map.cards.map((card) => ({
        ...card,
        position: positions.get(card.id) ?? 0,
        momentOfTruthId: card.momentOfTruthId !== null && cardIds.has(card.momentOfTruthId) && card.momentOfTruthId !== card.id ? card.momentOfTruthId : null,
      })),
      emotions: map.emotions.filter((point) => {
        if (!stages.has(point.stageId) || seenEmotion.has(point.stageId)) return false;
        seenEmotion.add(point.stageId);
        return true;
      }),
    };
  });

  const sessionIds = unique(
    file.voting.map((session) => session.id),
    'votes',
  );
  if (file.voting.filter((session) => session.phase === 'open').length > 1) throw fileError('content', 'More than one vote is open');
  const voting = file.voting.map((session) => {
    const items = unique(
      session.items.map((item) => item.id),
      `items of the vote "${session.title}"`,
    );
    unique(
      session.voters.map((voter) => voter.id),
      `voters of the vote "${session.title}"`,
    );
    for (const ballot of session.ballots) {
      const total = ballot.reduce((sum, dot) => sum + dot.count, 0);
      const distinct = new Set(ballot.map((dot) => dot.itemId));
      if (
        distinct.size !== ballot.length ||
        ballot.some((dot) => !items.has(dot.itemId) || dot.count > session.rules.maxPerItem) ||
        total > session.rules.dotsPerVoter
      ) {
        throw fileError('content', `A ballot of the vote "${session.title}" breaks its rules`);
      }
    }
    return {
      ...session,
      parentSessionId: session.parentSessionId !== null && sessionIds.has(session.parentSessionId) && session.parentSessionId !== session.id ? session.parentSessionId : null,
      items: byPosition(session.items),
    };
  });

  return {
    ...file,
    workshop: {
      ...workshop,
      currentStepId: workshop.currentStepId !== null && stepIds.has(workshop.currentStepId) ? workshop.currentStepId : null,
    },
    boards: { personas, journeyMaps },
    voting,
    nextSteps: (() => {
      unique(
        file.nextSteps.map((step) => step.id),
        'next steps',
      );
      return byPosition(file.nextSteps);
    })(),
  };
}
