import { test } from 'node:test';
import assert from 'node:assert/strict';
import { commandAck, parseCommand, parseKey, splitKeys, streamerKindForPath } from './protocol.ts';

test('streamerKindForPath knows the two CreateSession paths and nothing else', () => {
  assert.equal(streamerKindForPath('/streamer/quote/CreateSession.txt'), 'quote');
  assert.equal(streamerKindForPath('/streamer/data/CreateSession.txt'), 'data');
  assert.equal(
    streamerKindForPath('/streamer/quote//CreateSession.txt'),
    'quote',
    'a Url with a trailing slash',
  );
  assert.equal(streamerKindForPath('/streamer/quote'), null);
  assert.equal(streamerKindForPath('/streamer/other/CreateSession.txt'), null);
});

test('splitKeys splits on ";", trims, drops blanks and repeats', () => {
  assert.deepEqual(splitKeys('5; 6;;5'), ['5', '6']);
  assert.deepEqual(splitKeys(undefined), []);
});

test('parseKey takes integers only', () => {
  assert.equal(parseKey('140'), 140);
  assert.equal(parseKey('1.5'), null);
  assert.equal(parseKey('AAPL'), null);
});

test('parseCommand reads a JSON object with a string Cmd, tolerating numeric Keys', () => {
  assert.deepEqual(
    parseCommand('{"Cmd":"Subscribe.txt","SessionId":"s","Keys":5,"EntityType":"Quote"}'),
    {
      Cmd: 'Subscribe.txt',
      SessionId: 's',
      Keys: '5',
      EntityType: 'Quote',
    },
  );
  assert.equal(parseCommand('not json'), null);
  assert.equal(parseCommand('{"Keys":"5"}'), null);
  assert.equal(parseCommand('[1]'), null);
});

test('commandAck is Ok when every key was accepted, Error with RejectedKeys otherwise', () => {
  const command = { Cmd: 'Subscribe.txt', SessionId: 's', EntityType: 'Order' };
  assert.deepEqual(commandAck(command, ['1', '2']), {
    Cmd: 'Subscribe.txt',
    StatusCode: 'Ok',
    SessionId: 's',
    EntityType: 'Order',
    Keys: '1;2',
  });
  const refused = commandAck(command, ['1'], ['9']);
  assert.equal(refused.StatusCode, 'Error');
  assert.equal(refused.RejectedKeys, '9');
});
