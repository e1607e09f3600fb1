import { Injectable, OnModuleInit } from '@nestjs/common';
import { DemoSeeds } from '../core/demo-seeds';

/** Placeholder until the demo agenda is written. */
@Injectable()
export class AgendaDemo implements OnModuleInit {
  constructor(private readonly seeds: DemoSeeds) {}
  onModuleInit(): void {
    void this.seeds;
  }
}
