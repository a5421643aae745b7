/**
 * The configurator (demo/configurator.html) in Chromium, on the built custom-elements.json and
 * the test run's sandbox: the form comes from the manifest, each change shows in the live
 * widget (its attributes, the session's locale, the theme tokens inside its shadow root), the
 * snippets say exactly that with every typed value escaped, Copy reaches the clipboard (or
 * selects the text where the clipboard is refused), and the page is keyboard-usable and
 * axe-clean. Runs with `pnpm test:examples` (after `pnpm build`).
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '@autoshares/widgets';
import {
  createTestUser,
  eventually,
  sandbox,
  textOf,
  type TestUser,
} from '../../packages/widgets/src/test/sandbox.ts';
import { focused, nameOf, press, type } from '../../packages/widgets/src/test/user.ts';
import { mountConfigurator, type AutoSharesConfigurator } from './app.ts';
import { loadWidgets, type WidgetDoc } from './manifest.ts';

const MANIFEST = '/packages/widgets/dist/custom-elements.json';
const CDN_URL = 'https://cdn.example.test/autoshares.js';

let widgets: WidgetDoc[];
let user: TestUser;
const mounted: HTMLElement[] = [];

async function mount(): Promise<AutoSharesConfigurator> {
  const container = document.createElement('div');
  document.body.append(container);
  mounted.push(container);
  const configurator = mountConfigurator(container, {
    widgets,
    cdnUrl: CDN_URL,
    connection: {
      baseUrl: sandbox().apiUrl,
      appKey: user.appKey,
      tokenProvider: async () => ({ access_token: user.token, expires_in: 3600 }),
    },
  });
  await configurator.updateComplete;
  return configurator;
}

const part = <T extends HTMLElement>(c: AutoSharesConfigurator, selector: string): T =>
  c.shadowRoot!.querySelector<T>(selector)!;
const session = (c: AutoSharesConfigurator) => part(c, '.stage as-session');
const widget = (c: AutoSharesConfigurator) => part(c, '.stage as-session > :not(as-provider)');
const snippetText = (c: AutoSharesConfigurator) => part(c, '#snippet-panel code').textContent;
const hasRows = (element: Element) => !!element.shadowRoot?.querySelector('tbody tr');

/** Replaces the text of the field `id` by typing, as a user does. */
async function fill(c: AutoSharesConfigurator, id: string, text: string): Promise<void> {
  const input = part<HTMLInputElement>(c, `#${CSS.escape(id)}`);
  input.focus();
  input.select();
  if (text) await type(text);
  else await press('Backspace');
  await c.updateComplete;
}

/** Chooses `value` in the select `id` (as its change event reports it). */
async function choose(c: AutoSharesConfigurator, id: string, value: string): Promise<void> {
  const select = part<HTMLSelectElement>(c, `#${id}`);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await c.updateComplete;
}

/** The live watchlist of the preview, once it shows the user's rows. */
async function liveWatchlist(c: AutoSharesConfigurator): Promise<HTMLElement> {
  await eventually(
    () => widget(c)?.localName === 'as-watchlist' && hasRows(widget(c)),
    'the preview shows the watchlist with its rows',
    10000,
    () => `${widget(c)?.localName}: ${widget(c) ? textOf(widget(c)) : ''}`,
  );
  return widget(c);
}

/** The button of `element`'s shadow root whose text is `label`. */
const buttonIn = (element: Element, label: string) =>
  [...element.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === label);

