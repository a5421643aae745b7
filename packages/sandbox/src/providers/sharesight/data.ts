/**
 * The seeded Sharesight world: two Sharesight users, their portfolios (in AUD, holding US
 * securities of the AutoShares catalogue, so a currency effect shows), holdings, payouts and
 * the figures of the performance report. Static and deterministic: the same request always
 * gets the same numbers.
 */

/** A Sharesight login of the sandbox. */
export interface SharesightUser {
  id: number;
  email: string;
  password: string;
  firstName: string;
  lastName: string;
}

export const SHARESIGHT_DEMO_USER: SharesightUser = {
  id: 7001,
  email: 'demo@autoshares.example',
  password: 'demo1234',
  firstName: 'Dana',
  lastName: 'Demo',
};

export const SHARESIGHT_OTHER_USER: SharesightUser = {
  id: 7002,
  email: 'other@autoshares.example',
  password: 'other1234',
  firstName: 'Olli',
  lastName: 'Other',
};

/** A person who has just signed up: no portfolio yet (the widgets' empty state). */
export const SHARESIGHT_NEW_USER: SharesightUser = {
  id: 7003,
  email: 'new@autoshares.example',
  password: 'new12345',
  firstName: 'Nia',
  lastName: 'New',
};

export const SHARESIGHT_USERS: readonly SharesightUser[] = [
  SHARESIGHT_DEMO_USER,
  SHARESIGHT_OTHER_USER,
  SHARESIGHT_NEW_USER,
];

interface Instrument {
  id: number;
  code: string;
  name: string;
  market_code: 'NASDAQ' | 'NYSE';
  industry: string;
  sector: string;
}

export interface Payout {
  id: number;
  paidOn: string;
  exDate: string;
  /** Amount in the instrument currency (USD). */
  amount: number;
  /** AUD per USD on the paid date. */
  exchangeRate: number;
}

export interface Holding {
  id: number;
  portfolioId: number;
  instrument: Instrument;
  quantity: number;
  /** Average purchase price, USD. */
  costPrice: number;
  /** AUD per USD when bought. */
  costFx: number;
  /** Today's price, USD (the AutoShares catalogue's seed price). */
  price: number;
  payouts: Payout[];
}

export interface Portfolio {
  id: number;
  userId: number;
  name: string;
  inceptionDate: string;
  holdings: Holding[];
}

/** AUD per USD "today" in the sandbox. */
export const AUD_PER_USD = 1.52;

const AUD = { code: 'AUD', id: 1, symbol: '$', qualified_symbol: 'A$' };
const USD = { code: 'USD', id: 5, symbol: '$', qualified_symbol: 'US$' };
export const CURRENCIES = { AUD, USD } as const;

const inst = (
  id: number,
  code: string,
  name: string,
  market: Instrument['market_code'],
  sector: string,
  industry: string,
): Instrument => ({ id, code, name, market_code: market, sector, industry });

const AAPL = inst(24025, 'AAPL', 'Apple Inc.', 'NASDAQ', 'Technology', 'Consumer Electronics');
const MSFT = inst(24026, 'MSFT', 'Microsoft Corporation', 'NASDAQ', 'Technology', 'Software');
const JNJ = inst(24031, 'JNJ', 'Johnson & Johnson', 'NYSE', 'Healthcare', 'Drug Manufacturers');
const KO = inst(24040, 'KO', 'The Coca-Cola Company', 'NYSE', 'Consumer Defensive', 'Beverages');
const PG = inst(
  24039,
  'PG',
  'The Procter & Gamble Company',
  'NYSE',
  'Consumer Defensive',
  'Household',
);

