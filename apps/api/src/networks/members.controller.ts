import { Controller } from '@nestjs/common';
import { routes, type Member } from '@broedplaats/contracts';
import { ApiRoute, RouteBody, RouteParams, type RouteIn as In } from '../core/api-route';
import { CurrentUser, type AuthContext } from '../core/auth-context';
import { MembersService } from './members.service';

@Controller()
export class MembersController {
  constructor(private readonly members: MembersService) {}

  @ApiRoute(routes.members)
  list(@CurrentUser() { user }: AuthContext, @RouteParams(routes.members) { networkId }: In<'members', 'params'>): Promise<Member[]> {
    return this.members.list(user, networkId);
  }

  @ApiRoute(routes.updateMember)
  update(
    @CurrentUser() { user }: AuthContext,
    @RouteParams(routes.updateMember) { networkId, userId }: In<'updateMember', 'params'>,
    @RouteBody(routes.updateMember) body: In<'updateMember', 'body'>,
  ): Promise<Member> {
    return this.members.update(user, networkId, userId, body);
  }

  /** Removes a member, or leaves the network when the id is your own. */
  @ApiRoute(routes.removeMember)
  remove(@CurrentUser() { user }: AuthContext, @RouteParams(routes.removeMember) { networkId, userId }: In<'removeMember', 'params'>): Promise<void> {
    return this.members.remove(user, networkId, userId);
  }
}
