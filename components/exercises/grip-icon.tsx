import './exercise.css';

/** The six-dot grip that marks what can be dragged. */
export function GripIcon() {
  return (
    <svg className="gripIcon" viewBox="0 0 10 16" width="10" height="16" aria-hidden="true" focusable="false">
      {[3, 8, 13].flatMap((y) => [2.5, 7.5].map((x) => <circle key={`${x}-${y}`} cx={x} cy={y} r="1.5" />))}
    </svg>
  );
}
