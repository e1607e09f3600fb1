import { Injectable, PipeTransform } from '@nestjs/common';
import { Id } from '@broedplaats/contracts';
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

export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
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

/** Route ids are UUIDs; anything else is a 400, never a database error. */
@Injectable()
export class UuidPipe implements PipeTransform<string, string> {
  transform(value: string, metadata: { data?: string }): string {
    if (!Id.safeParse(value).success) throw validationFailed({ [metadata.data ?? 'id']: 'Not a valid id' });
    return value;
  }
}
