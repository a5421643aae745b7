/**
 * Reports an error thrown by a listener without letting it break the loop that called it:
 * `reportError` where the platform has it (browsers), else `console.error`.
 */
export function reportListenerError(error: unknown): void {
  const reportError = (globalThis as { reportError?: (e: unknown) => void }).reportError;
  if (reportError) reportError(error);
  else console.error(error);
}
