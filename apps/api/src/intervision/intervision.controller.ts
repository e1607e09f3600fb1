import { Controller } from '@nestjs/common';
import { routes, type IntervisionSessionDetail, type IntervisionSessionSummary, type LiveState } from '@broedplaats/contracts';
import { ApiRoute, RouteBody, RouteParams, type RouteIn as In } from '../core/api-route';
import { CurrentUser, type AuthContext } from '../core/auth-context';
import { IntervisionService } from './intervision.service';

/** Sessions: planning, arranging until the start, reading one (participants), the lead's moves. */
@Controller()
export class IntervisionController {
  constructor(private readonly sessions: IntervisionService) {}

  @ApiRoute(routes.intervisionSessions)
  list(@CurrentUser() { user }: AuthContext, @RouteParams(routes.intervisionSessions) { networkId }: In<'intervisionSessions', 'params'>): Promise<IntervisionSessionSummary[]> {
    return this.sessions.list(user, networkId);
  }

  @ApiRoute(routes.myIntervisionSessions)
  mine(@CurrentUser() { user }: AuthContext): Promise<IntervisionSessionSummary[]> {
    return this.sessions.mine(user);
  }

  @ApiRoute(routes.planIntervisionSession)
  plan(@CurrentUser() { user }: AuthContext, @RouteParams(routes.planIntervisionSession) { networkId }: In<'planIntervisionSession', 'params'>, @RouteBody(routes.planIntervisionSession) body: In<'planIntervisionSession', 'body'>): Promise<IntervisionSessionSummary> {
    return this.sessions.plan(user, networkId, body);
  }

  @ApiRoute(routes.intervisionSession)
  detail(@CurrentUser() { user }: AuthContext, @RouteParams(routes.intervisionSession) p: In<'intervisionSession', 'params'>): Promise<IntervisionSessionDetail> {
    return this.sessions.detail(user, p.networkId, p.sessionId);
  }

  @ApiRoute(routes.updateIntervisionSession)
  update(@CurrentUser() { user }: AuthContext, @RouteParams(routes.updateIntervisionSession) p: In<'updateIntervisionSession', 'params'>, @RouteBody(routes.updateIntervisionSession) body: In<'updateIntervisionSession', 'body'>): Promise<IntervisionSessionSummary> {
    return this.sessions.update(user, p.networkId, p.sessionId, body);
  }

  @ApiRoute(routes.cancelIntervisionSession)
  cancel(@CurrentUser() { user }: AuthContext, @RouteParams(routes.cancelIntervisionSession) p: In<'cancelIntervisionSession', 'params'>): Promise<void> {
    return this.sessions.cancel(user, p.networkId, p.sessionId);
  }

  @ApiRoute(routes.moveIntervisionSession)
  move(@CurrentUser() { user }: AuthContext, @RouteParams(routes.moveIntervisionSession) p: In<'moveIntervisionSession', 'params'>, @RouteBody(routes.moveIntervisionSession) body: In<'moveIntervisionSession', 'body'>): Promise<LiveState> {
    return this.sessions.move(user, p.networkId, p.sessionId, body);
  }
}
