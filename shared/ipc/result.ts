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

export interface AppErrorData {
  code: ErrorCode;
  /** English, developer-facing detail; the UI shows the translation of `code`. */
  message: string;
  /** Dotted path of the offending field, for invalid_input. */
  field?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorData };

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;

  constructor(code: ErrorCode, message: string, field?: string) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.field = field;
  }

  toData(): AppErrorData {
    return this.field === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, field: this.field };
  }
}

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string, field?: string): Result<never> {
  return { ok: false, error: new AppError(code, message, field).toData() };
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
