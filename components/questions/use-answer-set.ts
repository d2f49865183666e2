'use client';

import { useEffect, useMemo, useRef, useState } from 'react';

type Responses = Record<string, unknown>;

type Options = {
  /** The questions' ids, in order (a stable array: the reporters are made again when it changes). */
  ids: readonly string[];
  /** Answers to start from (saved earlier); read once, when the set is created. */
  initial?: Responses;
  /** Whether a saved answer can be used for a question (its shape fits); others start empty. */
  accept?: (id: string, response: unknown) => boolean;
  /** Called after every change, with all answers and the id that changed: save them here. */
  onChange?: (responses: Responses, changed: string) => void;
  /** Hands the answers in: score them, or send them. */
  onHandIn: (responses: Responses) => void | Promise<void>;
};

export type AnswerSet = {
  /** The answers now (null or absent: not answered). */
  responses: Responses;
  /** The answers the questions start from: the accepted saved ones. */
  restored: Responses;
  /** One stable callback per question id, for an exercise to report its answer. */
  reporters: Record<string, (response: unknown) => void>;
  unanswered: number;
  /** Asking "hand in anyway?" because some questions have no answer. */
  confirming: boolean;
  /** Hands in, or first asks when questions are open (unless `force`: the time is up). */
  handIn: (force?: boolean) => void;
  /** "Verder met …": stop asking, keep answering. */
  keepAnswering: () => void;
  /** Starts again with no answers. */
  reset: () => void;
};

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The answers to a set of questions (Eindtoets, Proeftoets, an assignment): restored from what was
 * saved, changed as the student answers (each change passed to `onChange`, which saves it where the
 * flow keeps answers), and handed in, after a warning when questions are still open.
 */
export function useAnswerSet({ ids, initial, accept, onChange, onHandIn }: Options): AnswerSet {
  const [restored, setRestored] = useState<Responses>(() =>
    Object.fromEntries(
      ids.flatMap((id) => (initial && initial[id] != null && (accept?.(id, initial[id]) ?? true) ? [[id, initial[id]]] : [])),
    ),
  );
  const [responses, setResponses] = useState<Responses>(restored);
  // The answers as of the last report, for callbacks that run before the next render.
  const latest = useRef(responses);
  const [confirming, setConfirming] = useState(false);
  // The latest callbacks, kept after each render (not during it).
  const callbacks = useRef({ onChange, onHandIn });
  useEffect(() => {
    callbacks.current = { onChange, onHandIn };
  });

  // One stable callback per question, so an exercise reports only when its answer changes.
  const reporters = useMemo(
    () =>
      Object.fromEntries(
        ids.map((id) => [
          id,
          (response: unknown) => {
            if (same(latest.current[id], response)) return;
            latest.current = { ...latest.current, [id]: response };
            setResponses(latest.current);
            callbacks.current.onChange?.(latest.current, id);
          },
        ]),
      ),
    [ids],
  );

  const unanswered = ids.filter((id) => responses[id] == null).length;

  return {
    responses,
    restored,
    reporters,
    unanswered,
    confirming,
    handIn(force = false) {
      if (unanswered > 0 && !confirming && !force) {
        setConfirming(true);
        return;
      }
      setConfirming(false);
      void callbacks.current.onHandIn(latest.current);
    },
    keepAnswering: () => setConfirming(false),
    reset() {
      latest.current = {};
      setRestored({});
      setResponses({});
      setConfirming(false);
    },
  };
}
