import { Controller } from '@nestjs/common';
import { routes, type CloseCycleResult, type CycleDetail, type CyclePage } from '@broedplaats/contracts';
import { ApiRoute, RouteBody, RouteParams, RouteQuery, type RouteIn as In } from '../core/api-route';
import { CurrentUser, type AuthContext } from '../core/auth-context';
import { CycleOverviewService } from './cycle-overview.service';
import { CyclesService } from './cycles.service';

/** A network's cycles: the list, one cycle, and what its owners change about it. */
@Controller()
export class CyclesController {
  constructor(
    private readonly cycles: CyclesService,
    private readonly overview: CycleOverviewService,
  ) {}

  @ApiRoute(routes.cycles)
  list(@CurrentUser() { user }: AuthContext, @RouteParams(routes.cycles) { networkId }: In<'cycles', 'params'>, @RouteQuery(routes.cycles) query: In<'cycles', 'query'>): Promise<CyclePage> {
    return this.overview.list(user, networkId, query);
  }

  @ApiRoute(routes.startCycle)
  start(@CurrentUser() { user }: AuthContext, @RouteParams(routes.startCycle) { networkId }: In<'startCycle', 'params'>, @RouteBody(routes.startCycle) body: In<'startCycle', 'body'>): Promise<CycleDetail> {
    return this.cycles.start(user, networkId, body);
  }

  @ApiRoute(routes.cycle)
  detail(@CurrentUser() { user }: AuthContext, @RouteParams(routes.cycle) { networkId, cycleId }: In<'cycle', 'params'>): Promise<CycleDetail> {
    return this.cycles.detail(user, networkId, cycleId);
  }

  @ApiRoute(routes.updateCycle)
  update(@CurrentUser() { user }: AuthContext, @RouteParams(routes.updateCycle) { networkId, cycleId }: In<'updateCycle', 'params'>, @RouteBody(routes.updateCycle) body: In<'updateCycle', 'body'>): Promise<CycleDetail> {
    return this.cycles.update(user, networkId, cycleId, body);
  }

  @ApiRoute(routes.changeCyclePhase)
  phase(@CurrentUser() { user }: AuthContext, @RouteParams(routes.changeCyclePhase) { networkId, cycleId }: In<'changeCyclePhase', 'params'>, @RouteBody(routes.changeCyclePhase) body: In<'changeCyclePhase', 'body'>): Promise<CycleDetail> {
    return this.cycles.changePhase(user, networkId, cycleId, body);
  }

  @ApiRoute(routes.updateIteration)
  iteration(@CurrentUser() { user }: AuthContext, @RouteParams(routes.updateIteration) p: In<'updateIteration', 'params'>, @RouteBody(routes.updateIteration) body: In<'updateIteration', 'body'>): Promise<CycleDetail> {
    return this.cycles.updateIteration(user, p.networkId, p.cycleId, p.iterationId, body);
  }

  @ApiRoute(routes.closeCycle)
  close(@CurrentUser() { user }: AuthContext, @RouteParams(routes.closeCycle) { networkId, cycleId }: In<'closeCycle', 'params'>, @RouteBody(routes.closeCycle) body: In<'closeCycle', 'body'>): Promise<CloseCycleResult> {
    return this.cycles.close(user, networkId, cycleId, body);
  }
}
