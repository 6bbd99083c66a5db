import type { z } from 'zod';
import type { AppStatus } from '../domain/app-status';
import type { Settings } from '../domain/settings';
import type { Spotlight } from '../domain/spotlight';
import type { BoardChange } from '../domain/board-change';
import { mergeChannelGroups, type Channel } from './channel';
import { appChannels } from './channels/app';
import { workshopChannels } from './channels/workshops';
import { boardChannels } from './channels/boards';
import { suggestionChannels } from './channels/suggestions';
import { votingChannels } from './channels/voting';
import { reportChannels } from './channels/report';
import { matrixChannels } from './channels/matrices';
import type { ExportProgress } from '../domain/report';
import type { Result } from './result';

/**
 * The one table of every call the renderer (and the browser host) can make into main.
 * Main registers a handler per entry; the preload and the HTTP client are generated from it.
 */
export const contract = mergeChannelGroups(appChannels, workshopChannels, boardChannels, suggestionChannels, votingChannels, reportChannels, matrixChannels);

export type Contract = typeof contract;
export type ChannelName = keyof Contract & string;
export const CHANNEL_NAMES = Object.keys(contract) as ChannelName[];

export type InputOf<K extends ChannelName> = z.input<Contract[K]['input']>;
export type ParsedInputOf<K extends ChannelName> = z.output<Contract[K]['input']>;
export type OutputOf<K extends ChannelName> = Contract[K] extends Channel<z.ZodType, infer O> ? O : never;

/** What the renderer sees: one named async function per channel. */
export type AtelierApi = { [K in ChannelName]: (input: InputOf<K>) => Promise<Result<OutputOf<K>>> };

/** Pushes from main to every window, presenter and (filtered) participant. */
export interface EventMap {
  statusChanged: AppStatus;
  /** The settings that changed, with their new values (the others are as they were). */
  settingsChanged: Partial<Settings>;
  /** The list of workshops changed (created, renamed, trashed…). */
  workshopsChanged: Record<string, never>;
  /** One workshop changed (its details, agenda, timer, or its place in the trash): each view reads what it shows. */
  workshopChanged: { id: string; trashed: boolean };
  templatesChanged: Record<string, never>;
  presenterChanged: { workshopId: string | null };
  /** The facilitator changed what the projector spotlights for this workshop. */
  spotlightChanged: { workshopId: string; spotlight: Spotlight };
  /**
   * A workshop's personas or journey maps changed: the new revision and the cards changed (never
   * the whole board, never a picture); a view that cannot apply it reads the board again.
   */
  boardChanged: BoardChange;
  /**
   * A workshop's voting changed; each view reads what it shows. `ballotsOnly`: only ballots and
   * who has voted changed (a vote being cast), not the sessions, their items, rules or phase: a
   * view reads only the turnout (votingTurnout) of `sessionId`, or of every session when it is
   * null (a phone joined or was removed).
   */
  votingChanged: { workshopId: string; sessionId: string | null; ballotsOnly: boolean };
  /** Sharing on the local network started, stopped or moved (URLs, join code): views read the status. */
  sharingChanged: { active: boolean; workshopId: string | null };
  /** Someone joined, connected, disconnected or was removed. */
  participantsChanged: { workshopId: string };
  /** A workshop's next steps changed: views read the list. */
  nextStepsChanged: { workshopId: string };
  /** A workshop's matrices changed (items, placements, axes, undo): views read them. */
  matricesChanged: { workshopId: string };
  /** A PDF export moved on (collecting, rendering, printing, saving, done or failed). */
  exportProgress: ExportProgress;
}
export type EventName = keyof EventMap;
export type AppEvent = { [K in EventName]: { type: K; payload: EventMap[K] } }[EventName];

export function isChannelName(value: unknown): value is ChannelName {
  return typeof value === 'string' && Object.hasOwn(contract, value);
}
