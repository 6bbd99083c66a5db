import type { Migration } from '../types';

/**
 * The cards table's columns as its undo journal records them from this migration on: the
 * columns of 0003 plus who wrote a card from a phone and whether it is still hidden. One list,
 * used for the three triggers below and matched by BOARD_TABLES in board-tables.ts.
 */
const CARD_COLUMNS: readonly string[] = [
  'id',
  'workshop_id',
  'section_id',
  'map_id',
  'stage_id',
  'lane_id',
  'position',
  'text',
  'color',
  'author',
  'severity',
  'moment_of_truth_id',
  'measure_type',
  'created_at',
  'updated_at',
  'group_id',
  'merged_from',
  'participant_id',
  'hidden',
];

function cardJournalTriggers(): string {
  const row = (alias: 'OLD' | 'NEW') => `json_object(${CARD_COLUMNS.map((c) => `'${c}', ${alias}.${c}`).join(', ')})`;
  const when = 'WHEN EXISTS (SELECT 1 FROM board_recording)';
  return `
    DROP TRIGGER IF EXISTS cards_journal_insert;
    DROP TRIGGER IF EXISTS cards_journal_update;
    DROP TRIGGER IF EXISTS cards_journal_delete;
    CREATE TRIGGER cards_journal_insert AFTER INSERT ON cards ${when}
    BEGIN INSERT INTO board_journal (tbl, old, new) VALUES ('cards', NULL, ${row('NEW')}); END;
    CREATE TRIGGER cards_journal_update AFTER UPDATE ON cards ${when}
    BEGIN INSERT INTO board_journal (tbl, old, new) VALUES ('cards', ${row('OLD')}, ${row('NEW')}); END;
    CREATE TRIGGER cards_journal_delete AFTER DELETE ON cards ${when}
    BEGIN INSERT INTO board_journal (tbl, old, new) VALUES ('cards', ${row('OLD')}, NULL); END;`;
}

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
    db.exec(cardJournalTriggers());
  },
};

export default migration;
