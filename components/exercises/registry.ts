import type { ComponentType, ReactNode } from 'react';
import type { ExerciseType, PublicOf, ResponseOf } from '@/lib/scoring';
import { CategorizeExercise } from './categorize';
import type { ExerciseProps } from './exercise-shell';
import { FillBlanksExercise } from './fill-blanks';
import { MatchingExercise } from './matching';
import { MultipleChoiceExercise } from './multiple-choice';
import { OpenExercise } from './open';
import { OrderingExercise } from './ordering';
import { SingleChoiceExercise } from './single-choice';
import { TrueFalseExercise } from './true-false';

/**
 * Parts of an exercise rendered from Markdown on the server and handed to the client as props
 * (a component uses the ones its type has). A new type with such a part adds it here.
 */
export type RenderedParts = {
  /** The statement of a true-false exercise. */
  statement?: ReactNode;
  /** The model answer of an open exercise. */
  modelAnswer?: ReactNode;
};

/** The props every exercise component takes: the public view and key of its own type, and the rendered parts. */
export type ExerciseComponentProps<T extends ExerciseType> = ExerciseProps<PublicOf<T>, ResponseOf<T>> & RenderedParts;

/** The component of every exercise type, one line each (lib/scoring/index.ts holds the types' registry). */
export const EXERCISE_COMPONENTS: { readonly [T in ExerciseType]: ComponentType<ExerciseComponentProps<T>> } = {
  'single-choice': SingleChoiceExercise,
  'multiple-choice': MultipleChoiceExercise,
  'true-false': TrueFalseExercise,
  ordering: OrderingExercise,
  categorize: CategorizeExercise,
  matching: MatchingExercise,
  'fill-blanks': FillBlanksExercise,
  open: OpenExercise,
};
