import { Controller } from '@nestjs/common';
import { routes, type DocumentSummary, type PracticePageList, type PublishedDocument } from '@broedplaats/contracts';
import { ApiRoute, RouteBody, RouteParams, type RouteIn as In } from '../core/api-route';
import { CurrentUser, type AuthContext } from '../core/auth-context';
import { DocumentsService } from './documents.service';

/** Practice pages, minutes documents and publishing: metadata only, the content goes over the socket. */
@Controller()
export class DocumentsController {
  constructor(private readonly documents: DocumentsService) {}

  @ApiRoute(routes.practicePages)
  list(@CurrentUser() { user }: AuthContext, @RouteParams(routes.practicePages) p: In<'practicePages', 'params'>): Promise<PracticePageList> {
    return this.documents.practicePages(user, p.networkId);
  }

  @ApiRoute(routes.createPracticePage)
  create(@CurrentUser() { user }: AuthContext, @RouteParams(routes.createPracticePage) p: In<'createPracticePage', 'params'>, @RouteBody(routes.createPracticePage) body: In<'createPracticePage', 'body'>): Promise<DocumentSummary> {
    return this.documents.createPracticePage(user, p.networkId, body.title);
  }

  @ApiRoute(routes.reorderPracticePages)
  reorder(@CurrentUser() { user }: AuthContext, @RouteParams(routes.reorderPracticePages) p: In<'reorderPracticePages', 'params'>, @RouteBody(routes.reorderPracticePages) body: In<'reorderPracticePages', 'body'>): Promise<PracticePageList> {
    return this.documents.reorderPracticePages(user, p.networkId, body.documentIds);
  }

  @ApiRoute(routes.renamePracticePage)
  rename(@CurrentUser() { user }: AuthContext, @RouteParams(routes.renamePracticePage) p: In<'renamePracticePage', 'params'>, @RouteBody(routes.renamePracticePage) body: In<'renamePracticePage', 'body'>): Promise<DocumentSummary> {
    return this.documents.renamePracticePage(user, p.networkId, p.documentId, body.title);
  }

  @ApiRoute(routes.deletePracticePage)
  remove(@CurrentUser() { user }: AuthContext, @RouteParams(routes.deletePracticePage) p: In<'deletePracticePage', 'params'>): Promise<void> {
    return this.documents.deletePracticePage(user, p.networkId, p.documentId);
  }

  @ApiRoute(routes.document)
  get(@CurrentUser() { user }: AuthContext, @RouteParams(routes.document) p: In<'document', 'params'>): Promise<DocumentSummary> {
    return this.documents.document(user, p.networkId, p.documentId);
  }

  @ApiRoute(routes.publishedDocument)
  published(@CurrentUser() { user }: AuthContext, @RouteParams(routes.publishedDocument) p: In<'publishedDocument', 'params'>): Promise<PublishedDocument> {
    return this.documents.published(user, p.networkId, p.documentId);
  }

  @ApiRoute(routes.minutesDocument)
  minutes(@CurrentUser() { user }: AuthContext, @RouteParams(routes.minutesDocument) p: In<'minutesDocument', 'params'>): Promise<DocumentSummary> {
    return this.documents.minutes(user, p.networkId, p.meetingId);
  }

  @ApiRoute(routes.publishMinutes)
  publish(@CurrentUser() { user }: AuthContext, @RouteParams(routes.publishMinutes) p: In<'publishMinutes', 'params'>): Promise<DocumentSummary> {
    return this.documents.publishMinutes(user, p.networkId, p.meetingId);
  }
}
