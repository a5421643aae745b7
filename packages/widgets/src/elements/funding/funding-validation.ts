/**
 * Pure checks of the funding forms, each with a specific message in the locale in scope: a bank
 * routing number (digits, length, Federal Reserve prefix, ABA checksum), an account number, a
 * transfer amount (positive, cents, the per-transfer limit, the withdrawable cash) and the two
 * micro-deposit amounts.
 */
import { formatMoney } from '../../format/format.ts';
import { parseNumberInput } from '../../format/number-input.ts';
import { msg, str } from '../../locale/msg.ts';

/** The most one ACH transfer may move (dollars). */
export const TRANSFER_LIMIT = 50_000;

/** Federal Reserve routing symbols a routing number starts with: 00–12, 21–32, 61–72, 80. */
function knownPrefix(prefix: number): boolean {
  return (
    prefix <= 12 ||
    (prefix >= 21 && prefix <= 32) ||
    (prefix >= 61 && prefix <= 72) ||
    prefix === 80
  );
}

/** True when the nine digits pass the ABA checksum 3·(d1+d4+d7) + 7·(d2+d5+d8) + (d3+d6+d9) ≡ 0 (mod 10). */
export function abaChecksumOk(digits: string): boolean {
  const d = [...digits].map(Number);
  const sum = 3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + d[2]! + d[5]! + d[8]!;
  return sum % 10 === 0;
}

/** Why a routing number is not valid, or undefined when it is. */
export function routingNumberError(value: string): string | undefined {
  const text = value.trim();
  if (!text) return msg('Enter the routing number.');
  if (!/^\d+$/.test(text)) return msg('A routing number has digits only.');
  if (text.length !== 9)
    return msg(str`A routing number has 9 digits; this one has ${text.length}.`);
  if (!knownPrefix(Number(text.slice(0, 2))))
    return msg('This routing number does not start like a US bank routing number.');
  if (!abaChecksumOk(text))
    return msg('This routing number is mistyped: its check digit does not match.');
  return undefined;
}

/** Why a bank account number is not valid, or undefined when it is. */
export function accountNumberError(value: string): string | undefined {
  const text = value.trim();
  if (!text) return msg('Enter the account number.');
  if (!/^\d+$/.test(text)) return msg('An account number has digits only.');
  if (text.length < 4 || text.length > 17) return msg('An account number has 4 to 17 digits.');
  return undefined;
}

/**
 * A transfer amount as typed, checked; `withdrawable` is set for a withdrawal, `limit` is the
 * most one transfer may move (default the ACH limit).
 */
export function checkAmount(
  text: string,
  options: { withdrawable?: number; locale?: string; limit?: number },
): { amount?: number; error?: string } {
  const parsed = parseNumberInput(text);
  if (parsed.kind === 'empty') return { error: msg('Enter an amount.') };
  if (parsed.kind === 'invalid')
    return { error: msg('Enter the amount in dollars, for example 250.00.') };
  if (parsed.decimals > 2) return { error: msg('Enter the amount in whole cents.') };
  if (parsed.value <= 0) return { error: msg('The amount must be more than zero.') };
  const { withdrawable } = options;
  if (withdrawable !== undefined && parsed.value > withdrawable) {
    const most = formatMoney(Math.max(0, withdrawable), options.locale);
    return { error: msg(str`You can withdraw at most ${most}, your withdrawable cash.`) };
  }
  if (parsed.value > (options.limit ?? TRANSFER_LIMIT)) {
    const limit = formatMoney(options.limit ?? TRANSFER_LIMIT, options.locale);
    return { error: msg(str`One transfer can move at most ${limit}.`) };
  }
  return { amount: Math.round(parsed.value * 100) / 100 };
}

/** One micro-deposit amount (dollars, 0.01–0.99), checked. */
export function checkMicroDeposit(text: string): { amount?: number; error?: string } {
  const parsed = parseNumberInput(text);
  if (parsed.kind === 'empty') return { error: msg('Enter the amount of this deposit.') };
  if (parsed.kind !== 'number' || parsed.decimals > 2 || parsed.value < 0.01 || parsed.value > 0.99)
    return { error: msg('Enter the amount in dollars, between 0.01 and 0.99.') };
  return { amount: parsed.value };
}

/** The add-bank form as typed. */
export interface BankDraft {
  owner: string;
  routing: string;
  account: string;
  /** `Checking` or `Savings`. */
  type: string;
  name: string;
}

export const blankBank = (): BankDraft => ({
  owner: '',
  routing: '',
  account: '',
  type: 'Checking',
  name: '',
});

/** The most characters of a bank account's nickname. */
export const NICKNAME_LIMIT = 50;

/** Why a nickname is not valid (`required` for a rename), or undefined. */
export function nicknameError(value: string, required: boolean): string | undefined {
  const text = value.trim();
  if (required && !text) return msg('Enter a nickname.');
  if (text.length > NICKNAME_LIMIT) return msg('A nickname has at most 50 characters.');
  return undefined;
}

/** The add-bank form's messages by field (empty when it can be sent). */
export function bankErrors(bank: BankDraft): Partial<Record<keyof BankDraft, string>> {
  const errors: Partial<Record<keyof BankDraft, string | undefined>> = {
    owner: bank.owner.trim() ? undefined : msg("Enter the account owner's name."),
    routing: routingNumberError(bank.routing),
    account: accountNumberError(bank.account),
    name: nicknameError(bank.name, false),
  };
  return Object.fromEntries(Object.entries(errors).filter(([, v]) => v)) as Partial<
    Record<keyof BankDraft, string>
  >;
}
