import { z } from 'zod';
import type { JourneyMap, Persona } from './board';
import type { Matrix } from './matrix';
import type { NextStep } from './next-steps';
import { languageSchema, type Language } from './settings';
import type { Step, Workshop } from './workshop';

/**
 * The deliverable: what a report is made of (ReportData, built by main from the store), which
 * parts the facilitator picked, and what an export answers. The same ReportData feeds the in-app
 * preview and the PDF, so the two cannot drift apart.
 */
export const REPORT_SECTIONS = ['cover', 'synthesis', 'agenda', 'personas', 'journeys', 'voting', 'matrix', 'nextSteps'] as const;
export const reportSectionSchema = z.enum(REPORT_SECTIONS);
export type ReportSection = z.infer<typeof reportSectionSchema>;
/**
 * What a client's deliverable holds unless the facilitator picks otherwise: everything but the
 * agenda as run, which shows the facilitator's overruns and is for the facilitator's own records.
 */
export const DEFAULT_REPORT_SECTIONS: readonly ReportSection[] = REPORT_SECTIONS.filter((section) => section !== 'agenda');

export const PAGE_SIZES = ['A4', 'Letter'] as const;
export const pageSizeSchema = z.enum(PAGE_SIZES);
export type PageSize = z.infer<typeof pageSizeSchema>;

export const reportOptionsSchema = z
  .object({
    sections: z.array(reportSectionSchema).min(1).max(REPORT_SECTIONS.length).default([...DEFAULT_REPORT_SECTIONS]),
    pageSize: pageSizeSchema.default('A4'),
    /** Print a picked section even when it has nothing to show ("no vote revealed yet"). */
    includeEmpty: z.boolean().default(false),
    /** The language of the report's own words; by default the workshop's. */
    language: languageSchema.nullable().default(null),
  })
  .strict();
export type ReportOptions = z.infer<typeof reportOptionsSchema>;

export type ReportWorkshop = Pick<Workshop, 'id' | 'title' | 'client' | 'date' | 'facilitator' | 'participants' | 'state' | 'language'>;

/** One ranked item of a revealed vote. Equal counts share a rank (1, 2, 2, 4). */
export interface ReportVoteItem {
  rank: number;
  /** The card the item was made from, for the heat on the journey map; null for typed items. */
  sourceCardId: string | null;
  /** A group item: the group it stood for and the cards it held, whose journey cards its heat tints. */
  sourceGroupId: string | null;
  memberCardIds: string[];
  tied: boolean;
  text: string;
  votes: number;
  /** Where the item comes from, e.g. the journey stage of a pain point; '' when unknown. */
  context: string;
  /** Pain points: 1 (minor) to 3 (severe). */
  severity: 1 | 2 | 3 | null;
  /** A group item's cards, listed beneath its title; [] for any other item. */
  members: string[];
}

export interface ReportVoteResult {
  id: string;
  title: string;
  participants: number;
  votesCast: number;
  /** When the results were revealed: the latest revealed vote is the one the journey pages and the synthesis show. */
  revealedAt: string | null;
  /** The most dots any item got. */
  maxVotes: number;
  items: ReportVoteItem[];
}

/** The facilitator's firm on the client's pages, from the deliverable settings. */
export interface ReportBranding {
  firmName: string;
  /** A line printed at the foot of every page but the cover; '' for none. */
  footer: string;
  /** '#rrggbb', or null for the report's own accent. */
  accent: string | null;
  /** The logo's image id in `pictures` (print reads) or for the preview's image source; null for none. */
  logoId: string | null;
  /** Whether the pages say they were made with Atelier. */
  mentionAtelier: boolean;
}

export interface ReportData {
  /** The workshop's language: the report speaks it whatever the interface language. */
  language: Language;
  generatedAt: string;
  workshop: ReportWorkshop;
  agenda: Step[];
  personas: Persona[];
  journeys: JourneyMap[];
  /** Revealed votes only: hidden results stay hidden in an interim deliverable too. */
  voting: ReportVoteResult[];
  nextSteps: NextStep[];
  branding: ReportBranding;
  /** The workshop's prioritisation matrices, in creation order, placements and all. */
  matrices: Matrix[];
  /**
   * The pictures (persona avatars) as data URLs by image id, in a read made for printing only:
   * the PDF loads nothing, while the screens fetch each picture by its id.
   */
  pictures?: Record<string, string>;
}

/** Where an exported file went: saved to a path the user chose, or handed to the browser to download. */
export type FileDelivery =
  | { status: 'saved'; path: string; fileName: string; bytes: number; pages: number | null }
  | { status: 'download'; fileName: string; mime: string; dataBase64: string; bytes: number; pages: number | null }
  | { status: 'cancelled' };

export const EXPORT_PHASES = ['collecting', 'rendering', 'printing', 'saving', 'done', 'failed'] as const;
export type ExportPhase = (typeof EXPORT_PHASES)[number];

export interface ExportProgress {
  exportId: string;
  workshopId: string;
  phase: ExportPhase;
  /** 0..100, for a progress bar. */
  percent: number;
}

/** A file name without folders or characters file systems refuse, ending in `extension`. */
export function safeFileName(name: string, extension: string): string {
  const base = name
    .normalize('NFC')
    .replace(/\.[A-Za-z0-9]{1,8}$/, '')
    // Control characters, path separators and the characters Windows forbids.
    .split('')
    .map((char) => (char.charCodeAt(0) < 32 || char.charCodeAt(0) === 127 || '<>:"/\\|?*'.includes(char) ? ' ' : char))
    .join('')
    .replace(/\s+/g, ' ')
    // No leading dots (hidden files, "..") and no trailing dots or spaces (Windows drops them).
    .replace(/^[.\s]+/, '')
    .slice(0, 120)
    .replace(/[.\s]+$/, '');
  return `${base || 'atelier'}.${extension}`;
}
