import { Module } from '@nestjs/common';
import { NetworksModule } from '../networks/networks.module';
import { ReflectionController } from './reflection.controller';
import { ReflectionDemo } from './reflection.demo';
import { ReflectionLinks } from './reflection-links';
import { ReflectionLive } from './reflection.live';
import { ReflectionRepository } from './reflection.repository';
import { ReflectionService } from './reflection.service';
import { ValueStoriesService } from './value-stories.service';

/** Reflection: the personal journal, shared parts and their aggregates, value stories. */
@Module({
  imports: [NetworksModule],
  controllers: [ReflectionController],
  providers: [ReflectionRepository, ReflectionLinks, ReflectionService, ValueStoriesService, ReflectionLive, ReflectionDemo],
})
export class ReflectionModule {}
