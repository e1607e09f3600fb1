import { Controller } from '@nestjs/common';
import { routes, type AdminNetworkPage, type AdminUser, type AdminUserPage, type AuditPage } from '@broedplaats/contracts';
import { ApiRoute, RouteParams, RouteQuery, type RouteIn as In } from '../core/api-route';
import { CurrentUser, type AuthContext } from '../core/auth-context';
import { AdminService } from './admin.service';

@Controller()
export class AdminController {
  constructor(private readonly admin: AdminService) {}

  @ApiRoute(routes.adminUsers)
  users(@CurrentUser() { user }: AuthContext, @RouteQuery(routes.adminUsers) { q, page, pageSize }: In<'adminUsers', 'query'>): Promise<AdminUserPage> {
    return this.admin.users(user, q, page, pageSize);
  }

  @ApiRoute(routes.deactivateUser)
  deactivate(@CurrentUser() { user }: AuthContext, @RouteParams(routes.deactivateUser) { userId }: In<'deactivateUser', 'params'>): Promise<AdminUser> {
    return this.admin.deactivate(user, userId);
  }

  @ApiRoute(routes.reactivateUser)
  reactivate(@CurrentUser() { user }: AuthContext, @RouteParams(routes.reactivateUser) { userId }: In<'reactivateUser', 'params'>): Promise<AdminUser> {
    return this.admin.reactivate(user, userId);
  }

  @ApiRoute(routes.adminNetworks)
  networks(@CurrentUser() { user }: AuthContext, @RouteQuery(routes.adminNetworks) { q, page, pageSize }: In<'adminNetworks', 'query'>): Promise<AdminNetworkPage> {
    return this.admin.networks(user, q, page, pageSize);
  }

  @ApiRoute(routes.auditLog)
  audit(@CurrentUser() { user }: AuthContext, @RouteQuery(routes.auditLog) { page, pageSize }: In<'auditLog', 'query'>): Promise<AuditPage> {
    return this.admin.auditLog(user, page, pageSize);
  }
}
