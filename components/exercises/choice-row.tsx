import type { ReactNode } from 'react';
import './exercise.css';

type Props = {
  type: 'radio' | 'checkbox';
  name: string;
  label: ReactNode;
  checked: boolean;
  disabled: boolean;
  onChange: (checked: boolean) => void;
  /** After checking: goed / fout, or oplossing for the right answer shown by "Toon antwoord". */
  state?: 'goed' | 'fout' | 'oplossing';
  /** The feedback under the option (a PartFeedback with this id), linked as its description. */
  feedbackId: string;
  feedback?: ReactNode;
};

/** One option of a choice exercise: a native radio or checkbox with its label and its feedback. */
export function ChoiceRow({ type, name, label, checked, disabled, onChange, state, feedbackId, feedback }: Props) {
  return (
    <div className="choice" data-state={state}>
      <label className="choiceLabel">
        <input
          type={type}
          name={name}
          checked={checked}
          disabled={disabled}
          onChange={(event) => onChange(event.target.checked)}
          aria-describedby={feedback ? feedbackId : undefined}
        />
        <span>{label}</span>
      </label>
      {feedback}
    </div>
  );
}
