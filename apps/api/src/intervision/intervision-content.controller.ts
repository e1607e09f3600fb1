import { Controller } from '@nestjs/common';
import { routes, type CaseText, type ContentAudit, type Contribution, type PseudonymCheckResult } from '@broedplaats/contracts';
import { findIdentifyingDetails } from '@broedplaats/domain';
import { ApiRoute, RouteBody, RouteParams, type RouteIn as In } from '../core/api-route';
import { CurrentUser, type AuthContext } from '../core/auth-context';
import { IntervisionContentService } from './intervision-content.service';

/** What participants write in a session, and the pseudonymisation check. */
@Controller()
export class IntervisionContentController {
  constructor(private readonly content: IntervisionContentService) {}

  @ApiRoute(routes.writeIntervisionCase)
  writeCase(@CurrentUser() { user }: AuthContext, @RouteParams(routes.writeIntervisionCase) p: In<'writeIntervisionCase', 'params'>, @RouteBody(routes.writeIntervisionCase) body: In<'writeIntervisionCase', 'body'>): Promise<CaseText> {
    return this.content.writeCase(user, p.networkId, p.sessionId, body.text);
  }

  @ApiRoute(routes.eraseIntervisionCase)
  eraseCase(@CurrentUser() { user }: AuthContext, @RouteParams(routes.eraseIntervisionCase) p: In<'eraseIntervisionCase', 'params'>): Promise<void> {
    return this.content.eraseCase(user, p.networkId, p.sessionId);
  }

  @ApiRoute(routes.contributeToIntervision)
  contribute(@CurrentUser() { user }: AuthContext, @RouteParams(routes.contributeToIntervision) p: In<'contributeToIntervision', 'params'>, @RouteBody(routes.contributeToIntervision) body: In<'contributeToIntervision', 'body'>): Promise<Contribution> {
    return this.content.contribute(user, p.networkId, p.sessionId, body.text);
  }

  @ApiRoute(routes.markIntervisionAdvice)
  mark(@CurrentUser() { user }: AuthContext, @RouteParams(routes.markIntervisionAdvice) p: In<'markIntervisionAdvice', 'params'>, @RouteBody(routes.markIntervisionAdvice) body: In<'markIntervisionAdvice', 'body'>): Promise<Contribution> {
    return this.content.markAdvice(user, p.networkId, p.sessionId, p.contributionId, body.takenAway);
  }

  @ApiRoute(routes.deleteIntervisionContribution)
  withdraw(@CurrentUser() { user }: AuthContext, @RouteParams(routes.deleteIntervisionContribution) p: In<'deleteIntervisionContribution', 'params'>): Promise<void> {
    return this.content.withdraw(user, p.networkId, p.sessionId, p.contributionId);
  }

  @ApiRoute(routes.writeIntervisionTakeAways)
  takeAways(@CurrentUser() { user }: AuthContext, @RouteParams(routes.writeIntervisionTakeAways) p: In<'writeIntervisionTakeAways', 'params'>, @RouteBody(routes.writeIntervisionTakeAways) body: In<'writeIntervisionTakeAways', 'body'>): Promise<void> {
    return this.content.writeTakeAways(user, p.networkId, p.sessionId, body.text);
  }

  @ApiRoute(routes.deleteIntervisionTakeAways)
  deleteTakeAways(@CurrentUser() { user }: AuthContext, @RouteParams(routes.deleteIntervisionTakeAways) p: In<'deleteIntervisionTakeAways', 'params'>): Promise<void> {
    return this.content.writeTakeAways(user, p.networkId, p.sessionId, null);
  }

  @ApiRoute(routes.intervisionAudit)
  audit(@CurrentUser() { user }: AuthContext, @RouteParams(routes.intervisionAudit) p: In<'intervisionAudit', 'params'>): Promise<ContentAudit> {
    return this.content.audit(user, p.networkId, p.sessionId);
  }

  /** Stores nothing and logs nothing: the text only passes through the check. */
  @ApiRoute(routes.checkPseudonyms)
  check(@RouteBody(routes.checkPseudonyms) body: In<'checkPseudonyms', 'body'>): PseudonymCheckResult {
    return { hits: findIdentifyingDetails(body.text) };
  }
}
