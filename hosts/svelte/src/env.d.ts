// The elements in Svelte markup: svelteHTML.IntrinsicElements from the widgets' manifest.
import type {} from '@autoshares/widgets/svelte';
