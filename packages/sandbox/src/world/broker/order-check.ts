/**
 * Order verification: the business rules behind `POST A/preview/orders` (and the check a placed
 * order goes through before it is accepted), for single orders (`verify.ts`) and orders with
 * legs (`combos.ts`). A rule failure is not an HTTP error: the preview answers 200 with
 * `IsSuccessful:false`, an `ErrorDescription` code and readable text.
 */
import { checkCombo, CONDITIONAL_TYPES, previewCombo } from './combos.ts';
import type { EquityResource, OrderInput, OrderPreviewResource } from './types.ts';
import {
  checkSingle,
  previewSingle,
  verdictOf,
  type CheckMode,
  type Rejection,
  type VerifyContext,
} from './verify.ts';

/** Does this order have legs (a multi-leg or conditional order)? */
const hasLegs = (input: OrderInput): boolean =>
  input.legs !== undefined || CONDITIONAL_TYPES.has(input.type);

/** Checks the business rules; null when the order may be placed. */
export function checkOrder(
  input: OrderInput,
  ctx: VerifyContext,
  security: EquityResource | null,
  mode: CheckMode = {},
): Rejection | null {
  const { account } = ctx;
  if (account.model.AccessType === 'ReadOnly' || account.model.Enabled === false) {
    return { code: 'AccountRestricted', text: 'This account cannot place orders.' };
  }
  return hasLegs(input) ? checkCombo(input, ctx) : checkSingle(input, ctx, security, mode);
}

/** The full `OrderPreviewResource` for an order: costs, commission, margin, quotes, and the verdict. */
export function previewOrder(input: OrderInput, ctx: VerifyContext): OrderPreviewResource {
  const security = input.symbol ? ctx.market.security(input.symbol) : null;
  const verdict = verdictOf(checkOrder(input, ctx, security));
  return hasLegs(input) ? previewCombo(input, ctx, verdict) : previewSingle(input, ctx, verdict);
}
