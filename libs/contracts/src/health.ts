import { z } from 'zod';

const Check = z.object({ status: z.enum(['up', 'down']), detail: z.string().optional() });
export const Health = z.object({
  status: z.enum(['ok', 'error']),
  database: Check.extend({ kind: z.enum(['pglite', 'postgres']) }),
  redis: Check.optional(),
});
export type Health = z.infer<typeof Health>;
