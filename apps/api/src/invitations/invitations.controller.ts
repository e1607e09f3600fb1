import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { CreateInvitationBody, type AcceptInvitationResult, type Invitation, type InvitationPreview } from '@broedplaats/contracts';
import { z } from 'zod';
import { CurrentUser, Public, type AuthContext } from '../core/auth-context';
import { parseOrThrow, UuidPipe, ZodPipe } from '../core/validation';
import { InvitationsService } from './invitations.service';

// The same rule as `invitationToken` in the register and login bodies, through the same validation.
const TokenParam = z.object({ token: z.string().min(10, 'Not a valid invitation token').max(200, 'Not a valid invitation token') });
const checkToken = (token: string) => parseOrThrow(TokenParam, { token }).token;

@Controller()
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Get('networks/:networkId/invitations')
  list(@CurrentUser() { user }: AuthContext, @Param('networkId', UuidPipe) networkId: string): Promise<Invitation[]> {
    return this.invitations.list(user, networkId);
  }

  @Post('networks/:networkId/invitations')
  @HttpCode(201)
  create(
    @CurrentUser() { user }: AuthContext,
    @Param('networkId', UuidPipe) networkId: string,
    @Body(new ZodPipe(CreateInvitationBody)) body: z.output<typeof CreateInvitationBody>,
  ): Promise<Invitation> {
    return this.invitations.create(user, networkId, body);
  }

  /** Revokes the link; the record stays so facilitators see what happened. */
  @Delete('networks/:networkId/invitations/:invitationId')
  revoke(
    @CurrentUser() { user }: AuthContext,
    @Param('networkId', UuidPipe) networkId: string,
    @Param('invitationId', UuidPipe) invitationId: string,
  ): Promise<Invitation> {
    return this.invitations.revoke(user, networkId, invitationId);
  }

  @Public()
  @Get('invitations/:token')
  preview(@Param('token') token: string): Promise<InvitationPreview> {
    return this.invitations.preview(checkToken(token));
  }

  @Post('invitations/:token/accept')
  @HttpCode(200)
  accept(@CurrentUser() { user }: AuthContext, @Param('token') token: string): Promise<AcceptInvitationResult> {
    return this.invitations.accept(user, checkToken(token));
  }
}
