import { z } from 'zod';

export const Id = z.uuid();
export const Language = z.enum(['nl', 'en']);
export type Language = z.infer<typeof Language>;

export const PageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type PageQuery = z.infer<typeof PageQuery>;

export const page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

/** ISO-8601 timestamps in UTC on the wire. */
export const Timestamp = z.iso.datetime();

/** Plain text that may span lines: Windows line ends become \n, and the ends are trimmed before the length counts. */
export const multiline = (max: number) => z.string().overwrite((s) => s.replace(/\r\n?/g, '\n').trim()).max(max);
