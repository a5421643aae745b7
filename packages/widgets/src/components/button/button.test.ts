import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import { button, type ButtonOptions } from './button.ts';

/** Renders one `button(options)` into a container; `show` re-renders it with new options. */
async function mount(options: ButtonOptions) {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const show = (next: ButtonOptions) => render(button(next), host);
  show(options);
  return { el: host.querySelector('button')!, show, host };
}

describe('button()', () => {
  it('renders a native button named by its label, with the default part and no variant', async () => {
    const { el } = await mount({ label: 'Retry' });
    expect(el.textContent?.trim()).to.equal('Retry');
    expect(el.type).to.equal('button');
    expect(el.getAttribute('part')).to.equal('button');
    expect(el.className).to.equal('as-button');
    expect(el.hasAttribute('data-variant')).to.equal(false);
    expect(el.hasAttribute('aria-pressed')).to.equal(false);
  });

  it('carries the variant, parts, name, toggle state and data attributes it is given', async () => {
    const { el } = await mount({
      label: 'Cancel',
      variant: 'danger',
      part: 'button cancel-button',
      ariaLabel: 'Cancel order 12',
      pressed: false,
      data: { order: 12, kind: 'cancel', rowControl: true, autofocus: false },
    });
    expect(el.dataset.variant).to.equal('danger');
    expect(el.getAttribute('part')).to.equal('button cancel-button');
    expect(el.getAttribute('aria-label')).to.equal('Cancel order 12');
    expect(el.getAttribute('aria-pressed')).to.equal('false');
    expect(el.getAttribute('data-order')).to.equal('12');
    expect(el.getAttribute('data-kind')).to.equal('cancel');
    expect(el.getAttribute('data-row-control')).to.equal('');
    expect(el.hasAttribute('data-autofocus')).to.equal(false);
  });

  it('drops data attributes it no longer gets on re-render', async () => {
    const { el, show } = await mount({ label: 'Edit', data: { alert: 7, kind: 'edit' } });
    show({ label: 'Edit', data: { kind: 'edit' } });
    expect(el.hasAttribute('data-alert')).to.equal(false);
    expect(el.getAttribute('data-kind')).to.equal('edit');
    show({ label: 'Edit' });
    expect(el.hasAttribute('data-kind')).to.equal(false);
  });

  it('leaves the DOM untouched when re-rendered with the same options', async () => {
    const options: ButtonOptions = { label: 'Edit', data: { alert: 7, kind: 'edit' } };
    const { show, host } = await mount(options);
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((found) => records.push(...found));
    observer.observe(host, {
      subtree: true,
      attributes: true,
      childList: true,
      characterData: true,
    });
    show({ ...options, data: { alert: 7, kind: 'edit' } });
    await Promise.resolve(); // mutation records are delivered in a microtask
    observer.disconnect();
    expect(records.map((r) => r.attributeName ?? r.type)).to.deep.equal([]);
  });

  it('calls onClick when enabled, and not when disabled', async () => {
    let clicks = 0;
    const { el, show } = await mount({ label: 'Go', onClick: () => clicks++ });
    el.click();
    show({ label: 'Go', onClick: () => clicks++, disabled: true });
    el.click();
    expect(clicks).to.equal(1);
    expect(el.disabled).to.equal(true);
  });

  it('submits the form it is rendered in when its type is submit', async () => {
    const host = await fixture<HTMLFormElement>(html`<form></form>`);
    let submitted = 0;
    host.addEventListener('submit', (e) => {
      e.preventDefault();
      submitted++;
    });
    render(button({ label: 'Save', type: 'submit', variant: 'primary' }), host);
    host.querySelector('button')!.click();
    expect(submitted).to.equal(1);
  });
});
