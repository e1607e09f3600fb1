import { Controller } from '@nestjs/common';
import { routes, type IntervisionMethod } from '@broedplaats/contracts';
import { ApiRoute, RouteBody, RouteParams, type RouteIn as In } from '../core/api-route';
import { CurrentUser, type AuthContext } from '../core/auth-context';
import { IntervisionMethodsService } from './intervision-methods.service';

@Controller()
export class IntervisionMethodsController {
  constructor(private readonly methods: IntervisionMethodsService) {}

  @ApiRoute(routes.intervisionMethods)
  list(@CurrentUser() { user }: AuthContext, @RouteParams(routes.intervisionMethods) { networkId }: In<'intervisionMethods', 'params'>): Promise<IntervisionMethod[]> {
    return this.methods.list(user, networkId);
  }

  @ApiRoute(routes.createIntervisionMethod)
  create(@CurrentUser() { user }: AuthContext, @RouteParams(routes.createIntervisionMethod) { networkId }: In<'createIntervisionMethod', 'params'>, @RouteBody(routes.createIntervisionMethod) body: In<'createIntervisionMethod', 'body'>): Promise<IntervisionMethod> {
    return this.methods.create(user, networkId, body);
  }

  @ApiRoute(routes.updateIntervisionMethod)
  replace(@CurrentUser() { user }: AuthContext, @RouteParams(routes.updateIntervisionMethod) p: In<'updateIntervisionMethod', 'params'>, @RouteBody(routes.updateIntervisionMethod) body: In<'updateIntervisionMethod', 'body'>): Promise<IntervisionMethod> {
    return this.methods.replace(user, p.networkId, p.methodId, body);
  }

  @ApiRoute(routes.deleteIntervisionMethod)
  remove(@CurrentUser() { user }: AuthContext, @RouteParams(routes.deleteIntervisionMethod) p: In<'deleteIntervisionMethod', 'params'>): Promise<void> {
    return this.methods.remove(user, p.networkId, p.methodId);
  }
}
