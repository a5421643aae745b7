/**
 * Widgets of another provider (Shareworks, Sharesight) read it through a bridge the site mounts
 * (`@autoshares/host`), declared with `<as-provider>` in the session. The demo server mounts
 * both bridges at `/<name>`, so the preview and the snippets declare the provider a widget's
 * `provider` attribute names (its default, or the value set) with that path.
 */
import type { Configuration } from './state.ts';

/** The provider declaration a configuration needs: `{ name, endpoint }`, or undefined. */
export function providerOf(config: Configuration): { name: string; endpoint: string } | undefined {
  const field = config.widget.attributes.find((a) => a.name === 'provider');
  if (!field) return undefined;
  const set = config.attributes.find((a) => a.field.name === 'provider')?.value;
  const name = (typeof set === 'string' && set) || field.defaultValue;
  if (!/^[a-z][a-z0-9-]*$/.test(name)) return undefined;
  return { name, endpoint: `/${name}` };
}
