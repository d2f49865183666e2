'use client';

import Link from '@/components/ui/link';
import { useId, useRef, useState } from 'react';
import { useProgressStore, useProgress } from '@/components/progress/progress-provider';
import { countOf } from '@/lib/format/plural';
import { flashcardDeck, flashcardQueue, type Flashcard } from '@/lib/progress/flashcards';
import { sessionSummary, summaryText } from '@/lib/progress/practice-pool';
import { dueStatus } from '@/lib/progress/spaced-repetition';
import styles from './flashcards.module.css';

export type FlashcardTerm = { id: string; term: string; definition: string; lesson: string };
type LessonRef = { slug: string; title: string; order: number };

/**
 * Glossary flashcards: a session of due cards and a few new ones (from lessons the student opened).
 * The student recalls, turns the card ("Draai de kaart om"), and grades themself: "Ik wist het"
 * is recorded as right, "Nog niet" as wrong, through the progress store, so the cards follow the
 * same FSRS schedule as the exercises. Buttons only: Space and Enter work, and so does a tap. The
 * card is a live region, so a screen reader reads the side that is shown.
 */
export function FlashcardSession({ terms, lessons }: { terms: FlashcardTerm[]; lessons: LessonRef[] }) {
  const id = useId();
  const store = useProgressStore();
  const progress = useProgress((state) => (state.loaded ? state.progress : null), null);
  const [queue, setQueue] = useState<string[] | null>(null);
  const [position, setPosition] = useState(0);
  const [turned, setTurned] = useState(false);
  const [started, setStarted] = useState<Date | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const knewRef = useRef<HTMLButtonElement>(null);

  if (!progress) return <p>Je voortgang wordt geladen…</p>;

  const deck = flashcardDeck(terms);
  const byId = new Map(deck.map((card) => [card.id, card]));
  const termOf = new Map(terms.map((term) => [term.id, term]));
  const now = new Date();

  function show(next: number) {
    setPosition(next);
    setTurned(false);
    requestAnimationFrame(() => headingRef.current?.focus());
  }

  function grade(card: Flashcard, knew: boolean) {
    // No time: a self-graded card is Good when known, never Easy for speed.
    store?.getState().record(card.id, knew ? 1 : 0);
    show(position + 1);
  }

  if (queue !== null) {
    const card = position < queue.length ? byId.get(queue[position]!) : undefined;
    const term = card ? termOf.get(card.termId) : undefined;
    if (!card || !term) {
      return (
        <section className={styles.flashcardsDone} aria-labelledby={`${id}-done`}>
          <h2 id={`${id}-done`} ref={headingRef} tabIndex={-1}>
            Klaar!
          </h2>
          <p className={styles.flashcardsSummary}>
            {summaryText(sessionSummary(progress, queue, started ?? now, now), 'Je hebt nog geen kaart omgedraaid.')}
          </p>
          <p>
            Wat je nog niet wist, komt sneller terug. Oefen ook de <Link href="/oefenen">oefeningen</Link>, of lees de{' '}
            <Link href="/begrippen">begrippenlijst</Link> nog eens.
          </p>
          <button type="button" className="button button-primary" onClick={() => setQueue(null)}>
            Nieuwe ronde
          </button>
        </section>
      );
    }
    const asksTerm = card.side === 'term';
    const front = asksTerm ? term.definition : term.term;
    const back = asksTerm ? term.term : term.definition;
    return (
      <section aria-labelledby={`${id}-now`}>
        <h2 id={`${id}-now`} ref={headingRef} tabIndex={-1} className={styles.flashcardsCount}>
          Kaart {position + 1} van {queue.length}
        </h2>
        <div className={styles.flashcard} data-flashcard data-side={turned ? 'achterkant' : 'voorkant'} aria-live="polite">
          <p className={styles.flashcardSide}>
            {turned ? 'Achterkant' : 'Voorkant'}:{' '}
            {asksTerm ? (turned ? 'het begrip' : 'de uitleg') : turned ? 'de uitleg' : 'het begrip'}
          </p>
          <p className={asksTerm && !turned ? styles.flashcardDefinition : styles.flashcardText}>{turned ? back : front}</p>
          {turned ? (
            <p className={styles.flashcardAsked}>
              {asksTerm ? 'Bij de uitleg' : 'Bij het begrip'} “{front}”
            </p>
          ) : (
            <p className={styles.flashcardAsked}>
              {asksTerm ? 'Welk begrip hoort bij deze uitleg?' : 'Wat betekent dit begrip?'} Zeg het voor jezelf en draai dan de
              kaart om.
            </p>
          )}
        </div>
        <div className="exercise-actions">
          {turned ? (
            <>
              <button ref={knewRef} type="button" className="button button-primary" onClick={() => grade(card, true)}>
                Ik wist het
              </button>
              <button type="button" className="button" onClick={() => grade(card, false)}>
                Nog niet
              </button>
            </>
          ) : (
            <button
              type="button"
              className="button button-primary"
              onClick={() => {
                setTurned(true);
                requestAnimationFrame(() => knewRef.current?.focus());
              }}
            >
              Draai de kaart om
            </button>
          )}
          <button type="button" className="button" onClick={() => setQueue(null)}>
            Stoppen
          </button>
        </div>
      </section>
    );
  }

  const planned = flashcardQueue(progress, deck, now);
  const status = dueStatus(
    progress,
    deck.map((card) => card.id),
    now,
  );
  const openedAny = lessons.some((lesson) => progress.lessons[lesson.slug]?.visitedAt !== undefined);
  const firstLesson = lessons[0];

  if (!openedAny && status.due === 0 && planned.length === 0 && firstLesson) {
    return (
      <p className={styles.flashcardsStatus}>
        Open eerst een les. Nieuwe kaarten komen alleen uit lessen die je al hebt geopend. Begin met{' '}
        <Link href={`/lessen/${firstLesson.slug}`}>
          les {firstLesson.order}: {firstLesson.title}
        </Link>
      </p>
    );
  }

  return (
    <div>
      <p className={styles.flashcardsStatus} role="status">
        Vandaag aan de beurt: <strong>{countOf(status.due, 'kaart', 'kaarten')}</strong>. Nieuw erbij:{' '}
        <strong>{countOf(planned.length - Math.min(status.due, planned.length), 'kaart', 'kaarten')}</strong>.
      </p>
      <div className="exercise-actions">
        <button
          type="button"
          className="button button-primary"
          disabled={planned.length === 0}
          onClick={() => {
            setQueue(planned);
            setStarted(new Date());
            show(0);
          }}
        >
          Start ({countOf(planned.length, 'kaart', 'kaarten')})
        </button>
        {planned.length === 0 ? (
          <span className="exercise-note">
            Er is nu niets aan de beurt. Nieuwe kaarten komen uit lessen die je al hebt geopend.
          </span>
        ) : null}
      </div>
    </div>
  );
}
