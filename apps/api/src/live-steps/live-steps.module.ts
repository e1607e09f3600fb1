import { Module } from '@nestjs/common';
import { LiveStepsGateway } from './live-steps.gateway';
import { LiveStepsLive } from './live-steps.live';
import { LiveStepsRepository } from './live-steps.repository';
import { LiveStepsService } from './live-steps.service';

/** The reusable step-through: capabilities import this and drive it from their own routes. */
@Module({ providers: [LiveStepsRepository, LiveStepsService, LiveStepsLive, LiveStepsGateway], exports: [LiveStepsService] })
export class LiveStepsModule {}
