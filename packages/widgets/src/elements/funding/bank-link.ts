/**
 * A linked bank account (ACH relationship) as `<as-funding>` shows it: masked to its last four
 * digits, named, and its status in words.
 */
import type { AchRelationshipResource } from '@autoshares/client';
import { msg } from '../../locale/msg.ts';

export type Link = AchRelationshipResource;

/** Only the last four digits of a bank account number, ever. */
export function maskedNumber(link: Link): string {
  const shown = link.DisplayAccountNumber?.replace(/\d(?=\d{4})/g, '*');
  if (shown) return shown;
  const digits = (link.AccountNumber ?? '').replace(/\D/g, '');
  return digits ? `****${digits.slice(-4)}` : '****';
}

/** The nickname and the masked number (`Everyday checking ****6789`). */
export const linkLabel = (link: Link): string => `${link.Name ?? ''} ${maskedNumber(link)}`.trim();

/** The nickname, else the masked number. */
export const linkName = (link: Link): string => link.Name ?? maskedNumber(link);

/** The links still usable or waiting for verification (not removed). */
export const activeLinks = (links: readonly Link[]): Link[] =>
  links.filter((l) => l.Status !== 'Canceled');

/** The links money can move over (verified). */
export const approvedLinks = (links: readonly Link[]): Link[] =>
  activeLinks(links).filter((l) => l.Status === 'Approved');

/** Where a link is, in words. */
export function linkStatusLabel(link: Link): string {
  switch (link.Status) {
    case 'Pending':
      return msg('Deposits on their way');
    case 'PendingApproval':
      return msg('Awaiting verification');
    case 'Approved':
      return msg('Verified');
    default:
      return link.Status ?? '';
  }
}
