import type { Migration } from '../types';

const migration: Migration = {
  version: 1,
  name: 'settings',
  up(db) {
    // Values are JSON text so a setting can change shape without a migration; the settings
    // service repairs field by field on read.
    db.exec(`
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE schema_migrations (
        version INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        applied_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};

export default migration;
