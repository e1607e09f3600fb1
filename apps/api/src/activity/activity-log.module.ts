import { Module } from '@nestjs/common';
import { ActivityLog } from './activity-log';
import { ActivityRepository } from './activity.repository';

/**
 * What other capabilities need to record activity, apart from reading it (ActivityModule), so the
 * networks module can write entries without depending on the module that reads them.
 */
@Module({ providers: [ActivityRepository, ActivityLog], exports: [ActivityRepository, ActivityLog] })
export class ActivityLogModule {}
