/** When students see the key and explanations after handing in. */
export type ShowAnswers = 'direct' | 'na-sluiten' | 'nooit';
export const SHOW_ANSWERS = ['direct', 'na-sluiten', 'nooit'] as const satisfies readonly ShowAnswers[];

/** How the teacher chose the exercises, kept so the assignment page can say so. */
export type Selection =
  | { mode: 'lessen'; lessons: string[] }
  | { mode: 'hand' }
  | { mode: 'trekking'; lessons: string[]; perLesson: number; seed: string };

/** Each exercise type in a teacher's words, for lists of questions. */
export const TYPE_LABEL = {
  'single-choice': 'meerkeuze, één antwoord',
  'multiple-choice': 'meerkeuze, meer antwoorden',
  'true-false': 'waar of niet waar',
  ordering: 'volgorde',
  categorize: 'indelen in groepen',
  matching: 'koppelen',
  'fill-blanks': 'invullen',
  open: 'open vraag',
} as const;
