import { MARKET_DATA_AGREEMENTS, type AgreementType } from '@autoshares/client';
import { msg, str } from '../../locale/msg.ts';
import { QUOTE_DELAY_MINUTES } from '../../base/view-states.ts';

/** True for an agreement that makes quotes real time once signed. */
export function isMarketData(type: string): boolean {
  return (MARKET_DATA_AGREEMENTS as readonly string[]).includes(type);
}

/**
 * An agreement's name in the locale in scope (the data vendor's name is a name, not a word to
 * translate); an unknown `Type` is shown as the server sends it.
 */
export function agreementName(type: AgreementType | string): string {
  switch (type) {
    case 'Platform':
      return msg('Platform agreement');
    case 'Quotemedia':
      return msg(str`Market data agreement (${'QuoteMedia'})`);
    case 'Quodd':
      return msg(str`Market data agreement (${'QUODD'})`);
    default:
      return type;
  }
}

/** What signing it changes, in a sentence. */
export function agreementPurpose(type: AgreementType | string): string {
  if (isMarketData(type))
    return msg(
      str`Gives real-time quotes. Until it is signed, quotes are ${QUOTE_DELAY_MINUTES} minutes late.`,
    );
  if (type === 'Platform') return msg('The terms of use of the trading platform.');
  return msg('An agreement the broker asks you to sign.');
}
