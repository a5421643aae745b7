// The elements in Vue templates: GlobalComponents from the widgets' manifest.
import type {} from '@autoshares/widgets/vue';
