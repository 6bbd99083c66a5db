import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { listBackups } from '../../main/store/backup';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../main/store/migrations';
import { applyMigrations } from '../../main/store/migrations/runner';
import { readSettings, writeSetting } from '../../main/store/settings-repo';
import type { Migration, WritableDB } from '../../main/store/types';
import {
  createMemoryDB,
  createTempDataDir,
  migrateTo,
  openReady,
  openRefused,
  rawConnection,
  schemaOf,
  tableData,
  userVersion,
} from '../helpers/store';

/**
 * Rows a database holds at each version, written with the SQL of that version (the repos follow
 * the latest schema, so they must not be used here), and what must be true of them once migrated
 * to the latest. Add an entry with each new migration.
 */
const fixtures: Record<number, { seed(db: WritableDB): void; check(db: WritableDB): void }> = {
  1: {
    seed: (db) => db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run('language', '"fr"'),
    check: (db) => expect(readSettings(db)).toEqual({ language: 'fr' }),
  },
  2: {
    seed: (db) => {
      db.prepare(
        `INSERT INTO workshops (id, title, date, language, created_at, updated_at)
         VALUES ('w1', 'Parcours client', '2025-03-04', 'fr', '2025-03-01T10:00:00.000Z', '2025-03-01T10:00:00.000Z')`,
      ).run();
      db.prepare(
        `INSERT INTO steps (id, workshop_id, position, kind, title, planned_minutes)
         VALUES ('s1', 'w1', 0, 'persona', 'Personas', 30)`,
      ).run();
    },
    check: (db) => {
      expect(tableData(db, 'workshops')).toMatchObject([{ id: 'w1', title: 'Parcours client' }]);
      expect(tableData(db, 'steps')).toMatchObject([{ id: 's1', workshop_id: 'w1', position: 0, kind: 'persona', title: 'Personas' }]);
    },
  },
  3: {
    seed: (db) => {
      db.exec(`
        INSERT INTO workshops (id, title, date, language, created_at, updated_at)
          VALUES ('w3', 'Personas', '2025-03-04', 'fr', '2025-03-01T10:00:00.000Z', '2025-03-01T10:00:00.000Z');
        INSERT INTO personas (id, workshop_id, position, name, created_at, updated_at)
          VALUES ('p1', 'w3', 0, 'Léa', '2025-03-01T10:00:00.000Z', '2025-03-01T10:00:00.000Z');
        INSERT INTO persona_sections (id, workshop_id, persona_id, position, title) VALUES ('sec1', 'w3', 'p1', 0, 'Besoins');
        INSERT INTO journey_maps (id, workshop_id, persona_id, position, title, created_at, updated_at)
          VALUES ('m1', 'w3', 'p1', 0, 'Parcours — Léa', '2025-03-01T10:00:00.000Z', '2025-03-01T10:00:00.000Z');
        INSERT INTO journey_stages (id, workshop_id, map_id, position, title) VALUES ('st1', 'w3', 'm1', 0, 'Achat');
        INSERT INTO journey_lanes (id, workshop_id, map_id, position, kind, title) VALUES ('l1', 'w3', 'm1', 0, 'painPoints', 'Irritants');
        INSERT INTO journey_emotions (stage_id, workshop_id, map_id, score, note) VALUES ('st1', 'w3', 'm1', -2, 'attente');
        INSERT INTO cards (id, workshop_id, section_id, position, text, color, created_at, updated_at)
          VALUES ('c1', 'w3', 'sec1', 0, 'Gagner du temps', 'yellow', '2025-03-01T10:00:00.000Z', '2025-03-01T10:00:00.000Z');
        INSERT INTO cards (id, workshop_id, map_id, stage_id, lane_id, position, text, color, severity, created_at, updated_at)
          VALUES ('c2', 'w3', 'm1', 'st1', 'l1', 0, 'File d''attente', 'pink', 3, '2025-03-01T10:00:00.000Z', '2025-03-01T10:00:00.000Z');
        INSERT INTO board_history (workshop_id, action, changes, bytes, created_at)
          VALUES ('w3', 'cardCreate', '[]', 2, '2025-03-01T10:00:00.000Z');
      `);
    },
    check: (db) => {
      expect(tableData(db, 'personas')).toMatchObject([{ id: 'p1', name: 'Léa' }]);
      expect(tableData(db, 'cards')).toMatchObject([
        { id: 'c1', section_id: 'sec1', position: 0 },
        { id: 'c2', stage_id: 'st1', lane_id: 'l1', severity: 3 },
      ]);
      expect(tableData(db, 'journey_emotions')).toMatchObject([{ stage_id: 'st1', score: -2 }]);
      expect(tableData(db, 'board_history')).toMatchObject([{ workshop_id: 'w3', undone: 0 }]);
    },
  },
  4: {
    seed: (db) => {
      db.exec(`
        INSERT INTO workshops (id, title, date, language, created_at, updated_at)
          VALUES ('w4', 'Vote', '2025-03-04', 'fr', '2025-03-01T10:00:00.000Z', '2025-03-01T10:00:00.000Z');
        INSERT INTO voting_sessions (id, workshop_id, title, phase, dots_per_voter, max_per_item, anonymous, created_at, updated_at)
          VALUES ('vs1', 'w4', 'Irritants', 'open', 5, 3, 0, '2025-03-01T10:00:00.000Z', '2025-03-01T10:00:00.000Z');
        INSERT INTO voting_items (id, session_id, position, text, source) VALUES ('vi1', 'vs1', 0, 'File d''attente', 'typed');
        INSERT INTO participants (id, workshop_id, name, token_hash, joined_at, last_seen_at)
          VALUES ('pa1', 'w4', 'Léa', 'abc123', '2025-03-01T10:00:00.000Z', '2025-03-01T10:00:00.000Z');
        INSERT INTO voters (session_id, id, kind, name, participant_id, created_at, voted_at)
          VALUES ('vs1', 'pa1', 'phone', 'Léa', 'pa1', '2025-03-01T10:00:00.000Z', '2025-03-01T10:01:00.000Z');
        INSERT INTO ballot_dots (session_id, voter_id, item_id, count) VALUES ('vs1', 'pa1', 'vi1', 3);
        INSERT INTO join_codes (code, workshop_id, created_at) VALUES ('ABCDEF', 'w4', '2025-03-01T10:00:00.000Z');
      `);
    },
    check: (db) => {
      expect(tableData(db, 'voting_sessions')).toMatchObject([{ id: 'vs1', phase: 'open', dots_per_voter: 5 }]);
      expect(tableData(db, 'ballot_dots')).toMatchObject([{ session_id: 'vs1', voter_id: 'pa1', item_id: 'vi1', count: 3 }]);
      expect(tableData(db, 'participants')).toMatchObject([{ id: 'pa1', token_hash: 'abc123', removed_at: null }]);
    },
  },
  5: {
    seed: (db) => {
      db.exec(`
        INSERT INTO workshops (id, title, date, language, created_at, updated_at)
          VALUES ('w5', 'Suites', '2025-03-04', 'fr', '2025-03-01T10:00:00.000Z', '2025-03-01T10:00:00.000Z');
        INSERT INTO next_steps (id, workshop_id, position, text, owner, due_date, domain, created_at, updated_at)
          VALUES ('ns1', 'w5', 0, 'Former l''accueil', 'Léa', '2025-09-01', 'culture', '2025-03-01T10:00:00.000Z', '2025-03-01T10:00:00.000Z');
      `);
    },
    check: (db) => {
      // Actions from before the matrix were typed from scratch: they have no source.
      expect(tableData(db, 'next_steps')).toMatchObject([{ id: 'ns1', workshop_id: 'w5', domain: 'culture', due_date: '2025-09-01', source: null }]);
    },
  },
  6: {
    seed: (db) => {
      db.exec(`
        INSERT INTO workshops (id, title, date, language, start_time, created_at, updated_at)
          VALUES ('w6', 'Matinée', '2025-04-01', 'fr', '09:30', '2025-03-01T10:00:00.000Z', '2025-03-01T10:00:00.000Z');
      `);
    },
    check: (db) => {
      // Workshops from before have no start time; one set keeps it.
      expect((tableData(db, 'workshops') as Record<string, unknown>[]).map((row) => [row.id, row.start_time])).toContainEqual(['w6', '09:30']);
      expect((tableData(db, 'workshops') as Record<string, unknown>[]).filter((row) => row.id !== 'w6').every((row) => row.start_time === null)).toBe(true);
    },
  },
  7: {
    seed: (db) => {
      db.exec(`
        INSERT INTO workshops (id, title, date, language, created_at, updated_at)
          VALUES ('w7', 'Regroupements', '2025-05-01', 'fr', '2025-03-01T10:00:00.000Z', '2025-03-01T10:00:00.000Z');
        INSERT INTO personas (id, workshop_id, position, name, created_at, updated_at)
          VALUES ('p7', 'w7', 0, 'Léa', '2025-03-01T10:00:00.000Z', '2025-03-01T10:00:00.000Z');
        INSERT INTO persona_sections (id, workshop_id, persona_id, position, title) VALUES ('sec7', 'w7', 'p7', 0, 'Besoins');
        INSERT INTO card_groups (id, workshop_id, section_id, title, collapsed, created_at, updated_at)
          VALUES ('g7', 'w7', 'sec7', 'Rapidité', 1, '2025-03-01T10:00:00.000Z', '2025-03-01T10:00:00.000Z');
        INSERT INTO cards (id, workshop_id, section_id, position, text, color, group_id, merged_from, created_at, updated_at)
          VALUES ('c7', 'w7', 'sec7', 0, 'Aller vite', 'yellow', 'g7', '[{"id":"c8","text":"Vite","author":"Marc","participantId":null}]',
                  '2025-03-01T10:00:00.000Z', '2025-03-01T10:00:00.000Z');
      `);
    },
    check: (db) => {
      expect(tableData(db, 'card_groups')).toMatchObject([{ id: 'g7', section_id: 'sec7', title: 'Rapidité', collapsed: 1 }]);
      expect((tableData(db, 'cards') as Record<string, unknown>[]).find((row) => row.id === 'c7')).toMatchObject({ group_id: 'g7' });
      // Cards from before have no group and nothing merged.
      const older = (tableData(db, 'cards') as Record<string, unknown>[]).filter((row) => row.id !== 'c7');
      expect(older.every((row) => row.group_id === null && row.merged_from === null)).toBe(true);
    },
  },
  8: {
    seed: (db) => {
      db.exec(`
        INSERT INTO workshops (id, title, date, language, created_at, updated_at)
          VALUES ('w8', 'Thèmes', '2025-05-01', 'fr', '2025-03-01T10:00:00.000Z', '2025-03-01T10:00:00.000Z');
        INSERT INTO voting_sessions (id, workshop_id, title, phase, dots_per_voter, max_per_item, anonymous, created_at, updated_at)
          VALUES ('vs8', 'w8', 'Thèmes', 'setup', 5, 3, 0, '2025-03-01T10:00:00.000Z', '2025-03-01T10:00:00.000Z');
        INSERT INTO voting_items (id, session_id, position, text, source, source_group_id, members, member_card_ids)
          VALUES ('vi8', 'vs8', 0, 'Attente', 'group', 'g8', '["Attente trop longue","File d''attente"]', '["c81","c82"]');
        INSERT INTO voting_items (id, session_id, position, text, source) VALUES ('vi8b', 'vs8', 1, 'Parking', 'typed');
      `);
    },
    check: (db) => {
      expect(tableData(db, 'voting_items')).toContainEqual(
        expect.objectContaining({ id: 'vi8', source: 'group', source_group_id: 'g8', members: '["Attente trop longue","File d\'attente"]' }),
      );
      expect(tableData(db, 'voting_items')).toContainEqual(expect.objectContaining({ id: 'vi8b', source: 'typed', source_group_id: null, members: null }));
      },
    },
  9: {
    seed: (db) => {
      db.exec(`
        INSERT INTO workshops (id, title, date, language, author_display, created_at, updated_at)
          VALUES ('w9', 'En silence', '2025-04-01', 'fr', 'initials', '2025-03-01T10:00:00.000Z', '2025-03-01T10:00:00.000Z');
        INSERT INTO steps (id, workshop_id, position, kind, title, planned_minutes, silent)
          VALUES ('s9', 'w9', 0, 'persona', 'Besoins', 7, 1);
        INSERT INTO personas (id, workshop_id, position, name, created_at, updated_at)
          VALUES ('p9', 'w9', 0, 'Léa', '2025-03-01T10:00:00.000Z', '2025-03-01T10:00:00.000Z');
        INSERT INTO persona_sections (id, workshop_id, persona_id, position, title) VALUES ('sec9', 'w9', 'p9', 0, 'Besoins');
        INSERT INTO cards (id, workshop_id, section_id, position, text, color, author, participant_id, hidden, created_at, updated_at)
          VALUES ('c9', 'w9', 'sec9', 0, 'Payer sans attendre', 'yellow', 'Léa', 'pa9', 1, '2025-03-01T10:00:00.000Z', '2025-03-01T10:00:00.000Z');
      `);
    },
    check: (db) => {
      const rows = tableData(db, 'workshops') as Record<string, unknown>[];
      expect(rows.map((row) => [row.id, row.author_display])).toContainEqual(['w9', 'initials']);
      expect(rows.filter((row) => row.id !== 'w9').every((row) => row.author_display === 'shown')).toBe(true);
      expect(tableData(db, 'steps')).toContainEqual(expect.objectContaining({ id: 's9', silent: 1 }));
      expect((tableData(db, 'steps') as Record<string, unknown>[]).filter((row) => row.id !== 's9').every((row) => row.silent === 0)).toBe(true);
      expect(tableData(db, 'cards')).toContainEqual(expect.objectContaining({ id: 'c9', participant_id: 'pa9', hidden: 1 }));
      expect((tableData(db, 'cards') as Record<string, unknown>[]).filter((row) => row.id !== 'c9').every((row) => row.hidden === 0 && row.participant_id === null)).toBe(true);
      },
    },
  10: {
    seed: (db) => {
      db.exec(`
        INSERT INTO workshops (id, title, date, language, created_at, updated_at)
          VALUES ('w10', 'Priorités', '2025-04-01', 'fr', '2025-03-01T10:00:00.000Z', '2025-03-01T10:00:00.000Z');
        INSERT INTO steps (id, workshop_id, position, kind, title, planned_minutes, silent)
          VALUES ('s10', 'w10', 0, 'prioritisation', 'Impact × effort', 20, 0);
        INSERT INTO matrices (id, workshop_id, step_id, position, session_id, top_n, created_at, updated_at)
          VALUES ('mx1', 'w10', 's10', 0, 'vs1', 5, '2025-03-01T10:00:00.000Z', '2025-03-01T10:00:00.000Z');
        INSERT INTO matrix_items (id, matrix_id, workshop_id, position, text, source, votes, impact, effort)
          VALUES ('mi1', 'mx1', 'w10', 0, 'File d''attente', '{"kind":"voteItem","sessionId":"vs1","itemId":"vi1"}', 7, 4, 2);
        INSERT INTO next_steps (id, workshop_id, position, text, domain, source, created_at, updated_at)
          VALUES ('ns10', 'w10', 0, 'Ouvrir un 2e guichet', 'design', '{"kind":"matrixItem","matrixId":"mx1","itemId":"mi1","text":"File d''attente"}',
                  '2025-03-01T10:00:00.000Z', '2025-03-01T10:00:00.000Z');
      `);
    },
    check: (db) => {
      expect(tableData(db, 'matrix_items')).toMatchObject([{ id: 'mi1', impact: 4, effort: 2, votes: 7 }]);
      expect((tableData(db, 'steps') as Record<string, unknown>[]).find((row) => row.id === 's10')).toMatchObject({ kind: 'prioritisation' });
    },
  },
  11: {
    seed: (db) => {
      db.exec(`
        INSERT INTO workshops (id, title, date, language, created_at, updated_at)
          VALUES ('w11', 'Couleurs', '2025-04-01', 'fr', '2025-03-01T10:00:00.000Z', '2025-03-01T10:00:00.000Z');
        INSERT INTO personas (id, workshop_id, position, name, created_at, updated_at)
          VALUES ('p11', 'w11', 0, 'Léa', '2025-03-01T10:00:00.000Z', '2025-03-01T10:00:00.000Z');
        INSERT INTO persona_sections (id, workshop_id, persona_id, position, title, color) VALUES ('sec11', 'w11', 'p11', 0, 'Besoins', 'green');
      `);
    },
    check: (db) => {
      const sections = tableData(db, 'persona_sections') as Record<string, unknown>[];
      expect(sections.find((row) => row.id === 'sec11')).toMatchObject({ color: 'green' });
      // Sections from before follow their template's colour.
      expect(sections.filter((row) => row.id !== 'sec11').every((row) => row.color === null)).toBe(true);
    },
  },
};

