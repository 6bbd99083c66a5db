import type { z } from 'zod';
import {
  MAX_WORKSHOP_FILE_CHARS,
  WORKSHOP_FILE_COUNTED,
  WORKSHOP_FILE_FORMAT,
  WORKSHOP_FILE_VERSION,
  workshopFileSchema,
  type WorkshopFile,
  type WorkshopFilePart,
  type WorkshopFileProblem,
} from '../../shared/domain/workshop-file';
import { AppError } from '../../shared/ipc/result';
import { avatarDataUrl, type AvatarMime } from '../services/boards/avatar-image';

/**
 * A refusal of the whole file. The message is for logs; the UI words the reason `file_<problem>`
 * with `params` (shared/i18n/workshop-file-errors.ts), so the user reads a sentence in their language.
 */
export function fileError(problem: WorkshopFileProblem, message: string, params?: Record<string, string | number>): AppError {
  return new AppError('invalid_input', message, undefined, `file_${problem}`, params);
}

function contentError(part: WorkshopFilePart, message: string): AppError {
  return fileError('content', message, { part });
}

/**
 * Reads an untrusted `.atelier` text into a checked WorkshopFile, or refuses it — before anything
 * is written. Not JSON (or cut short): corrupt. JSON but not ours: foreign. Ours but from a newer
 * Atelier: newer. More than a workshop holds: limit. A picture that is not one: picture. Other
 * values out of bounds, or parts that do not fit together: content. Small inconsistencies that
 * lose nothing are repaired instead (a dangling optional reference is dropped, positions are
 * renumbered), as Excalidraw's restore does.
 */
export function restoreWorkshopFile(text: string): WorkshopFile {
  if (text.length > MAX_WORKSHOP_FILE_CHARS) {
    throw fileError('tooLarge', `The file is over ${MAX_WORKSHOP_FILE_CHARS / 1024 / 1024} MB`, { maximum: MAX_WORKSHOP_FILE_CHARS / 1024 / 1024 });
  }
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
  if (!parsed.success) throw describeIssue(parsed.error.issues[0], raw);
  const file = repair(parsed.data);
  checkPictures(file);
  return file;
}

/** The first schema issue as a refusal: a limit when an array is too long, else the part it is in. */
function describeIssue(issue: z.core.$ZodIssue | undefined, raw: unknown): AppError {
  const where = issue?.path.map(String).join('.') || 'the top level';
  const message = `Invalid content at ${where}: ${issue?.message ?? 'unknown problem'}`;
  if (!issue) return contentError('file', message);
  const path = issue.path.map(String);
  const last = [...path].reverse().find((segment) => !/^\d+$/.test(segment));
  const counted = last && Object.hasOwn(WORKSHOP_FILE_COUNTED, last) ? WORKSHOP_FILE_COUNTED[last as keyof typeof WORKSHOP_FILE_COUNTED] : null;
  if (counted && issue.code === 'too_big' && issue.origin === 'array') {
    const found = valueAt(raw, issue.path);
    return fileError('limit', message, {
      things: counted,
      count: Array.isArray(found) ? found.length : Number(issue.maximum) + 1,
      maximum: Number(issue.maximum),
    });
  }
  if (counted && issue.code === 'custom' && typeof issue.params?.count === 'number') {
    return fileError('limit', message, { things: counted, count: issue.params.count, maximum: Number(issue.params.maximum) });
  }
  return contentError(partOf(path), message);
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

function partOf(path: readonly string[]): WorkshopFilePart {
  const [top, second] = path;
  if (top === 'workshop') return second === 'steps' || second === 'currentStepId' || second === 'timer' ? 'agenda' : 'workshop';
  if (top === 'boards') {
    if (path.includes('cards')) return 'card';
    return second === 'journeyMaps' ? 'journeyMap' : 'persona';
  }
  if (top === 'voting') return 'vote';
  if (top === 'matrices') return 'matrix';
  if (top === 'nextSteps') return 'nextSteps';
  return 'file';
}

/**
 * The same check as a picture uploaded in the app (the bytes must be a real PNG or JPEG of at
 * most 5 MB), run with the rest of the file, before the first write.
 */
function checkPictures(file: WorkshopFile): void {
  for (const persona of file.boards.personas) {
    if (persona.avatar.kind !== 'image') continue;
    const [, mime, data] = /^data:(image\/(?:png|jpeg));base64,(.*)$/.exec(persona.avatar.dataUrl) ?? [];
    try {
      avatarDataUrl(mime as AvatarMime, data ?? '');
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw fileError('picture', `The picture of persona "${persona.name}" is refused: ${detail}`, { persona: persona.name });
    }
  }
}

function unique(ids: readonly string[], what: string, part: WorkshopFilePart): Set<string> {
  const set = new Set(ids);
  if (set.size !== ids.length) throw contentError(part, `Two ${what} share one id`);
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
    'agenda',
  );
  const personaIds = unique(
    boards.personas.map((persona) => persona.id),
    'personas',
    'persona',
  );
  unique(
    boards.journeyMaps.map((map) => map.id),
    'journey maps',
    'journeyMap',
  );
  const allCards = [
    ...boards.personas.flatMap((persona) => persona.sections.flatMap((section) => section.cards)),
    ...boards.journeyMaps.flatMap((map) => map.cards),
  ];
  unique(
    allCards.map((card) => card.id),
    'cards',
    'card',
  );
  unique(
    boards.personas.flatMap((persona) => persona.sections.map((section) => section.id)),
    'persona sections',
    'persona',
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
      'journeyMap',
    );
    const lanes = unique(
      map.lanes.map((lane) => lane.id),
      `lanes of "${map.title}"`,
      'journeyMap',
    );
    const cardIds = new Set(map.cards.map((card) => card.id));
    for (const card of map.cards) {
      const place = card.container;
      if (place.kind !== 'cell' || place.mapId !== map.id || !stages.has(place.stageId) || !lanes.has(place.laneId)) {
        throw contentError('card', `A card of "${map.title}" is not in one of its cells`);
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
    'vote',
  );
  if (file.voting.filter((session) => session.phase === 'open').length > 1) throw contentError('vote', 'More than one vote is open');
  const voting = file.voting.map((session) => {
    const items = unique(
      session.items.map((item) => item.id),
      `items of the vote "${session.title}"`,
      'vote',
    );
    unique(
      session.voters.map((voter) => voter.id),
      `voters of the vote "${session.title}"`,
      'vote',
    );
    for (const ballot of session.ballots) {
      const total = ballot.reduce((sum, dot) => sum + dot.count, 0);
      const distinct = new Set(ballot.map((dot) => dot.itemId));
      if (
        distinct.size !== ballot.length ||
        ballot.some((dot) => !items.has(dot.itemId) || dot.count > session.rules.maxPerItem) ||
        total > session.rules.dotsPerVoter
      ) {
        throw contentError('vote', `A ballot of the vote "${session.title}" breaks its rules`);
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
        'nextSteps',
      );
      return byPosition(file.nextSteps);
    })(),
  };
}
