import type { Migration } from '../types';

const migration: Migration = {
  version: 4,
  name: 'voting',
  up(db) {
    // Voting items snapshot their card (text, map, stage, persona) instead of referencing it: a
    // vote is about what people read when they voted, and a card edited, deleted or undone later
    // must change neither the item nor the stored results. So source_card_id and the map/stage
    // ids carry no foreign key.
    //
    // Participants are never deleted while their workshop lives (removed_at instead): their
    // ballots stay counted, and a removed token must keep failing rather than vanish.
    db.exec(`
      CREATE TABLE voting_sessions (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        parent_session_id TEXT REFERENCES voting_sessions (id) ON DELETE SET NULL,
        round INTEGER NOT NULL DEFAULT 1 CHECK (round >= 1),
        title TEXT NOT NULL,
        phase TEXT NOT NULL CHECK (phase IN ('setup', 'open', 'closed', 'revealed')),
        dots_per_voter INTEGER NOT NULL CHECK (dots_per_voter BETWEEN 1 AND 20),
        max_per_item INTEGER NOT NULL CHECK (max_per_item BETWEEN 1 AND 10),
        anonymous INTEGER NOT NULL CHECK (anonymous IN (0, 1)),
        -- The ranked results stored at reveal (JSON); NULL in every other phase.
        results TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        opened_at TEXT,
        closed_at TEXT,
        revealed_at TEXT,
        CHECK ((phase = 'revealed') = (results IS NOT NULL))
      ) STRICT;
      CREATE INDEX voting_sessions_by_workshop ON voting_sessions (workshop_id, created_at);
      CREATE INDEX voting_sessions_by_parent ON voting_sessions (parent_session_id);
      -- Participants vote in "the open session": two at once would make that ambiguous.
      CREATE UNIQUE INDEX voting_sessions_one_open ON voting_sessions (workshop_id) WHERE phase = 'open';

      CREATE TABLE voting_items (
        id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES voting_sessions (id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position >= 0),
        text TEXT NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('painPoint', 'frustration', 'typed')),
        source_card_id TEXT,
        map_id TEXT,
        map_title TEXT,
        stage_id TEXT,
        stage_title TEXT,
        persona_id TEXT,
        persona_name TEXT,
        comment TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX voting_items_by_session ON voting_items (session_id, position);

      CREATE TABLE participants (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        name TEXT,
        -- SHA-256 of the participant's token (hex): a copy of the database admits nobody.
        token_hash TEXT NOT NULL UNIQUE,
        joined_at TEXT NOT NULL,
        last_seen_at TEXT NOT NULL,
        removed_at TEXT
      ) STRICT;
      CREATE INDEX participants_by_workshop ON participants (workshop_id, joined_at);

      -- Phone voters use their participant id as voter id, so the facilitator's view lists a
      -- participant once whether or not they have voted yet.
      CREATE TABLE voters (
        session_id TEXT NOT NULL REFERENCES voting_sessions (id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('phone', 'proxy', 'laptop')),
        name TEXT,
        participant_id TEXT REFERENCES participants (id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        voted_at TEXT,
        PRIMARY KEY (session_id, id),
        CHECK ((kind = 'phone') = (participant_id IS NOT NULL))
      ) STRICT;
      CREATE INDEX voters_by_participant ON voters (participant_id) WHERE participant_id IS NOT NULL;

      CREATE TABLE ballot_dots (
        session_id TEXT NOT NULL,
        voter_id TEXT NOT NULL,
        item_id TEXT NOT NULL REFERENCES voting_items (id) ON DELETE CASCADE,
        count INTEGER NOT NULL CHECK (count BETWEEN 1 AND 10),
        PRIMARY KEY (session_id, voter_id, item_id),
        FOREIGN KEY (session_id, voter_id) REFERENCES voters (session_id, id) ON DELETE CASCADE
      ) STRICT;
      CREATE INDEX ballot_dots_by_item ON ballot_dots (item_id);

      -- The code that admits new participants while sharing is on; deleted when it stops (and at
      -- the next start, should the app have been killed while sharing).
      CREATE TABLE join_codes (
        code TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX join_codes_by_workshop ON join_codes (workshop_id);
    `);
  },
};

export default migration;
