import { Body, Controller, Delete, Get, HttpCode, Param, Patch } from '@nestjs/common';
import { UpdateMemberBody, type Member } from '@broedplaats/contracts';
import type { z } from 'zod';
import { CurrentUser, type AuthContext } from '../core/auth-context';
import { UuidPipe, ZodPipe } from '../core/validation';
import { MembersService } from './members.service';

@Controller('networks/:networkId/members')
export class MembersController {
  constructor(private readonly members: MembersService) {}

  @Get()
  list(@CurrentUser() { user }: AuthContext, @Param('networkId', UuidPipe) networkId: string): Promise<Member[]> {
    return this.members.list(user, networkId);
  }

  @Patch(':userId')
  update(
    @CurrentUser() { user }: AuthContext,
    @Param('networkId', UuidPipe) networkId: string,
    @Param('userId', UuidPipe) userId: string,
    @Body(new ZodPipe(UpdateMemberBody)) body: z.output<typeof UpdateMemberBody>,
  ): Promise<Member> {
    return this.members.update(user, networkId, userId, body);
  }

  /** Removes a member, or leaves the network when the id is your own. */
  @Delete(':userId')
  @HttpCode(204)
  remove(
    @CurrentUser() { user }: AuthContext,
    @Param('networkId', UuidPipe) networkId: string,
    @Param('userId', UuidPipe) userId: string,
  ): Promise<void> {
    return this.members.remove(user, networkId, userId);
  }
}
