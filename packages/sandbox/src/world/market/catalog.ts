/**
 * The simulated market's instruments: real-looking US large caps across sectors, ETFs, two ADRs and
 * a mutual fund. Prices are reference levels (the seeded walk starts near them), `vol` is annual
 * volatility, `adv` average daily volume in shares. Ids are assigned in list order from 1.
 */
import type { Schemas } from '../../contract.ts';

export type SecurityType = NonNullable<Schemas['EquityResource']['Type']>;

export interface CatalogEntry {
  symbol: string;
  description: string;
  exchange: 'XNAS' | 'XNYS' | 'ARCX' | 'BATS';
  type: SecurityType;
  sector: string;
  industry: string;
  /** Reference price (previous close at start). */
  price: number;
  /** Annualised volatility, e.g. 0.25. */
  vol: number;
  /** Average daily volume, shares. */
  adv: number;
  /** Fractional trading allowed. */
  fractional: boolean;
}

type Row = [
  string,
  string,
  CatalogEntry['exchange'],
  SecurityType,
  string,
  string,
  number,
  number,
  number,
  boolean,
];

const TECH = 'Technology';
const COMM = 'Communication Services';
const CYC = 'Consumer Cyclical';
const DEF = 'Consumer Defensive';
const FIN = 'Financial Services';
const HC = 'Healthcare';
const EN = 'Energy';
const IND = 'Industrials';
const FUND = 'Funds';

