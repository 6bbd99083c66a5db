import type { Migration } from '../types';

const migration: Migration = {
  version: 8,
  name: 'group-voting-items',
  up(db) {
    // A voting item may stand for a card group: source 'group', the group it came from
    // (source_group_id, no foreign key — like source_card_id, an item is a snapshot and outlives
    // the group) and its member cards at the time: their texts (members) and ids (member_card_ids,
    // so revealed votes heat the cards people voted on), two JSON arrays of strings in the same
    // order; both NULL for an item that is not a group. The source CHECK can only change by rebuilding the table
    // (SQLite's recipe: new table, copy, drop, rename, indexes again); the runner turns foreign keys
    // off around migrations and checks them after, and ballot_dots keeps pointing at the same ids.
    db.exec(`
      CREATE TABLE voting_items_new (
        id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES voting_sessions (id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position >= 0),
        text TEXT NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('painPoint', 'frustration', 'typed', 'group')),
        source_card_id TEXT,
        source_group_id TEXT,
        members TEXT,
        member_card_ids TEXT,
        map_id TEXT,
        map_title TEXT,
        stage_id TEXT,
        stage_title TEXT,
        persona_id TEXT,
        persona_name TEXT,
        comment TEXT NOT NULL DEFAULT '',
        CHECK ((source = 'group') = (members IS NOT NULL) AND (members IS NULL) = (member_card_ids IS NULL))
      ) STRICT;
      INSERT INTO voting_items_new (id, session_id, position, text, source, source_card_id, map_id, map_title, stage_id,
                                    stage_title, persona_id, persona_name, comment)
        SELECT id, session_id, position, text, source, source_card_id, map_id, map_title, stage_id, stage_title,
               persona_id, persona_name, comment
        FROM voting_items;
      DROP TABLE voting_items;
      ALTER TABLE voting_items_new RENAME TO voting_items;
      CREATE INDEX voting_items_by_session ON voting_items (session_id, position);
    `);
  },
};

export default migration;
