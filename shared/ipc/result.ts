import type { WorkshopFileProblem } from '../domain/workshop-file';
import type { LogoProblem } from '../domain/branding';

/**
 * Every call across a boundary (IPC, HTTP, WebSocket) answers a Result, never a thrown error:
 * the renderer can then show a translated message for `code` without parsing exception text.
 */
export const ERROR_CODES = [
  'invalid_input',
  'unknown_channel',
  'not_found',
  'conflict',
  'forbidden',
  'unauthorized',
  'too_large',
  'rate_limited',
  'store_unavailable',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * Why, where a caller must tell one refusal from another of the same code: a removed participant
 * (the phone must join again), a data folder that cannot be written (the recovery screen says what
 * to do), or what is wrong with a workshop file (each worded on its own). Code acts on these, never
 * on the message text.
 */
export type ErrorReason =
  | 'participant_removed'
  | 'data_folder_not_writable'
  /** A participant's card edit refused: not their card, the step over, or a card off the current board. */
  | 'not_own_card'
  | 'step_ended'
  | 'not_on_board'
  | `file_${WorkshopFileProblem}`
  | `logo_${LogoProblem}`;

export interface AppErrorData {
  code: ErrorCode;
  /** English, developer-facing detail; the UI shows the translation of `code`. */
  message: string;
  /** Dotted path of the offending field, for invalid_input. */
  field?: string;
  reason?: ErrorReason;
  /** Values the UI's sentence for this error names (a count, a persona's name), never prose. */
  params?: Record<string, string | number>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorData };

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;
  readonly reason: ErrorReason | undefined;
  readonly params: Record<string, string | number> | undefined;

  constructor(code: ErrorCode, message: string, field?: string, reason?: ErrorReason, params?: Record<string, string | number>) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.field = field;
    this.reason = reason;
    this.params = params;
  }

  toData(): AppErrorData {
    return {
      code: this.code,
      message: this.message,
      ...(this.field === undefined ? {} : { field: this.field }),
      ...(this.reason === undefined ? {} : { reason: this.reason }),
      ...(this.params === undefined ? {} : { params: this.params }),
    };
  }
}

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string, field?: string): Result<never> {
  return { ok: false, error: new AppError(code, message, field).toData() };
}
