import type { Migration } from '../types';

/**
 * The columns each board table hands to the undo journal, frozen with this migration. A later
 * migration that adds a column to one of these tables must recreate its three journal triggers
 * (and may clear board_history, whose snapshots would lack the new column).
 */
const JOURNALED: Record<string, readonly string[]> = {
  personas: ['id', 'workshop_id', 'position', 'name', 'role', 'age_range', 'quote', 'bio', 'is_primary', 'created_at', 'updated_at'],
  persona_avatars: ['persona_id', 'workshop_id', 'kind', 'builtin_key', 'image'],
  persona_sections: ['id', 'workshop_id', 'persona_id', 'position', 'title', 'hidden'],
  journey_maps: ['id', 'workshop_id', 'persona_id', 'position', 'title', 'created_at', 'updated_at'],
  journey_stages: ['id', 'workshop_id', 'map_id', 'position', 'title'],
  journey_lanes: ['id', 'workshop_id', 'map_id', 'position', 'kind', 'title', 'hidden'],
  journey_emotions: ['stage_id', 'workshop_id', 'map_id', 'score', 'note'],
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
  ],
};

/**
 * Undo journal: while a board edit runs, a row in board_recording switches these triggers on and
 * every row the edit touches — cascades and ON DELETE SET NULL included, which hand-written
 * bookkeeping would miss — lands in board_journal as before/after JSON. The service then packs
 * the journal into one board_history entry in the same transaction. Outside an edit (workshop
 * duplicate or purge, undo replay itself) the triggers do nothing.
 */
function journalTriggers(table: string, columns: readonly string[]): string {
  const row = (alias: 'OLD' | 'NEW') => `json_object(${columns.map((c) => `'${c}', ${alias}.${c}`).join(', ')})`;
  const when = 'WHEN EXISTS (SELECT 1 FROM board_recording)';
  return `
    CREATE TRIGGER ${table}_journal_insert AFTER INSERT ON ${table} ${when}
    BEGIN INSERT INTO board_journal (tbl, old, new) VALUES ('${table}', NULL, ${row('NEW')}); END;
    CREATE TRIGGER ${table}_journal_update AFTER UPDATE ON ${table} ${when}
    BEGIN INSERT INTO board_journal (tbl, old, new) VALUES ('${table}', ${row('OLD')}, ${row('NEW')}); END;
    CREATE TRIGGER ${table}_journal_delete AFTER DELETE ON ${table} ${when}
    BEGIN INSERT INTO board_journal (tbl, old, new) VALUES ('${table}', ${row('OLD')}, NULL); END;`;
}

