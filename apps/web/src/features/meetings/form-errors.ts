import type { TFunction } from 'i18next';
import { isApiError } from '../../lib/api';
import { fieldErrors } from '../../lib/errors';
import type { namespaces } from '../../lib/use-t';

/**
 * The API names the field that is wrong (`end`, `firstStart`, …) with an English reason; the forms
 * say what to do about it in plain words, per field.
 */
export function meetingFieldErrors(t: TFunction<typeof namespaces>, error: unknown): Record<string, string> {
  const fields = fieldErrors(t, error);
  if (!isApiError(error)) return fields;
  for (const path of Object.keys(error.fields)) {
    if (path === 'end') fields.end = t('meetings:fieldError.end');
    if (path === 'start' || path === 'firstStart') fields[path] = t('meetings:fieldError.start');
    if (path === 'onlineUrl') fields.onlineUrl = t('meetings:fieldError.onlineUrl');
  }
  return fields;
}
