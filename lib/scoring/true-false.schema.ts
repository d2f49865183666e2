import { z } from 'zod';
import { common, text } from './common.schema';

// The bank definition of true-false (full zod, server-only: the build checks the bank with it). The rest of
// the type, free of zod, is in true-false.ts.

export const TrueFalseSchema = z.strictObject({
  ...common,
  type: z.literal('true-false'),
  statement: text,
  answer: z.boolean('moet true of false zijn'),
});

export type TrueFalse = z.infer<typeof TrueFalseSchema>;
