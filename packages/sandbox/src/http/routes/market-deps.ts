/**
 * What the market-side route registrars need from the sandbox deps. Structural, so the app's
 * `SandboxDeps` (whose `world` has `market`, `watchlists`, `alerts`) fits, and tests can pass a
 * small object.
 */
import type { PriceAlerts } from '../../world/alerts.ts';
import type { Market } from '../../world/market/market.ts';
import type { Watchlists } from '../../world/watchlists.ts';

export interface MarketRouteDeps {
  world: { market: Market };
}
export interface WatchlistRouteDeps {
  world: { watchlists: Watchlists };
}
export interface AlertRouteDeps {
  world: { alerts: PriceAlerts };
}
