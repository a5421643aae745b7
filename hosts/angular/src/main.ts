// An Angular app on the packed @autoshares/angular: the host's backend hands the API URL, app
// key and the user's token (here `/session.json`, served by the test).
import { bootstrapApplication } from '@angular/platform-browser';
import { App, CONFIG, type Config } from './app';

const config = (await (await fetch('/session.json')).json()) as Config;
await bootstrapApplication(App, { providers: [{ provide: CONFIG, useValue: config }] });
