import { Controller } from '@nestjs/common';
import { routes, type Comment, type RoundState } from '@broedplaats/contracts';
import { ApiRoute, RouteBody, RouteParams, type RouteIn as In } from '../core/api-route';
import { CurrentUser, type AuthContext } from '../core/auth-context';
import { CommentsService } from './comments.service';
import { RoundsService } from './rounds.service';

/** Talking about questions and weighing them: comments and dot-voting rounds. */
@Controller()
export class CommentsController {
  constructor(
    private readonly comments: CommentsService,
    private readonly rounds: RoundsService,
  ) {}

  @ApiRoute(routes.questionComments)
  list(@CurrentUser() { user }: AuthContext, @RouteParams(routes.questionComments) { networkId, questionId }: In<'questionComments', 'params'>): Promise<Comment[]> {
    return this.comments.list(user, networkId, questionId);
  }

  @ApiRoute(routes.postComment)
  post(@CurrentUser() { user }: AuthContext, @RouteParams(routes.postComment) { networkId, questionId }: In<'postComment', 'params'>, @RouteBody(routes.postComment) body: In<'postComment', 'body'>): Promise<Comment> {
    return this.comments.post(user, networkId, questionId, body);
  }

  @ApiRoute(routes.editComment)
  edit(@CurrentUser() { user }: AuthContext, @RouteParams(routes.editComment) p: In<'editComment', 'params'>, @RouteBody(routes.editComment) body: In<'editComment', 'body'>): Promise<Comment> {
    return this.comments.edit(user, p.networkId, p.questionId, p.commentId, body);
  }

  @ApiRoute(routes.deleteComment)
  remove(@CurrentUser() { user }: AuthContext, @RouteParams(routes.deleteComment) p: In<'deleteComment', 'params'>): Promise<void> {
    return this.comments.remove(user, p.networkId, p.questionId, p.commentId);
  }

  @ApiRoute(routes.agendaRound)
  round(@CurrentUser() { user }: AuthContext, @RouteParams(routes.agendaRound) { networkId }: In<'agendaRound', 'params'>): Promise<RoundState> {
    return this.rounds.current(user, networkId);
  }

  @ApiRoute(routes.openRound)
  open(@CurrentUser() { user }: AuthContext, @RouteParams(routes.openRound) { networkId }: In<'openRound', 'params'>, @RouteBody(routes.openRound) { budget }: In<'openRound', 'body'>): Promise<RoundState> {
    return this.rounds.open(user, networkId, budget);
  }

  @ApiRoute(routes.closeRound)
  close(@CurrentUser() { user }: AuthContext, @RouteParams(routes.closeRound) { networkId, roundId }: In<'closeRound', 'params'>): Promise<RoundState> {
    return this.rounds.close(user, networkId, roundId);
  }

  @ApiRoute(routes.setRoundDots)
  dots(@CurrentUser() { user }: AuthContext, @RouteParams(routes.setRoundDots) p: In<'setRoundDots', 'params'>, @RouteBody(routes.setRoundDots) { dots }: In<'setRoundDots', 'body'>): Promise<RoundState> {
    return this.rounds.setDots(user, p.networkId, p.roundId, p.questionId, dots);
  }
}
