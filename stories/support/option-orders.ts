/**
 * Option and conditional orders for stories: contracts near the money from the sandbox's chain,
 * a call vertical's legs (as `<as-option-chain>` hands them to the ticket), and resting orders
 * placed through the API before a story renders (an option order, a spread, a bracket).
 */
import { apiAs, type StoryUser } from './sandbox.ts';

/** A leg as the ticket's `prefillStrategy` takes it (the chain's `as-strategy-select`). */
export interface StoryLeg {
  underlying: string;
  expiration: number;
  kind: 'Call' | 'Put';
  strike: number;
  symbol: string;
  securityId: number;
  side: 'Buy' | 'SellShort';
  ratio: number;
}

interface ChainOption {
  Id: number;
  Symbol: string;
  OptionType: 'Call' | 'Put';
  StrikePrice: number;
  ExpirationDate: string;
}

/** The calls of the nearest expiration, two strikes each side of the money, by strike. */
export async function nearCalls(user: StoryUser, underlying: string): Promise<ChainOption[]> {
  const filter = encodeURIComponent('Range = 2');
  const response = await apiAs(user, `/v1.0/options/optionChain/${underlying}?filter=${filter}`);
  const chain = (await response.json()) as { Expirations: { Options: ChainOption[] }[] };
  return chain.Expirations[0]!.Options.filter((o) => o.OptionType === 'Call').sort(
    (a, b) => a.StrikePrice - b.StrikePrice,
  );
}

const leg = (option: ChainOption, underlying: string, side: StoryLeg['side']): StoryLeg => ({
  underlying,
  expiration: Date.parse(`${option.ExpirationDate.slice(0, 10)}T00:00:00Z`),
  kind: option.OptionType,
  strike: option.StrikePrice,
  symbol: option.Symbol,
  securityId: option.Id,
  side,
  ratio: 1,
});

/** A call debit vertical near the money: buy the lower strike, sell the next one up. */
export async function callVertical(user: StoryUser, underlying: string): Promise<StoryLeg[]> {
  const calls = await nearCalls(user, underlying);
  const middle = Math.max(0, Math.floor(calls.length / 2) - 1);
  return [leg(calls[middle]!, underlying, 'Buy'), leg(calls[middle + 1]!, underlying, 'SellShort')];
}

async function place(user: StoryUser, order: Record<string, unknown>): Promise<void> {
  const response = await apiAs(user, `/v1.0/accounts/${user.accountIds[0]}/orders`, {
    method: 'POST',
    body: JSON.stringify({ TimeInforce: 'Day', ...order }),
  });
  if (!response.ok) throw new Error(`placing a story order: ${response.status}`);
}

/**
 * Resting orders of every kind with legs or contracts: buy to open 2 SPY calls at 0.05, a QQQ
 * call vertical at a net debit of 0.01, and a JPM bracket entered at 100 (all far from the
 * market, so they stay open).
 */
export async function placeOptionAndConditionalOrders(user: StoryUser): Promise<void> {
  const [call] = await nearCalls(user, 'SPY');
  await place(user, { Symbol: call!.Symbol, Side: 'Buy', Type: 'Limit', Price: 0.05, Quantity: 2 });
  const vertical = await callVertical(user, 'QQQ');
  await place(user, {
    Symbol: '',
    Type: 'Limit',
    Price: 0.01,
    Quantity: 1,
    Legs: vertical.map((l) => ({ Symbol: l.symbol, Side: l.side, Quantity: 1 })),
  });
  const day = { Quantity: 5, TimeInforce: 'Day', Symbol: 'JPM' };
  await place(user, {
    Symbol: '',
    Type: 'OneTriggerOneCancelOther',
    Legs: [
      { ...day, Side: 'Buy', Type: 'Limit', Price: 100 },
      { ...day, Side: 'Sell', Type: 'Limit', Price: 300 },
      { ...day, Side: 'Sell', Type: 'Stop', StopPrice: 90 },
    ],
  });
}
