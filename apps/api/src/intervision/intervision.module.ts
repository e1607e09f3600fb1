import { Module } from '@nestjs/common';
import { LiveStepsModule } from '../live-steps/live-steps.module';
import { NetworksModule } from '../networks/networks.module';
import { NotificationsWriterModule } from '../notifications/notifications-writer.module';
import { ContentCipher } from './content-cipher';
import { IntervisionContentController } from './intervision-content.controller';
import { IntervisionContentService } from './intervision-content.service';
import { IntervisionGuard } from './intervision-guard';
import { IntervisionMethodsController } from './intervision-methods.controller';
import { IntervisionMethodsService } from './intervision-methods.service';
import { IntervisionViews } from './intervision-views';
import { IntervisionController } from './intervision.controller';
import { IntervisionDemo } from './intervision.demo';
import { IntervisionLive } from './intervision.live';
import { IntervisionNotices } from './intervision.notices';
import { IntervisionRepository } from './intervision.repository';
import { IntervisionRetention } from './intervision.retention';
import { IntervisionService } from './intervision.service';

/** Intervision: methods as data, sessions with roles, live phases, confidential content, retention. */
@Module({
  imports: [NetworksModule, LiveStepsModule, NotificationsWriterModule],
  controllers: [IntervisionMethodsController, IntervisionController, IntervisionContentController],
  providers: [
    ContentCipher, IntervisionRepository, IntervisionGuard, IntervisionViews, IntervisionMethodsService, IntervisionService, IntervisionContentService,
    IntervisionLive, IntervisionNotices, IntervisionRetention, IntervisionDemo,
  ],
})
export class IntervisionModule {}
