import { Inject, Injectable } from '@nestjs/common';
import type { AdminNetworkPage, AdminUser, AdminUserPage, AuditPage, Me } from '@broedplaats/contracts';
import { SessionsService } from '../auth/sessions.service';
import { CLOCK, type Clock } from '../core/clock';
import { DATABASE, type Database } from '../core/database/database';
import { forbidden, notFound, validationFailed } from '../core/errors';
import { inTransaction } from '../core/transaction';
import { AdminRepository } from './admin.repository';

const requireAdmin = (user: Me) => {
  if (!user.isPlatformAdmin) throw forbidden('Only platform admins may do this');
};

/**
 * Platform admins look after accounts. Every change is written to the audit log in the same
 * transaction, so the log never misses or invents an action.
 */
@Injectable()
export class AdminService {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly repository: AdminRepository,
    private readonly sessions: SessionsService,
  ) {}

  users(user: Me, q: string | undefined, page: number, pageSize: number): Promise<AdminUserPage> {
    requireAdmin(user);
    return this.repository.users(q || undefined, page, pageSize);
  }

  /** The person cannot log in any more; every session ends and their sockets drop after commit. */
  deactivate(admin: Me, userId: string): Promise<AdminUser> {
    requireAdmin(admin);
    if (userId === admin.id) throw validationFailed({ userId: 'You cannot deactivate yourself' });
    return inTransaction(this.database.db, async (tx, afterCommit) => {
      if (!(await this.repository.lockUser(tx, userId))) throw notFound('Account');
      const at = this.clock.now();
      if (await this.repository.deactivate(tx, userId, admin.id, at)) {
        await this.repository.audit(tx, { actorId: admin.id, action: 'user.deactivated', targetUserId: userId, at });
        await this.sessions.revokeAll(tx, afterCommit, userId);
      }
      return (await this.repository.user(tx, userId))!;
    });
  }

  reactivate(admin: Me, userId: string): Promise<AdminUser> {
    requireAdmin(admin);
    return inTransaction(this.database.db, async (tx) => {
      if (!(await this.repository.lockUser(tx, userId))) throw notFound('Account');
      if (await this.repository.reactivate(tx, userId)) {
        await this.repository.audit(tx, { actorId: admin.id, action: 'user.reactivated', targetUserId: userId, at: this.clock.now() });
      }
      return (await this.repository.user(tx, userId))!;
    });
  }

  networks(user: Me, q: string | undefined, page: number, pageSize: number): Promise<AdminNetworkPage> {
    requireAdmin(user);
    return this.repository.networks(q || undefined, page, pageSize, user.id, this.clock.now());
  }

  auditLog(user: Me, page: number, pageSize: number): Promise<AuditPage> {
    requireAdmin(user);
    return this.repository.auditPage(page, pageSize);
  }
}
