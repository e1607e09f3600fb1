import { Controller } from '@nestjs/common';
import { routes, type Theme } from '@broedplaats/contracts';
import { ApiRoute } from '../core/api-route';
import { ThemesRepository } from './themes.repository';

@Controller()
export class ThemesController {
  constructor(private readonly themes: ThemesRepository) {}

  /** The taxonomy is public: it is the same for everyone and needed on the sign-up pages too. */
  @ApiRoute(routes.themes)
  list(): Promise<Theme[]> {
    return this.themes.list();
  }
}
