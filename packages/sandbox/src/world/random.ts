/**
 * The sandbox's only source of randomness: a small seeded PRNG (mulberry32) with the helpers the
 * world needs. Same seed, same sequence of calls => same numbers, on every platform.
 * Nothing in `src/world/` may call `Math.random()`.
 */

/** A seeded pseudo-random generator. Create one per world (or `fork()` one per concern). */
export class Random {
  private state: number;
  /** A spare standard normal from the last Box-Muller draw (it yields two). */
  private spare: number | null = null;

  /** @param seed any number; non-integers and negatives are folded into 32 bits. */
  constructor(seed: number) {
    this.state = hashSeed(seed);
  }

  /** Next float in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Float in [min, max). */
  float(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /** Integer in [min, max] (both inclusive). */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** true with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** A standard normal draw (mean 0, sd 1) via Box-Muller; scaled when `mean`/`sd` are given. */
  normal(mean = 0, sd = 1): number {
    let z: number;
    if (this.spare !== null) {
      z = this.spare;
      this.spare = null;
    } else {
      let u = this.next();
      while (u <= Number.EPSILON) u = this.next();
      const v = this.next();
      const r = Math.sqrt(-2 * Math.log(u));
      z = r * Math.cos(2 * Math.PI * v);
      this.spare = r * Math.sin(2 * Math.PI * v);
    }
    return mean + sd * z;
  }

  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('Random.pick: empty array');
    return items[Math.floor(this.next() * items.length)];
  }

  /** A new generator seeded from this one plus `salt`, so one concern's draws don't shift another's. */
  fork(salt: number | string = 0): Random {
    return new Random(hashSeed(Math.floor(this.next() * 4294967296) ^ hashSeed(salt)));
  }
}

/** Folds a number or string into a 32-bit seed (FNV-1a over its text for strings). */
export function hashSeed(seed: number | string): number {
  if (typeof seed === 'number' && Number.isInteger(seed)) return seed | 0;
  const text = String(seed);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** A generator derived from a seed and a label, e.g. `randomFor(seed, 'news:AAPL')`: stable per label. */
export function randomFor(seed: number, label: string): Random {
  return new Random(hashSeed(seed) ^ hashSeed(label));
}
