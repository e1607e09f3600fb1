import { Controller, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { routes, type CommentThread, type DocumentVersion, type VersionComparison, type VersionView } from '@broedplaats/contracts';
import { ApiRoute, RouteBody, RouteParams, type RouteIn as In } from '../core/api-route';
import { CurrentUser, type AuthContext } from '../core/auth-context';
import { DocumentCommentsService } from './document-comments.service';
import { markdownFile, printablePage, safeFilename } from './document-export';
import { DocumentHistoryService } from './document-history.service';

/** Comments on passages, named versions and exports of a document. */
@Controller()
export class DocumentWorkController {
  constructor(
    private readonly comments: DocumentCommentsService,
    private readonly history: DocumentHistoryService,
  ) {}

  @ApiRoute(routes.documentComments)
  threads(@CurrentUser() { user }: AuthContext, @RouteParams(routes.documentComments) p: In<'documentComments', 'params'>): Promise<CommentThread[]> {
    return this.comments.list(user, p.networkId, p.documentId);
  }

  @ApiRoute(routes.openCommentThread)
  open(@CurrentUser() { user }: AuthContext, @RouteParams(routes.openCommentThread) p: In<'openCommentThread', 'params'>, @RouteBody(routes.openCommentThread) body: In<'openCommentThread', 'body'>): Promise<CommentThread> {
    return this.comments.open(user, p.networkId, p.documentId, body);
  }

  @ApiRoute(routes.replyToThread)
  reply(@CurrentUser() { user }: AuthContext, @RouteParams(routes.replyToThread) p: In<'replyToThread', 'params'>, @RouteBody(routes.replyToThread) body: In<'replyToThread', 'body'>): Promise<CommentThread> {
    return this.comments.reply(user, p.networkId, p.documentId, p.threadId, body);
  }

  @ApiRoute(routes.editDocumentComment)
  edit(@CurrentUser() { user }: AuthContext, @RouteParams(routes.editDocumentComment) p: In<'editDocumentComment', 'params'>, @RouteBody(routes.editDocumentComment) body: In<'editDocumentComment', 'body'>): Promise<CommentThread> {
    return this.comments.edit(user, p.networkId, p.documentId, p.threadId, p.commentId, body);
  }

  @ApiRoute(routes.deleteDocumentComment)
  remove(@CurrentUser() { user }: AuthContext, @RouteParams(routes.deleteDocumentComment) p: In<'deleteDocumentComment', 'params'>): Promise<CommentThread> {
    return this.comments.remove(user, p.networkId, p.documentId, p.threadId, p.commentId);
  }

  @ApiRoute(routes.resolveThread)
  resolve(@CurrentUser() { user }: AuthContext, @RouteParams(routes.resolveThread) p: In<'resolveThread', 'params'>, @RouteBody(routes.resolveThread) body: In<'resolveThread', 'body'>): Promise<CommentThread> {
    return this.comments.resolve(user, p.networkId, p.documentId, p.threadId, body);
  }

  @ApiRoute(routes.documentVersions)
  versions(@CurrentUser() { user }: AuthContext, @RouteParams(routes.documentVersions) p: In<'documentVersions', 'params'>): Promise<DocumentVersion[]> {
    return this.history.list(user, p.networkId, p.documentId);
  }

  @ApiRoute(routes.saveDocumentVersion)
  save(@CurrentUser() { user }: AuthContext, @RouteParams(routes.saveDocumentVersion) p: In<'saveDocumentVersion', 'params'>, @RouteBody(routes.saveDocumentVersion) body: In<'saveDocumentVersion', 'body'>): Promise<DocumentVersion> {
    return this.history.save(user, p.networkId, p.documentId, body.name);
  }

  @ApiRoute(routes.documentVersion)
  version(@CurrentUser() { user }: AuthContext, @RouteParams(routes.documentVersion) p: In<'documentVersion', 'params'>): Promise<VersionView> {
    return this.history.view(user, p.networkId, p.documentId, p.versionId);
  }

  @ApiRoute(routes.compareDocumentVersion)
  compare(@CurrentUser() { user }: AuthContext, @RouteParams(routes.compareDocumentVersion) p: In<'compareDocumentVersion', 'params'>): Promise<VersionComparison> {
    return this.history.compare(user, p.networkId, p.documentId, p.versionId);
  }

  @ApiRoute(routes.restoreDocumentVersion)
  restore(@CurrentUser() { user }: AuthContext, @RouteParams(routes.restoreDocumentVersion) p: In<'restoreDocumentVersion', 'params'>): Promise<DocumentVersion> {
    return this.history.restore(user, p.networkId, p.documentId, p.versionId);
  }

  @ApiRoute(routes.exportDocumentMarkdown)
  async markdown(@CurrentUser() { user }: AuthContext, @RouteParams(routes.exportDocumentMarkdown) p: In<'exportDocumentMarkdown', 'params'>, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const doc = await this.history.current(user, p.networkId, p.documentId);
    reply.header('content-type', 'text/markdown; charset=utf-8').header('content-disposition', `attachment; filename="${safeFilename(doc.title, 'md')}"`);
    return markdownFile(doc);
  }

  @ApiRoute(routes.printDocument)
  async print(@CurrentUser() { user }: AuthContext, @RouteParams(routes.printDocument) p: In<'printDocument', 'params'>, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const doc = await this.history.current(user, p.networkId, p.documentId);
    reply.header('content-type', 'text/html; charset=utf-8');
    return printablePage(doc);
  }
}
