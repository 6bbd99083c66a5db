import { expect } from 'vitest';
import type { Board, Card, CardContainer, JourneyMap, Lane, LaneKind, Persona } from '../../shared/domain/board';
import type { Language } from '../../shared/domain/settings';
import type { Workshop } from '../../shared/domain/workshop';
import type { TestCore } from './core';

/** A workshop to hold boards, from a built-in template, in the given language. */
export function boardWorkshop(t: TestCore, language: Language = 'fr', templateId = 'cx-discovery'): Promise<Workshop> {
  return t.call('workshopCreate', {
    templateId,
    meta: { title: 'Atelier parcours', client: 'Boulangerie Martin', date: '2025-06-02', language, facilitator: 'Claire', participants: [] },
  });
}

export function board(t: TestCore, workshopId: string): Promise<Board> {
  return t.call('boardGet', { workshopId });
}

/** The board's content, without the undo/redo flags and the revision that every edit changes. */
export function boardContent(b: Board): Omit<Board, 'canUndo' | 'canRedo' | 'revision'> {
  const { canUndo: _u, canRedo: _r, revision: _v, ...rest } = b;
  return rest;
}

/**
 * The board before and after one edit, a minute apart (so the edit is its own step of the
 * history) and with the events before it cleared: the edit must change the content, and be the
 * one to undo, with nothing left to redo.
 */
export async function boardsAroundEdit(t: TestCore, workshopId: string, edit: () => Promise<unknown>): Promise<{ before: Board; after: Board }> {
  const before = await board(t, workshopId);
  t.clock.advance(60_000);
  t.clearEvents();
  await edit();
  const after = await board(t, workshopId);
  expect(boardContent(after)).not.toEqual(boardContent(before));
  expect(after).toMatchObject({ canUndo: true, canRedo: false });
  return { before, after };
}

export function section(persona: Persona, title: string): Persona['sections'][number] {
  const found = persona.sections.find((s) => s.title === title);
  if (!found) throw new Error(`No section "${title}" in ${persona.sections.map((s) => s.title).join(', ')}`);
  return found;
}

export function inSection(sectionId: string): CardContainer {
  return { kind: 'section', sectionId };
}

export function lane(map: JourneyMap, kind: LaneKind): Lane {
  const found = map.lanes.find((l) => l.kind === kind);
  if (!found) throw new Error(`No ${kind} lane`);
  return found;
}

/** The cell of the map at stage number `stage` (0-based) and the lane of this kind. */
export function cell(map: JourneyMap, stage: number, kind: LaneKind): CardContainer {
  const stageId = map.stages[stage]?.id;
  if (!stageId) throw new Error(`No stage ${stage}`);
  return { kind: 'cell', mapId: map.id, stageId, laneId: lane(map, kind).id };
}

/** The texts of a container's cards, in order, read from a board. */
export function textsIn(b: Board, container: CardContainer): string[] {
  return cardsIn(b, container).map((card) => card.text);
}

export function cardsIn(b: Board, container: CardContainer): Card[] {
  const all = [...b.personas.flatMap((p) => p.sections.flatMap((s) => s.cards)), ...b.journeyMaps.flatMap((m) => m.cards)];
  return all
    .filter((card) => JSON.stringify(card.container) === JSON.stringify(container))
    .sort((a, b) => a.position - b.position);
}

export async function addCards(t: TestCore, workshopId: string, container: CardContainer, texts: string[]): Promise<Card[]> {
  const cards: Card[] = [];
  for (const text of texts) cards.push(await t.call('cardCreate', { workshopId, container, text }));
  return cards;
}

/**
 * Every ordered list of the board holds positions 0..n-1 in the order it is given: personas,
 * sections, maps, stages, lanes, and the cards of every container.
 */
export function expectDenseBoard(b: Board): void {
  const dense = (positions: number[], what: string) => expect(positions, what).toEqual(positions.map((_, i) => i));
  dense(b.personas.map((p) => p.position), 'personas');
  dense(b.journeyMaps.map((m) => m.position), 'journey maps');
  for (const persona of b.personas) {
    dense(persona.sections.map((s) => s.position), `sections of ${persona.name}`);
    for (const s of persona.sections) dense(s.cards.map((c) => c.position), `cards of ${s.title}`);
  }
  for (const map of b.journeyMaps) {
    dense(map.stages.map((s) => s.position), `stages of ${map.title}`);
    dense(map.lanes.map((l) => l.position), `lanes of ${map.title}`);
    const cells = new Map<string, number[]>();
    for (const card of map.cards) {
      const key = JSON.stringify(card.container);
      cells.set(key, [...(cells.get(key) ?? []), card.position]);
    }
    for (const [key, positions] of cells) dense([...positions].sort((a, b) => a - b), `cell ${key}`);
  }
}
