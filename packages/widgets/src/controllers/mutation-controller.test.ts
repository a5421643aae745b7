import { expect, html } from '@open-wc/testing';
import {
  clearFaults,
  createTestUser,
  eventually,
  fault,
  textOf,
  type TestUser,
} from '../test/sandbox.ts';
import { mountElement } from '../test/states.ts';
import '../test/mutation-probe.ts';
import type { MutationProbe } from '../test/mutation-probe.ts';

const mount = mountElement<MutationProbe>(
  'as-test-mutation-probe',
  html`<button id="elsewhere">Elsewhere</button><as-test-mutation-probe></as-test-mutation-probe>`,
);

const save = (el: MutationProbe, target: string) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>(`button[data-target="${target}"]`);
const opener = (el: MutationProbe) => el.shadowRoot!.querySelector<HTMLButtonElement>('#opener')!;
const announced = (el: MutationProbe) =>
  el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!.textContent!.trim();
const alertText = (el: MutationProbe) =>
  el.shadowRoot!.querySelector('[role="alert"]')?.textContent?.trim();
/** What the sandbox holds: the names of the user's watchlists. */
const serverLists = async (el: MutationProbe) =>
  (await el.session!.client.api.watchlists.list()).map((l) => l.Name);

/** Each request of `user` answers only after `ms` (so a write is seen while it runs). */
const slowDown = (user: TestUser, ms: number) => fault({ latencyMs: ms }, user);

