/**
 * Platform and market-data agreements (`GET /users/{id}/agreements`, `POST …/{agreementId}/sign`).
 * The spec's `AgreementItemResource` is `{Type, CanSkip}` with no id, so the sandbox's
 * `agreementId` is the position of `Type` in the spec's enum (Platform 0, Quotemedia 1, Quodd 2),
 * the number Json.NET binds an enum to. Until a market-data agreement (Quotemedia, Quodd) is
 * signed, the user's quotes are delayed by {@link MARKET_DATA_DELAY_MS}.
 */
import { conflict } from '../../http/errors.ts';
import type { Schemas } from '../../contract.ts';

export type AgreementItemResource = Schemas['AgreementItemResource'];
export type AgreementType = NonNullable<AgreementItemResource['Type']>;

/** The spec's agreement types, in its order (the index is the sandbox's `agreementId`). */
export const AGREEMENT_TYPES = [
  'Platform',
  'Quotemedia',
  'Quodd',
] as const satisfies readonly AgreementType[];
// Every spec value is listed (a new one in the spec fails type checking here).
const _allListed: Exclude<AgreementType, (typeof AGREEMENT_TYPES)[number]> extends never
  ? true
  : never = true;
void _allListed;

/** Agreements whose signature unlocks real-time quotes. */
export const MARKET_DATA_AGREEMENTS: readonly AgreementType[] = ['Quotemedia', 'Quodd'];
/** How late quotes are without a signed market-data agreement: 15 minutes. */
export const MARKET_DATA_DELAY_MS = 15 * 60_000;

export const agreementIdOf = (type: AgreementType): number => AGREEMENT_TYPES.indexOf(type);

export class Agreements {
  private readonly unsigned = new Map<number, Set<AgreementType>>();

  /** Sets the agreements a user has not signed (replacing the previous set). */
  setUnsigned(userId: number, types: readonly AgreementType[]): void {
    if (types.length === 0) this.unsigned.delete(userId);
    else this.unsigned.set(userId, new Set(types));
  }

  /** The user's unsigned agreements, in the spec's order. Market data may be skipped (stay delayed). */
  list(userId: number): AgreementItemResource[] {
    const open = this.unsigned.get(userId);
    return AGREEMENT_TYPES.filter((t) => open?.has(t)).map((Type) => ({
      Type,
      CanSkip: MARKET_DATA_AGREEMENTS.includes(Type),
    }));
  }

  /** Signs an unsigned agreement by id; 409 when the user has no such unsigned agreement. */
  sign(userId: number, agreementId: number): AgreementType {
    const type = AGREEMENT_TYPES[agreementId];
    const open = this.unsigned.get(userId);
    if (!type || !open?.has(type))
      throw conflict(`Agreement ${agreementId} is not waiting for this user's signature.`);
    open.delete(type);
    if (open.size === 0) this.unsigned.delete(userId);
    return type;
  }

  /** How late the user's quotes are: 15 minutes with a market-data agreement unsigned, else 0. */
  quoteDelayMs(userId: number): number {
    const open = this.unsigned.get(userId);
    return open && MARKET_DATA_AGREEMENTS.some((t) => open.has(t)) ? MARKET_DATA_DELAY_MS : 0;
  }
}
