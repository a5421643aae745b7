import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Random, randomFor } from './random.ts';

test('the same seed gives the same sequence; another seed a different one', () => {
  const a = new Random(7);
  const b = new Random(7);
  const c = new Random(8);
  const seqA = Array.from({ length: 20 }, () => a.next());
  const seqB = Array.from({ length: 20 }, () => b.next());
  const seqC = Array.from({ length: 20 }, () => c.next());
  assert.deepEqual(seqA, seqB);
  assert.notDeepEqual(seqA, seqC);
});

test('next() stays in [0, 1) and int() covers its inclusive range', () => {
  const r = new Random(1);
  const seen = new Set<number>();
  for (let i = 0; i < 5000; i++) {
    const x = r.next();
    assert.ok(x >= 0 && x < 1);
    const n = r.int(3, 6);
    assert.ok(n >= 3 && n <= 6 && Number.isInteger(n));
    seen.add(n);
  }
  assert.deepEqual([...seen].sort(), [3, 4, 5, 6]);
});

test('normal() has roughly the requested mean and spread', () => {
  const r = new Random(99);
  const xs = Array.from({ length: 20000 }, () => r.normal(10, 2));
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length);
  assert.ok(Math.abs(mean - 10) < 0.1, `mean ${mean}`);
  assert.ok(Math.abs(sd - 2) < 0.1, `sd ${sd}`);
});

test('pick() returns members and rejects an empty array; fork/randomFor are stable per label', () => {
  const r = new Random(5);
  const items = ['a', 'b', 'c'];
  for (let i = 0; i < 50; i++) assert.ok(items.includes(r.pick(items)));
  assert.throws(() => r.pick([]), RangeError);
  assert.equal(randomFor(1, 'news:AAPL').next(), randomFor(1, 'news:AAPL').next());
  assert.notEqual(randomFor(1, 'news:AAPL').next(), randomFor(1, 'news:MSFT').next());
  assert.equal(new Random(3).fork('x').next(), new Random(3).fork('x').next());
});
