/** The linked bank accounts (template only): one row each, with Verify, Make default, Rename and Remove. */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { button } from '../../components/button/button.ts';
import { msg, str } from '../../locale/msg.ts';
import { linkLabel, linkStatusLabel, maskedNumber, type Link } from './bank-link.ts';

export interface BankLinksView {
  ids: string;
  links: readonly Link[];
  /** A refusal of a row's action, if any. */
  failure: string | undefined;
  busy(link: Link): boolean;
  verify(link: Link): void;
  makeDefault(link: Link): void;
  rename(link: Link): void;
  remove(link: Link): void;
}

/** The bank accounts section. */
export function renderBankLinks(view: BankLinksView): TemplateResult {
  const { links, failure } = view;
  return html`<section class="links" aria-labelledby="${view.ids}-links">
    <h3 id="${view.ids}-links" class="section-title">${msg('Bank accounts')}</h3>
    ${failure ? html`<p class="form-error" role="alert">${failure}</p>` : nothing}
    ${
      links.length === 0
        ? html`<p class="empty">${msg('No bank account linked yet.')}</p>`
        : html`<table class="as-table" part="table">
            <caption class="as-visually-hidden">
              ${msg('Bank accounts')}
            </caption>
            <thead>
              <tr>
                <th scope="col">${msg('Bank account')}</th>
                <th scope="col"><span class="as-visually-hidden">${msg('Actions')}</span></th>
              </tr>
            </thead>
            <tbody>
              ${repeat(
                links,
                (l) => l.Id,
                (l) => renderRow(view, l),
              )}
            </tbody>
          </table>`
    }
  </section>`;
}

function renderRow(view: BankLinksView, l: Link): TemplateResult {
  const name = linkLabel(l);
  const busy = view.busy(l);
  const verifying = l.Status === 'Pending' || l.Status === 'PendingApproval';
  return html`<tr data-link-id=${l.Id ?? ''} data-link-status=${l.Status ?? ''}>
    <th scope="row">
      ${l.Name ?? ''} <span class="number">${maskedNumber(l)}</span>
      ${l.Default ? html`<span class="as-badge">${msg('Default')}</span>` : nothing}
      <span class="sub" data-col="status">${linkStatusLabel(l)}</span>
    </th>
    <td class="actions">
      <div class="buttons">
        ${
          verifying
            ? button({
                label: msg('Verify'),
                ariaLabel: msg(str`Verify ${name}`),
                data: { kind: 'verify', link: l.Id },
                onClick: () => view.verify(l),
              })
            : nothing
        }
        ${
          l.Status === 'Approved' && !l.Default
            ? button({
                label: msg('Make default'),
                ariaLabel: msg(str`Make ${name} the default`),
                data: { kind: 'default', link: l.Id },
                disabled: busy,
                onClick: () => view.makeDefault(l),
              })
            : nothing
        }
        ${button({
          label: msg('Rename'),
          ariaLabel: msg(str`Rename ${name}`),
          data: { kind: 'rename', link: l.Id },
          disabled: busy,
          onClick: () => view.rename(l),
        })}
        ${button({
          label: msg('Remove'),
          variant: 'danger',
          ariaLabel: msg(str`Remove ${name}`),
          data: { kind: 'remove', link: l.Id },
          disabled: busy,
          onClick: () => view.remove(l),
        })}
      </div>
    </td>
  </tr>`;
}
