import { z } from 'zod';

/** Its own module, like QuestionStatus: activity entries name a phase without the whole cycles contract. */
export const CyclePhase = z.enum(['plan', 'act', 'observe', 'reflect']);
export type CyclePhase = z.infer<typeof CyclePhase>;
