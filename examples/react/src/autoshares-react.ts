/**
 * React wrappers for the AutoShares elements, made with `@lit/react`'s `createComponent`:
 * typed props (the element's properties, e.g. `baseUrl`, `token`, `linkGroup`, `symbol`) and
 * typed event props (`onSymbolSelect` receives a `SymbolSelectEvent`, …). Copy this file into a
 * React app, or generate the same from `@autoshares/widgets/custom-elements.json`.
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import {
  AutoSharesAccountSummary,
  AutoSharesChart,
  AutoSharesOrderTicket,
  AutoSharesPositions,
  AutoSharesQuote,
  AutoSharesSession,
  AutoSharesWatchlist,
  type AuthRequiredEvent,
  type OrderPlacedEvent,
  type SymbolSelectEvent,
  type TradeRequestEvent,
} from '@autoshares/widgets';

const onSymbolSelect = 'as-symbol-select' as EventName<SymbolSelectEvent>;
const onTradeRequest = 'as-trade-request' as EventName<TradeRequestEvent>;

/** `<as-session>`: give it `baseUrl`, `appKey` and a `token` (or `tokenProvider`). */
export const Session = createComponent({
  react: React,
  tagName: 'as-session',
  elementClass: AutoSharesSession,
  events: { onAuthRequired: 'as-auth-required' as EventName<AuthRequiredEvent> },
});

export const Watchlist = createComponent({
  react: React,
  tagName: 'as-watchlist',
  elementClass: AutoSharesWatchlist,
  events: { onSymbolSelect, onTradeRequest },
});

export const Quote = createComponent({
  react: React,
  tagName: 'as-quote',
  elementClass: AutoSharesQuote,
});

export const Chart = createComponent({
  react: React,
  tagName: 'as-chart',
  elementClass: AutoSharesChart,
});

export const Positions = createComponent({
  react: React,
  tagName: 'as-positions',
  elementClass: AutoSharesPositions,
  events: { onSymbolSelect, onTradeRequest },
});

export const AccountSummary = createComponent({
  react: React,
  tagName: 'as-account-summary',
  elementClass: AutoSharesAccountSummary,
});

export const OrderTicket = createComponent({
  react: React,
  tagName: 'as-order-ticket',
  elementClass: AutoSharesOrderTicket,
  events: { onOrderPlaced: 'as-order-placed' as EventName<OrderPlacedEvent> },
});
