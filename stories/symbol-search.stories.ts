import '@autoshares/widgets/symbol-search.js';
import type { Meta } from '@storybook/web-components-vite';
import { elementMeta, states, type Args, type Story } from './support/element-stories.ts';
import { until } from './support/play.ts';

const meta: Meta<Args> = {
  title: 'Elements/Symbol Search',
  component: 'as-symbol-search',
  tags: ['autodocs'],
  ...elementMeta('as-symbol-search', {
    label: 'Symbol',
    placeholder: 'Search symbols',
    count: 8,
    disabled: false,
  }),
};
export default meta;

export const Live: Story = {};
/**
 * The search has no surface of its own (it sits inside other elements, which paint one), so
 * standalone in the dark theme it stands on a dark page, the dark surface colour of the kit.
 */
export const Dark: Story = {
  ...states.dark(),
  decorators: [
    (story) => {
      const page = document.createElement('div');
      page.style.cssText = 'background: #12161c; padding: 12px; color-scheme: dark';
      const content = story();
      if (content instanceof Node) page.append(content);
      return page;
    },
  ],
};
export const Narrow = states.narrow();
export const German = states.german();
export const Disabled: Story = { args: { disabled: true } };

/** Typed "AA": the suggestions from the equity lookup, listed under the input. */
export const Suggestions: Story = {
  play: async ({ canvasElement }) => {
    const search = await until(() => canvasElement.querySelector('as-symbol-search')?.shadowRoot);
    const input = await until(() => search.querySelector('input'));
    input.focus();
    input.value = 'AA';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await until(() => search.querySelector('[part~="option"]'));
  },
};
