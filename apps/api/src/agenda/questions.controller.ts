import { Controller } from '@nestjs/common';
import { routes, type MyQuestion, type PublicQuestion, type Question, type QuestionDetail, type QuestionPage, type SupportState } from '@broedplaats/contracts';
import { ApiRoute, RouteBody, RouteParams, RouteQuery, type RouteIn as In } from '../core/api-route';
import { CurrentUser, type AuthContext } from '../core/auth-context';
import { QuestionWorkService } from './question-work.service';
import { QuestionsService } from './questions.service';

@Controller()
export class QuestionsController {
  constructor(
    private readonly questions: QuestionsService,
    private readonly work: QuestionWorkService,
  ) {}

  @ApiRoute(routes.questions)
  list(@CurrentUser() { user }: AuthContext, @RouteParams(routes.questions) { networkId }: In<'questions', 'params'>, @RouteQuery(routes.questions) query: In<'questions', 'query'>): Promise<QuestionPage> {
    return this.questions.list(user, networkId, query);
  }

  @ApiRoute(routes.proposeQuestion)
  propose(@CurrentUser() { user }: AuthContext, @RouteParams(routes.proposeQuestion) { networkId }: In<'proposeQuestion', 'params'>, @RouteBody(routes.proposeQuestion) body: In<'proposeQuestion', 'body'>): Promise<Question> {
    return this.questions.propose(user, networkId, body);
  }

  @ApiRoute(routes.question)
  detail(@CurrentUser() { user }: AuthContext, @RouteParams(routes.question) { networkId, questionId }: In<'question', 'params'>): Promise<QuestionDetail> {
    return this.questions.detail(user, networkId, questionId);
  }

  @ApiRoute(routes.updateQuestion)
  update(@CurrentUser() { user }: AuthContext, @RouteParams(routes.updateQuestion) { networkId, questionId }: In<'updateQuestion', 'params'>, @RouteBody(routes.updateQuestion) body: In<'updateQuestion', 'body'>): Promise<Question> {
    return this.questions.update(user, networkId, questionId, body);
  }

  @ApiRoute(routes.changeQuestionStatus)
  status(
    @CurrentUser() { user }: AuthContext,
    @RouteParams(routes.changeQuestionStatus) { networkId, questionId }: In<'changeQuestionStatus', 'params'>,
    @RouteBody(routes.changeQuestionStatus) body: In<'changeQuestionStatus', 'body'>,
  ): Promise<QuestionDetail> {
    return this.questions.changeStatus(user, networkId, questionId, body);
  }

  @ApiRoute(routes.supportQuestion)
  support(@CurrentUser() { user }: AuthContext, @RouteParams(routes.supportQuestion) { networkId, questionId }: In<'supportQuestion', 'params'>): Promise<SupportState> {
    return this.work.setSupport(user, networkId, questionId, true);
  }

  @ApiRoute(routes.unsupportQuestion)
  unsupport(@CurrentUser() { user }: AuthContext, @RouteParams(routes.unsupportQuestion) { networkId, questionId }: In<'unsupportQuestion', 'params'>): Promise<SupportState> {
    return this.work.setSupport(user, networkId, questionId, false);
  }

  @ApiRoute(routes.takeOnQuestion)
  takeOn(@CurrentUser() { user }: AuthContext, @RouteParams(routes.takeOnQuestion) { networkId, questionId }: In<'takeOnQuestion', 'params'>, @RouteBody(routes.takeOnQuestion) body: In<'takeOnQuestion', 'body'>): Promise<Question> {
    return this.work.takeOn(user, networkId, questionId, body);
  }

  @ApiRoute(routes.giveBackQuestion)
  giveBack(@CurrentUser() { user }: AuthContext, @RouteParams(routes.giveBackQuestion) { networkId, questionId }: In<'giveBackQuestion', 'params'>): Promise<Question> {
    return this.work.giveBack(user, networkId, questionId);
  }

  @ApiRoute(routes.questionOutcome)
  outcome(@CurrentUser() { user }: AuthContext, @RouteParams(routes.questionOutcome) { networkId, questionId }: In<'questionOutcome', 'params'>, @RouteBody(routes.questionOutcome) body: In<'questionOutcome', 'body'>): Promise<Question> {
    return this.work.attachOutcome(user, networkId, questionId, body);
  }

  @ApiRoute(routes.myQuestions)
  mine(@CurrentUser() { user }: AuthContext): Promise<MyQuestion[]> {
    return this.questions.mine(user);
  }

  @ApiRoute(routes.publicQuestions)
  publicList(@RouteParams(routes.publicQuestions) { networkId }: In<'publicQuestions', 'params'>): Promise<PublicQuestion[]> {
    return this.questions.publicList(networkId);
  }
}