const [settingsMigration] = MIGRATIONS;
if (!settingsMigration) throw new Error('Migration 1 is missing');

function migration(version: number, name: string, up: (db: WritableDB) => void): Migration {
  return { version, name, up };
}

const failing = (version: number) =>
  migration(version, 'boom', () => {
    throw new Error('this migration always fails');
  });

const addsExampleTable = migration(2, 'example-table', (db) => {
  db.exec('CREATE TABLE example (id TEXT PRIMARY KEY, title TEXT NOT NULL) STRICT');
});

function freshSchema(): ReturnType<typeof schemaOf> {
  const db = createMemoryDB();
  migrateTo(db, LATEST_SCHEMA_VERSION);
  return schemaOf(db);
}

describe('migrating the schema', () => {
  test('every version has a fixture, so the next test covers real rows', () => {
    for (const { version } of MIGRATIONS) expect(fixtures[version], `fixture for version ${version}`).toBeDefined();
  });

  test.each(Array.from({ length: LATEST_SCHEMA_VERSION + 1 }, (_, version) => version))(
    'a database at version %i reaches the latest schema and keeps its rows',
    (version) => {
      const db = createMemoryDB();
      migrateTo(db, version);
      fixtures[version]?.seed(db);

      applyMigrations(db, MIGRATIONS);

      expect(userVersion(db)).toBe(LATEST_SCHEMA_VERSION);
      expect(schemaOf(db)).toEqual(freshSchema());
      fixtures[version]?.check(db);
    },
  );

  test('an empty database records every migration it ran', () => {
    const db = createMemoryDB();
    const report = applyMigrations(db, MIGRATIONS, new Date('2025-01-02T03:04:05.000Z'));

    expect(report).toEqual({ from: 0, to: LATEST_SCHEMA_VERSION, applied: MIGRATIONS.map((m) => m.version) });
    expect(tableData(db, 'schema_migrations')).toEqual(
      MIGRATIONS.map((m) => ({ version: m.version, name: m.name, applied_at: '2025-01-02T03:04:05.000Z' })),
    );
  });

  test('an up-to-date database is left alone', () => {
    const db = createMemoryDB();
    migrateTo(db, LATEST_SCHEMA_VERSION);
    expect(applyMigrations(db, MIGRATIONS).applied).toEqual([]);
  });

  test('a failing migration rolls back the whole run and leaves user_version unchanged', () => {
    const db = createMemoryDB();
    expect(() => applyMigrations(db, [settingsMigration, failing(2)])).toThrow(/Migration 2 \(boom\) failed/);
    expect(userVersion(db)).toBe(0);
    expect(schemaOf(db)).toEqual([]);
  });

  test('a failing migration after a successful one in the same run undoes both', () => {
    const db = createMemoryDB();
    applyMigrations(db, [settingsMigration]);
    writeSetting(db, 'muted', true);

    expect(() => applyMigrations(db, [settingsMigration, addsExampleTable, failing(3)])).toThrow();

    expect(userVersion(db)).toBe(1);
    expect(schemaOf(db).map((entry) => entry.name)).not.toContain('example');
    expect(readSettings(db)).toEqual({ muted: true });
  });

  test('a migration that leaves a dangling foreign key is rolled back, and foreign keys stay on', () => {
    const db = createMemoryDB();
    db.pragma('foreign_keys = ON');
    applyMigrations(db, [settingsMigration]);
    const dangling = migration(2, 'dangling', (tx) => {
      tx.exec(`
        CREATE TABLE parents (id INTEGER PRIMARY KEY);
        CREATE TABLE children (id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL REFERENCES parents(id));
        INSERT INTO children (id, parent_id) VALUES (1, 42);
      `);
    });

    expect(() => applyMigrations(db, [settingsMigration, dangling])).toThrow(/foreign key/);
    expect(userVersion(db)).toBe(1);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  });
});

