import { randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { RequestPasswordResetBody, ResetPasswordBody } from '@broedplaats/contracts';
import type { z } from 'zod';
import { CLOCK, type Clock } from '../core/clock';
import { DATABASE, type Database } from '../core/database/database';
import { AppError } from '../core/errors';
import { inTransaction } from '../core/transaction';
import { Mailer } from '../mail/mailer';
import { passwordResetMail } from './password-reset.mail';
import { PasswordResetsRepository } from './password-resets.repository';
import { hashPassword } from './passwords';
import { hashToken, SessionsService } from './sessions.service';
import { UsersRepository } from './users.repository';

/** How long a reset link works. */
export const RESET_VALID_MS = 3600 * 1000;
const invalid = () => new AppError('reset_invalid', 'This reset link no longer works; ask for a new one');

/**
 * "Wachtwoord vergeten?": a single-use link by mail, valid for an hour. The request answers the
 * same for known and unknown addresses, and the mail goes out after the answer, so neither the
 * answer nor its timing tells whether an address has an account.
 */
@Injectable()
export class PasswordResetService {
  private readonly logger = new Logger(PasswordResetService.name);

  constructor(
    @Inject(DATABASE) private readonly database: Database,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly users: UsersRepository,
    private readonly resets: PasswordResetsRepository,
    private readonly sessions: SessionsService,
    private readonly mailer: Mailer,
  ) {}

  request({ email }: z.output<typeof RequestPasswordResetBody>): void {
    this.mailLink(email).catch((error: unknown) => this.logger.error({ err: error }, 'password reset could not be prepared'));
  }

  async reset({ token, newPassword }: z.output<typeof ResetPasswordBody>): Promise<void> {
    const passwordHash = await hashPassword(newPassword);
    const now = this.clock.now();
    await inTransaction(this.database.db, async (tx, afterCommit) => {
      const row = await this.resets.findForUpdate(tx, hashToken(token));
      if (!row || row.usedAt || row.expiresAt <= now) throw invalid();
      await this.users.setPasswordHash(tx, row.userId, passwordHash);
      await this.resets.useAll(tx, row.userId, now);
      await this.sessions.revokeAll(tx, afterCommit, row.userId);
    });
  }

  private async mailLink(email: string): Promise<void> {
    const user = await this.users.findByEmail(email);
    if (!user || user.deleted) return;
    const token = randomBytes(32).toString('base64url');
    const now = this.clock.now();
    await this.resets.insert({ userId: user.id, tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + RESET_VALID_MS), createdAt: now });
    this.mailer.sendLater(passwordResetMail(user.language, user, this.mailer.link(`/reset/${token}`)));
  }
}