describe('MutationController', () => {
  let user: TestUser;
  beforeEach(async () => {
    user = await createTestUser();
  });
  afterEach(async () => {
    await clearFaults(user);
  });

  it('is busy for its target while the write runs, then announces it politely, the client refetches what changed and focus returns to the given control', async () => {
    const { el } = await mount(user);
    await eventually(() => textOf(el).includes('Tech leaders'), 'lists shown', 8000);
    await slowDown(user, 800);
    save(el, 'a')!.focus();
    const done = el.mutation.run(
      (client) => client.writes.watchlists.create({ Name: 'Made in the probe' }),
      {
        target: 'a',
        failure: 'Could not create the watchlist.',
        announce: (created) => `Created watchlist ${created.Name}`,
        onSuccess: () => el.closePanel(),
        focus: '#opener',
      },
    );
    await eventually(() => save(el, 'a')?.disabled === true, 'Save A busy');
    expect(save(el, 'b')!.disabled, 'another target is not busy').to.equal(false);
    expect(el.mutation.busy).to.equal(true);
    expect(announced(el), 'nothing claimed before the answer').to.equal('');

    expect(await done).to.equal(true);
    await eventually(
      () => announced(el) === 'Created watchlist Made in the probe',
      'announced politely',
      5000,
      () => textOf(el),
    );
    expect(el.mutation.busy).to.equal(false);
    await eventually(() => el.shadowRoot!.activeElement === opener(el), 'focus on Open');
    // the element named no cache key: the client's write refetched the shared lists
    await eventually(() => textOf(el).includes('Made in the probe'), 'new list shown', 8000);
    expect(await serverLists(el)).to.include('Made in the probe');
  });

  it('leaves focus where the user moved it while the write ran', async () => {
    const { session, el } = await mount(user);
    await eventually(() => textOf(el).includes('Tech leaders'), 'lists shown', 8000);
    await slowDown(user, 800);
    save(el, 'a')!.focus();
    const done = el.mutation.run(
      (client) => client.writes.watchlists.create({ Name: 'Focus kept' }),
      {
        failure: 'Could not create the watchlist.',
        onSuccess: () => el.closePanel(),
        focus: '#opener',
      },
    );
    await eventually(() => el.mutation.busy, 'busy');
    const elsewhere = session.querySelector<HTMLButtonElement>('#elsewhere')!;
    elsewhere.focus();
    expect(await done).to.equal(true);
    await el.updateComplete; // the render after which focus would have been returned
    expect(save(el, 'a'), 'the panel closed').to.equal(null);
    expect(document.activeElement).to.equal(elsewhere);
  });

  it('sends no second write of a target while it is busy, lets another target write, and refuses a whole-element write meanwhile', async () => {
    const { el } = await mount(user);
    await eventually(() => textOf(el).includes('Tech leaders'), 'lists shown', 8000);
    await slowDown(user, 800);
    const create = (name: string, target?: string) =>
      el.mutation.run((client) => client.writes.watchlists.create({ Name: name }), {
        target,
        failure: 'Could not create the watchlist.',
      });
    const first = create('First of A', 'a');
    const again = create('Second of A', 'a');
    const whole = create('Whole element');
    const other = create('Of B', 'b');
    expect(await again, 'the second submit of A').to.equal(false);
    expect(await whole, 'a whole-element write while A runs').to.equal(false);
    expect(await first).to.equal(true);
    expect(await other).to.equal(true);
    await clearFaults(user);
    const names = await serverLists(el);
    expect(names).to.include.members(['First of A', 'Of B']);
    expect(names).to.not.include('Second of A');
    expect(names).to.not.include('Whole element');
    // once A is done, it can write again
    expect(await create('Second of A', 'a')).to.equal(true);
  });

  it('shows a failed write in the element with a specific message, returns the lost focus, announces nothing; the next write clears it', async () => {
    const { el } = await mount(user);
    await eventually(() => textOf(el).includes('Tech leaders'), 'lists shown', 8000);
    await slowDown(user, 500);
    save(el, 'a')!.focus();
    const done = el.mutation.run(
      // the sandbox refuses a second list of the same name (409)
      (client) => client.writes.watchlists.create({ Name: 'Tech leaders' }),
      {
        target: 'a',
        failure: 'Could not create the watchlist.',
        announce: 'Created watchlist Tech leaders',
        onSuccess: () => el.closePanel(),
        focusOnError: '[data-target="a"]',
      },
    );
    await eventually(() => el.mutation.busy, 'busy');
    save(el, 'a')!.blur(); // as a control disabled while saving drops the focus
    expect(await done).to.equal(false);
    await eventually(
      () => alertText(el) !== undefined,
      'failure shown',
      5000,
      () => textOf(el),
    );
    expect(alertText(el)).to.match(/^Could not create the watchlist\. \S/);
    expect(alertText(el), 'the reason, not a generic message').to.not.contain(
      'Something went wrong',
    );
    expect(el.mutation.failure?.target).to.equal('a');
    await eventually(() => el.shadowRoot!.activeElement === save(el, 'a'), 'focus back on A');
    expect(announced(el)).to.equal('');
    expect(save(el, 'a')!.disabled).to.equal(false);

    await clearFaults(user);
    const ok = await el.mutation.run(
      (client) => client.writes.watchlists.create({ Name: 'Another name' }),
      { failure: 'Could not create the watchlist.' },
    );
    expect(ok).to.equal(true);
    await el.updateComplete;
    expect(alertText(el)).to.equal(undefined);
  });

  it('shows nothing of a write that ended after the session changed user', async () => {
    const { session, el } = await mount(user);
    await eventually(() => textOf(el).includes('Tech leaders'), 'lists shown', 8000);
    const before = el.session!.client;
    const other = await createTestUser();
    let closed = false;
    const done = el.mutation.run(
      async (client) => {
        const created = await client.writes.watchlists.create({ Name: 'Before the switch' });
        // the answer comes once the next user is signed in (with a client of their own)
        session.token = other.token;
        await eventually(() => el.session?.client !== before, 'switched user', 8000);
        return created;
      },
      {
        failure: 'Could not create the watchlist.',
        announce: 'Created watchlist Before the switch',
        onSuccess: () => (closed = true),
      },
    );
    expect(await done).to.equal(false);
    await eventually(() => textOf(el).includes('Tech leaders'), "the next user's lists", 8000);
    expect(closed, 'the outcome was not applied').to.equal(false);
    expect(announced(el)).to.equal('');
    expect(alertText(el)).to.equal(undefined);
    expect(el.mutation.busy).to.equal(false);
  });

  it('shows a check made before writing like a failure, until cleared', async () => {
    const { el } = await mount(user);
    await eventually(() => textOf(el).includes('Tech leaders'), 'lists shown', 8000);
    el.mutation.fail('Enter a name for the watchlist.', 'a');
    await el.updateComplete;
    expect(alertText(el)).to.equal('Enter a name for the watchlist.');
    el.mutation.clearError();
    await el.updateComplete;
    expect(alertText(el)).to.equal(undefined);
  });
});
