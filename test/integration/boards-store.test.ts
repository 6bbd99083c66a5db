import { describe, expect, test } from 'vitest';
import { CARDS_IN_CELL, CARDS_IN_SECTION } from '../../main/store/board-cards-repo';
import { rowsOfWorkshopQuery } from '../../main/store/board-tables';
import { LATEST_SCHEMA_VERSION } from '../../main/store/migrations';
import { createMemoryDB, migrateTo } from '../helpers/store';

function plan(sql: string, ...params: unknown[]): string {
  const db = createMemoryDB();
  migrateTo(db, LATEST_SCHEMA_VERSION);
  return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((row) => row.detail).join('\n');
}

describe('board queries', () => {
  test.each([
    ['the cards of a section', CARDS_IN_SECTION, ['s'], 'cards_in_section'],
    ['the cards of a cell', CARDS_IN_CELL, ['st', 'l'], 'cards_in_cell'],
    ['the cards of a whole board', rowsOfWorkshopQuery('cards'), ['w'], 'cards_by_workshop'],
  ])('%s are read from an index in order, with no sort step', (_what, sql, params, index) => {
    const detail = plan(sql, ...params);
    expect(detail).toMatch(new RegExp(`SEARCH cards USING (COVERING )?INDEX ${index}`));
    expect(detail).not.toContain('TEMP B-TREE');
  });
});
