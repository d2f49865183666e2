import type { Score } from '@/lib/scoring';
import { formatPoints } from '@/lib/format/points';

/** One handed-in question as a mark: its prompt (plain text) and the score it got. */
export type Mark = { id: string; prompt: string; score: Score };

const VERDICT = {
  goed: '✓ Goed',
  deels: '◐ Deels goed',
  fout: '✗ Fout',
} as const;

const verdict = (score: Score): keyof typeof VERDICT => (score.correct ? 'goed' : score.points > 0 ? 'deels' : 'fout');

/**
 * Per question ✓ or ✗ with the points, without the right answer or the explanation: what a student
 * sees after handing in while the answers are not shown yet (server-rendered, no key in the page).
 */
export function AnswerMarks({ marks }: { marks: readonly Mark[] }) {
  return (
    <ol className="answer-marks" aria-label="Per vraag">
      {marks.map(({ id, prompt, score }, index) => {
        const kind = verdict(score);
        return (
          <li key={id} data-mark={kind}>
            Vraag {index + 1}: {prompt} <span className={`mark mark-${kind}`}>{VERDICT[kind]}</span> (
            {formatPoints(score.points, score.maxPoints)})
          </li>
        );
      })}
    </ol>
  );
}
