import type { Migration } from '../types';

const migration: Migration = {
  version: 2,
  name: 'workshops',
  up(db) {
    // CHECKs on the enum columns are a last line of defence: services validate first, but a bug
    // must not be able to store a value the row mapping cannot read back.
    // JSON columns (participants, board_defaults, steps) are deliberately not json_valid-checked:
    // the repos read them defensively, so one damaged value degrades to a default instead of
    // making the whole workshop unreadable.
    //
    // current_step_id points at a step of the same workshop. The FK (ON DELETE SET NULL) keeps it
    // from dangling; that the step belongs to this workshop is enforced by the services.
    db.exec(`
      CREATE TABLE workshops (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        client TEXT NOT NULL DEFAULT '',
        date TEXT NOT NULL,
        language TEXT NOT NULL CHECK (language IN ('fr', 'en')),
        facilitator TEXT NOT NULL DEFAULT '',
        participants TEXT NOT NULL DEFAULT '[]',
        template_id TEXT,
        state TEXT NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'finished')),
        archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
        deleted_at TEXT,
        current_step_id TEXT REFERENCES steps (id) ON DELETE SET NULL,
        timer_status TEXT NOT NULL DEFAULT 'idle' CHECK (timer_status IN ('idle', 'running', 'paused')),
        timer_running_since INTEGER,
        timer_elapsed_ms INTEGER NOT NULL DEFAULT 0,
        timer_adjust_ms INTEGER NOT NULL DEFAULT 0,
        board_defaults TEXT NOT NULL DEFAULT '{}',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      -- The list query: WHERE deleted_at IS NULL AND archived = ? ORDER BY date DESC, updated_at DESC, id
      -- reads this index in order, with no sort step.
      CREATE INDEX workshops_list ON workshops (deleted_at, archived, date DESC, updated_at DESC, id);
      -- Lets deleting a step find the workshop whose current step it is without a table scan.
      CREATE INDEX workshops_current_step ON workshops (current_step_id) WHERE current_step_id IS NOT NULL;

      CREATE TABLE steps (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('persona', 'journey', 'voting', 'discussion', 'break')),
        title TEXT NOT NULL,
        instructions TEXT NOT NULL DEFAULT '',
        planned_minutes INTEGER NOT NULL CHECK (planned_minutes >= 1),
        actual_start TEXT,
        actual_end TEXT
      ) STRICT;

      -- Unique: two steps at one position would make the agenda order ambiguous.
      CREATE UNIQUE INDEX steps_by_workshop ON steps (workshop_id, position);

      CREATE TABLE user_templates (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        language TEXT NOT NULL CHECK (language IN ('fr', 'en')),
        steps TEXT NOT NULL DEFAULT '[]',
        board_defaults TEXT NOT NULL DEFAULT '{}',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};

export default migration;
