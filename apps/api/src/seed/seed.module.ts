import { Module, OnApplicationBootstrap } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { NetworksModule } from '../networks/networks.module';
import { ThemesModule } from '../themes/themes.module';
import { SeedService } from './seed.service';

/** Runs after ThemesModule has loaded the taxonomy (module init comes before application bootstrap). */
@Module({ imports: [AuthModule, NetworksModule, ThemesModule], providers: [SeedService], exports: [SeedService] })
export class SeedModule implements OnApplicationBootstrap {
  constructor(private readonly seed: SeedService) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.seed.seedIfEmpty();
  }
}
