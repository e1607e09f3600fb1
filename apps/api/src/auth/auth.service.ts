import { Inject, Injectable, Logger } from '@nestjs/common';
import type { AuthResult, ChangePasswordBody, LoginBody, Me, RegisterBody, UpdateProfileBody } from '@broedplaats/contracts';
import type { z } from 'zod';
import type { AuthContext } from '../core/auth-context';
import { CONFIG, type Config } from '../core/config';
import { DATABASE, type Database } from '../core/database/database';
import { isUniqueViolation } from '../core/database/db-errors';
import { AppError, notFound, validationFailed } from '../core/errors';
import { EventBus } from '../core/events';
import { inTransaction } from '../core/transaction';
import { LoginThrottle } from './login-throttle';
import { decoyHash, hashPassword, verifyPassword } from './passwords';
import { SessionsService } from './sessions.service';
import { SignInSteps } from './sign-in-steps';
import { toMe, UsersRepository } from './users.repository';

type Register = z.output<typeof RegisterBody>;
type Login = z.output<typeof LoginBody>;
type Profile = z.output<typeof UpdateProfileBody>;
type PasswordChange = z.output<typeof ChangePasswordBody>;
export type SignedIn = AuthResult & { token: string };
/** Who is calling from where: sessions keep the device, throttling the address. */
export type Client = { userAgent: string | null; ip: string };

const emailTaken = () => new AppError('email_taken', 'An account with this e-mail address exists', { email: 'taken' });

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    @Inject(DATABASE) private readonly database: Database,
    @Inject(CONFIG) private readonly config: Config,
    private readonly users: UsersRepository,
    private readonly sessions: SessionsService,
    private readonly steps: SignInSteps,
    private readonly events: EventBus,
    private readonly throttle: LoginThrottle,
  ) {}

  /** Account, sign-in steps (an invitation) and session in one transaction: a bad invitation leaves no account behind. */
  async register(body: Register, userAgent: string | null): Promise<SignedIn> {
    if (await this.users.findByEmail(body.email)) throw emailTaken();
    const passwordHash = await hashPassword(body.password);
    try {
      return await inTransaction(this.database.db, async (tx, afterCommit) => {
        const user = await this.users.insert(tx, { email: body.email, passwordHash, displayName: body.displayName, language: body.language });
        const me = toMe(user);
        const { joinedNetworkId = null } = await this.steps.run(tx, afterCommit, me, { how: 'register', invitationToken: body.invitationToken });
        const { token } = await this.sessions.start(tx, user.id, userAgent);
        return { user: me, joinedNetworkId, token };
      });
    } catch (error) {
      // Two registrations racing for one address: the unique index decides.
      if (isUniqueViolation(error)) throw emailTaken();
      throw error;
    }
  }

  async login(body: Login, client: Client): Promise<SignedIn> {
    this.throttle.check(body.email, client.ip);
    const user = await this.users.findByEmail(body.email);
    const valid = await verifyPassword(user?.passwordHash ?? (await decoyHash()), body.password);
    if (!user || !valid) {
      this.throttle.failed(body.email, client.ip);
      throw new AppError('invalid_credentials', 'E-mail address or password is wrong');
    }
    this.throttle.succeeded(body.email, client.ip);
    const userAgent = client.userAgent;
    const me = toMe(user);
    return inTransaction(this.database.db, async (tx, afterCommit) => {
      const { joinedNetworkId = null } = await this.steps.run(tx, afterCommit, me, { how: 'login', invitationToken: body.invitationToken });
      const { token } = await this.sessions.start(tx, user.id, userAgent);
      return { user: me, joinedNetworkId, token };
    });
  }

  async logout(auth: AuthContext): Promise<void> {
    await this.sessions.revoke(auth, auth.sessionId);
  }

  async updateProfile(auth: AuthContext, changes: Profile): Promise<Me> {
    const user = await this.users.update(auth.user.id, changes);
    if (!user) throw notFound('Account');
    await this.sessions.userChanged(user.id);
    if (changes.displayName && changes.displayName !== auth.user.displayName) {
      this.events.publish('user.renamed', { userId: user.id, displayName: user.displayName });
    }
    const before = auth.user;
    if (user.displayName !== before.displayName || user.organisation !== before.organisation || user.bio !== before.bio) {
      this.events.publish('user.profileChanged', { userId: user.id });
    }
    return toMe(user);
  }

  /**
   * A wrong current password is a field error, not a 401: the session itself is fine. Other devices
   * are signed out, so someone who knew the old password loses access; this one stays signed in.
   */
  async changePassword(auth: AuthContext, body: PasswordChange, client: Client): Promise<void> {
    this.throttle.check(auth.user.email, client.ip);
    const user = await this.users.findById(auth.user.id);
    if (!user) throw notFound('Account');
    if (!(await verifyPassword(user.passwordHash, body.currentPassword))) {
      this.throttle.failed(auth.user.email, client.ip);
      throw validationFailed({ currentPassword: 'This is not your current password' });
    }
    this.throttle.succeeded(auth.user.email, client.ip);
    const passwordHash = await hashPassword(body.newPassword);
    await inTransaction(this.database.db, async (tx, afterCommit) => {
      await this.users.setPasswordHash(tx, user.id, passwordHash);
      await this.sessions.revokeOthers(tx, afterCommit, auth);
    });
  }

  /** On a database without that account, creates the platform admin named in ADMIN_EMAIL. */
  async ensureAdmin(): Promise<void> {
    const { ADMIN_EMAIL: email, ADMIN_PASSWORD: password } = this.config;
    if (!email || !password || (await this.users.findByEmail(email))) return;
    const passwordHash = await hashPassword(password);
    try {
      await this.users.insert(this.database.db, { email, passwordHash, displayName: 'Beheerder', language: 'nl', isPlatformAdmin: true });
      this.logger.log({ email }, 'platform admin created');
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
}
