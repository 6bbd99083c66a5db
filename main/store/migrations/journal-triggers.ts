/**
 * The three undo-journal triggers of one board table (see 0003 for why they exist), recording
 * the given columns. Used by the migrations after 0006 that add a journaled table or a column to
 * one: each passes its own frozen column list and recreates the triggers. 0003 keeps its own copy
 * (shipped migrations are never edited), so this must keep producing the same SQL.
 */
export function journalTriggers(table: string, columns: readonly string[]): string {
  const row = (alias: 'OLD' | 'NEW') => `json_object(${columns.map((c) => `'${c}', ${alias}.${c}`).join(', ')})`;
  const when = 'WHEN EXISTS (SELECT 1 FROM board_recording)';
  return `
    DROP TRIGGER IF EXISTS ${table}_journal_insert;
    DROP TRIGGER IF EXISTS ${table}_journal_update;
    DROP TRIGGER IF EXISTS ${table}_journal_delete;
    CREATE TRIGGER ${table}_journal_insert AFTER INSERT ON ${table} ${when}
    BEGIN INSERT INTO board_journal (tbl, old, new) VALUES ('${table}', NULL, ${row('NEW')}); END;
    CREATE TRIGGER ${table}_journal_update AFTER UPDATE ON ${table} ${when}
    BEGIN INSERT INTO board_journal (tbl, old, new) VALUES ('${table}', ${row('OLD')}, ${row('NEW')}); END;
    CREATE TRIGGER ${table}_journal_delete AFTER DELETE ON ${table} ${when}
    BEGIN INSERT INTO board_journal (tbl, old, new) VALUES ('${table}', ${row('OLD')}, NULL); END;`;
}
