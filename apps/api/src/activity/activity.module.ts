import { Module } from '@nestjs/common';
import { NetworksModule } from '../networks/networks.module';
import { ActivityController } from './activity.controller';
import { ActivityDemo } from './activity.demo';
import { ActivityLogModule } from './activity-log.module';
import { ActivityLive } from './activity.live';
import { ActivityService } from './activity.service';

/** Reading a network's activity and hearing it live; writing it is ActivityLogModule's. */
@Module({
  imports: [NetworksModule, ActivityLogModule],
  controllers: [ActivityController],
  providers: [ActivityService, ActivityLive, ActivityDemo],
})
export class ActivityModule {}
