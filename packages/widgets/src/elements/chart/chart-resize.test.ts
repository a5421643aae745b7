import { expect, html } from '@open-wc/testing';
import { resetMouse, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../index.ts';
import { createTestUser, eventually, sessionFixture } from '../../test/sandbox.ts';
import type { AutoSharesChart } from './chart.ts';

const plot = (el: AutoSharesChart) => el.shadowRoot!.querySelector<HTMLElement>('.plot')!;
/** The drawing pane (the first canvas; the price axis has its own). */
const pane = (el: AutoSharesChart) => plot(el).querySelector('canvas');
/** The date of the bar the legend describes (the hovered one, else the last). */
const legendTime = (el: AutoSharesChart) =>
  el.shadowRoot!.querySelector('.legend .time dd')?.textContent?.trim() ?? '';

/** Moves the pointer over the pane at `fraction` of its width; answers the legend's date. */
async function hoverAt(
  el: AutoSharesChart,
  fraction: number,
  lastBar: string,
  expectLast: boolean,
) {
  const rect = pane(el)!.getBoundingClientRect();
  const x = Math.round(rect.left + rect.width * fraction);
  await sendMouse({ type: 'move', position: [x, Math.round(rect.top + rect.height / 2)] });
  await eventually(
    () => (legendTime(el) === lastBar) === expectLast,
    `hovering at ${Math.round(fraction * 100)}% of the pane ${expectLast ? 'shows' : 'does not show'} the last bar`,
    5000,
    () => legendTime(el),
  );
  return legendTime(el);
}

describe('<as-chart> size', () => {
  before(async () => {
    await setViewport({ width: 1400, height: 900 });
  });
  after(async () => {
    await resetMouse();
    await setViewport({ width: 800, height: 600 });
  });

  it('refits when its container grows: loaded at 400 px, widened to 1200 px, the bars span the new width', async () => {
    const user = await createTestUser();
    const session = await sessionFixture(html`<as-chart symbol="AAPL"></as-chart>`, { user });
    const el = session.querySelector<AutoSharesChart>('as-chart')!;
    el.style.display = 'block';
    el.style.width = '400px';
    await eventually(
      () => plot(el)?.dataset.ready === 'true' && !!pane(el) && /\d{4}/.test(legendTime(el)),
      'chart drawn at 400 px',
      8000,
    );
    await eventually(() => pane(el)!.getBoundingClientRect().width < 400, 'drawn 400 px wide');
    const lastBar = legendTime(el);

    el.style.width = '1200px';
    await eventually(
      () => pane(el)!.getBoundingClientRect().width > 1050,
      'the pane widened with its container',
      5000,
      () => `${pane(el)!.getBoundingClientRect().width} px`,
    );
    // what a user sees: a bar under the pointer near the left edge (not empty space, which
    // leaves the legend on the last bar) and the last bar near the right edge
    const first = await hoverAt(el, 0.03, lastBar, false);
    expect(first).to.match(/\d{4}/);
    await hoverAt(el, 0.97, lastBar, true);
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('fills its container when shown after loading hidden (a dashboard tab opened later)', async () => {
    const user = await createTestUser();
    const session = await sessionFixture(
      html`<div hidden>
        <as-chart symbol="AAPL" style="display:block;width:1200px"></as-chart>
      </div>`,
      { user },
    );
    const el = session.querySelector<AutoSharesChart>('as-chart')!;
    await eventually(
      () => plot(el)?.dataset.ready === 'true' && /\d{4}/.test(legendTime(el)),
      'chart loaded while hidden',
      8000,
    );
    const lastBar = legendTime(el);
    el.parentElement!.hidden = false;
    await eventually(() => pane(el)!.getBoundingClientRect().width > 1050, 'shown 1200 px wide');
    await hoverAt(el, 0.03, lastBar, false);
    await hoverAt(el, 0.97, lastBar, true);
    await sendMouse({ type: 'move', position: [0, 0] });
  });
});
