import type { Migration } from '../types';

const migration: Migration = {
  version: 7,
  name: 'prioritisation',
  up(db) {
    // A CHECK cannot be altered in SQLite: the steps table is rebuilt (SQLite's recipe; the runner
    // turns foreign keys off around migrations) so that its kinds include 'prioritisation',
    // mirroring STEP_KINDS in shared/domain/workshop.ts.
    db.exec(`
      CREATE TABLE steps_new (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('persona', 'journey', 'voting', 'prioritisation', 'discussion', 'break')),
        title TEXT NOT NULL,
        instructions TEXT NOT NULL DEFAULT '',
        planned_minutes INTEGER NOT NULL CHECK (planned_minutes >= 1),
        actual_start TEXT,
        actual_end TEXT
      ) STRICT;
      INSERT INTO steps_new (id, workshop_id, position, kind, title, instructions, planned_minutes, actual_start, actual_end)
        SELECT id, workshop_id, position, kind, title, instructions, planned_minutes, actual_start, actual_end FROM steps;
      DROP TABLE steps;
      ALTER TABLE steps_new RENAME TO steps;
      CREATE UNIQUE INDEX steps_by_workshop ON steps (workshop_id, position);
    `);

    // Prioritisation matrices. A matrix snapshots what it took from a vote (text, vote count), like
    // voting items snapshot their cards: session_id and an item's source carry no foreign key, so a
    // vote reopened or a card deleted later changes no matrix. One matrix per agenda step at most.
    // Empty axis labels mean the default words (impact, effort) in the reader's language.
    db.exec(`
      CREATE TABLE matrices (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        step_id TEXT REFERENCES steps (id) ON DELETE SET NULL,
        position INTEGER NOT NULL CHECK (position >= 0),
        title TEXT NOT NULL DEFAULT '',
        vertical_label TEXT NOT NULL DEFAULT '',
        horizontal_label TEXT NOT NULL DEFAULT '',
        session_id TEXT,
        top_n INTEGER CHECK (top_n IS NULL OR top_n >= 1),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX matrices_by_workshop ON matrices (workshop_id, position);
      CREATE UNIQUE INDEX matrices_by_step ON matrices (step_id) WHERE step_id IS NOT NULL;

      -- impact and effort are both set (placed on the grid) or both NULL (waiting in the tray).
      -- source is JSON: {"kind":"voteItem","sessionId","itemId"} | {"kind":"card","cardId"} | {"kind":"group","groupId"}.
      CREATE TABLE matrix_items (
        id TEXT PRIMARY KEY,
        matrix_id TEXT NOT NULL REFERENCES matrices (id) ON DELETE CASCADE,
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position >= 0),
        text TEXT NOT NULL,
        source TEXT NOT NULL,
        votes INTEGER CHECK (votes IS NULL OR votes >= 0),
        members TEXT NOT NULL DEFAULT '[]',
        impact INTEGER CHECK (impact IS NULL OR impact BETWEEN 1 AND 5),
        effort INTEGER CHECK (effort IS NULL OR effort BETWEEN 1 AND 5),
        CHECK ((impact IS NULL) = (effort IS NULL))
      ) STRICT;
      CREATE INDEX matrix_items_by_matrix ON matrix_items (matrix_id, position);

      -- Undo and redo of matrix edits: each entry holds the matrix before and after (JSON, items
      -- included; NULL when it did not exist), so undo writes the "before" back whole.
      CREATE TABLE matrix_history (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        matrix_id TEXT NOT NULL,
        action TEXT NOT NULL,
        before TEXT,
        after TEXT,
        undone INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1)),
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX matrix_history_by_workshop ON matrix_history (workshop_id, undone, seq);
    `);

    // What an action was made from (JSON: a matrix item or a vote result, with its text then), or
    // NULL for an action typed from scratch. No foreign key: the link keeps its text when the
    // priority is removed, and comes back whole when that removal is undone.
    db.exec(`ALTER TABLE next_steps ADD COLUMN source TEXT`);
  },
};

export default migration;
