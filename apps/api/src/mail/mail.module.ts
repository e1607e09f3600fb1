import { Module } from '@nestjs/common';
import { MailController } from './mail.controller';
import { Mailer } from './mailer';
import { OutboxRepository } from './outbox.repository';

/** Outgoing mail: SMTP when configured, otherwise the outbox table. */
@Module({
  controllers: [MailController],
  providers: [OutboxRepository, Mailer],
  exports: [Mailer],
})
export class MailModule {}
