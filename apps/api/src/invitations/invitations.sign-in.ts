import { Injectable, OnModuleInit } from '@nestjs/common';
import { SignInSteps } from '../auth/sign-in-steps';
import { InvitationsService } from './invitations.service';

/** Registering or logging in from an invitation link joins its network in the same transaction. */
@Injectable()
export class InvitationsSignIn implements OnModuleInit {
  constructor(
    private readonly steps: SignInSteps,
    private readonly invitations: InvitationsService,
  ) {}

  onModuleInit(): void {
    this.steps.add(async (tx, afterCommit, me, { how, invitationToken }) => {
      if (!invitationToken) return;
      return { joinedNetworkId: await this.invitations.redeem(tx, afterCommit, invitationToken, me, how) };
    });
  }
}
