import { Controller } from '@nestjs/common';
import { routes, type Network, type Page } from '@broedplaats/contracts';
import { ApiRoute, RouteParams, RouteQuery, type RouteIn as In } from '../core/api-route';
import { NetworksService } from './networks.service';

/**
 * The front door: what anyone may see without an account (public networks and their profiles),
 * answered as to a visitor even when a session comes along, so nothing personal is in it.
 */
@Controller()
export class PublicNetworksController {
  constructor(private readonly networks: NetworksService) {}

  @ApiRoute(routes.publicNetworks)
  list(@RouteQuery(routes.publicNetworks) query: In<'publicNetworks', 'query'>): Promise<Page<Network>> {
    return this.networks.listPublic(query);
  }

  @ApiRoute(routes.publicNetwork)
  get(@RouteParams(routes.publicNetwork) { networkId }: In<'publicNetwork', 'params'>): Promise<Network> {
    return this.networks.getPublic(networkId);
  }
}
