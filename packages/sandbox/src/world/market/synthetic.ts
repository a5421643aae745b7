/**
 * Synthetic listings for benchmarks and big-portfolio tests (`extraSecurities`): fictional but
 * plausible US common stocks (made-up company names, 4-letter tickers, real sectors and
 * industries, prices, volatilities and volumes in realistic ranges), listed after the real
 * catalogue. Deterministic: the same generator gives the same listings.
 */
import type { Random } from '../random.ts';
import type { CatalogEntry } from './catalog.ts';

/** The most synthetic listings a market takes (ids stay well below the option contract ids). */
export const MAX_EXTRA_SECURITIES = 5000;

/** Two made-up word halves make a company name ("Alder" + "brook" → "Alderbrook"). */
const HEADS = [
  'Alder',
  'Amber',
  'Arrow',
  'Aster',
  'Bayard',
  'Birch',
  'Bright',
  'Cairn',
  'Cedar',
  'Cobalt',
  'Copper',
  'Crest',
  'Delta',
  'Ember',
  'Fallow',
  'Falcon',
  'Fern',
  'Granite',
  'Harbor',
  'Hazel',
  'Iron',
  'Juniper',
  'Kestrel',
  'Lark',
  'Linden',
  'Maple',
  'Meridian',
  'North',
  'Oak',
  'Onyx',
  'Orchard',
  'Pine',
  'Quarry',
  'Raven',
  'Ridge',
  'Sable',
  'Silver',
  'Summit',
  'Thorn',
  'Vale',
  'Willow',
  'Wren',
] as const;
const TAILS = [
  'brook',
  'field',
  'gate',
  'haven',
  'line',
  'mark',
  'mont',
  'point',
  'stone',
  'view',
  'wood',
  'works',
  'core',
  'crest',
  'bridge',
  'ford',
] as const;

/** Real sectors with industries and a fitting word for the company name. */
const SECTORS: { sector: string; industries: [industry: string, noun: string][] }[] = [
  {
    sector: 'Technology',
    industries: [
      ['Semiconductors', 'Semiconductor'],
      ['Software - Application', 'Software'],
      ['Software - Infrastructure', 'Systems'],
      ['Information Technology Services', 'Digital'],
      ['Communication Equipment', 'Networks'],
    ],
  },
  {
    sector: 'Healthcare',
    industries: [
      ['Biotechnology', 'Therapeutics'],
      ['Medical Devices', 'Medical'],
      ['Drug Manufacturers - Specialty & Generic', 'Pharma'],
    ],
  },
  {
    sector: 'Financial Services',
    industries: [
      ['Banks - Regional', 'Bancorp'],
      ['Asset Management', 'Capital'],
      ['Insurance - Property & Casualty', 'Insurance'],
    ],
  },
  {
    sector: 'Consumer Cyclical',
    industries: [
      ['Specialty Retail', 'Retail'],
      ['Restaurants', 'Restaurants'],
      ['Auto Parts', 'Automotive'],
    ],
  },
  {
    sector: 'Consumer Defensive',
    industries: [
      ['Packaged Foods', 'Foods'],
      ['Household & Personal Products', 'Brands'],
    ],
  },
  {
    sector: 'Industrials',
    industries: [
      ['Specialty Industrial Machinery', 'Industries'],
      ['Aerospace & Defense', 'Aerospace'],
      ['Trucking', 'Logistics'],
    ],
  },
  {
    sector: 'Energy',
    industries: [
      ['Oil & Gas E&P', 'Energy'],
      ['Solar', 'Solar'],
    ],
  },
  { sector: 'Communication Services', industries: [['Entertainment', 'Media']] },
  { sector: 'Utilities', industries: [['Utilities - Regulated Electric', 'Power']] },
  { sector: 'Real Estate', industries: [['REIT - Industrial', 'Realty']] },
];

const SERIES = ['Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth'];
const LEGAL = ['Inc.', 'Corp.', 'Holdings, Inc.', 'Group, Inc.', 'Co.'] as const;

/** A log-uniform draw in [min, max). */
const logUniform = (random: Random, min: number, max: number) =>
  Math.exp(random.float(Math.log(min), Math.log(max)));

/**
 * Ticker candidates for a name, most natural first: the first letter plus three later
 * consonants (then any letters) in name order, e.g. "ALDERBROOK" → ALDR, ALDB, …
 */
function* tickerCandidates(name: string): Generator<string> {
  const letters = name.toUpperCase().replace(/[^A-Z]/g, '');
  const first = letters[0] ?? 'X';
  const rest = letters.slice(1);
  const consonants = rest.replace(/[AEIOU]/g, '');
  for (const pool of [consonants, rest]) {
    for (let a = 0; a < pool.length; a++)
      for (let b = a + 1; b < pool.length; b++)
        for (let c = b + 1; c < pool.length; c++) yield first + pool[a] + pool[b] + pool[c];
  }
}

/** A 4-letter ticker nobody holds yet (falls back to first letter + a counter in letters). */
function uniqueTicker(name: string, taken: Set<string>): string {
  for (const candidate of tickerCandidates(name)) if (!taken.has(candidate)) return candidate;
  const first = name[0]?.toUpperCase() ?? 'X';
  for (let n = 0; ; n++) {
    const letters = [n % 26, Math.floor(n / 26) % 26, Math.floor(n / 676) % 26]
      .map((i) => String.fromCharCode(65 + i))
      .join('');
    if (!taken.has(first + letters)) return first + letters;
  }
}

/**
 * `count` synthetic common stocks. `taken` holds the tickers already listed (the real
 * catalogue); the new tickers are added to it, so none collides.
 */
export function syntheticCatalog(
  count: number,
  random: Random,
  taken: Set<string>,
): CatalogEntry[] {
  if (!Number.isInteger(count) || count < 0 || count > MAX_EXTRA_SECURITIES)
    throw new RangeError(`extraSecurities must be an integer from 0 to ${MAX_EXTRA_SECURITIES}.`);
  // Every head/tail pair once, in a seeded order, so names never repeat within a world.
  const pairs = HEADS.flatMap((head) => TAILS.map((tail) => head + tail));
  for (let i = pairs.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [pairs[i], pairs[j]] = [pairs[j], pairs[i]];
  }
  const entries: CatalogEntry[] = [];
  for (let i = 0; i < count; i++) {
    const round = Math.floor(i / pairs.length);
    const base = pairs[i % pairs.length];
    const { sector, industries } = random.pick(SECTORS);
    const [industry, noun] = random.pick(industries);
    // After every pair was used once, later rounds add a series word ("Alderbrook Second …").
    const name = round === 0 ? base : `${base} ${SERIES[round - 1] ?? `No. ${round + 1}`}`;
    const symbol = uniqueTicker(base, taken);
    taken.add(symbol);
    const price = Math.round(logUniform(random, 4, 400) * 100) / 100;
    entries.push({
      symbol,
      description: `${name} ${noun} ${random.pick(LEGAL)}`,
      exchange: random.chance(0.55) ? 'XNAS' : 'XNYS',
      type: 'CommonStock',
      sector,
      industry,
      price,
      vol: Math.round(random.float(0.18, 0.7) * 100) / 100,
      adv: Math.round(logUniform(random, 2e5, 3e7) / 1000) * 1000,
      fractional: random.chance(0.8),
    });
  }
  return entries;
}
