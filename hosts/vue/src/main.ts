// A Vue app on the packed @autoshares/widgets: the elements are defined before Vue mounts, so
// Vue sets their properties (the token stays a property).
import '@autoshares/widgets/session.js';
import '@autoshares/widgets/watchlist.js';
import { createApp } from 'vue';
import App from './App.vue';

const config = (await (await fetch('/session.json')).json()) as {
  apiUrl: string;
  appKey: string;
  token: string;
};
createApp(App, config).mount('#app');
