type Props = { id: string; correct?: boolean; solution?: boolean; feedback?: string };

/** Right/wrong for one part, in an icon and in words, so colour is never the only signal. */
export function PartFeedback({ id, correct, solution, feedback }: Props) {
  return (
    <div id={id} className="part-feedback">
      {correct !== undefined ? (
        <span className={`mark ${correct ? 'mark-goed' : 'mark-fout'}`}>
          <span aria-hidden="true">{correct ? '✓' : '✗'}</span> {correct ? 'Goed' : 'Fout'}
        </span>
      ) : null}
      {solution && !correct ? (
        <span className="mark mark-oplossing">
          <span aria-hidden="true">→</span> Juiste antwoord
        </span>
      ) : null}
      {feedback ? <span className="part-feedback-text">{feedback}</span> : null}
    </div>
  );
}
