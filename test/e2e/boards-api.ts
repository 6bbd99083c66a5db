import { expect, type Locator, type Page } from '@playwright/test';
import type { Board, Card, CardContainer, JourneyMap, Persona } from '../../shared/domain/board';
import type { Workshop } from '../../shared/domain/workshop';
import type { HostProcess } from './host';

/*
 * Helpers for the board tests: seed through the host's HTTP API (as the facilitator's window
 * would), then drive the UI by role and label.
 */
export const tokenOf = (h: HostProcess): string => new URL(h.url).searchParams.get('token') ?? '';

export async function call<T>(h: HostProcess, channel: string, input: unknown): Promise<T> {
  const response = await fetch(`${h.origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Atelier-Token': tokenOf(h) },
    body: JSON.stringify(input),
  });
  const body = (await response.json()) as { ok: true; value: T } | { ok: false; error: unknown };
  if (!body.ok) throw new Error(`${channel} failed: ${JSON.stringify(body.error)}`);
  return body.value;
}

export function createWorkshop(h: HostProcess, title: string, templateId = 'cx-discovery', language: 'en' | 'fr' = 'en'): Promise<Workshop> {
  return call<Workshop>(h, 'workshopCreate', {
    templateId,
    meta: { title, client: 'Hôtel Lumière', date: '2026-11-23', language, facilitator: 'Camille', participants: [] },
  });
}

export const createPersona = (h: HostProcess, workshop: Workshop, name: string) => call<Persona>(h, 'personaCreate', { workshopId: workshop.id, name });
export const createMap = (h: HostProcess, workshop: Workshop, personaId: string | null) => call<JourneyMap>(h, 'journeyCreate', { workshopId: workshop.id, personaId });
export const getBoard = (h: HostProcess, workshop: Workshop) => call<Board>(h, 'boardGet', { workshopId: workshop.id });

export function addCard(h: HostProcess, workshop: Workshop, container: CardContainer, text: string, color?: string): Promise<Card> {
  return call<Card>(h, 'cardCreate', { workshopId: workshop.id, container, text, ...(color ? { color } : {}) });
}

/** The container of a map's cell, by stage and lane titles. */
export function cellOf(map: JourneyMap, stageTitle: string, laneTitle: string): CardContainer {
  const stage = map.stages.find((s) => s.title === stageTitle);
  const lane = map.lanes.find((l) => l.title === laneTitle);
  if (!stage || !lane) throw new Error(`no cell ${stageTitle} · ${laneTitle}`);
  return { kind: 'cell', mapId: map.id, stageId: stage.id, laneId: lane.id };
}

export async function openWorkshop(page: Page, h: HostProcess, workshop: Workshop, tab?: 'Personas' | 'Journey map'): Promise<void> {
  await page.goto(`${h.origin}/workshops/${workshop.id}?token=${tokenOf(h)}`);
  await expect(page.getByRole('heading', { level: 1, name: workshop.title })).toBeVisible();
  if (tab) {
    await page.getByRole('tab', { name: tab }).click();
    await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
    // Boards draw their opening screen first and the rest a moment later: tests start on the whole board.
    await expect(page.locator('[aria-busy="true"], .card-list__pending')).toHaveCount(0);
  }
}

/** Opens a workshop on one of its tabs by address (no wait for the title) and answers the tab's panel. */
export async function openTab(page: Page, h: HostProcess, workshop: Workshop, tab: string): Promise<Locator> {
  await page.goto(`${h.origin}/workshops/${workshop.id}?token=${tokenOf(h)}`);
  await page.getByRole('tab', { name: tab }).click();
  return page.getByRole('tabpanel', { name: tab });
}

/** Presses Tab until `target` has the focus: the way a keyboard user gets there. */
export async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** The list of cards of a section or cell, by its name ("Needs", "Research · Pain points"). */
export const cardsIn = (page: Page, container: string): Locator => page.getByRole('list', { name: `Cards in ${container}`, exact: true });
