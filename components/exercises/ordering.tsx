'use client';

import { useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { OrderingResponse, PublicOrdering, Score } from '@/lib/scoring';
import { countOf, plural } from '@/lib/format/plural';
import { dropIndex, moved, orderingKeyTarget } from './board-moves';
import { ExerciseShell, type ExerciseProps } from './exercise-shell';
import { GripIcon } from './grip-icon';
import { PartFeedback } from './part-feedback';
import { byPointer, showTargets, usePickUp } from './use-pick-up';
import { usePointerDrag } from './use-pointer-drag';
import { useSeededOrder } from './use-seeded-order';
import './exercise.css';

type Props = ExerciseProps<PublicOrdering, OrderingResponse>;

/**
 * The result in plain words: the score follows the longest run in the right order, the marks only
 * the steps in their own place. Scores stored before `inSequence` existed fall back on the fraction.
 */
export function orderingSummary(score: Score, allOrNothing: boolean): string {
  const n = score.parts.length;
  const placed = score.parts.filter((part) => part.correct).length;
  if (placed === n) return `Alle ${n} stappen staan op de goede plek.`;
  const run = score.parts.some((part) => part.inSequence !== undefined)
    ? score.parts.filter((part) => part.inSequence).length
    : Math.round(score.fraction * n);
  const points = allOrNothing ? 'Bij deze oefening telt alleen de hele volgorde.' : 'Daarvoor krijg je punten.';
  return `${run} van de ${n} stappen ${plural(run, 'staat', 'staan')} in de goede volgorde ten opzichte van elkaar. ${points} ${countOf(placed, 'stap staat', 'stappen staan')} op precies de goede plek.`;
}

/**
 * Ordering: drag a step (mouse, touch on the grip), or pick it up with Space/Enter and move it with
 * the arrow keys, or use the ▲/▼ buttons, or tap a step and then the step whose place it takes.
 * Until the student moves something the exercise is unanswered: the shuffled start is not an answer.
 */
export function OrderingExercise({ exercise, prompt, explanation, hint, check, solution, test, initialResponse }: Props) {
  const helpId = useId();
  const [attempt, setAttempt] = useState(0);
  const seeded = useSeededOrder(exercise.id, exercise.items, attempt, solution?.order);
  // null until the student moves something.
  const [order, setOrder] = useState<string[] | null>(initialResponse?.order ?? null);
  // The step held by keyboard or tap, and the order to go back to on Escape.
  const {
    held,
    setHeld,
    containerRef: listRef,
    focusAfterMove,
    heldKeyDown,
    announce,
    region,
  } = usePickUp<{ id: string; before: string[] | null }, HTMLOListElement>();
  const dragStart = useRef<string[] | null | undefined>(undefined);
  // Picked up by a tap (or click), not by keyboard: then "Tik nu op de plek…" is shown.
  const [tapped, setTapped] = useState(false);
  const textOf = useMemo(() => new Map(exercise.items.map((item) => [item.id, item.text])), [exercise.items]);
  const ids = order ?? seeded.items.map((item) => item.id);
  const n = ids.length;

  // Moves made since the last render: pointer events can arrive faster than React renders, and a
  // move computed from a stale order would undo the one before it.
  const pending = useRef<string[] | null>(null);
  useLayoutEffect(() => {
    pending.current = null;
  });

  function moveTo(id: string, index: number, how: 'keyboard' | 'drop' | 'quiet') {
    const next = moved(pending.current ?? ids, id, index);
    pending.current = next;
    setOrder(next);
    focusAfterMove(how === 'quiet' ? null : id);
    const place = `plaats ${next.indexOf(id) + 1} van ${n}`;
    if (how === 'keyboard') announce(`${textOf.get(id)}: ${place}.`);
    if (how === 'drop') announce(`${textOf.get(id)} neergezet op ${place}.`);
  }

  const { dragProps, dragging } = usePointerDrag(
    {
      onMove(id, _x, y) {
        if (dragStart.current === undefined) dragStart.current = order;
        const rows = [...(listRef.current?.querySelectorAll<HTMLElement>('[data-row]') ?? [])];
        const others = rows.filter((row) => row.dataset.row !== id).map((row) => row.getBoundingClientRect());
        const index = dropIndex(others, y);
        if ((pending.current ?? ids).indexOf(id) !== index) moveTo(id, index, 'quiet');
      },
      onDrop(id) {
        dragStart.current = undefined;
        setHeld(null);
        moveTo(id, (pending.current ?? ids).indexOf(id), 'drop');
      },
      onCancel(id) {
        if (dragStart.current !== undefined) setOrder(dragStart.current);
        dragStart.current = undefined;
        announce(`Verplaatsen van ${textOf.get(id)} geannuleerd.`);
      },
    },
    false,
  );

  function handleActivate(id: string, event: MouseEvent) {
    if (held === null) {
      setHeld({ id, before: order });
      const tap = byPointer(event);
      setTapped(tap);
      const place = `plaats ${ids.indexOf(id) + 1} van ${n}`;
      if (tap) {
        announce(`${textOf.get(id)} opgepakt, ${place}. Tik nu op de plek waar hij moet komen.`);
        showTargets(listRef.current);
      } else {
        announce(`${textOf.get(id)} opgepakt, ${place}. Verplaats met de pijltjes en zet neer met spatie.`);
      }
    } else if (held.id === id) {
      setHeld(null);
      setTapped(false);
      announce(`${textOf.get(id)} neergezet op plaats ${ids.indexOf(id) + 1} van ${n}.`);
    } else {
      // Tap-then-target: the held step takes the place of the step tapped second.
      setHeld(null);
      setTapped(false);
      moveTo(held.id, ids.indexOf(id), 'drop');
    }
  }

  function handleKeyDown(event: KeyboardEvent, id: string) {
    heldKeyDown(event, id, {
      move(key) {
        const index = ids.indexOf(id);
        const target = orderingKeyTarget(key, index, n);
        if (target === undefined) return false;
        if (target >= 0 && target < n && target !== index) moveTo(id, target, 'keyboard');
        return true;
      },
      cancel({ before }) {
        setOrder(before);
        setHeld(null);
        setTapped(false);
        announce(`Verplaatsen geannuleerd. ${textOf.get(id)} staat weer op zijn oude plek.`);
      },
    });
  }

  return (
    <ExerciseShell
      test={test}
      instruction="Zet in de goede volgorde"
      prompt={prompt}
      explanation={explanation}
      hint={hint}
      response={order === null ? null : { order }}
      check={check}
      canReveal={solution !== undefined}
      emptyNote="Verplaats eerst minstens één stap."
      revealNote="Zo is de goede volgorde."
      summary={(score) => orderingSummary(score, exercise.scoring === 'all-or-nothing')}
      onRetry={(mode) => {
        setHeld(null);
        setTapped(false);
        if (mode === 'all') {
          setOrder(null);
          setAttempt((value) => value + 1);
        }
      }}
    >
      {({ status, score, revealed, tries }) => {
        const answering = status === 'answering';
        const shown = revealed && solution ? solution.order : ids;
        return (
          <>
            {/* Instructions that fit the input (exercise.css shows one): mouse, touch, or keyboard focus. */}
            <p className="exerciseHelp">
              <span data-help="pointer">
                Sleep aan <GripIcon /> of gebruik ▲ en ▼. Of klik op een stap en daarna op de plek waar hij moet komen.
              </span>
              <span data-help="touch">
                Tik op een stap en daarna op de plek waar hij moet komen. Of sleep aan <GripIcon />, of gebruik ▲ en ▼.
              </span>
              <span id={helpId} data-help="keys">
                Met het toetsenbord: spatie pakt een stap op, de pijltjes verplaatsen hem, spatie zet hem neer. Escape annuleert.
              </span>
            </p>
            {answering && held !== null && tapped ? (
              <p className="tapNext" data-tap-next>
                Tik nu op de plek waar hij moet komen.
              </p>
            ) : null}
            <ol ref={listRef} className="orderList" data-shuffled="" data-ready={seeded.ready || order !== null || undefined}>
              {shown.map((id, index) => {
                const text = textOf.get(id) ?? id;
                const part = revealed ? undefined : score?.parts.find((candidate) => candidate.id === id);
                const state = part ? (part.correct ? 'goed' : 'fout') : revealed ? 'oplossing' : undefined;
                const feedbackId = `${helpId}-${id}`;
                const isHeld = held?.id === id;
                return (
                  <li
                    key={id}
                    data-row={id}
                    data-drag-root=""
                    className="orderRow"
                    data-state={state}
                    data-held={isHeld || dragging?.id === id || undefined}
                  >
                    <button
                      type="button"
                      className="dragItem"
                      data-item={id}
                      disabled={!answering}
                      aria-pressed={answering ? isHeld : undefined}
                      aria-describedby={[helpId, state ? feedbackId : ''].join(' ').trim()}
                      onClick={(event) => handleActivate(id, event)}
                      onKeyDown={(event) => handleKeyDown(event, id)}
                      {...dragProps(id)}
                    >
                      <span className="dragGrip" data-grip>
                        <GripIcon />
                      </span>
                      <span className="orderNumber" aria-hidden="true">
                        {index + 1}
                      </span>
                      <span className="dragText" data-drag-text>
                        {text}
                      </span>
                    </button>
                    {answering ? (
                      <span className="orderArrows">
                        <button
                          type="button"
                          className="iconButton"
                          tabIndex={-1}
                          aria-label={`Zet "${text}" een plaats hoger`}
                          disabled={index === 0}
                          onClick={() => moveTo(id, index - 1, 'keyboard')}
                        >
                          ▲
                        </button>
                        <button
                          type="button"
                          className="iconButton"
                          tabIndex={-1}
                          aria-label={`Zet "${text}" een plaats lager`}
                          disabled={index === n - 1}
                          onClick={() => moveTo(id, index + 1, 'keyboard')}
                        >
                          ▼
                        </button>
                      </span>
                    ) : null}
                    {state ? (
                      <PartFeedback
                        id={feedbackId}
                        correct={part?.correct}
                        solution={revealed}
                        // From the second check on, a misplaced step says where it belongs.
                        wrongLabel={
                          tries >= 2 && solution
                            ? `Niet op zijn plek, hoort op plaats ${solution.order.indexOf(id) + 1}`
                            : 'Niet op zijn plek'
                        }
                        solutionLabel={`Hoort op plaats ${index + 1}`}
                      />
                    ) : null}
                  </li>
                );
              })}
            </ol>
            {region}
          </>
        );
      }}
    </ExerciseShell>
  );
}