// prettier-ignore
const ROWS: Row[] = [
  ['AAPL', 'Apple Inc.', 'XNAS', 'CommonStock', TECH, 'Consumer Electronics', 228.52, 0.25, 55e6, true],
  ['MSFT', 'Microsoft Corporation', 'XNAS', 'CommonStock', TECH, 'Software - Infrastructure', 421.33, 0.22, 20e6, true],
  ['NVDA', 'NVIDIA Corporation', 'XNAS', 'CommonStock', TECH, 'Semiconductors', 135.4, 0.5, 250e6, true],
  ['AMZN', 'Amazon.com, Inc.', 'XNAS', 'CommonStock', CYC, 'Internet Retail', 196.12, 0.3, 40e6, true],
  ['GOOGL', 'Alphabet Inc. Class A', 'XNAS', 'CommonStock', COMM, 'Internet Content & Information', 171.05, 0.28, 25e6, true],
  ['META', 'Meta Platforms, Inc. Class A', 'XNAS', 'CommonStock', COMM, 'Internet Content & Information', 562.8, 0.35, 15e6, true],
  ['TSLA', 'Tesla, Inc.', 'XNAS', 'CommonStock', CYC, 'Auto Manufacturers', 251.44, 0.6, 90e6, true],
  ['BRK.B', 'Berkshire Hathaway Inc. Class B', 'XNYS', 'CommonStock', FIN, 'Insurance - Diversified', 452.1, 0.15, 3.5e6, true],
  ['JPM', 'JPMorgan Chase & Co.', 'XNYS', 'CommonStock', FIN, 'Banks - Diversified', 221.7, 0.2, 9e6, true],
  ['V', 'Visa Inc. Class A', 'XNYS', 'CommonStock', FIN, 'Credit Services', 291.25, 0.18, 6e6, true],
  ['MA', 'Mastercard Incorporated Class A', 'XNYS', 'CommonStock', FIN, 'Credit Services', 512.6, 0.18, 3e6, true],
  ['UNH', 'UnitedHealth Group Incorporated', 'XNYS', 'CommonStock', HC, 'Healthcare Plans', 584.9, 0.22, 3.5e6, true],
  ['JNJ', 'Johnson & Johnson', 'XNYS', 'CommonStock', HC, 'Drug Manufacturers - General', 160.3, 0.14, 7e6, true],
  ['LLY', 'Eli Lilly and Company', 'XNYS', 'CommonStock', HC, 'Drug Manufacturers - General', 882.15, 0.3, 3e6, true],
  ['PFE', 'Pfizer Inc.', 'XNYS', 'CommonStock', HC, 'Drug Manufacturers - General', 28.93, 0.22, 35e6, true],
  ['XOM', 'Exxon Mobil Corporation', 'XNYS', 'CommonStock', EN, 'Oil & Gas Integrated', 118.27, 0.22, 15e6, true],
  ['CVX', 'Chevron Corporation', 'XNYS', 'CommonStock', EN, 'Oil & Gas Integrated', 155.02, 0.22, 8e6, true],
  ['PG', 'The Procter & Gamble Company', 'XNYS', 'CommonStock', DEF, 'Household & Personal Products', 168.4, 0.13, 6e6, true],
  ['KO', 'The Coca-Cola Company', 'XNYS', 'CommonStock', DEF, 'Beverages - Non-Alcoholic', 70.12, 0.13, 12e6, true],
  ['PEP', 'PepsiCo, Inc.', 'XNAS', 'CommonStock', DEF, 'Beverages - Non-Alcoholic', 170.55, 0.14, 5e6, true],
  ['WMT', 'Walmart Inc.', 'XNYS', 'CommonStock', DEF, 'Discount Stores', 80.61, 0.16, 15e6, true],
  ['COST', 'Costco Wholesale Corporation', 'XNAS', 'CommonStock', DEF, 'Discount Stores', 891.3, 0.2, 2e6, true],
  ['HD', 'The Home Depot, Inc.', 'XNYS', 'CommonStock', CYC, 'Home Improvement Retail', 401.78, 0.2, 3e6, true],
  ['MCD', "McDonald's Corporation", 'XNYS', 'CommonStock', CYC, 'Restaurants', 298.66, 0.15, 3e6, true],
  ['NKE', 'NIKE, Inc. Class B', 'XNYS', 'CommonStock', CYC, 'Footwear & Accessories', 79.84, 0.3, 10e6, true],
  ['DIS', 'The Walt Disney Company', 'XNYS', 'CommonStock', COMM, 'Entertainment', 95.2, 0.25, 9e6, true],
  ['NFLX', 'Netflix, Inc.', 'XNAS', 'CommonStock', COMM, 'Entertainment', 702.4, 0.35, 3e6, true],
  ['INTC', 'Intel Corporation', 'XNAS', 'CommonStock', TECH, 'Semiconductors', 22.47, 0.45, 60e6, true],
  ['AMD', 'Advanced Micro Devices, Inc.', 'XNAS', 'CommonStock', TECH, 'Semiconductors', 155.9, 0.5, 45e6, true],
  ['CSCO', 'Cisco Systems, Inc.', 'XNAS', 'CommonStock', TECH, 'Communication Equipment', 57.3, 0.18, 18e6, true],
  ['ORCL', 'Oracle Corporation', 'XNYS', 'CommonStock', TECH, 'Software - Infrastructure', 170.85, 0.3, 8e6, true],
  ['CRM', 'Salesforce, Inc.', 'XNYS', 'CommonStock', TECH, 'Software - Application', 290.1, 0.3, 6e6, true],
  ['ADBE', 'Adobe Inc.', 'XNAS', 'CommonStock', TECH, 'Software - Infrastructure', 512.45, 0.3, 3e6, true],
  ['IBM', 'International Business Machines Corporation', 'XNYS', 'CommonStock', TECH, 'Information Technology Services', 210.2, 0.2, 4e6, true],
  ['BA', 'The Boeing Company', 'XNYS', 'CommonStock', IND, 'Aerospace & Defense', 155.1, 0.35, 8e6, true],
  ['CAT', 'Caterpillar Inc.', 'XNYS', 'CommonStock', IND, 'Farm & Heavy Construction Machinery', 389.7, 0.25, 3e6, true],
  ['GE', 'GE Aerospace', 'XNYS', 'CommonStock', IND, 'Aerospace & Defense', 185.35, 0.28, 5e6, true],
  ['T', 'AT&T Inc.', 'XNYS', 'CommonStock', COMM, 'Telecom Services', 22.31, 0.18, 35e6, true],
  ['VZ', 'Verizon Communications Inc.', 'XNYS', 'CommonStock', COMM, 'Telecom Services', 41.96, 0.18, 18e6, true],
  ['BAC', 'Bank of America Corporation', 'XNYS', 'CommonStock', FIN, 'Banks - Diversified', 42.18, 0.25, 38e6, true],
  ['WFC', 'Wells Fargo & Company', 'XNYS', 'CommonStock', FIN, 'Banks - Diversified', 70.44, 0.25, 17e6, true],
  ['GS', 'The Goldman Sachs Group, Inc.', 'XNYS', 'CommonStock', FIN, 'Capital Markets', 581.9, 0.25, 2.5e6, true],
  ['UBER', 'Uber Technologies, Inc.', 'XNYS', 'CommonStock', TECH, 'Software - Application', 72.15, 0.4, 20e6, true],
  ['PLTR', 'Palantir Technologies Inc. Class A', 'XNAS', 'CommonStock', TECH, 'Software - Infrastructure', 60.3, 0.6, 60e6, true],
  ['SNAP', 'Snap Inc. Class A', 'XNYS', 'CommonStock', COMM, 'Internet Content & Information', 11.22, 0.6, 25e6, false],
  ['F', 'Ford Motor Company', 'XNYS', 'CommonStock', CYC, 'Auto Manufacturers', 10.84, 0.35, 50e6, false],
  ['TSM', 'Taiwan Semiconductor Manufacturing Company Limited', 'XNYS', 'DepositoryReceipt', TECH, 'Semiconductors', 191.6, 0.4, 15e6, true],
  ['BABA', 'Alibaba Group Holding Limited', 'XNYS', 'DepositoryReceipt', CYC, 'Internet Retail', 85.3, 0.45, 15e6, false],
  ['SPY', 'SPDR S&P 500 ETF Trust', 'ARCX', 'ETF', FUND, 'Large Blend', 590.12, 0.15, 45e6, true],
  ['QQQ', 'Invesco QQQ Trust, Series 1', 'XNAS', 'ETF', FUND, 'Large Growth', 505.63, 0.2, 35e6, true],
  ['IWM', 'iShares Russell 2000 ETF', 'ARCX', 'ETF', FUND, 'Small Blend', 231.4, 0.22, 30e6, true],
  ['DIA', 'SPDR Dow Jones Industrial Average ETF Trust', 'ARCX', 'ETF', FUND, 'Large Value', 440.25, 0.14, 3e6, true],
  ['VTI', 'Vanguard Total Stock Market ETF', 'ARCX', 'ETF', FUND, 'Large Blend', 295.8, 0.15, 3.5e6, true],
  ['VOO', 'Vanguard S&P 500 ETF', 'ARCX', 'ETF', FUND, 'Large Blend', 542.7, 0.15, 5e6, true],
  ['XLF', 'Financial Select Sector SPDR Fund', 'ARCX', 'ETF', FUND, 'Financial', 48.06, 0.18, 40e6, true],
  ['XLK', 'Technology Select Sector SPDR Fund', 'ARCX', 'ETF', FUND, 'Technology', 235.2, 0.22, 6e6, true],
  ['XLE', 'Energy Select Sector SPDR Fund', 'ARCX', 'ETF', FUND, 'Equity Energy', 92.45, 0.22, 15e6, true],
  ['GLD', 'SPDR Gold Shares', 'ARCX', 'ETF', FUND, 'Commodities Focused', 245.3, 0.14, 8e6, true],
  ['TLT', 'iShares 20+ Year Treasury Bond ETF', 'XNAS', 'ETF', FUND, 'Long Government', 92.11, 0.15, 35e6, true],
  ['VFIAX', 'Vanguard 500 Index Fund Admiral Shares', 'XNAS', 'MutualFund', FUND, 'Large Blend', 542.35, 0.15, 0, false],
];

/** The catalog in id order (id = index + 1). */
export const CATALOG: readonly CatalogEntry[] = ROWS.map(
  ([symbol, description, exchange, type, sector, industry, price, vol, adv, fractional]) => ({
    symbol,
    description,
    exchange,
    type,
    sector,
    industry,
    price,
    vol,
    adv,
    fractional,
  }),
);
