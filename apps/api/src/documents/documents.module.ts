import { Module } from '@nestjs/common';
import { ActivityLogModule } from '../activity/activity-log.module';
import { MeetingsModule } from '../meetings/meetings.module';
import { NetworksModule } from '../networks/networks.module';
import { NotificationsWriterModule } from '../notifications/notifications-writer.module';
import { DocumentCommentsRepository } from './document-comments.repository';
import { DocumentCommentsService } from './document-comments.service';
import { DocumentGate } from './document-gate';
import { DocumentHistoryService } from './document-history.service';
import { DocumentVersionsRepository } from './document-versions.repository';
import { DocumentWorkController } from './document-work.controller';
import { DocumentsNotices } from './documents.notices';
import { DocumentEditors } from './document-editors';
import { DocumentRelay } from './document-relay';
import { DocumentStore } from './document-store';
import { DocumentsController } from './documents.controller';
import { DocumentsDemo } from './documents.demo';
import { DocumentsGateway } from './documents.gateway';
import { DocumentsLive } from './documents.live';
import { DocumentsRepository } from './documents.repository';
import { DocumentsService } from './documents.service';
import { LoadedDocuments } from './loaded-documents';

/** Co-edited documents: practice pages and minutes, synced with y-protocols over the app's socket, with comments, history and exports. */
@Module({
  imports: [NetworksModule, ActivityLogModule, MeetingsModule, NotificationsWriterModule],
  controllers: [DocumentsController, DocumentWorkController],
  providers: [
    DocumentsRepository, DocumentStore, DocumentsService, LoadedDocuments, DocumentEditors, DocumentRelay, DocumentsGateway, DocumentsLive, DocumentsDemo,
    DocumentGate, DocumentCommentsRepository, DocumentCommentsService, DocumentVersionsRepository, DocumentHistoryService, DocumentsNotices,
  ],
})
export class DocumentsModule {}
