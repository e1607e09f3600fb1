import { Controller } from '@nestjs/common';
import { routes, type AcceptInvitationResult, type Invitation, type InvitationPreview, type InviteByEmailResult } from '@broedplaats/contracts';
import { ApiRoute, RouteBody, RouteParams, type RouteIn as In } from '../core/api-route';
import { CurrentUser, CurrentUserIfAny, type AuthContext } from '../core/auth-context';
import { InvitationsService } from './invitations.service';

@Controller()
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @ApiRoute(routes.invitations)
  list(@CurrentUser() { user }: AuthContext, @RouteParams(routes.invitations) { networkId }: In<'invitations', 'params'>): Promise<Invitation[]> {
    return this.invitations.list(user, networkId);
  }

  @ApiRoute(routes.createInvitation)
  create(
    @CurrentUser() { user }: AuthContext,
    @RouteParams(routes.createInvitation) { networkId }: In<'createInvitation', 'params'>,
    @RouteBody(routes.createInvitation) body: In<'createInvitation', 'body'>,
  ): Promise<Invitation> {
    return this.invitations.create(user, networkId, body);
  }

  @ApiRoute(routes.inviteByEmail)
  async inviteByEmail(
    @CurrentUser() { user }: AuthContext,
    @RouteParams(routes.inviteByEmail) { networkId }: In<'inviteByEmail', 'params'>,
    @RouteBody(routes.inviteByEmail) body: In<'inviteByEmail', 'body'>,
  ): Promise<InviteByEmailResult> {
    return { invitations: await this.invitations.inviteByEmail(user, networkId, body) };
  }

  /** Revokes the link; the record stays so facilitators see what happened. */
  @ApiRoute(routes.revokeInvitation)
  revoke(@CurrentUser() { user }: AuthContext, @RouteParams(routes.revokeInvitation) { networkId, invitationId }: In<'revokeInvitation', 'params'>): Promise<Invitation> {
    return this.invitations.revoke(user, networkId, invitationId);
  }

  @ApiRoute(routes.invitationPreview)
  preview(@CurrentUserIfAny() auth: AuthContext | null, @RouteParams(routes.invitationPreview) { token }: In<'invitationPreview', 'params'>): Promise<InvitationPreview> {
    return this.invitations.preview(token, auth?.user ?? null);
  }

  @ApiRoute(routes.acceptInvitation)
  accept(@CurrentUser() { user }: AuthContext, @RouteParams(routes.acceptInvitation) { token }: In<'acceptInvitation', 'params'>): Promise<AcceptInvitationResult> {
    return this.invitations.accept(user, token);
  }
}
