import { msg } from './msg.ts';

/** What an error that is not the client's (`AutoSharesError`) reads, in the locale in scope. */
export const somethingWentWrong = (): string => msg('Something went wrong. Please try again.');
