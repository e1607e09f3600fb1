import { Module } from '@nestjs/common';
import { ActivityLogModule } from '../activity/activity-log.module';
import { NetworksModule } from '../networks/networks.module';
import { ThemesModule } from '../themes/themes.module';
import { NotificationsWriterModule } from '../notifications/notifications-writer.module';
import { AgendaDemo } from './agenda.demo';
import { AgendaLive } from './agenda.live';
import { AgendaNotices } from './agenda.notices';
import { CommentsController } from './comments.controller';
import { CommentsRepository } from './comments.repository';
import { CommentsService } from './comments.service';
import { QuestionWorkService } from './question-work.service';
import { QuestionsController } from './questions.controller';
import { QuestionsRepository } from './questions.repository';
import { QuestionsService } from './questions.service';
import { RoundsRepository } from './rounds.repository';
import { RoundsService } from './rounds.service';

/** The shared knowledge agenda: questions, support, comments, dot-voting rounds. */
@Module({
  imports: [NetworksModule, ThemesModule, ActivityLogModule, NotificationsWriterModule],
  controllers: [QuestionsController, CommentsController],
  providers: [QuestionsRepository, CommentsRepository, RoundsRepository, QuestionsService, QuestionWorkService, CommentsService, RoundsService, AgendaLive, AgendaNotices, AgendaDemo],
  exports: [QuestionsRepository],
})
export class AgendaModule {}
