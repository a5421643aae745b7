/**
 * The simulated Shareworks Public API (equity-plan administration): see the sandbox README,
 * "Shareworks".
 */
export { ShareworksSandbox, type ShareworksSettings } from './shareworks.ts';
export { registerShareworksRoutes, SHAREWORKS_BASE_PATH, SHAREWORKS_API_PREFIX } from './routes.ts';
export {
  ACCESS_TOKEN_LIFETIME_SECONDS,
  VERIFICATION_AUDIENCE,
  VERIFICATION_ISSUER,
  VERIFICATION_MAX_AGE_SECONDS,
  type AccessTokenResponse,
} from './auth.ts';
export { SHAREWORKS_LIMITS, type RateLimits } from './rate-limit.ts';
export { DEMO_EMPLOYEE } from './seed.ts';
export type { ShareworksErrorBody } from './errors.ts';
