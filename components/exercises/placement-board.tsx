'use client';

import { useId, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { countOf } from '@/lib/format/plural';
import type { ScorePart } from '@/lib/scoring';
import { arrowStep, keyboardTargets, nextTarget, place, POOL, type Placements } from './board-moves';
import { GripIcon } from './grip-icon';
import { byPointer, showTargets, usePickUp } from './use-pick-up';
import { usePointerDrag, zoneAt } from './use-pointer-drag';
import { useSeededOrder } from './use-seeded-order';
import './exercise.css';

export type Item = { id: string; text: string };
export type Zone = { id: string; label: string };

type Props = {
  kind: 'categorize' | 'matching';
  /** The items in this student's order. */
  items: Item[];
  zones: Zone[];
  placements: Placements;
  onChange: (placements: Placements) => void;
  answering: boolean;
  /** After checking: the verdict per item (categorize) or per zone (matching). */
  parts?: ScorePart[];
  /** Shown instead of the student's board after "Toon antwoord". */
  solution?: Placements;
  ready: boolean;
};

/**
 * The state categorize and matching share: this student's order of the items, and where each is.
 * `retry` keeps the placements `isRight` approves (Opnieuw) or clears all and reshuffles.
 */
export function useBoard(exerciseId: string, items: readonly Item[], initial: Placements = {}) {
  const [attempt, setAttempt] = useState(0);
  const seeded = useSeededOrder(exerciseId, items, attempt);
  const [placements, setPlacements] = useState<Placements>(initial);
  function retry(mode: 'mistakes' | 'all', isRight: ((item: string, zone: string) => boolean) | null) {
    if (mode === 'all' || isRight === null) {
      setPlacements({});
      setAttempt((value) => value + 1);
    } else {
      setPlacements((previous) => Object.fromEntries(Object.entries(previous).filter(([item, zone]) => isRight(item, zone))));
    }
  }
  return { seeded, placements, setPlacements, retry };
}

/** " 2 items hadden nog geen groep; dat telt als fout." — or nothing when all were placed. */
export function missingNote(missing: number, one: string, many: string): string {
  return missing > 0 ? ` ${countOf(missing, one, many)}; dat telt als fout.` : '';
}

function Mark({ correct, solution }: { correct?: boolean; solution?: boolean }) {
  if (correct === undefined && !solution) return null;
  const [icon, word, tone] = solution
    ? ['→', 'juiste plek', 'oplossing']
    : correct
      ? ['✓', 'goed', 'goed']
      : ['✗', 'fout', 'fout'];
  return (
    <span className={`chipMark mark-${tone}`}>
      <span aria-hidden="true">{icon}</span>
      <span className="visually-hidden">, {word}</span>
    </span>
  );
}

/**
 * The board of categorize and matching: items start in a pool and go into zones (groups, or the
 * slot beside a term). Three ways to move an item, so nobody depends on dragging (WCAG 2.5.7):
 * drag it (mouse, or touch on the grip); tap it and tap "Zet hier"; or, by keyboard, pick it up
 * with Space/Enter, choose a zone with the arrow keys, put it down with Space/Enter (Escape cancels).
 */
export function PlacementBoard({ kind, items, zones, placements, onChange, answering, parts, solution, ready }: Props) {
  const helpId = useId();
  const single = kind === 'matching';
  const {
    held: heldItem,
    setHeld: setHeldItem,
    containerRef: boardRef,
    focusAfterMove,
    heldKeyDown,
    announce,
    region,
  } = usePickUp<{ id: string }, HTMLDivElement>();
  const held = heldItem?.id ?? null;
  const setHeld = (id: string | null) => setHeldItem(id === null ? null : { id });
  const [target, setTarget] = useState<string | null>(null);
  const [over, setOver] = useState<string | null>(null);
  // Picked up by a tap (or click), not by keyboard: then "Tik nu op een groep" is shown.
  const [tapped, setTapped] = useState(false);
  const zonesRef = useRef<HTMLDivElement>(null);
  const targetWord = single ? 'een begrip' : 'een groep';
  const shown = solution ?? placements;
  const textOf = new Map(items.map((item) => [item.id, item.text]));
  const zoneName = (zone: string) =>
    zone === POOL
      ? single
        ? 'de antwoorden'
        : 'de stapel'
      : `${single ? 'bij' : 'groep'} ${zones.find((candidate) => candidate.id === zone)?.label}`;

  function put(item: string, zone: string) {
    onChange(place(placements, item, zone, single));
    setHeld(null);
    setTarget(null);
    setTapped(false);
    focusAfterMove(item);
    announce(`${textOf.get(item)} staat nu ${zone === POOL ? 'weer bij ' : single ? '' : 'in '}${zoneName(zone)}.`);
  }

  const { dragProps, dragging } = usePointerDrag(
    {
      onMove(_id, x, y, element) {
        const zone = zoneAt(x, y, element)?.dataset.dropZone ?? null;
        if (zone !== over) setOver(zone);
      },
      onDrop(id, x, y, element) {
        const zone = zoneAt(x, y, element)?.dataset.dropZone;
        setOver(null);
        if (zone !== undefined) put(id, zone);
      },
      onCancel() {
        setOver(null);
      },
    },
    !answering,
  );

  function handleClick(item: string, event: MouseEvent) {
    if (held === item && target !== null) put(item, target);
    else if (held === item) {
      setHeld(null);
      setTarget(null);
      setTapped(false);
      announce(`${textOf.get(item)} losgelaten.`);
    } else if (byPointer(event)) {
      setHeld(item);
      setTarget(null);
      setTapped(true);
      announce(`${textOf.get(item)} opgepakt. Tik nu op ${targetWord}.`);
      showTargets(zonesRef.current);
    } else {
      setHeld(item);
      setTarget(null);
      setTapped(false);
      announce(`${textOf.get(item)} opgepakt. Kies met de pijltjes ${targetWord} en druk op spatie. Escape annuleert.`);
    }
  }

  /** A tap anywhere in a zone (not on an item or button) puts the tapped item there. */
  function handleZoneClick(zone: string, event: MouseEvent) {
    if (!answering || held === null || !tapped || (event.target as Element).closest('button')) return;
    if (zone === POOL && !placements[held]) return;
    put(held, zone);
  }

  function handleKeyDown(event: KeyboardEvent, item: string) {
    heldKeyDown(event, item, {
      move(key) {
        const step = arrowStep(key);
        if (step === undefined) return false;
        // Keyboard targets: every zone, and the pool when the item is not in it.
        const targets = keyboardTargets(
          placements,
          item,
          zones.map((zone) => zone.id),
        );
        const next = nextTarget(targets, target, step);
        setTarget(next);
        announce(`${single ? 'Koppelen' : 'Plaatsen'} ${next === POOL ? 'terug bij ' : single ? '' : 'in '}${zoneName(next)}?`);
        return true;
      },
      cancel() {
        setHeld(null);
        setTarget(null);
        setTapped(false);
        announce(`Geannuleerd. ${textOf.get(item)} blijft waar het was.`);
      },
    });
  }

  function chip(item: Item, partFor?: ScorePart, isSolution?: boolean) {
    const isHeld = held === item.id;
    return (
      <li key={item.id} className="chipRow">
        <button
          type="button"
          className={`dragItem chip`}
          data-item={item.id}
          data-held={isHeld || dragging?.id === item.id || undefined}
          data-state={isSolution ? 'oplossing' : partFor ? (partFor.correct ? 'goed' : 'fout') : undefined}
          disabled={!answering}
          aria-pressed={answering ? isHeld : undefined}
          aria-describedby={`${helpId}-keys`}
          onClick={(event) => handleClick(item.id, event)}
          onKeyDown={(event) => handleKeyDown(event, item.id)}
          {...dragProps(item.id)}
        >
          {answering ? (
            <span className="dragGrip" data-grip>
              <GripIcon />
            </span>
          ) : null}
          <span className="dragText" data-drag-text>
            {item.text}
          </span>
          <Mark correct={partFor?.correct} solution={isSolution} />
        </button>
      </li>
    );
  }

  function dropButton(zone: string, label: string): ReactNode {
    if (!answering || held === null || placements[held] === zone || (zone === POOL && !placements[held])) return null;
    return (
      <button
        type="button"
        className={`button dropButton`}
        data-target={target === zone || undefined}
        onClick={() => put(held, zone)}
      >
        {zone === POOL ? 'Zet terug' : single ? 'Koppel hier' : 'Zet hier'}
        <span className="visually-hidden">
          : {textOf.get(held)} {zone === POOL ? 'bij ' : single ? '' : 'in '}
          {label}
        </span>
      </button>
    );
  }

  const partOf = (id: string) => parts?.find((part) => part.id === id);
  const inZone = (zone: string) => items.filter((item) => (shown[item.id] ?? POOL) === zone);
  const pool = inZone(POOL);
  const zoneProps = (zone: string) => ({
    'data-drop-zone': zone,
    'data-over': (over === zone && dragging !== null) || target === zone || undefined,
    // Pointer only: the keyboard and screen readers use the item and the ‘Zet hier’ buttons.
    onClick: (event: MouseEvent) => handleZoneClick(zone, event),
  });

  return (
    <div ref={boardRef} className="board" data-shuffled="" data-ready={ready || undefined}>
      {/* Instructions that fit the input (exercise.css shows one): mouse, touch, or keyboard focus. */}
      <p className="exerciseHelp">
        <span data-help="pointer">
          Sleep aan <GripIcon /> naar {targetWord}. Of klik op een antwoord en daarna op {targetWord}.
        </span>
        <span data-help="touch">
          Tik op een antwoord en daarna op {targetWord}. Of sleep aan <GripIcon />.
        </span>
        <span id={`${helpId}-keys`} data-help="keys">
          Met het toetsenbord: spatie pakt op, de pijltjes kiezen {targetWord}, spatie zet neer. Escape annuleert.
        </span>
      </p>
      <div className="boardPool" {...zoneProps(POOL)}>
        <p className="boardHeading">{single ? 'Antwoorden' : 'Nog te plaatsen'}</p>
        {pool.length > 0 ? (
          <ul className="chips">{pool.map((item) => chip(item, kind === 'categorize' ? partOf(item.id) : undefined))}</ul>
        ) : (
          <p className="boardEmpty">{single ? 'Alle antwoorden zijn gebruikt.' : 'Alles is geplaatst.'}</p>
        )}
        {dropButton(POOL, zoneName(POOL))}
      </div>
      {answering && held !== null && tapped ? (
        <p className="tapNext" data-tap-next>
          Tik nu op {targetWord}.
        </p>
      ) : null}
      <div ref={zonesRef} className={single ? 'matchList' : 'categoryGrid'}>
        {zones.map((zone) => {
          const placed = inZone(zone.id);
          const zonePart = single ? partOf(zone.id) : undefined;
          return (
            <section
              key={zone.id}
              className={single ? 'matchRow' : 'category'}
              aria-label={single ? zone.label : `Groep ${zone.label}`}
              data-state={zonePart ? (zonePart.correct ? 'goed' : 'fout') : undefined}
              {...zoneProps(zone.id)}
            >
              <p className="boardHeading">
                {zone.label}
                {single ? <Mark correct={solution ? undefined : zonePart?.correct} /> : null}
              </p>
              {placed.length > 0 ? (
                <ul className="chips">
                  {placed.map((item) =>
                    chip(item, single ? undefined : solution ? undefined : partOf(item.id), solution !== undefined),
                  )}
                </ul>
              ) : (
                <p className="boardEmpty">{single ? 'Nog geen antwoord' : 'Nog leeg'}</p>
              )}
              {dropButton(zone.id, zoneName(zone.id))}
            </section>
          );
        })}
      </div>
      {region}
    </div>
  );
}
