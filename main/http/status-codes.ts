import type { ErrorCode } from '../../shared/ipc/result';

const STATUS: Record<ErrorCode, number> = {
  invalid_input: 400,
  unknown_channel: 404,
  not_found: 404,
  conflict: 409,
  forbidden: 403,
  unauthorized: 401,
  too_large: 413,
  rate_limited: 429,
  store_unavailable: 503,
  internal: 500,
};

export function httpStatusFor(code: ErrorCode): number {
  return STATUS[code];
}
