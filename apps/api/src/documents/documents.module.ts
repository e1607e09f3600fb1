import { Module } from '@nestjs/common';
import { ActivityLogModule } from '../activity/activity-log.module';
import { MeetingsModule } from '../meetings/meetings.module';
import { NetworksModule } from '../networks/networks.module';
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

/** Co-edited documents: practice pages and minutes, synced with y-protocols over the app's socket. */
@Module({
  imports: [NetworksModule, ActivityLogModule, MeetingsModule],
  controllers: [DocumentsController],
  providers: [DocumentsRepository, DocumentStore, DocumentsService, LoadedDocuments, DocumentEditors, DocumentRelay, DocumentsGateway, DocumentsLive, DocumentsDemo],
})
export class DocumentsModule {}
