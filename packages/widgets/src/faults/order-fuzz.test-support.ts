/**
 * Seeded random order-ticket inputs for the fuzz tests, each with what the ticket must do with
 * it: accept it (with the value the user meant) or reject it (with a message for that field).
 * The expectation comes from how the input was made (e.g. "42 written in Devanagari digits"),
 * not from the code under test.
 */

/** A small seeded PRNG (mulberry32), so every run fuzzes the same inputs. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Zero digits of scripts a user might type in (ASCII, full-width, Arabic-Indic, Persian, Devanagari, Bengali, Thai). */
const ZEROS = [0x30, 0xff10, 0x660, 0x6f0, 0x966, 0x9e6, 0xe50];

/** `text` with its ASCII digits written in the script whose zero is `zero`. */
export function inScript(text: string, zero: number): string {
  return text.replace(/[0-9]/g, (d) => String.fromCodePoint(zero + Number(d)));
}

export interface FuzzValue {
  text: string;
  /** What it means: a number the ticket must accept (if otherwise valid), or a reject. */
  expect: { accept: number } | { reject: string };
}

const NON_NUMBERS = [
  'abc',
  '12abc',
  '1,000',
  '1 000',
  '1e3',
  'Infinity',
  'NaN',
  '0x10',
  '½',
  '١٬٠٠٠',
  '--1',
  '+-1',
  '1..2',
  '.',
  '-',
  '<img src=x onerror=alert(1)>',
  '1/2',
  '٣٫٤٫٥',
  '\u22121',
];

/** A quantity for a whole-share security (max 1,000,000 a order). */
export function fuzzQuantity(random: () => number): FuzzValue {
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const script = pick(ZEROS);
  switch (Math.floor(random() * 9)) {
    case 0:
    case 1:
    case 2: {
      const value = 1 + Math.floor(random() ** 3 * 999_999);
      return { text: inScript(String(value), script), expect: { accept: value } };
    }
    case 3:
      return pick([
        { text: '', expect: { reject: 'blank' } },
        { text: '   ', expect: { reject: 'blank' } },
      ]);
    case 4:
      return {
        text: inScript(pick(['0', '-5', '-0.5', '00', '-1000000']), script),
        expect: { reject: 'not positive' },
      };
    case 5:
      return {
        text: inScript(pick(['1000001', '9'.repeat(20), '5000000', '1000000.5']), script),
        expect: { reject: 'huge' },
      };
    case 6:
      return {
        text: inScript(pick(['1.5', '0.25', '10.001']), script),
        expect: { reject: 'fraction' },
      };
    default:
      return { text: pick(NON_NUMBERS), expect: { reject: 'not a number' } };
  }
}

/** A limit price for a security with a 0.01 tick. */
export function fuzzPrice(random: () => number): FuzzValue {
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const script = pick(ZEROS);
  switch (Math.floor(random() * 6)) {
    case 0:
    case 1: {
      const cents = 1 + Math.floor(random() * 99_999);
      const text = (cents / 100).toFixed(2);
      return { text: inScript(text, script), expect: { accept: cents / 100 } };
    }
    case 2:
      return {
        text: inScript(pick(['12.345', '0.001', '1.999']), script),
        expect: { reject: 'off tick' },
      };
    case 3:
      return {
        text: inScript(pick(['0', '-1.00', '0.00']), script),
        expect: { reject: 'not positive' },
      };
    case 4:
      return { text: pick(['', ' ']), expect: { reject: 'blank' } };
    default:
      return { text: pick(NON_NUMBERS), expect: { reject: 'not a number' } };
  }
}
