import { Inject, Injectable } from '@nestjs/common';
import { desc } from 'drizzle-orm';
import type { OutboxMail, Page } from '@broedplaats/contracts';
import { DATABASE, type Database, type Db, type Tx } from '../core/database/database';
import { outboxMails } from './mail.tables';
import type { Mail } from './mailer';

@Injectable()
export class OutboxRepository {
  private readonly db: Db;
  constructor(@Inject(DATABASE) database: Database) {
    this.db = database.db;
  }

  async insert(mail: Mail, at: Date, tx: Db | Tx = this.db): Promise<void> {
    await tx.insert(outboxMails).values({ to: mail.to, subject: mail.subject, text: mail.text, html: mail.html ?? null, attachments: mail.attachments ?? [], createdAt: at });
  }

  /** Newest first. */
  async page(page: number, pageSize: number): Promise<Page<OutboxMail>> {
    const [rows, total] = await Promise.all([
      this.db.select().from(outboxMails).orderBy(desc(outboxMails.createdAt), desc(outboxMails.id)).limit(pageSize).offset((page - 1) * pageSize),
      this.db.$count(outboxMails),
    ]);
    const items = rows.map((row) => ({ id: row.id, to: row.to, subject: row.subject, text: row.text, createdAt: row.createdAt.toISOString() }));
    return { items, total, page, pageSize };
  }
}
