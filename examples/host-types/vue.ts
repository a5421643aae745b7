/**
 * A Vue app's view of the elements through `GlobalComponents`, typed by
 * `@autoshares/widgets/vue` (what Volar checks in templates): scripts/manifest.test.ts
 * compiles it with `tsc`.
 */
import type {} from '@autoshares/widgets/vue';
import type { GlobalComponents } from 'vue';

type PropsOf<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];

export const quote: PropsOf<'as-quote'> = { symbol: 'AAPL', 'link-group': 'desk' };
export const session: PropsOf<'as-session'> = { 'base-url': '/api', theme: 'light' };

// @ts-expect-error: `:symbol="42"` — a symbol is a string
export const wrongProp: PropsOf<'as-quote'> = { symbol: 42 };
