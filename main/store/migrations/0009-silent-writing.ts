import { JOURNALED } from './0007-card-groups';
import { journalTriggers } from './journal-triggers';
import type { Migration } from '../types';

/**
 * The cards table's columns as its undo journal records them from this migration on: the
 * columns of 0007 plus who wrote a card from a phone and whether it is still hidden. One list,
 * used for the three triggers below and matched by BOARD_TABLES in board-tables.ts.
 */
const CARD_COLUMNS: readonly string[] = [...JOURNALED.cards, 'participant_id', 'hidden'];

const migration: Migration = {
  version: 9,
  name: 'silent-writing',
  up(db) {
    // A step run in silence hides the cards written during it until the facilitator reveals them.
    // participant_id is a plain label, not a foreign key: a participant removed by the facilitator
    // keeps authorship of what they wrote, and the phone's right to edit is checked by the service.
    // author_display says how the laptop and the projector name a card's author.
    db.exec(`
      ALTER TABLE steps ADD COLUMN silent INTEGER NOT NULL DEFAULT 0 CHECK (silent IN (0, 1));
      ALTER TABLE cards ADD COLUMN participant_id TEXT;
      ALTER TABLE cards ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1));
      ALTER TABLE workshops ADD COLUMN author_display TEXT NOT NULL DEFAULT 'shown'
        CHECK (author_display IN ('shown', 'initials', 'hidden'));
      CREATE INDEX cards_by_participant ON cards (participant_id) WHERE participant_id IS NOT NULL;
    `);
    // Undo snapshots taken before lack the new columns: replaying one inserts only the columns it
    // has (insertRow), so the others take their defaults (NULL, 0), which is what those cards were.
    db.exec(journalTriggers('cards', CARD_COLUMNS));
  },
};

export default migration;
