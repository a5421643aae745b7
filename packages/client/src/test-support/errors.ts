/** Test support: a predicate for `assert.rejects` matching an AutoSharesError by code. */
import { AutoSharesError, type AutoSharesErrorCode } from '../errors.ts';

export const isCode =
  (code: AutoSharesErrorCode) =>
  (e: unknown): boolean =>
    e instanceof AutoSharesError && e.code === code;