describe('migrating at open', () => {
  test('a database with pending migrations is backed up first, then migrated', async () => {
    const dataDir = createTempDataDir();
    const old = await openReady(dataDir, { migrations: [settingsMigration] });
    old.transaction((db) => writeSetting(db, 'language', 'en'));
    await old.close({ backup: false });

    const store = await openReady(dataDir, { migrations: [settingsMigration, addsExampleTable] });

    expect(store.schemaVersion).toBe(2);
    const backups = listBackups(dataDir);
    expect(backups.map((b) => b.reason)).toEqual(['pre-migration']);
    const [backup] = backups;
    const copy = rawConnection(path.join(dataDir, 'backups', backup?.name ?? ''), { readonly: true });
    expect(userVersion(copy)).toBe(1);
    expect(readSettings(copy)).toEqual({ language: 'en' });
  });

  test('a brand new database is not backed up before its first migration', async () => {
    const dataDir = createTempDataDir();
    await openReady(dataDir);
    expect(listBackups(dataDir)).toEqual([]);
  });

  test('a migration that fails at open is reported and the database stays at its version', async () => {
    const dataDir = createTempDataDir();
    const old = await openReady(dataDir, { migrations: [settingsMigration] });
    await old.close({ backup: false });

    const outcome = await openRefused(dataDir, { migrations: [settingsMigration, failing(2)] });

    expect(outcome.problem).toBe('corrupt');
    expect(outcome.detail).toContain('Migration 2 (boom) failed');
    expect(userVersion(rawConnection(outcome.dbPath, { readonly: true }))).toBe(1);
  });
});

