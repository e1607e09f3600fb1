import { z } from 'zod';

export const Theme = z.object({
  id: z.string(),
  number: z.number().int().nullable(),
  nl: z.string(),
  en: z.string(),
  extra: z.boolean(),
});
export type Theme = z.infer<typeof Theme>;
export const ThemeList = z.array(Theme);
