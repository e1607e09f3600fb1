import { Module, OnModuleInit } from '@nestjs/common';
import { ThemesController } from './themes.controller';
import { ThemesRepository } from './themes.repository';
import { themeTaxonomy } from './taxonomy';

/** The taxonomy is reference data: every start makes sure it is present, demo or not. */
@Module({ controllers: [ThemesController], providers: [ThemesRepository], exports: [ThemesRepository] })
export class ThemesModule implements OnModuleInit {
  constructor(private readonly themes: ThemesRepository) {}

  async onModuleInit(): Promise<void> {
    await this.themes.upsertAll(themeTaxonomy);
  }
}
