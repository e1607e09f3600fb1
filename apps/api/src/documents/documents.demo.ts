import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { and, eq, ne } from 'drizzle-orm';
import { CLOCK, type Clock } from '../core/clock';
import { DemoSeeds, type DemoContext } from '../core/demo-seeds';
import { meetings } from '../meetings/meetings.tables';
import { documentState } from './document-content';
import { DocumentsRepository } from './documents.repository';
import { DocumentsService } from './documents.service';
import { demoPages } from './documents.demo-data';

const DAY = 86_400_000;

/**
 * The demo networks' practice pages, and the demo meetings' plain-text minutes turned into documents
 * the way any meeting's are (after meetings, 60). The pages get no activity entries: the activity
 * demo tells its own story of the last weeks, and entries added after it would sort above it.
 */
@Injectable()
export class DocumentsDemo implements OnModuleInit {
  constructor(
    private readonly seeds: DemoSeeds,
    private readonly documents: DocumentsRepository,
    private readonly service: DocumentsService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.seeds.add({ name: 'documents', order: 110, run: (context) => this.run(context) });
  }

  private async run({ tx, networks, people }: DemoContext): Promise<void> {
    const now = this.clock.now().getTime();
    for (const [slug, pages] of Object.entries(demoPages)) {
      const networkId = networks.get(slug);
      if (!networkId) continue;
      for (const [position, page] of [...pages].sort((a, b) => b.daysAgo - a.daysAgo).entries()) {
        const at = new Date(now - page.daysAgo * DAY);
        const createdBy = people.get(page.author) ?? null;
        await this.documents.insert(tx, { networkId, kind: 'practice_page', title: page.title, position, createdBy, snapshot: documentState(page.blocks), at });
      }
      const withMinutes = await tx.select().from(meetings).where(and(eq(meetings.networkId, networkId), ne(meetings.minutes, '')));
      for (const m of withMinutes) await this.service.createMinutes(tx, { networkId, meetingId: m.id, title: m.title, plain: m.minutes, createdBy: m.createdBy });
    }
  }
}