export const PORTFOLIOS: readonly Portfolio[] = [
  {
    id: 481282,
    userId: SHARESIGHT_DEMO_USER.id,
    name: 'AutoShares Demo',
    inceptionDate: '2023-01-16',
    holdings: [
      {
        id: 10036710,
        portfolioId: 481282,
        instrument: AAPL,
        quantity: 40,
        costPrice: 150,
        costFx: 1.45,
        price: 228.52,
        payouts: [
          { id: 91001, paidOn: '2025-02-13', exDate: '2025-02-10', amount: 10, exchangeRate: 1.58 },
          {
            id: 91002,
            paidOn: '2025-05-15',
            exDate: '2025-05-12',
            amount: 10.4,
            exchangeRate: 1.55,
          },
          {
            id: 91003,
            paidOn: '2025-08-14',
            exDate: '2025-08-11',
            amount: 10.4,
            exchangeRate: 1.53,
          },
        ],
      },
      {
        id: 10036711,
        portfolioId: 481282,
        instrument: MSFT,
        quantity: 15,
        costPrice: 310,
        costFx: 1.5,
        price: 421.33,
        payouts: [
          {
            id: 91004,
            paidOn: '2025-03-13',
            exDate: '2025-02-20',
            amount: 12.45,
            exchangeRate: 1.59,
          },
          {
            id: 91005,
            paidOn: '2025-06-12',
            exDate: '2025-05-15',
            amount: 12.45,
            exchangeRate: 1.54,
          },
        ],
      },
      {
        id: 10036712,
        portfolioId: 481282,
        instrument: JNJ,
        quantity: 30,
        costPrice: 165,
        costFx: 1.48,
        price: 160.3,
        payouts: [
          {
            id: 91006,
            paidOn: '2025-03-04',
            exDate: '2025-02-18',
            amount: 37.2,
            exchangeRate: 1.59,
          },
          { id: 91007, paidOn: '2025-06-10', exDate: '2025-05-27', amount: 39, exchangeRate: 1.54 },
        ],
      },
      {
        id: 10036713,
        portfolioId: 481282,
        instrument: KO,
        quantity: 100,
        costPrice: 58,
        costFx: 1.55,
        price: 70.12,
        payouts: [
          { id: 91008, paidOn: '2025-04-01', exDate: '2025-03-14', amount: 51, exchangeRate: 1.6 },
          { id: 91009, paidOn: '2025-07-01', exDate: '2025-06-13', amount: 51, exchangeRate: 1.56 },
        ],
      },
    ],
  },
  {
    id: 481300,
    userId: SHARESIGHT_OTHER_USER.id,
    name: 'Other Family Trust',
    inceptionDate: '2024-03-01',
    holdings: [
      {
        id: 10036800,
        portfolioId: 481300,
        instrument: PG,
        quantity: 200,
        costPrice: 150,
        costFx: 1.5,
        price: 168.4,
        payouts: [
          {
            id: 92001,
            paidOn: '2025-05-15',
            exDate: '2025-04-21',
            amount: 211.4,
            exchangeRate: 1.55,
          },
        ],
      },
    ],
  },
];

/** The portfolios a Sharesight user owns. */
export function portfoliosOf(userId: number): Portfolio[] {
  return PORTFOLIOS.filter((p) => p.userId === userId);
}

/** A portfolio by id if `userId` owns it. */
export function ownedPortfolio(userId: number, portfolioId: number): Portfolio | undefined {
  return PORTFOLIOS.find((p) => p.id === portfolioId && p.userId === userId);
}

/** A holding by id if `userId` owns its portfolio. */
export function ownedHolding(userId: number, holdingId: number): Holding | undefined {
  for (const p of portfoliosOf(userId)) {
    const h = p.holdings.find((x) => x.id === holdingId);
    if (h) return h;
  }
  return undefined;
}

export function findUser(email: string): SharesightUser | undefined {
  return SHARESIGHT_USERS.find((u) => u.email.toLowerCase() === email.trim().toLowerCase());
}

export function userById(id: number): SharesightUser | undefined {
  return SHARESIGHT_USERS.find((u) => u.id === id);
}
