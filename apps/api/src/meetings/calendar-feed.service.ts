import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { eq } from 'drizzle-orm';
import type { CalendarFeed, Me } from '@broedplaats/contracts';
import { CLOCK, type Clock } from '../core/clock';
import { DATABASE, type Database, type Db } from '../core/database/database';
import { notFound } from '../core/errors';
import { Mailer } from '../mail/mailer';
import { calendarFeeds } from './meetings.tables';
import { MeetingsRepository } from './meetings.repository';
import { MeetingsService } from './meetings.service';

const hash = (token: string) => createHash('sha256').update(token).digest('hex');
/** Cancelled and past meetings stay in the feed this long, so calendar apps see them go or keep them. */
const KEEP_PAST_DAYS = 90;

/**
 * A person's secret calendar address with the meetings of all their networks. The address is the
 * key (calendar apps send no cookies), so only its hash is stored; a new one replaces the old.
 */
@Injectable()
export class CalendarFeedService {
  private readonly db: Db;
  constructor(
    @Inject(DATABASE) database: Database,
    private readonly meetings: MeetingsRepository,
    private readonly service: MeetingsService,
    private readonly mailer: Mailer,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.db = database.db;
  }

  async status(user: Me): Promise<CalendarFeed> {
    const [row] = await this.db.select({ userId: calendarFeeds.userId }).from(calendarFeeds).where(eq(calendarFeeds.userId, user.id)).limit(1);
    return { active: Boolean(row), url: null };
  }

  async renew(user: Me): Promise<CalendarFeed> {
    const token = randomBytes(32).toString('base64url');
    const values = { tokenHash: hash(token), createdAt: this.clock.now() };
    await this.db.insert(calendarFeeds).values({ userId: user.id, ...values }).onConflictDoUpdate({ target: calendarFeeds.userId, set: values });
    return { active: true, url: this.mailer.link(`/api/calendar-feeds/${token}`) };
  }

  async revoke(user: Me): Promise<void> {
    await this.db.delete(calendarFeeds).where(eq(calendarFeeds.userId, user.id));
  }

  /** The feed itself; an unknown or revoked address is a plain 404. */
  async ics(token: string): Promise<string> {
    const [row] = await this.db.select({ userId: calendarFeeds.userId }).from(calendarFeeds).where(eq(calendarFeeds.tokenHash, hash(token))).limit(1);
    if (!row) throw notFound('Calendar feed');
    const since = new Date(this.clock.now().getTime() - KEEP_PAST_DAYS * 86_400_000);
    const rows = await this.meetings.ofMember(row.userId, { endsAfter: since, onlyScheduled: false, limit: 1000 });
    return this.service.calendar(rows, '');
  }
}