describe('the section colours of migration 11', () => {
  test('move from settings.sectionColors onto the sections they name; the rest is dropped with the setting', () => {
    const db = createMemoryDB();
    migrateTo(db, 10);
    db.exec(`
      INSERT INTO workshops (id, title, date, language, created_at, updated_at)
        VALUES ('w', 'Couleurs', '2025-04-01', 'fr', '2025-03-01T10:00:00.000Z', '2025-03-01T10:00:00.000Z');
      INSERT INTO personas (id, workshop_id, position, name, created_at, updated_at)
        VALUES ('p', 'w', 0, 'Léa', '2025-03-01T10:00:00.000Z', '2025-03-01T10:00:00.000Z');
      INSERT INTO persona_sections (id, workshop_id, persona_id, position, title) VALUES
        ('needs1', 'w', 'p', 0, 'Besoins'), ('wants1', 'w', 'p', 1, 'Envies'), ('goals1', 'w', 'p', 2, 'Objectifs'), ('other1', 'w', 'p', 3, 'Budget');
    `);
    writeSetting(db, 'language', 'fr');
    // One chosen colour, one for a section this database does not hold, one that is no card colour, one not text.
    writeSetting(db, 'sectionColors', { needs1: 'green', gone12: 'pink', wants1: 'gold', goals1: 3 });

    applyMigrations(db, MIGRATIONS);

    const colors = Object.fromEntries((tableData(db, 'persona_sections') as { id: string; color: string | null }[]).map((row) => [row.id, row.color]));
    expect(colors).toEqual({ goals1: null, needs1: 'green', other1: null, wants1: null });
    expect(readSettings(db)).toEqual({ language: 'fr' });
  });

  test.each([
    ['not JSON', '{not json'],
    ['a list', '["needs1"]'],
    ['a string', '"green"'],
  ])('leave every section on its template colour when the setting is %s, and drop it', (_what, value) => {
    const db = createMemoryDB();
    migrateTo(db, 10);
    db.exec(`
      INSERT INTO workshops (id, title, date, language, created_at, updated_at)
        VALUES ('w', 'Couleurs', '2025-04-01', 'fr', '2025-03-01T10:00:00.000Z', '2025-03-01T10:00:00.000Z');
      INSERT INTO personas (id, workshop_id, position, name, created_at, updated_at)
        VALUES ('p', 'w', 0, 'Léa', '2025-03-01T10:00:00.000Z', '2025-03-01T10:00:00.000Z');
      INSERT INTO persona_sections (id, workshop_id, persona_id, position, title) VALUES ('needs1', 'w', 'p', 0, 'Besoins');
    `);
    db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run('sectionColors', value);

    applyMigrations(db, MIGRATIONS);

    expect(tableData(db, 'persona_sections')).toMatchObject([{ id: 'needs1', color: null }]);
    expect(db.prepare('SELECT count(*) FROM settings').pluck().get()).toBe(0);
  });

  test('journal a colour change for undo, before and after', () => {
    const db = createMemoryDB();
    migrateTo(db, LATEST_SCHEMA_VERSION);
    db.exec(`
      INSERT INTO workshops (id, title, date, language, created_at, updated_at)
        VALUES ('w', 'Couleurs', '2025-04-01', 'fr', '2025-03-01T10:00:00.000Z', '2025-03-01T10:00:00.000Z');
      INSERT INTO personas (id, workshop_id, position, name, created_at, updated_at)
        VALUES ('p', 'w', 0, 'Léa', '2025-03-01T10:00:00.000Z', '2025-03-01T10:00:00.000Z');
      INSERT INTO persona_sections (id, workshop_id, persona_id, position, title) VALUES ('needs1', 'w', 'p', 0, 'Besoins');
      INSERT INTO board_recording (workshop_id) VALUES ('w');
      UPDATE persona_sections SET color = 'green' WHERE id = 'needs1';
    `);
    const journal = db.prepare('SELECT tbl, old, new FROM board_journal').all() as { tbl: string; old: string; new: string }[];
    expect(journal.map((row) => [row.tbl, JSON.parse(row.old).color, JSON.parse(row.new).color])).toEqual([['persona_sections', null, 'green']]);
  });
});
