// expect: Argument of type 'string' is not assignable to parameter of type 'number'
import { Component, CUSTOM_ELEMENTS_SCHEMA } from '@angular/core';
import { AsWatchlist } from '@autoshares/angular';

/** `$event` is the SymbolSelectEvent: its `symbol` is a string, not an id. */
@Component({
  selector: 'app-wrong-event',
  imports: [AsWatchlist],
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `<as-watchlist (as-symbol-select)="show($event.symbol)" />`,
})
export class WrongEvent {
  show(id: number) {
    return id;
  }
}
