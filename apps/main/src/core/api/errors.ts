// Errors the Api raises on purpose. Anything else that escapes a handler is reported as `internal`
// with a generic message, so stack traces and secrets never cross to a window.
import type { ApiErrorKind } from '@contract';

export class AppError extends Error {
  readonly kind: ApiErrorKind;
  constructor(kind: ApiErrorKind, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AppError';
    this.kind = kind;
  }
}

/** Shorthand for a 400-style error in a handler. */
export function invalidInput(message: string): AppError {
  return new AppError('invalid_input', message);
}
