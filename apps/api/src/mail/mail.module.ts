import { Module } from '@nestjs/common';
import { MailController } from './mail.controller';
import { MailDemo } from './mail.demo';
import { Mailer } from './mailer';
import { OutboxRepository } from './outbox.repository';

/** Outgoing mail: SMTP when configured, otherwise the outbox table. */
@Module({
  controllers: [MailController],
  providers: [OutboxRepository, Mailer, MailDemo],
  exports: [Mailer],
})
export class MailModule {}
