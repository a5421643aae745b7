// The directives of @autoshares/angular type the elements in the template: `[token]` is a
// string, and `$event` of `(as-symbol-select)` is a SymbolSelectEvent, not a plain Event.
import { Component, CUSTOM_ELEMENTS_SCHEMA, InjectionToken, inject, signal } from '@angular/core';
import { AsSession, AsWatchlist } from '@autoshares/angular';

export interface Config {
  apiUrl: string;
  appKey: string;
  token: string;
}
export const CONFIG = new InjectionToken<Config>('AutoShares session config');

@Component({
  selector: 'app-root',
  imports: [AsSession, AsWatchlist],
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <as-session
      [baseUrl]="config.apiUrl"
      [appKey]="config.appKey"
      [token]="config.token"
      locale="en-US"
    >
      <p role="status">
        {{ selected().length ? 'Selected: ' + selected().join(', ') : 'Pick a row.' }}
      </p>
      <as-watchlist linkGroup="desk" (as-symbol-select)="select($event.symbol)" />
    </as-session>
  `,
})
export class App {
  protected readonly config = inject(CONFIG);
  protected readonly selected = signal<string[]>([]);

  protected select(symbol: string) {
    this.selected.update((symbols) => [...symbols, symbol]);
  }
}
