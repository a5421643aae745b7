/** A security the user picked (a watchlist row, a search result). */
export interface SymbolSelection {
  symbol: string;
  /** AutoShares internal security id, when known. */
  securityId?: number;
}
