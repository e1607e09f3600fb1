import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import type { Me, OutboxPage } from '@broedplaats/contracts';
import { createTransport, type Transporter } from 'nodemailer';
import { CLOCK, type Clock } from '../core/clock';
import { CONFIG, type Config } from '../core/config';
import { forbidden } from '../core/errors';
import { OutboxRepository } from './outbox.repository';

/** A file sent with a mail, as text (an .ics calendar entry). */
export type MailAttachment = { filename: string; contentType: string; content: string };
export type Mail = { to: string; subject: string; text: string; html?: string; attachments?: MailAttachment[] };

/**
 * Sends mail over SMTP (SMTP_URL); without a server it keeps each mail in the outbox table, which
 * platform admins read, so `npm start` works with no mail server at all.
 */
@Injectable()
export class Mailer implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(Mailer.name);
  private readonly transport: Transporter | null;

  constructor(
    @Inject(CONFIG) private readonly config: Config,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly outbox: OutboxRepository,
  ) {
    this.transport = config.SMTP_URL ? createTransport(config.SMTP_URL) : null;
  }

  onModuleInit(): void {
    if (!this.transport) this.logger.warn('SMTP_URL is not set: mail is kept in the outbox table (GET /api/admin/outbox) instead of being sent');
  }

  async send(mail: Mail): Promise<void> {
    if (!this.transport) {
      await this.outbox.insert(mail, this.clock.now());
      this.logger.log({ subject: mail.subject }, 'no SMTP_URL set: mail kept in the outbox (platform admins read it)');
      return;
    }
    await this.transport.sendMail({ from: this.config.MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, attachments: mail.attachments });
  }

  /** For work after the answer has gone: a failing send is logged, never an unhandled rejection. */
  sendLater(mail: Mail): void {
    this.send(mail).catch((error: unknown) => this.logger.error({ err: error, subject: mail.subject }, 'mail could not be sent'));
  }

  /** An address in the web app, e.g. `link('/reset/abc')`. */
  link(path: string): string {
    return new URL(path, this.config.PUBLIC_URL).toString();
  }

  /** Mail holds reset links and invitations: only platform admins read the outbox. */
  readOutbox(user: Me, page: number, pageSize: number): Promise<OutboxPage> {
    if (!user.isPlatformAdmin) throw forbidden('Only platform admins read the outbox');
    return this.outbox.page(page, pageSize);
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
