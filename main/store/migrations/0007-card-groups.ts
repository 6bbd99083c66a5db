import { journalTriggers } from './journal-triggers';
import type { Migration } from '../types';

/**
 * The columns the undo journal records for the tables this migration changes or adds, frozen
 * with it. A later migration that adds a column to one of them recreates its triggers with a
 * longer list of its own.
 */
export const JOURNALED: Record<'cards' | 'card_groups', readonly string[]> = {
  cards: [
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
  ],
  card_groups: ['id', 'workshop_id', 'section_id', 'map_id', 'stage_id', 'lane_id', 'title', 'collapsed', 'created_at', 'updated_at'],
};

const migration: Migration = {
  version: 7,
  name: 'card-groups',
  up(db) {
    // A group lives in one container, like a card (same CHECK), and goes with it: deleting a
    // section, a stage, a lane or a map deletes its groups. Its cards name it (cards.group_id);
    // a group deleted under them leaves them ungrouped. No position: a group is drawn where its
    // first card sits (shared/domain/card-groups.ts).
    //
    // merged_from holds the duplicates merged into a card as JSON ([{id, text, author,
    // participantId}], oldest first; NULL for none): their ids let votes cast on them count for
    // the card they joined.
    //
    // Older undo entries hold card rows without the two new columns: replaying one leaves them
    // NULL (ungrouped, nothing merged), which is what those cards were, so the history is kept.
    db.exec(`
      CREATE TABLE card_groups (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        section_id TEXT REFERENCES persona_sections (id) ON DELETE CASCADE,
        map_id TEXT REFERENCES journey_maps (id) ON DELETE CASCADE,
        stage_id TEXT REFERENCES journey_stages (id) ON DELETE CASCADE,
        lane_id TEXT REFERENCES journey_lanes (id) ON DELETE CASCADE,
        title TEXT NOT NULL DEFAULT '' CHECK (length(title) <= 120),
        collapsed INTEGER NOT NULL DEFAULT 0 CHECK (collapsed IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((section_id IS NOT NULL AND map_id IS NULL AND stage_id IS NULL AND lane_id IS NULL)
            OR (section_id IS NULL AND map_id IS NOT NULL AND stage_id IS NOT NULL AND lane_id IS NOT NULL))
      ) STRICT;
      CREATE INDEX card_groups_by_workshop ON card_groups (workshop_id, id);
      -- Foreign-key lookups on delete (a section, a map, a stage, a lane).
      CREATE INDEX card_groups_by_section ON card_groups (section_id);
      CREATE INDEX card_groups_by_map ON card_groups (map_id);
      CREATE INDEX card_groups_by_cell ON card_groups (stage_id, lane_id);
      CREATE INDEX card_groups_by_lane ON card_groups (lane_id);

      ALTER TABLE cards ADD COLUMN group_id TEXT REFERENCES card_groups (id) ON DELETE SET NULL;
      ALTER TABLE cards ADD COLUMN merged_from TEXT CHECK (merged_from IS NULL OR json_valid(merged_from));
      CREATE INDEX cards_by_group ON cards (group_id) WHERE group_id IS NOT NULL;
    `);
    for (const [table, columns] of Object.entries(JOURNALED)) db.exec(journalTriggers(table, columns));
  },
};

export default migration;
