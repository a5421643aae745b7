// expect: Type 'string' is not assignable to type 'number'
import { Component, CUSTOM_ELEMENTS_SCHEMA } from '@angular/core';
import { AsWatchlist } from '@autoshares/angular';

@Component({
  selector: 'app-wrong-prop',
  imports: [AsWatchlist],
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `<as-watchlist [watchlistId]="'first'" />`,
})
export class WrongProp {}