describe('Configurator', function () {
  this.timeout(20000);

  before(async () => {
    widgets = await loadWidgets(MANIFEST);
    user = await createTestUser();
  });
  afterEach(async () => {
    for (const container of mounted.splice(0)) container.remove();
    await executeServerCommand('grant-clipboard', { grant: false });
  });

  it('offers every widget of the manifest, with each attribute as its kind of field', async () => {
    const c = await mount();
    const offered = [...part<HTMLSelectElement>(c, '#widget').options].map((o) => o.value);
    expect(offered).to.include.members(['as-watchlist', 'as-quote', 'as-order-ticket']);
    expect(offered).not.to.include('as-session');
    expect(offered.length).to.equal(widgets.length);

    // The watchlist opens first: a checkbox for `readonly`, a number field for `watchlist-id`.
    expect(part<HTMLInputElement>(c, '#attr-readonly').type).to.equal('checkbox');
    expect(part<HTMLInputElement>(c, '#attr-watchlist-id').inputMode).to.equal('decimal');
    expect(part(c, '#attr-locale'), 'the locale is the session’s').to.equal(null);

    await choose(c, 'widget', 'as-orders');
    const filter = part<HTMLSelectElement>(c, '#attr-filter');
    expect([...filter.options].map((o) => o.value)).to.deep.equal([
      '',
      'open',
      'filled',
      'cancelled',
      'all',
    ]);
    expect(filter.options[0]!.textContent!.trim()).to.equal('default (open)');
    await eventually(() => widget(c)?.localName === 'as-orders', 'the preview shows the orders');

    await choose(c, 'widget', 'as-quote');
    expect(part<HTMLInputElement>(c, '#attr-symbol').value, 'a quote starts on a symbol').to.equal(
      'AAPL',
    );
    await eventually(
      () => textOf(widget(c)).includes('AAPL') && widget(c).getAttribute('symbol') === 'AAPL',
      'the preview quotes AAPL',
      10000,
    );
  });

  it('picks the watchlist and sets `readonly`: the live watchlist drops its editing controls', async () => {
    const c = await mount();
    await choose(c, 'widget', 'as-news');
    await choose(c, 'widget', 'as-watchlist');
    const watchlist = await liveWatchlist(c);
    await eventually(
      () =>
        !!watchlist.shadowRoot!.querySelector('as-symbol-search') && !!buttonIn(watchlist, 'New'),
      'an editable watchlist shows its add box and New',
    );

    part<HTMLInputElement>(c, '#attr-readonly').focus();
    await press('Space');
    await eventually(
      () => !watchlist.shadowRoot!.querySelector('as-symbol-search') && !buttonIn(watchlist, 'New'),
      'a readonly watchlist shows no add box and no New',
      5000,
      () => textOf(watchlist),
    );
    expect(widget(c), 'the same element, changed in place').to.equal(watchlist);
    expect(watchlist.hasAttribute('readonly')).to.equal(true);
    expect(hasRows(watchlist), 'still shows its rows').to.equal(true);
    expect(snippetText(c)).to.include('<as-watchlist readonly></as-watchlist>');
  });

  it('switches the session to de-DE and the watchlist speaks German; he-IL mirrors it', async () => {
    const c = await mount();
    const watchlist = await liveWatchlist(c);
    expect(textOf(watchlist)).to.include('Change');

    await choose(c, 'locale', 'de-DE');
    expect(session(c).getAttribute('locale')).to.equal('de-DE');
    await eventually(
      () => /Veränderung/.test(textOf(watchlist)) && !!buttonIn(watchlist, 'Neu'),
      'German column headers and buttons',
      10000,
      () => textOf(watchlist),
    );
    expect(textOf(watchlist)).not.to.match(/\bChange\b/);
    expect(snippetText(c)).to.include('locale="de-DE"');

    await choose(c, 'locale', 'he-IL');
    await eventually(
      () => getComputedStyle(watchlist).direction === 'rtl',
      'a right-to-left locale mirrors the widget',
    );
  });

  it('sets the accent colour inside the widget’s shadow root, and rejects a value that is not a colour', async () => {
    const c = await mount();
    const watchlist = await liveWatchlist(c);
    buttonIn(watchlist, 'New')!.click();
    let create: HTMLButtonElement | undefined;
    await eventually(() => !!(create = buttonIn(watchlist, 'Create')), 'the New panel opens');
    const defaultAccent = getComputedStyle(create!).backgroundColor;

    await fill(c, 'token--as-accent', 'rebeccapurple');
    expect(part<HTMLInputElement>(c, 'input[type="color"]').value, 'the picker follows').to.equal(
      '#663399',
    );
    await fill(c, 'token--as-accent', '#6b2bd9');
    expect(session(c).style.getPropertyValue('--as-accent')).to.equal('#6b2bd9');
    await eventually(
      () => getComputedStyle(create!).backgroundColor === 'rgb(107, 43, 217)',
      'the primary button takes the accent',
      5000,
      () => getComputedStyle(create!).backgroundColor,
    );
    expect(snippetText(c)).to.include('style="--as-accent: #6b2bd9"');

    await fill(c, 'token--as-accent', 'red; background: url(https://x.test/a.png)');
    const field = part<HTMLInputElement>(c, '#token--as-accent');
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    const error = part(c, '#token--as-accent-error');
    expect(error.textContent).to.match(/Not a CSS colour/);
    expect(field.getAttribute('aria-describedby')).to.include('token--as-accent-error');
    expect(session(c).getAttribute('style') ?? '').not.to.include('--as-accent');
    await eventually(
      () => getComputedStyle(create!).backgroundColor === defaultAccent,
      'the rejected value is not applied: the default accent again',
    );
    expect(snippetText(c)).not.to.include('--as-accent');
    expect(snippetText(c)).not.to.include('url(');

    await fill(c, 'token--as-radius', '40');
    expect(part(c, '#token--as-radius-error').textContent).to.match(/from 0 to 24/);
    await fill(c, 'token--as-radius', '0');
    await eventually(
      () => getComputedStyle(watchlist).borderTopLeftRadius === '0px',
      'a radius of 0 squares the widget',
    );
  });

  it('writes the snippet of each tab for the configuration', async () => {
    const c = await mount();
    part<HTMLInputElement>(c, '#attr-readonly').click();
    await fill(c, 'attr-link-group', 'desk');
    await choose(c, 'locale', 'de-DE');
    part<HTMLInputElement>(c, 'input[name="scheme"][value="dark"]').click();
    await fill(c, 'token--as-accent', '#6b2bd9');
    await fill(c, 'token--as-radius', '2');
    await c.updateComplete;

    const markup = (connection: string) => `<as-session
  base-url="https://api.example-broker.com/api"
  app-key="YOUR-APP-KEY"${connection}
  locale="de-DE"
  theme="dark"
  style="--as-accent: #6b2bd9; --as-radius: 2px"
>
  <as-watchlist readonly link-group="desk"></as-watchlist>
</as-session>`;
    const expected = {
      cdn: `<script type="module" src="${CDN_URL}"></script>

<!-- token-endpoint: a route of your site answering { "access_token", "expires_in" } -->
${markup('\n  token-endpoint="/autoshares/token"')}`,
      npm: `${markup('')}

<script type="module">
  // npm install @autoshares/widgets (bundled by your build, e.g. Vite)
  import '@autoshares/widgets/session.js';
  import '@autoshares/widgets/watchlist.js';

  // Your server answers { access_token, expires_in } for the signed-in user.
  document.querySelector('as-session').tokenProvider = async () =>
    (await fetch('/my/token')).json();
</script>`,
      react: `// npm install @autoshares/react @autoshares/widgets react
import type { CSSProperties } from 'react';
import { Session, Watchlist } from '@autoshares/react';

// Your server answers { access_token, expires_in } for the signed-in user.
const fetchToken = async () => (await fetch('/my/token')).json();

export function AutoSharesWidget() {
  return (
    <Session
      baseUrl="https://api.example-broker.com/api"
      appKey="YOUR-APP-KEY"
      tokenProvider={fetchToken}
      locale="de-DE"
      theme="dark"
      style={{ "--as-accent": "#6b2bd9", "--as-radius": "2px" } as CSSProperties}
    >
      <Watchlist readonly linkGroup="desk" />
    </Session>
  );
}`,
    };

    // The tabs from the keyboard: arrows, Home and End move the selection and the focus.
    const tab = (kind: string) => part<HTMLButtonElement>(c, `#tab-${kind}`);
    expect(tab('cdn').getAttribute('aria-selected')).to.equal('true');
    expect(snippetText(c)).to.equal(expected.cdn);
    tab('cdn').focus();
    await press('ArrowRight');
    await c.updateComplete;
    await eventually(() => focused() === tab('npm'), `focus on npm (on ${nameOf(focused())})`);
    expect(tab('npm').getAttribute('aria-selected')).to.equal('true');
    expect(snippetText(c)).to.equal(expected.npm);
    await press('End');
    await c.updateComplete;
    await eventually(() => focused() === tab('react'), 'focus on React');
    expect(part(c, '#snippet-panel').getAttribute('aria-labelledby')).to.equal('tab-react');
    expect(snippetText(c)).to.equal(expected.react);
    await press('Home');
    await c.updateComplete;
    expect(tab('cdn').getAttribute('aria-selected')).to.equal('true');
    expect(tab('react').tabIndex).to.equal(-1);

    // The live session has the same settings.
    expect(session(c).getAttribute('theme')).to.equal('dark');
    expect(session(c).getAttribute('locale')).to.equal('de-DE');
    expect(widget(c).getAttribute('link-group')).to.equal('desk');
  });

  it('declares the provider a Shareworks or Sharesight widget reads, in the preview and every snippet', async () => {
    const c = await mount();
    await choose(c, 'widget', 'as-equity-awards');
    const declared = () => session(c).querySelector('as-provider');
    await eventually(() => !!declared(), 'the preview declares the provider');
    expect(declared()!.getAttribute('name')).to.equal('shareworks');
    expect(declared()!.getAttribute('endpoint')).to.equal('/shareworks');
    expect(widget(c).localName).to.equal('as-equity-awards');
    const line = '<as-provider name="shareworks" endpoint="/shareworks"></as-provider>';
    expect(snippetText(c)).to.contain(line);
    part<HTMLButtonElement>(c, '#tab-npm').click();
    await c.updateComplete;
    expect(snippetText(c)).to.contain(line);
    expect(snippetText(c)).to.contain("import '@autoshares/widgets/provider.js';");
    part<HTMLButtonElement>(c, '#tab-react').click();
    await c.updateComplete;
    expect(snippetText(c)).to.contain('<Provider name="shareworks" endpoint="/shareworks" />');
    expect(snippetText(c)).to.contain(
      "import { Session, Provider, EquityAwards } from '@autoshares/react';",
    );

    await choose(c, 'widget', 'as-portfolio-performance');
    await eventually(
      () => declared()?.getAttribute('name') === 'sharesight',
      'the declaration follows the widget',
    );
    await choose(c, 'widget', 'as-watchlist');
    await eventually(() => !declared(), 'no declaration for an AutoShares widget');
    expect(snippetText(c)).not.to.contain('as-provider');
  });

  it('escapes what the user types in every snippet, and sets it on the live element as text', async () => {
    const c = await mount();
    const typed = 'x" onload="alert(1)"<b>&';
    await fill(c, 'attr-link-group', typed);
    const escaped = 'link-group="x&quot; onload=&quot;alert(1)&quot;&lt;b&gt;&amp;"';
    expect(snippetText(c)).to.include(`<as-watchlist${' ' + escaped}></as-watchlist>`);
    part<HTMLButtonElement>(c, '#tab-npm').click();
    await c.updateComplete;
    expect(snippetText(c)).to.include(escaped);
    part<HTMLButtonElement>(c, '#tab-react').click();
    await c.updateComplete;
    expect(snippetText(c)).to.include(
      '<Watchlist linkGroup={"x\\" onload=\\"alert(1)\\"\\u003cb\\u003e&"} />',
    );

    // Read back as a browser parses them (inert), the CDN and npm snippets give the widget
    // exactly the typed value, and nothing else.
    for (const kind of ['cdn', 'npm']) {
      part<HTMLButtonElement>(c, `#tab-${kind}`).click();
      await c.updateComplete;
      const parsed = new DOMParser().parseFromString(snippetText(c)!, 'text/html');
      const element = parsed.querySelector('as-session > as-watchlist')!;
      expect(element.getAttributeNames(), kind).to.deep.equal(['link-group']);
      expect(element.getAttribute('link-group'), kind).to.equal(typed);
      expect(parsed.querySelectorAll('b').length, kind).to.equal(0);
    }

    const live = widget(c);
    expect(live.getAttribute('link-group')).to.equal(typed);
    expect(live.hasAttribute('onload')).to.equal(false);
    expect(
      session(c).querySelectorAll('b').length + c.shadowRoot!.querySelectorAll('b').length,
    ).to.equal(0);
    expect(
      part(c, '#snippet-panel').querySelectorAll('*').length,
      'only the code element',
    ).to.equal(1);

    // A number field takes numbers only.
    await fill(c, 'attr-watchlist-id', '12"><b');
    expect(part(c, '#attr-watchlist-id-error').textContent).to.match(/takes a number/);
    expect(live.hasAttribute('watchlist-id')).to.equal(false);
    expect(snippetText(c), 'npm').not.to.include('watchlist-id');
    part<HTMLButtonElement>(c, '#tab-react').click();
    await c.updateComplete;
    expect(snippetText(c), 'React').not.to.include('watchlistId');
  });

  it('copies the snippet to the clipboard and says so; refused the clipboard, it selects the snippet', async () => {
    const c = await mount();
    await executeServerCommand('grant-clipboard', { grant: true });
    const copy = part<HTMLButtonElement>(c, '.copy');
    expect(copy.textContent!.trim()).to.equal('Copy');
    copy.click();
    await eventually(() => copy.textContent!.trim() === 'Copied', 'the button says Copied');
    expect(part(c, '.copy-status').textContent).to.equal('Copied to the clipboard.');
    expect(await navigator.clipboard.readText()).to.equal(snippetText(c));

    await executeServerCommand('grant-clipboard', { grant: false });
    part<HTMLButtonElement>(c, '#tab-react').click();
    await c.updateComplete;
    expect(copy.textContent!.trim(), 'a new snippet: Copy again').to.equal('Copy');
    copy.click();
    await eventually(
      () => /press Ctrl\+C/.test(part(c, '.copy-status').textContent ?? ''),
      'the status says the snippet is selected',
    );
    expect(copy.textContent!.trim()).to.equal('Copy');
    expect(String(document.getSelection())).to.equal(snippetText(c));
  });

  it('is keyboard-usable from the widget picker to Copy, and axe-clean', async () => {
    const c = await mount();
    await liveWatchlist(c);
    await expect(c).to.be.accessible();

    // The widget picker from the keyboard.
    const picker = part<HTMLSelectElement>(c, '#widget');
    picker.focus();
    expect(picker.value).to.equal('as-watchlist');
    await press('Home');
    await c.updateComplete;
    const first = picker.options[0]!.value;
    await eventually(() => widget(c)?.localName === first, `the first widget (${first}) shows`);
    expect(picker.value).to.equal(first);

    // Tab reaches every kind of control of the form, then the snippet and Copy.
    const reached: string[] = [];
    for (let i = 0; i < 80 && focused() !== part(c, '.copy'); i++) {
      await press('Tab');
      const el = focused();
      if (el && c.shadowRoot!.contains(el)) reached.push(el.id || el.className || el.localName);
    }
    expect(reached).to.include.members([
      'token--as-accent',
      'token--as-font-family',
      'locale',
      'tab-cdn',
      'snippet-panel',
      'as-button copy',
    ]);
    expect(reached.some((id) => id.startsWith('attr-'))).to.equal(true);
  });
});
