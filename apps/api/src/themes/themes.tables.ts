import { boolean, integer, pgTable, text } from 'drizzle-orm/pg-core';

export const themes = pgTable('themes', {
  id: text('id').primaryKey(),
  number: integer('number'),
  nl: text('nl').notNull(),
  en: text('en').notNull(),
  extra: boolean('extra').notNull().default(false),
  position: integer('position').notNull(),
});
