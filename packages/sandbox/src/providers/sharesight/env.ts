/** The Hono environment of the simulated Sharesight: who the API caller is. */
export interface SharesightEnv {
  Variables: {
    /** The Sharesight user behind the access token. */
    ssUserId: number;
    /** The application (OAuth 2.0 client / OAuth 1.0a consumer) that calls. */
    ssClientId: string;
    /** The sandbox clock. */
    ssNow: () => number;
  };
}
