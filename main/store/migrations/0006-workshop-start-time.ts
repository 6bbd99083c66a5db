import type { Migration } from '../types';

const migration: Migration = {
  version: 6,
  name: 'workshop-start-time',
  up(db) {
    // The optional planned start ("09:30", local time) that gives every step a clock time. NULL
    // means none: workshops from before have none, and the agenda then shows durations only.
    db.exec(`ALTER TABLE workshops ADD COLUMN start_time TEXT CHECK (start_time IS NULL OR start_time GLOB '[0-2][0-9]:[0-5][0-9]')`);
  },
};

export default migration;
