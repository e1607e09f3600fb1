import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { NetworkBody, NetworkListQuery, PartnerSearchQuery, UpdateNetworkBody, type Network, type Page, type Partner } from '@broedplaats/contracts';
import type { z } from 'zod';
import { CurrentUser, type AuthContext } from '../core/auth-context';
import { UuidPipe, ZodPipe } from '../core/validation';
import { NetworksService } from './networks.service';

@Controller()
export class NetworksController {
  constructor(private readonly networks: NetworksService) {}

  @Get('networks')
  list(@CurrentUser() { user }: AuthContext, @Query(new ZodPipe(NetworkListQuery)) query: z.output<typeof NetworkListQuery>): Promise<Page<Network>> {
    return this.networks.list(user, query);
  }

  @Post('networks')
  @HttpCode(201)
  create(@CurrentUser() { user }: AuthContext, @Body(new ZodPipe(NetworkBody)) body: z.output<typeof NetworkBody>): Promise<Network> {
    return this.networks.create(user, body);
  }

  @Get('networks/:networkId')
  get(@CurrentUser() { user }: AuthContext, @Param('networkId', UuidPipe) networkId: string): Promise<Network> {
    return this.networks.get(user, networkId);
  }

  @Patch('networks/:networkId')
  update(
    @CurrentUser() { user }: AuthContext,
    @Param('networkId', UuidPipe) networkId: string,
    @Body(new ZodPipe(UpdateNetworkBody)) body: z.output<typeof UpdateNetworkBody>,
  ): Promise<Network> {
    return this.networks.update(user, networkId, body);
  }

  @Post('networks/:networkId/archive')
  @HttpCode(200)
  archive(@CurrentUser() { user }: AuthContext, @Param('networkId', UuidPipe) networkId: string): Promise<Network> {
    return this.networks.archive(user, networkId);
  }

  @Post('networks/:networkId/restore')
  @HttpCode(200)
  restore(@CurrentUser() { user }: AuthContext, @Param('networkId', UuidPipe) networkId: string): Promise<Network> {
    return this.networks.restore(user, networkId);
  }

  @Get('partners')
  partners(@CurrentUser() { user }: AuthContext, @Query(new ZodPipe(PartnerSearchQuery)) query: z.output<typeof PartnerSearchQuery>): Promise<Partner[]> {
    return this.networks.searchPartners(user, query.q);
  }
}
