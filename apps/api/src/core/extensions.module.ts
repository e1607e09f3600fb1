import { Global, Module } from '@nestjs/common';
import { DemoSeeds } from './demo-seeds';
import { LivePublisher } from './live-publisher';
import { PersonLifecycle } from './person-lifecycle';

/**
 * The extension points capabilities plug into from their own folders: the live publisher (their
 * `.live.ts`), demo seeds (their `.demo.ts`) and what to do when a person leaves a network.
 */
@Global()
@Module({ providers: [LivePublisher, DemoSeeds, PersonLifecycle], exports: [LivePublisher, DemoSeeds, PersonLifecycle] })
export class ExtensionsModule {}
