/**
 * `<as-test-mutation-probe>`: a minimal element that writes, for the tests of
 * `MutationController`. It shows what a user would notice: the user's watchlists (the shared
 * query a write refetches), a panel with a Save button per target (disabled while that target
 * is saved), the failure, and the polite announcements. Tests start writes with
 * `el.mutation.run(...)`.
 */
import type { WatchlistModel } from '@autoshares/client';
import { watchlistsQuery } from '@autoshares/client';
import { html, nothing } from 'lit';
import { AutoSharesElement } from '../base/base-element.ts';
import { errorMessage } from '../base/view-states.ts';
import { AnnouncerController } from '../controllers/announcer-controller.ts';
import { MutationController } from '../controllers/mutation-controller.ts';
import { QueryController } from '../controllers/query-controller.ts';
import { defineElement } from '../core/define.ts';

export class MutationProbe extends AutoSharesElement {
  /** Whether the panel with the Save buttons is shown (a write's success may close it). */
  panelOpen = true;
  readonly announcer = new AnnouncerController(this);
  readonly mutation = new MutationController(this, this.announcer);
  readonly lists = new QueryController<WatchlistModel[]>(this, (session) =>
    watchlistsQuery(session.client),
  );

  /** Closes the panel (what a write's `onSuccess` does here). */
  closePanel(): void {
    this.panelOpen = false;
    this.requestUpdate();
  }

  protected override render() {
    const state = this.renderState({ sources: [this.lists] });
    if (state) return state;
    const failure = this.mutation.message(errorMessage);
    return html`<ul>
        ${(this.lists.data ?? []).map((list) => html`<li>${list.Name}</li>`)}
      </ul>
      <button class="as-button" type="button" id="opener">Open</button>
      ${
        this.panelOpen
          ? html`<div class="panel">
              ${['a', 'b'].map(
                (target) =>
                  html`<button
                    class="as-button"
                    type="button"
                    data-target=${target}
                    ?disabled=${this.mutation.isBusy(target)}
                  >
                    Save ${target.toUpperCase()}
                  </button>`,
              )}
            </div>`
          : nothing
      }
      ${failure ? html`<p role="alert">${failure}</p>` : nothing} ${this.announcer.render()}`;
  }
}

defineElement('as-test-mutation-probe', MutationProbe);

declare global {
  interface HTMLElementTagNameMap {
    'as-test-mutation-probe': MutationProbe;
  }
}
