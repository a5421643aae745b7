/**
 * A new `ClientId` for a new confirmed action: the key by which a placement whose answer was
 * lost is found again (`orders.findByClientId`), and by which the server refuses a duplicate.
 */
export const newClientId = (): string =>
  globalThis.crypto?.randomUUID?.() ??
  `as-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
