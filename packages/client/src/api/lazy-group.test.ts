/** Endpoint groups whose code loads on first call: same answers, same errors, no thenable. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lazyGroup } from './lazy-group.ts';

const makeGroup = () => {
  const loads: string[] = [];
  const group = lazyGroup(async () => {
    loads.push('load');
    return {
      double: (n: number) => Promise.resolve(n * 2),
      fail: () => Promise.reject(new RangeError('refused')),
    };
  });
  return { group, loads };
};

test('loads the group once, on the first call, and answers as the group does', async () => {
  const { group, loads } = makeGroup();
  assert.deepEqual(loads, []);
  assert.deepEqual(await Promise.all([group.double(2), group.double(5)]), [4, 10]);
  assert.equal(await group.double(7), 14);
  assert.deepEqual(loads, ['load']);
  await assert.rejects(group.fail(), RangeError);
});

test('is not a promise, and a replaced method is the one called', async () => {
  const { group, loads } = makeGroup();
  assert.equal(await Promise.resolve(group), group);
  group.double = (n: number) => Promise.resolve(n * 3);
  assert.equal(await group.double(2), 6);
  assert.deepEqual(loads, []);
});

test('a method the group does not have rejects with a TypeError naming it', async () => {
  const { group } = makeGroup();
  const unknown = (group as unknown as Record<string, () => Promise<unknown>>).missing!;
  await assert.rejects(unknown(), /No endpoint method "missing"/);
});
