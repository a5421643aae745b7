/**
 * `<as-session>` itself: a session of the story's own (its attributes are the controls) around
 * a quote and the account summary, so its settings show on the widgets it provides.
 */
import '@autoshares/widgets/session.js';
import '@autoshares/widgets/quote.js';
import '@autoshares/widgets/account-summary.js';
import type { Meta } from '@storybook/web-components-vite';
import { renderElement, states, type Args, type Story } from './support/element-stories.ts';
import type { SandboxLoaded } from './support/session.ts';
import { SANDBOX_APP_KEY } from './support/sandbox.ts';

const meta: Meta<Args> = {
  title: 'Elements/Session',
  component: 'as-session',
  tags: ['autodocs'],
  args: { locale: '', theme: '', transparent: false },
  render: (args, context) => {
    const { apiUrl, user } = context.loaded.sandbox as SandboxLoaded;
    const session = renderElement('as-session')(args) as HTMLElement & { token?: string };
    session.setAttribute('base-url', apiUrl);
    session.setAttribute('app-key', user?.appKey ?? SANDBOX_APP_KEY);
    session.token = user?.token;
    const quote = document.createElement('as-quote');
    quote.setAttribute('symbol', 'AAPL');
    session.append(quote, document.createElement('as-account-summary'));
    return session;
  },
};
export default meta;

export const Live: Story = {};
export const Dark: Story = { args: { theme: 'dark' } };
export const Transparent: Story = { args: { transparent: true } };
export const German: Story = { args: { locale: 'de-DE' } };
/** No token: the widgets inside show their signed-out state with a Sign-in button. */
export const WithoutToken: Story = { name: 'Without a token', ...states.signedOut() };
