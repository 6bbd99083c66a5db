import type { Migration } from '../types';

const migration: Migration = {
  version: 5,
  name: 'next-steps',
  up(db) {
    // The deliverable's action items. Positions are dense 0..n-1 per workshop, kept by the
    // service (not UNIQUE, so a reorder can shift rows one at a time). The domain CHECK mirrors
    // CX_DOMAINS in shared/domain/next-steps.ts.
    db.exec(`
      CREATE TABLE next_steps (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position >= 0),
        text TEXT NOT NULL,
        owner TEXT NOT NULL DEFAULT '',
        due_date TEXT,
        domain TEXT NOT NULL CHECK (domain IN ('strategy', 'customerUnderstanding', 'design', 'measures', 'governance', 'culture')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX next_steps_by_workshop ON next_steps (workshop_id, position);
    `);
  },
};

export default migration;
