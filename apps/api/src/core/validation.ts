import type { PipeTransform } from '@nestjs/common';
import type { z } from 'zod';
import { validationFailed } from './errors';

/** Zod issues as `{ 'partners.0.name': 'Too small' }`; a form-level problem sits under `_`. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join('.') : '_';
    fields[key] ??= issue.message;
  }
  return fields;
}

/**
 * PostgreSQL cannot store U+0000 in text and fails the whole query (a 500), so no string that will
 * reach it may contain one; returns the dot-joined path of the first such string. Iterative: a JSON
 * body can nest deeper than the call stack.
 */
function pathOfNul(input: unknown): string | null {
  // Each entry links to its parent, so the path is only built for the one string that is found.
  type Step = { value: unknown; key: string | null; parent: Step | null };
  const stack: Step[] = [{ value: input, key: null, parent: null }];
  for (let step = stack.pop(); step; step = stack.pop()) {
    const { value } = step;
    if (typeof value === 'string' && value.includes('\u0000')) {
      const path: string[] = [];
      for (let at: Step | null = step; at?.key != null; at = at.parent) path.unshift(at.key);
      return path.join('.') || '_';
    }
    if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) stack.push({ value: item, key, parent: step });
    }
  }
  return null;
}

export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const nul = pathOfNul(value);
  if (nul !== null) throw validationFailed({ [nul]: 'Contains a NUL character' });
  const result = schema.safeParse(value);
  if (!result.success) throw validationFailed(fieldErrors(result.error));
  return result.data;
}

/** `@Body(new ZodPipe(RegisterBody))`: the contract schema is the validator. */
export class ZodPipe<S extends z.ZodType> implements PipeTransform<unknown, z.output<S>> {
  constructor(private readonly schema: S) {}
  transform(value: unknown): z.output<S> {
    return parseOrThrow(this.schema, value ?? {});
  }
}
