'use client';

import { useProgress } from './progress-provider';
import './progress.css';

/** Tells the student once, in Dutch, when saved progress could not be read or saved. */
export function ProgressNotice() {
  const notice = useProgress((state) => state.notice, null);
  const dismiss = useProgress(
    (state) => state.dismissNotice,
    () => {},
  );
  if (!notice) return null;
  return (
    <div className="progressNotice" role="status" data-progress-notice>
      <p>{notice}</p>
      <button type="button" className="button" onClick={dismiss}>
        Oké
      </button>
    </div>
  );
}
