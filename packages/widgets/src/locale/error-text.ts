/**
 * What a user reads for a failure, in the locale in scope: the client's typed errors
 * (`AutoSharesError`, by `code`, and for a refused order by the server's `ErrorDescription`)
 * mapped to the kit's own translated sentences. Where the server gave its own reason (a 409's
 * "Order 12 cannot be canceled: it is Filled", an order rejection the kit has no sentence for),
 * that reason is shown as the server wrote it, inside a translated sentence. Every state view and
 * failure message goes through here (`errorMessage` in `base/view-states.ts`, through
 * `error-message.ts`, which loads this module with the first error).
 */
import {
  DEFAULT_ERROR_MESSAGES,
  isAutoSharesError,
  type AutoSharesError,
  type AutoSharesErrorCode,
} from '@autoshares/client';
import { somethingWentWrong } from './generic-error.ts';
import { msg, str } from './msg.ts';

/** The kit's sentence for each error code. */
const BY_CODE: Record<AutoSharesErrorCode, () => string> = {
  app_key_invalid: () => msg('This site is not set up correctly for AutoShares (invalid app key).'),
  auth_failed: () => msg('Sign-in failed. Check your username and password.'),
  unauthorized: () => msg('Your session has expired. Please sign in again.'),
  validation: () => msg('Some of the details are not valid. Please check them and try again.'),
  not_found: () => msg('That item could not be found.'),
  unsupported_api_version: () => msg('The request is missing information AutoShares requires.'),
  conflict: () => msg('AutoShares could not complete this request.'),
  rate_limited: () => msg('Too many requests right now. Please wait a moment and try again.'),
  server_error: () => msg('AutoShares is having trouble right now. Please try again shortly.'),
  network: () => msg('Cannot reach AutoShares. Check your connection and try again.'),
  timeout: () => msg('AutoShares took too long to respond.'),
  malformed_response: () => msg('AutoShares sent a response that could not be read.'),
  order_rejected: () => msg('The order was not accepted.'),
  aborted: () => msg('The request was cancelled.'),
};

/** The kit's sentence for the order rejection codes it knows (`ErrorDescription`). */
const ORDER_REJECTIONS: Readonly<Record<string, () => string>> = {
  LimitPriceUndefined: () => msg('Enter a limit price for a limit order.'),
  StopPriceUndefined: () => msg('Enter a stop price for a stop order.'),
  QuantityUndefined: () => msg('Enter a quantity greater than zero.'),
  InvalidQuantity: () => msg('Enter a valid quantity.'),
  DayTradingBuyingPowerExceeded: () => msg('This order exceeds your day-trading buying power.'),
  BuyingPowerExceeded: () => msg('This order exceeds your buying power.'),
  InsufficientBuyingPower: () => msg('This order exceeds your buying power.'),
  InsufficientFunds: () => msg('There are not enough funds in this account for this order.'),
  InsufficientShares: () => msg('You do not hold enough shares to sell that quantity.'),
  QuotePriceIsInvalid: () =>
    msg('There is no valid price for this security right now. Try again in a moment.'),
  SymbolNotFound: () => msg('That symbol was not found.'),
  MarketClosed: () => msg('The market is closed for this kind of order.'),
  AccountRestricted: () => msg('This account is not allowed to trade right now.'),
  InvalidOrderType: () => msg('This order type is not allowed for this security.'),
};

/** The kit's sentence for a failed sign-in step (`Step` of a failed `POST /token`). */
const AUTH_STEPS: Readonly<Record<string, () => string>> = {
  VerificationCode: () =>
    msg('The verification code is not valid. Request a new code and try again.'),
  SecurityPin: () => msg('The PIN is not valid.'),
  SecutityPin: () => msg('The PIN is not valid.'),
};

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined;

/** The server's own words, when the client's message is one (a 409, an unknown rejection). */
function serverReason(error: AutoSharesError): string | undefined {
  if (error.code !== 'conflict' && error.code !== 'order_rejected') return undefined;
  const reason =
    error.code === 'order_rejected' ? text(error.details.errorDescriptionText) : error.message;
  return reason && reason !== DEFAULT_ERROR_MESSAGES[error.code] ? reason : undefined;
}

/** A readable message for any error, in the locale in scope. */
export function errorText(error: unknown): string {
  if (!isAutoSharesError(error)) return somethingWentWrong();
  const provider = text(error.details.provider);
  if (provider) return providerErrorText(error, provider);
  if (error.code === 'order_rejected') {
    const known = ORDER_REJECTIONS[text(error.details.errorDescription) ?? ''];
    if (known) return known();
    const reason = serverReason(error);
    return reason ? msg(str`The order was not accepted: ${reason}`) : BY_CODE.order_rejected();
  }
  if (error.code === 'auth_failed') {
    const step = text(error.details.step);
    if (step === 'BaseAuthentication' && /expired/i.test(text(error.details.reason) ?? ''))
      return msg('Your password has expired. Please reset it.');
    const known = AUTH_STEPS[step ?? ''];
    if (known) return known();
  }
  const reason = serverReason(error);
  if (reason) return msg(str`AutoShares refused the request: ${reason}`);
  return (BY_CODE[error.code] ?? BY_CODE.server_error)();
}

/** Another provider's failure (through the host's bridge), naming that provider. */
function providerErrorText(error: AutoSharesError, provider: string): string {
  switch (error.code) {
    case 'unauthorized':
      return msg(str`You are not signed in to ${provider}.`);
    case 'rate_limited':
      return msg(str`Rate limited: ${provider} is receiving too many requests right now.`);
    case 'network':
      return msg(str`Cannot reach ${provider}. Check your connection and try again.`);
    case 'timeout':
      return msg(str`${provider} took too long to respond.`);
    case 'malformed_response':
      return msg(str`${provider} sent a response that could not be read.`);
    case 'server_error':
      return msg(str`${provider} is having trouble right now. Please try again shortly.`);
    default: {
      const reason = text(error.message);
      return reason
        ? msg(str`${provider} refused the request: ${reason}`)
        : msg(str`${provider} could not complete this request.`);
    }
  }
}
