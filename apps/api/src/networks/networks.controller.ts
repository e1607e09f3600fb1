import { Controller } from '@nestjs/common';
import { routes, type Network, type Page, type Partner } from '@broedplaats/contracts';
import { ApiRoute, RouteBody, RouteParams, RouteQuery, type RouteIn as In } from '../core/api-route';
import { CurrentUser, type AuthContext } from '../core/auth-context';
import { NetworksService } from './networks.service';

@Controller()
export class NetworksController {
  constructor(private readonly networks: NetworksService) {}

  @ApiRoute(routes.networks)
  list(@CurrentUser() { user }: AuthContext, @RouteQuery(routes.networks) query: In<'networks', 'query'>): Promise<Page<Network>> {
    return this.networks.list(user, query);
  }

  @ApiRoute(routes.createNetwork)
  create(@CurrentUser() { user }: AuthContext, @RouteBody(routes.createNetwork) body: In<'createNetwork', 'body'>): Promise<Network> {
    return this.networks.create(user, body);
  }

  @ApiRoute(routes.network)
  get(@CurrentUser() { user }: AuthContext, @RouteParams(routes.network) { networkId }: In<'network', 'params'>): Promise<Network> {
    return this.networks.get(user, networkId);
  }

  @ApiRoute(routes.updateNetwork)
  update(
    @CurrentUser() { user }: AuthContext,
    @RouteParams(routes.updateNetwork) { networkId }: In<'updateNetwork', 'params'>,
    @RouteBody(routes.updateNetwork) body: In<'updateNetwork', 'body'>,
  ): Promise<Network> {
    return this.networks.update(user, networkId, body);
  }

  @ApiRoute(routes.archiveNetwork)
  archive(@CurrentUser() { user }: AuthContext, @RouteParams(routes.archiveNetwork) { networkId }: In<'archiveNetwork', 'params'>): Promise<Network> {
    return this.networks.archive(user, networkId);
  }

  @ApiRoute(routes.restoreNetwork)
  restore(@CurrentUser() { user }: AuthContext, @RouteParams(routes.restoreNetwork) { networkId }: In<'restoreNetwork', 'params'>): Promise<Network> {
    return this.networks.restore(user, networkId);
  }

  @ApiRoute(routes.partners)
  partners(@CurrentUser() { user }: AuthContext, @RouteQuery(routes.partners) query: In<'partners', 'query'>): Promise<Partner[]> {
    return this.networks.searchPartners(user, query.q);
  }
}
