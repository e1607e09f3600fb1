import { Controller } from '@nestjs/common';
import { routes, type AdminNetworkPage, type AdminUser, type AdminUserPage, type AuditPage, type DutyShift, type InstanceSettings } from '@broedplaats/contracts';
import { ApiRoute, RouteBody, RouteParams, RouteQuery, type RouteIn as In } from '../core/api-route';
import { CurrentUser, type AuthContext } from '../core/auth-context';
import { AdminService } from './admin.service';
import { DutyService } from './duty.service';
import { InstanceService } from './instance.service';

@Controller()
export class AdminController {
  constructor(
    private readonly admin: AdminService,
    private readonly duty: DutyService,
    private readonly instance: InstanceService,
  ) {}

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

  @ApiRoute(routes.startDuty)
  startDuty(
    @CurrentUser() { user }: AuthContext,
    @RouteParams(routes.startDuty) { networkId }: In<'startDuty', 'params'>,
    @RouteBody(routes.startDuty) { reason }: In<'startDuty', 'body'>,
  ): Promise<DutyShift> {
    return this.duty.start(user, networkId, reason);
  }

  @ApiRoute(routes.endDuty)
  endDuty(@CurrentUser() { user }: AuthContext, @RouteParams(routes.endDuty) { networkId }: In<'endDuty', 'params'>): Promise<void> {
    return this.duty.end(user, networkId);
  }

  @ApiRoute(routes.instanceSettings)
  instanceSettings(): Promise<InstanceSettings> {
    return this.instance.read();
  }

  @ApiRoute(routes.updateInstanceSettings)
  updateInstanceSettings(@CurrentUser() { user }: AuthContext, @RouteBody(routes.updateInstanceSettings) body: In<'updateInstanceSettings', 'body'>): Promise<InstanceSettings> {
    return this.instance.update(user, body);
  }
}