const migration: Migration = {
  version: 3,
  name: 'boards',
  up(db) {
    // Every board table carries workshop_id (cascading from workshops) so a whole board loads with
    // one indexed query per table, and an edit can be checked to stay within its workshop.
    // Positions are dense 0..n-1 per parent, kept by the services; they are deliberately not
    // UNIQUE, because shifting a run of positions row by row would trip a unique index.
    db.exec(`
      CREATE TABLE personas (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position >= 0),
        name TEXT NOT NULL,
        role TEXT NOT NULL DEFAULT '',
        age_range TEXT NOT NULL DEFAULT '',
        quote TEXT NOT NULL DEFAULT '',
        bio TEXT NOT NULL DEFAULT '',
        is_primary INTEGER NOT NULL DEFAULT 0 CHECK (is_primary IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX personas_by_workshop ON personas (workshop_id, position);
      CREATE UNIQUE INDEX personas_one_primary ON personas (workshop_id) WHERE is_primary = 1;

      -- Apart from personas so that editing a persona's name does not copy an image of up to
      -- 5 MB into the undo history twice.
      CREATE TABLE persona_avatars (
        persona_id TEXT PRIMARY KEY REFERENCES personas (id) ON DELETE CASCADE,
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('builtin', 'initials', 'image')),
        builtin_key TEXT,
        image TEXT,
        CHECK ((kind = 'builtin') = (builtin_key IS NOT NULL)),
        CHECK ((kind = 'image') = (image IS NOT NULL))
      ) STRICT;
      CREATE INDEX persona_avatars_by_workshop ON persona_avatars (workshop_id);

      CREATE TABLE persona_sections (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        persona_id TEXT NOT NULL REFERENCES personas (id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position >= 0),
        title TEXT NOT NULL,
        hidden INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1))
      ) STRICT;
      CREATE INDEX persona_sections_by_persona ON persona_sections (persona_id, position);
      CREATE INDEX persona_sections_by_workshop ON persona_sections (workshop_id);

      -- A map outlives the persona it was drawn for: it becomes a generic map.
      CREATE TABLE journey_maps (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        persona_id TEXT REFERENCES personas (id) ON DELETE SET NULL,
        position INTEGER NOT NULL CHECK (position >= 0),
        title TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX journey_maps_by_workshop ON journey_maps (workshop_id, position);
      CREATE INDEX journey_maps_by_persona ON journey_maps (persona_id);

      CREATE TABLE journey_stages (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        map_id TEXT NOT NULL REFERENCES journey_maps (id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position >= 0),
        title TEXT NOT NULL
      ) STRICT;
      CREATE INDEX journey_stages_by_map ON journey_stages (map_id, position);
      CREATE INDEX journey_stages_by_workshop ON journey_stages (workshop_id);

      CREATE TABLE journey_lanes (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        map_id TEXT NOT NULL REFERENCES journey_maps (id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position >= 0),
        kind TEXT NOT NULL CHECK (kind IN ('actions', 'touchpoints', 'thoughts', 'emotion', 'painPoints',
          'momentsOfTruth', 'frontstage', 'backstage', 'opportunities', 'measures', 'custom')),
        title TEXT NOT NULL,
        hidden INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1))
      ) STRICT;
      CREATE INDEX journey_lanes_by_map ON journey_lanes (map_id, position);
      CREATE INDEX journey_lanes_by_workshop ON journey_lanes (workshop_id);

      -- At most one score per stage; a stage without a row has no score.
      CREATE TABLE journey_emotions (
        stage_id TEXT PRIMARY KEY REFERENCES journey_stages (id) ON DELETE CASCADE,
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        map_id TEXT NOT NULL REFERENCES journey_maps (id) ON DELETE CASCADE,
        score INTEGER NOT NULL CHECK (score BETWEEN -2 AND 2),
        note TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX journey_emotions_by_map ON journey_emotions (map_id);
      CREATE INDEX journey_emotions_by_workshop ON journey_emotions (workshop_id);

      -- A card is in exactly one container: a persona section, or a journey cell (map, stage, lane).
      CREATE TABLE cards (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        section_id TEXT REFERENCES persona_sections (id) ON DELETE CASCADE,
        map_id TEXT REFERENCES journey_maps (id) ON DELETE CASCADE,
        stage_id TEXT REFERENCES journey_stages (id) ON DELETE CASCADE,
        lane_id TEXT REFERENCES journey_lanes (id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position >= 0),
        text TEXT NOT NULL,
        color TEXT NOT NULL CHECK (color IN ('yellow', 'pink', 'blue', 'green', 'purple', 'orange', 'grey')),
        author TEXT,
        severity INTEGER CHECK (severity IN (1, 2, 3)),
        moment_of_truth_id TEXT REFERENCES cards (id) ON DELETE SET NULL,
        measure_type TEXT CHECK (measure_type IN ('perception', 'descriptive', 'predictive')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((section_id IS NOT NULL AND map_id IS NULL AND stage_id IS NULL AND lane_id IS NULL)
            OR (section_id IS NULL AND map_id IS NOT NULL AND stage_id IS NOT NULL AND lane_id IS NOT NULL))
      ) STRICT;
      -- "Cards of a container ordered by position": an index range, no sort step.
      CREATE INDEX cards_in_section ON cards (section_id, position);
      CREATE INDEX cards_in_cell ON cards (stage_id, lane_id, position);
      -- Foreign-key lookups on delete (a lane, a map, a moment of truth).
      CREATE INDEX cards_by_lane ON cards (lane_id);
      CREATE INDEX cards_by_map ON cards (map_id);
      CREATE INDEX cards_by_moment ON cards (moment_of_truth_id);
      -- The board load reads a workshop's cards in this order, so a thousand cards need no sort.
      CREATE INDEX cards_by_workshop ON cards (workshop_id, position, id);

      -- One entry per board edit, newest last; undone = 1 marks the redo stack.
      CREATE TABLE board_history (
        id INTEGER PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        action TEXT NOT NULL,
        changes TEXT NOT NULL,
        bytes INTEGER NOT NULL,
        undone INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1)),
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX board_history_by_workshop ON board_history (workshop_id, undone, id);

      -- Scratch space of the edit in progress; empty between transactions.
      CREATE TABLE board_recording (workshop_id TEXT PRIMARY KEY) STRICT;
      CREATE TABLE board_journal (
        seq INTEGER PRIMARY KEY,
        tbl TEXT NOT NULL,
        old TEXT,
        new TEXT
      ) STRICT;
    `);
    for (const [table, columns] of Object.entries(JOURNALED)) db.exec(journalTriggers(table, columns));
  },
};

export default migration;
