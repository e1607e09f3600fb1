import { Injectable, OnModuleInit } from '@nestjs/common';
import { DemoSeeds, type DemoContext } from '../core/demo-seeds';

/** Past and upcoming meetings in the demo networks (filled in below). */
@Injectable()
export class MeetingsDemo implements OnModuleInit {
  constructor(private readonly seeds: DemoSeeds) {}

  onModuleInit(): void {
    this.seeds.add({ name: 'meetings', order: 60, run: (context) => this.run(context) });
  }

  private async run(_context: DemoContext): Promise<void> {
    // placeholder until the demo step
  }
}
