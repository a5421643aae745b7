export { tokens } from './tokens.ts';
export {
  badgeStyles,
  buttonStyles,
  directionStyles,
  sharedStyles,
  stateStyles,
} from './shared-styles.ts';
export { tableStyles } from './table-styles.ts';
export { inputStyles } from './input-styles.ts';
