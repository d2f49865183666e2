import './exercise.css';

type Props = {
  id: string;
  correct?: boolean;
  solution?: boolean;
  feedback?: string;
  /** Replaces "Goed" / "Fout" / "Juiste antwoord" where a type has a more telling word. */
  rightLabel?: string;
  wrongLabel?: string;
  solutionLabel?: string;
};

/** Right/wrong for one part, in an icon and in words, so colour is never the only signal. */
export function PartFeedback({
  id,
  correct,
  solution,
  feedback,
  rightLabel = 'Goed',
  wrongLabel = 'Fout',
  solutionLabel = 'Juiste antwoord',
}: Props) {
  return (
    <div id={id} className="partFeedback">
      {correct !== undefined ? (
        <span className={`mark ${correct ? 'mark-goed' : 'mark-fout'}`}>
          <span aria-hidden="true">{correct ? '✓' : '✗'}</span> {correct ? rightLabel : wrongLabel}
        </span>
      ) : null}
      {solution && !correct ? (
        <span className="mark mark-oplossing">
          <span aria-hidden="true">→</span> {solutionLabel}
        </span>
      ) : null}
      {feedback ? <span>{feedback}</span> : null}
    </div>
  );
}
