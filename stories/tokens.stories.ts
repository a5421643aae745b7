/**
 * Every `--as-*` design token with its light and dark value, read from the kit's own `tokens`
 * stylesheet (a new token shows up here by itself). Values are what a kit element's host
 * resolves, measured on a real `<as-quote>` in each colour scheme.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@autoshares/widgets/quote.js';
import { tokens } from '@autoshares/widgets';

/** Token names the stylesheet resolves (`--_as-x` is the resolved `--as-x`), in source order. */
const tokenNames = (): string[] => [
  ...new Set([...tokens.cssText.matchAll(/--_as-([a-z0-9-]+)\s*:/g)].map((m) => m[1]!)),
];

const isColour = (value: string) => /^(#|rgb|hsl|color\(|oklch|lab|lch|light-dark)/.test(value);

/** The colour a value resolves to in a colour scheme (`light-dark()` picks its side). */
function resolveColour(value: string, scheme: 'light' | 'dark', host: HTMLElement): string {
  const probe = document.createElement('span');
  probe.style.cssText = `color-scheme: ${scheme}; color: ${value}`;
  host.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}

function cell(tag: 'td' | 'th', content: string | Node): HTMLElement {
  const element = document.createElement(tag);
  element.append(content);
  element.style.cssText = 'padding: 4px 8px; border-bottom: 1px solid #8884; text-align: left';
  return element;
}

function code(text: string): HTMLElement {
  const element = document.createElement('code');
  element.textContent = text;
  return element;
}

function swatch(value: string): HTMLElement {
  const element = document.createElement('span');
  element.style.cssText = `display:inline-block;width:28px;height:16px;border:1px solid #8888;border-radius:3px;vertical-align:middle;margin-right:6px;background:${value}`;
  return element;
}

function valueCell(value: string, scheme: 'light' | 'dark', host: HTMLElement): HTMLElement {
  const wrapper = document.createElement('span');
  if (isColour(value)) {
    const colour = resolveColour(value, scheme, host);
    wrapper.append(swatch(colour), code(colour));
  } else wrapper.append(code(value || '—'));
  return cell('td', wrapper);
}

/** A probe element of the kit in one colour scheme, whose host resolves every token. */
function probe(scheme: 'light' | 'dark'): HTMLElement {
  const element = document.createElement('as-quote');
  element.style.setProperty('--as-color-scheme', scheme);
  element.style.cssText += ';position:absolute;visibility:hidden;width:1px;height:1px';
  return element;
}

function tokenTable(): HTMLElement {
  const root = document.createElement('div');
  const light = probe('light');
  const dark = probe('dark');
  const table = document.createElement('table');
  table.style.cssText = 'border-collapse: collapse; font: 13px/1.4 system-ui, sans-serif';
  const head = document.createElement('tr');
  head.append(cell('th', 'Token'), cell('th', 'Light'), cell('th', 'Dark'));
  table.append(head);
  root.append(light, dark, table);
  // Resolve after the probes have upgraded and adopted the kit's styles.
  void customElements.whenDefined('as-quote').then(() =>
    requestAnimationFrame(() => {
      const [l, d] = [getComputedStyle(light), getComputedStyle(dark)];
      for (const name of tokenNames()) {
        const row = document.createElement('tr');
        row.append(
          cell('td', code(`--as-${name}`)),
          valueCell(l.getPropertyValue(`--_as-${name}`).trim(), 'light', root),
          valueCell(d.getPropertyValue(`--_as-${name}`).trim(), 'dark', root),
        );
        table.append(row);
      }
    }),
  );
  return root;
}

const meta: Meta = {
  title: 'Theme/Tokens',
  parameters: { sandbox: { user: false } },
};
export default meta;

/** All tokens, light and dark. Set any on `:root`, an ancestor or one element (`docs/theming.md`). */
export const Tokens: StoryObj = { render: tokenTable };
