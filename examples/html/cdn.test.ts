/**
 * The BUILT CDN loader (`packages/widgets/dist/cdn/autoshares.js`, from `pnpm build`) on a plain
 * page, as examples/html/index.html uses it, against the Node sandbox of the test run: every
 * element of the build upgrades and shows the user's data; the chart's chunk and its chart
 * library load only when an `<as-chart>` appears; an npm copy of the kit on the same page
 * neither throws nor splits the session.
 */
import { expect, waitUntil } from '@open-wc/testing';

// No import of the kit here (not even the test helpers, which define <as-session>): the page
// starts plain, as a CMS page does.

interface SandboxInfo {
  url: string;
  apiUrl: string;
}
interface TestUser {
  appKey: string;
  token: string;
}
const sandbox = () =>
  (globalThis as { __AUTOSHARES_SANDBOX__?: SandboxInfo }).__AUTOSHARES_SANDBOX__!;
const createTestUser = async (): Promise<TestUser> =>
  (await fetch(`${sandbox().url}/__sandbox/users`, { method: 'POST' })).json() as Promise<TestUser>;
const eventually = (predicate: () => boolean, message: string, timeout = 5000) =>
  waitUntil(predicate, message, { timeout, interval: 25 });

const CDN = '/packages/widgets/dist/cdn/';

interface ManifestChunk {
  file: string;
  src?: string;
  isDynamicEntry?: boolean;
}
interface ElementDoc {
  tagName?: string;
  attributes?: { name: string }[];
}

/** Element name → its chunk file, from the build's manifest. */
async function elementChunks(): Promise<Map<string, string>> {
  const manifest = (await (await fetch(`${CDN}.vite/manifest.json`)).json()) as Record<
    string,
    ManifestChunk
  >;
  const chunks = new Map<string, string>();
  for (const chunk of Object.values(manifest)) {
    const name = chunk.src?.match(/^src\/elements\/([^/]+)\/define\.ts$/)?.[1];
    if (name && chunk.isDynamicEntry) chunks.set(name, chunk.file);
  }
  return chunks;
}

/** Tags whose element has a `symbol` attribute (from the built custom-elements.json). */
async function tagsWithSymbol(): Promise<Set<string>> {
  const manifest = (await (await fetch('/packages/widgets/dist/custom-elements.json')).json()) as {
    modules: { declarations?: ElementDoc[] }[];
  };
  const tags = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.tagName && d.attributes?.some((a) => a.name === 'symbol'))
    .map((d) => d.tagName!);
  return new Set(tags);
}

const BAD_STATES = ['loading', 'error', 'signed-out', 'no-session'];

/** What an element shows: `data` once it renders content (or its empty state), else its state. */
function shown(element: Element): string {
  const root = element.shadowRoot;
  if (!customElements.get(element.localName)) return 'not defined';
  if (!root || !root.childElementCount) return 'not rendered';
  const bad = root.querySelector(BAD_STATES.map((s) => `[data-state="${s}"]`).join(','));
  return bad?.getAttribute('data-state') ?? 'data';
}

const requested = () =>
  performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);

const mounted: HTMLElement[] = [];
function mount(user: TestUser, inner: string): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = `<as-session base-url="${sandbox().apiUrl}" app-key="${user.appKey}" locale="en-US">${inner}</as-session>`;
  (container.firstElementChild as HTMLElement & { token: string }).token = user.token;
  document.body.append(container);
  mounted.push(container);
  return container.firstElementChild as HTMLElement;
}

describe('CDN loader (built autoshares.js) on a plain page', function () {
  this.timeout(30000);
  let user: TestUser;
  before(async () => {
    user = await createTestUser();
  });
  afterEach(() => {
    for (const container of mounted.splice(0)) container.remove();
  });

  it('shares the session with an npm copy of the kit loaded first, and defining twice does not throw', async () => {
    // The npm (source) copy defines <as-positions> before the CDN script arrives.
    expect(customElements.get('as-session') === undefined).to.equal(true);
    await import('../../packages/widgets/src/elements/positions/define.ts');
    const npmPositions = customElements.get('as-positions');
    expect(customElements.get('as-session') === undefined).to.equal(true);
    await import(`${CDN}autoshares.js`);
    // The CDN's <as-session> serves the npm copy's <as-positions> below.
    expect(customElements.get('as-session') !== undefined, 'defined at once').to.equal(true);
    // The CDN's own chunk for the same tag: skipped, not thrown.
    const chunks = await elementChunks();
    await import(`${CDN}${chunks.get('positions')}`);
    expect(customElements.get('as-positions') === npmPositions).to.equal(true);

    const session = mount(user, '<as-positions></as-positions><as-quote symbol="AAPL"></as-quote>');
    for (const tag of ['as-positions', 'as-quote']) {
      const element = session.querySelector(tag)!;
      await eventually(
        () => shown(element) === 'data',
        `${tag} shows data (${shown(element)})`,
        10000,
      );
    }
  });

  it('upgrades every element of the build and shows the user its data, without the chart code', async () => {
    await import(`${CDN}autoshares.js`);
    const chunks = await elementChunks();
    const withSymbol = await tagsWithSymbol();
    // the elements that draw a chart load the chart library; the others must not
    const drawsChart = new Set(['chart', 'account-value']);
    const names = [...chunks.keys()].filter((name) => !drawsChart.has(name));
    expect(names).to.include.members(['watchlist', 'quote', 'positions']);
    const markup = names
      .map((name) => `as-${name}`)
      .map((tag) => `<${tag}${withSymbol.has(tag) ? ' symbol="AAPL"' : ''}></${tag}>`)
      .join('');
    const session = mount(user, markup);
    for (const name of names) {
      const element = session.querySelector(`as-${name}`)!;
      await eventually(
        () => shown(element) === 'data',
        `<as-${name}> shows data (it shows: ${shown(element)})`,
        10000,
      );
    }
    const chartFiles = requested().filter((p) => /\/elements\/chart-|lightweight-charts/.test(p));
    expect(chartFiles, 'no chart code for a page without a chart').to.deep.equal([]);
  });

  it('loads the chart chunk and then its chart library once an <as-chart> appears', async () => {
    await import(`${CDN}autoshares.js`);
    const chunks = await elementChunks();
    const session = mount(user, '');
    const chart = document.createElement('as-chart');
    chart.setAttribute('symbol', 'AAPL');
    session.append(chart);
    await eventually(() => shown(chart) === 'data', `the chart renders (${shown(chart)})`, 10000);
    const files = requested();
    expect(files).to.include(`${CDN}${chunks.get('chart')}`);
    await eventually(
      () => requested().some((p) => /\/chunks\/lightweight-charts-/.test(p)),
      'the chart library chunk is requested',
    );
  });
});
