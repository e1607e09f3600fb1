import { Module } from '@nestjs/common';
import { ActivityLogModule } from '../activity/activity-log.module';
import { NetworksModule } from '../networks/networks.module';
import { NotificationsWriterModule } from '../notifications/notifications-writer.module';
import { CycleAnnouncer } from './cycle-announcer';
import { CycleGuard } from './cycle-guard';
import { CycleOverviewService } from './cycle-overview.service';
import { CycleReaderService } from './cycle-reader';
import { CycleRecordsController } from './cycle-records.controller';
import { CycleRecordsRepository } from './cycle-records.repository';
import { CycleRecordsService } from './cycle-records.service';
import { CycleReportService } from './cycle-report.service';
import { CycleReportsController } from './cycle-reports.controller';
import { CyclesController } from './cycles.controller';
import { CyclesDemo } from './cycles.demo';
import { CyclesLifecycle } from './cycles.lifecycle';
import { CyclesLive } from './cycles.live';
import { CyclesNotices } from './cycles.notices';
import { CyclesRepository } from './cycles.repository';
import { CyclesService } from './cycles.service';

/** Action-learning cycles: phases and iterations, session logs, indicators, overview and report. */
@Module({
  imports: [NetworksModule, ActivityLogModule, NotificationsWriterModule],
  controllers: [CyclesController, CycleRecordsController, CycleReportsController],
  providers: [
    CyclesRepository, CycleRecordsRepository, CycleReaderService, CycleGuard, CycleAnnouncer,
    CyclesService, CycleRecordsService, CycleOverviewService, CycleReportService,
    CyclesLive, CyclesNotices, CyclesLifecycle, CyclesDemo,
  ],
})
export class CyclesModule {}
