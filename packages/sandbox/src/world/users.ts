/**
 * Users and the accounts they own. Every user is a seeded copy of the demo user's shape (see
 * `seed.ts`); ids are allocated in order, so the same sequence of calls gives the same ids.
 * userIds (4201, 4202, …) and accountIds (52001, 52002, …) never overlap, so a userId used as
 * an accountId is detectably wrong, as on the real API.
 */
import type { UserInfoModel } from './broker/types.ts';

/** The demo login (a password user with no second factor). */
export const DEMO_USER = { username: 'demo', password: 'demo1234' } as const;
/** A demo login that needs the two-factor step; its code is {@link VERIFICATION_CODE}. */
export const DEMO_2FA_USER = { username: 'demo2fa', password: 'demo1234' } as const;
/** The sandbox's application key (`Et-App-Key`). */
export const APP_KEY = 'autoshares-sandbox-key';
/** The fixed two-factor verification code. */
export const VERIFICATION_CODE = '123456';

export interface UserRecord {
  id: number;
  login: string;
  password: string;
  twoFactor: boolean;
  info: UserInfoModel;
  accountIds: number[];
}

export class UserDirectory {
  private readonly byId = new Map<number, UserRecord>();
  private readonly byLogin = new Map<string, UserRecord>();
  private nextUserId = 4201;
  private nextAccountId = 52001;

  /** Allocates a user id. */
  allocateUserId(): number {
    return this.nextUserId++;
  }

  /** Allocates an account id. */
  allocateAccountId(): number {
    return this.nextAccountId++;
  }

  add(user: UserRecord): void {
    this.byId.set(user.id, user);
    this.byLogin.set(user.login.toLowerCase(), user);
  }

  get(userId: number): UserRecord | undefined {
    return this.byId.get(userId);
  }

  /** Logins are case-insensitive. */
  byUsername(login: string): UserRecord | undefined {
    return this.byLogin.get(login.toLowerCase());
  }

  has(login: string): boolean {
    return this.byLogin.has(login.toLowerCase());
  }

  all(): UserRecord[] {
    return [...this.byId.values()];
  }
}
