import { z } from 'zod';

/** Its own module: activity and notification entries name a status without bringing the whole agenda contract along. */
export const QuestionStatus = z.enum(['proposed', 'on-agenda', 'in-progress', 'answered', 'disseminated', 'set-aside', 'withdrawn']);
export type QuestionStatus = z.infer<typeof QuestionStatus>;
