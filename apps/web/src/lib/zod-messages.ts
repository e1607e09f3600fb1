import { z } from 'zod';
import i18n from './i18n';

type Issue = z.core.$ZodRawIssue;

/** Zod's own messages are English and technical; forms show these plain-language ones instead. */
function issueMessage(issue: Issue): string {
  const t = i18n.t.bind(i18n);
  switch (issue.code) {
    case 'too_small': {
      const minimum = Number(issue.minimum);
      if (issue.origin === 'string') return minimum <= 1 ? t('errors:field.required') : t('errors:field.tooShort', { count: minimum });
      if (issue.origin === 'number') return t('errors:field.tooLow', { minimum });
      return t('errors:field.tooFew', { count: minimum });
    }
    case 'too_big': {
      const maximum = Number(issue.maximum);
      if (issue.origin === 'string') return t('errors:field.tooLong', { count: maximum });
      if (issue.origin === 'number') return t('errors:field.tooHigh', { maximum });
      return t('errors:field.tooMany', { count: maximum });
    }
    case 'invalid_format':
      return issue.format === 'email' ? t('errors:field.email') : t('errors:field.invalid');
    case 'invalid_value':
      return t('errors:field.choose');
    case 'invalid_type':
      return issue.input === undefined || issue.input === null || issue.input === ''
        ? t('errors:field.required')
        : t('errors:field.invalid');
    default:
      return t('errors:field.invalid');
  }
}

z.config({ customError: issueMessage });
