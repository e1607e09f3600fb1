import { Injectable } from '@nestjs/common';
import type { Me } from '@broedplaats/contracts';
import type { Tx } from '../core/database/database';
import type { AfterCommit } from '../core/transaction';

/** What a sign-in asked for besides the account, e.g. the invitation it came with. */
export type SignInRequest = { how: 'register' | 'login'; invitationToken?: string };
/** What a step did: the network it joined, if any. */
export type SignInOutcome = { joinedNetworkId?: string };
export type SignInStep = (tx: Tx, afterCommit: AfterCommit, me: Me, request: SignInRequest) => Promise<SignInOutcome | void>;

/**
 * Steps other capabilities run inside a sign-in's transaction (invitations: join the network the
 * link was for). Auth knows no capability; they plug in here, and every way in (password, later
 * OIDC) runs the same steps. A failing step rolls the whole sign-in back.
 */
@Injectable()
export class SignInSteps {
  private readonly steps: SignInStep[] = [];

  add(step: SignInStep): void {
    this.steps.push(step);
  }

  async run(tx: Tx, afterCommit: AfterCommit, me: Me, request: SignInRequest): Promise<SignInOutcome> {
    const outcome: SignInOutcome = {};
    for (const step of this.steps) Object.assign(outcome, await step(tx, afterCommit, me, request));
    return outcome;
  }
}
