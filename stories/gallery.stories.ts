/**
 * The gallery: every widget at 400 px, light and dark side by side, live on the in-browser
 * sandbox, so a designer sees the whole kit at a glance (Gallery › Docs shows them all on one
 * page). Each side has a session of its own (with the story's user) fixing its theme; the
 * toolbar's locale applies to both. The widgets show the same data as their `Live` stories.
 */
import type { Meta, StoryContext } from '@storybook/web-components-vite';
import accountSummary from './account-summary.stories.ts';
import accountValue from './account-value.stories.ts';
import activity from './activity.stories.ts';
import agreements from './agreements.stories.ts';
import chart from './chart.stories.ts';
import equityAwards from './equity-awards.stories.ts';
import funding from './funding.stories.ts';
import news from './news.stories.ts';
import optionChain from './option-chain.stories.ts';
import orderTicket from './order-ticket.stories.ts';
import orders from './orders.stories.ts';
import pnlLeaders from './pnl-leaders.stories.ts';
import portfolioPerformance from './portfolio-performance.stories.ts';
import positions from './positions.stories.ts';
import priceAlerts from './price-alerts.stories.ts';
import quote from './quote.stories.ts';
import topTraded from './top-traded.stories.ts';
import watchlist from './watchlist.stories.ts';
import { renderElement, type Args, type Story } from './support/element-stories.ts';
import { createSession, type SandboxLoaded } from './support/session.ts';

/** The width a designer judges the widgets at. */
const WIDTH = '400px';

/** A story showing `meta`'s element with its default args at 400 px, light then dark. */
function gallery(meta: Meta<Args>): Story {
  return {
    name: meta.title!.replace(/^Elements\//, ''),
    loaders: meta.loaders,
    render: (_args: Args, context: StoryContext<Args>) => {
      const loaded = context.loaded.sandbox as SandboxLoaded;
      const row = document.createElement('div');
      row.style.cssText = 'display:flex;flex-wrap:wrap;gap:16px;align-items:flex-start';
      for (const theme of ['light', 'dark']) {
        const figure = document.createElement('figure');
        figure.style.cssText = `margin:0;width:${WIDTH};max-width:100%;display:grid;gap:4px`;
        const caption = document.createElement('figcaption');
        caption.textContent = `${meta.title!.replace(/^Elements\//, '')}, ${theme}, ${WIDTH}`;
        caption.style.cssText = 'font:12px system-ui,sans-serif;color:#555';
        const session = createSession(loaded, theme, context.globals.locale as string | undefined);
        // The story's own render when it has one (an element with its provider declaration).
        const render =
          (meta.render as ((args: Args, c: StoryContext) => Node) | undefined) ??
          renderElement(meta.component!);
        session.append(render(meta.args ?? {}, context));
        figure.append(caption, session);
        row.append(figure);
      }
      return row;
    },
  };
}

const meta: Meta<Args> = {
  title: 'Gallery/At 400 px',
  tags: ['autodocs'],
  parameters: {
    width: 'none',
    // The same widget twice on one page (light and dark) repeats its named regions by design.
    a11y: { config: { rules: [{ id: 'landmark-unique', enabled: false }] } },
    docs: {
      description: {
        component:
          'Every widget at 400 px, light and dark side by side, live. Change the locale in the toolbar to see them in German or Japanese.',
      },
      story: { height: 'auto' },
    },
  },
};
export default meta;

export const AccountSummary = gallery(accountSummary);
export const AccountValue = gallery(accountValue);
export const Activity = gallery(activity);
export const Agreements = gallery(agreements);
export const Chart = gallery(chart);
export const EquityAwards = gallery(equityAwards);
export const Funding = gallery(funding);
export const News = gallery(news);
export const OptionChain = gallery(optionChain);
export const OrderTicket = gallery(orderTicket);
export const Orders = gallery(orders);
export const PnlLeaders = gallery(pnlLeaders);
export const PortfolioPerformance = gallery(portfolioPerformance);
export const Positions = gallery(positions);
export const PriceAlerts = gallery(priceAlerts);
export const Quote = gallery(quote);
export const TopTraded = gallery(topTraded);
export const Watchlist = gallery(watchlist);
