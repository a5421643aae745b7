/**
 * **Hand-written** (the spec types `Operator` and `Field` of `PriceAlertEditableModel` as plain
 * strings): the values the documentation lists (api-reference §8). The alert `State` enum is in
 * the spec (`PRICE_ALERT_STATES`, generated).
 */

/** `Operator`: `GTEQ` (value ≥ `Argument`) or `LTEQ` (value ≤ `Argument`). */
export const PRICE_ALERT_OPERATORS = ['GTEQ', 'LTEQ'] as const;
export type PriceAlertOperator = (typeof PRICE_ALERT_OPERATORS)[number];

/** `Field`: the quote field the alert watches. */
export const PRICE_ALERT_FIELDS = ['Last', 'Bid', 'Ask'] as const;
export type PriceAlertField = (typeof PRICE_ALERT_FIELDS)[number];
