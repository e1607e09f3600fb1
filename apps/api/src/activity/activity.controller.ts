import { Controller } from '@nestjs/common';
import { routes, type ActivityPage, type NetworkNews } from '@broedplaats/contracts';
import { ApiRoute, RouteParams, RouteQuery, type RouteIn as In } from '../core/api-route';
import { CurrentUser, type AuthContext } from '../core/auth-context';
import { ActivityService } from './activity.service';

@Controller()
export class ActivityController {
  constructor(private readonly activity: ActivityService) {}

  @ApiRoute(routes.activity)
  list(
    @CurrentUser() { user }: AuthContext,
    @RouteParams(routes.activity) { networkId }: In<'activity', 'params'>,
    @RouteQuery(routes.activity) query: In<'activity', 'query'>,
  ): Promise<ActivityPage> {
    return this.activity.list(user, networkId, query);
  }

  @ApiRoute(routes.activitySeen)
  seen(@CurrentUser() { user }: AuthContext, @RouteParams(routes.activitySeen) { networkId }: In<'activitySeen', 'params'>): Promise<void> {
    return this.activity.markSeen(user, networkId);
  }

  @ApiRoute(routes.networkNews)
  news(@CurrentUser() { user }: AuthContext): Promise<NetworkNews> {
    return this.activity.news(user);
  }
}
