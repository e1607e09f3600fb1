import { Controller, Get } from '@nestjs/common';
import type { Theme } from '@broedplaats/contracts';
import { Public } from '../core/auth-context';
import { ThemesRepository } from './themes.repository';

@Controller('themes')
export class ThemesController {
  constructor(private readonly themes: ThemesRepository) {}

  /** The taxonomy is public: it is the same for everyone and needed on the sign-up pages too. */
  @Public()
  @Get()
  list(): Promise<Theme[]> {
    return this.themes.list();
  }
}
