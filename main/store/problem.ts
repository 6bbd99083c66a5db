import type { StoreProblem } from '../../shared/domain/app-status';
import { AppError } from '../../shared/ipc/result';

/**
 * Thrown inside the store when a database must not be used; openStore turns it into an
 * `{ ok: false }` outcome so the app can show the recovery screen instead of crashing.
 */
export class StoreProblemError extends Error {
  readonly problem: StoreProblem;

  constructor(problem: StoreProblem, detail: string) {
    super(oneLine(detail));
    this.name = 'StoreProblemError';
    this.problem = problem;
  }
}

/**
 * Maps an error from SQLite or the file system to the problem the recovery screen explains.
 * `otherwise` covers errors that are neither damage nor I/O, e.g. a migration whose SQL fails
 * on this database's contents.
 */
export function classifyError(
  error: unknown,
  otherwise: StoreProblem = 'unreadable',
): { problem: StoreProblem; detail: string } {
  if (error instanceof StoreProblemError) return { problem: error.problem, detail: error.message };
  const code = errorCode(error);
  const message = error instanceof Error ? error.message : String(error);
  const suffix = code ? ` (${code})` : '';
  // SQLite reports damage both as SQLITE_CORRUPT (and its extended codes) and, when the header
  // survived but the rest did not, as SQLITE_NOTADB.
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return { problem: 'corrupt', detail: oneLine(`The database file is damaged${suffix}: ${message}`) };
  }
  const problem = IO_ERROR.test(code) ? 'unreadable' : otherwise;
  const lead = problem === 'unreadable' ? 'The database file cannot be opened' : 'The database cannot be used';
  return { problem, detail: oneLine(`${lead}${suffix}: ${message}`) };
}

/** SQLite I/O and locking codes, and Node's file-system codes (EACCES, EISDIR, ENOSPC...). */
const IO_ERROR = /^(SQLITE_(IOERR|FULL|READONLY|CANTOPEN|PERM|AUTH|BUSY|LOCKED|NOMEM|NOLFS)|E[A-Z]+$)/;

export function errorCode(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') {
    return error.code;
  }
  return '';
}

/** Details end up in a one-line UI field and in logs. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * A write refused by the disk in the middle of a session — the file or its folder turned
 * read-only, or the disk is full — as an answer the UI can word (error.store.*). The transaction
 * was rolled back, so nothing changed. Null for any other error.
 */
export function storeWriteRefusal(error: unknown): AppError | null {
  const code = errorCode(error);
  if (code.startsWith('SQLITE_READONLY')) {
    return new AppError('store_unavailable', `The database can no longer be written (${code})`, 'store.readOnly');
  }
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') {
    return new AppError('store_unavailable', `The disk is full (${code})`, 'store.full');
  }
  return null;
}
