import { useMemo } from 'react';
import { ExercisePositionContext, type TestMode } from '@/components/exercises/exercise-shell';
import { ExerciseView, type ExerciseViewData } from '@/components/exercises/exercise-view';
import type { PackageItem } from '@/lib/lms/package';
import { solve, toPublic, type Score } from '@/lib/scoring';

/** HTML the package builder rendered from the bank's Markdown (trusted: it is our own content). */
function Html({ html, block = false }: { html: string; block?: boolean }) {
  return block ? <div dangerouslySetInnerHTML={{ __html: html }} /> : <span dangerouslySetInnerHTML={{ __html: html }} />;
}

type Props = {
  item: PackageItem;
  /** A lesson's exercise checks itself (Controleer); a quiz's question reports its answer (test mode). */
  check?: (response: unknown) => Promise<Score>;
  test?: TestMode<unknown>;
  initialResponse?: unknown;
  position?: { index: number; total: number };
  /** A quiz shows no hint, and the explanation only once handed in (as the Eindtoets on the site). */
  quiz?: boolean;
};

/** One exercise of a package, with the site's own components; the key is in the package. */
export function PackageExercise({ item, check, test, initialResponse, position, quiz = false }: Props) {
  const { exercise, html } = item;
  const view = useMemo(
    () => ({ type: exercise.type, public: toPublic(exercise), solution: solve(exercise) }) as ExerciseViewData,
    [exercise],
  );
  const rendered = (
    <ExerciseView
      view={view}
      prompt={<Html html={html.prompt} />}
      hint={!quiz && html.hint ? <Html html={html.hint} /> : undefined}
      explanation={html.explanation ? <Html html={html.explanation} block /> : undefined}
      statement={html.statement ? <Html html={html.statement} /> : undefined}
      modelAnswer={!quiz && html.modelAnswer ? <Html html={html.modelAnswer} block /> : undefined}
      check={check}
      test={test}
      initialResponse={initialResponse}
    />
  );
  return position ? <ExercisePositionContext value={position}>{rendered}</ExercisePositionContext> : rendered;
}
