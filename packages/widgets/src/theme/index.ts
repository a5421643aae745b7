export { tokens } from './tokens.ts';
export {
  badgeStyles,
  buttonStyles,
  directionStyles,
  inputStyles,
  sharedStyles,
  stateStyles,
  tableStyles,
} from './shared-styles.ts';
