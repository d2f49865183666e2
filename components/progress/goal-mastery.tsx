import { countOf } from '@/lib/format/plural';
import { MASTERY_LABEL, summarizeMastery } from '@/lib/progress/mastery';
import type { Progress } from '@/lib/progress/state';

/**
 * Each learning goal with its mastery and how many of its exercises were done (Mijn voortgang, the
 * end of a lesson). Styled by its callers' CSS (`.goalCount`).
 */
export function GoalMastery({
  progress,
  goals,
  className,
}: {
  progress: Progress;
  goals: readonly { text: string; exerciseIds: readonly string[] }[];
  className?: string;
}) {
  return (
    <ul className={className}>
      {goals.map((goal) => {
        const summary = summarizeMastery(progress, goal.exerciseIds);
        return (
          <li key={goal.text} data-mastery={summary.mastery}>
            <strong>{MASTERY_LABEL[summary.mastery]}</strong> · {goal.text}{' '}
            <span className="goalCount">
              ({summary.attempted} van {countOf(summary.total, 'oefening', 'oefeningen')} gedaan)
            </span>
          </li>
        );
      })}
    </ul>
  );
}
