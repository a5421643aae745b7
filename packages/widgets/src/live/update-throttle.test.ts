import { expect } from '@open-wc/testing';
import { waitUntil } from '../test/wait.ts';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { UpdateThrottle } from './update-throttle.ts';

/** A host that counts the updates it is asked for. */
function fakeHost() {
  const controllers: ReactiveController[] = [];
  let updates = 0;
  const host = {
    addController: (c: ReactiveController) => controllers.push(c),
    removeController: () => undefined,
    requestUpdate: () => updates++,
    updateComplete: Promise.resolve(true),
  } as ReactiveControllerHost;
  return { host, controllers, updates: () => updates };
}

describe('UpdateThrottle', () => {
  it('turns many requests within the interval into one host update', async () => {
    const { host, updates } = fakeHost();
    const throttle = new UpdateThrottle(host, 20);
    for (let i = 0; i < 5; i++) throttle.request();
    expect(updates()).to.equal(0);
    expect(throttle.pending).to.equal(true);
    await waitUntil(() => updates() === 1, 'one update');
    expect(throttle.pending).to.equal(false);
    throttle.request();
    await waitUntil(() => updates() === 2, 'a later request gets its own update');
  });

  it('drops a waiting update when the host disconnects', () => {
    const { host, controllers } = fakeHost();
    const throttle = new UpdateThrottle(host, 20);
    throttle.request();
    controllers.forEach((c) => c.hostDisconnected?.());
    expect(throttle.pending).to.equal(false);
  });
});
