'use client';

import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { randomId } from '@/components/progress/random-id';
import {
  EMOTION,
  EMPATHY_BOXES,
  LANES,
  MAP_LIMITS,
  NOTE_LANES,
  SEVEN_C,
  TOUCHPOINT_MEDIA,
  TOUCHPOINT_PLACES,
  type EmpathyBox,
  type JourneyNote,
  type NoteLane,
  type Phase,
  type StudioMap,
} from '@/lib/studio/map';
import * as edit from '@/lib/studio/ops';
import type { PersonaField } from '@/lib/studio/ops';
import {
  EMOTION_LABELS,
  EMPATHY_LABELS,
  LANE_LABELS,
  LANE_NOTE,
  MEDIA_LABELS,
  PLACE_LABELS,
  SEVEN_C_LABELS,
} from '@/lib/studio/labels';
import { MapView } from './map-view';
import { useAnnouncer } from '../exercises/use-announcer';
import { usePointerDrag, zoneAt } from '../exercises/use-pointer-drag';
import { runChecklist } from '@/lib/studio/checklist';
import type { Checklist, TemplateHints } from './types';
import styles from './studio.module.css';

export type MapEditorProps = {
  map: StudioMap;
  /** Every edit gives a new map; the page around the editor keeps and saves it. */
  onChange: (next: StudioMap) => void;
  checklist: Checklist;
  hints: TemplateHints;
  /** Shows the map without controls (a handed-in map). */
  readOnly?: boolean;
  /** A new id for a note or a phase. */
  newId?: () => string;
};

type Apply = (next: StudioMap, message?: string, focus?: string) => void;

/**
 * The studio editor: persona, empathy map and journey map of one map, with a live checklist.
 * Controlled: it keeps no map of its own. Every action works by keyboard (buttons and selects, no
 * dragging needed); dragging a note by its grip is an extra for mouse and touch. After an action
 * focus goes to a sensible place (`data-focus` keys) and a polite live region says what happened.
 */
export function MapEditor({ map, onChange, checklist, hints, readOnly = false, newId = randomId }: MapEditorProps) {
  const { announce, region } = useAnnouncer();
  const rootRef = useRef<HTMLDivElement>(null);
  const focusKey = useRef<string | null>(null);

  useLayoutEffect(() => {
    const key = focusKey.current;
    if (key === null) return;
    focusKey.current = null;
    rootRef.current?.querySelector<HTMLElement>(`[data-focus="${key}"]`)?.focus();
  });

  const apply: Apply = (next, message, focus) => {
    if (focus !== undefined) focusKey.current = focus;
    if (next !== map) onChange(next);
    if (message) announce(message);
  };

  if (readOnly) {
    return (
      <div className={styles.editor}>
        <MapView map={map} />
        <ChecklistPanel map={map} checklist={checklist} />
      </div>
    );
  }

  const shows = (part: 'persona' | 'empathy' | 'journey') => map.parts === 'all' || map.parts === part;
  return (
    <div className={styles.editor} ref={rootRef}>
      {region}
      <div className={styles.field}>
        <label htmlFor="studio-title">Titel van je kaart</label>
        <input
          id="studio-title"
          type="text"
          value={map.title}
          maxLength={MAP_LIMITS.title}
          onChange={(event) => apply(edit.setTitle(map, event.target.value))}
        />
      </div>
      {/* On a wide screen the checklist stands beside the persona and the empathy map. */}
      <div className={styles.editorMain} data-side={map.parts === 'journey' ? undefined : 'true'}>
        {shows('persona') && <PersonaPart map={map} hints={hints} apply={apply} />}
        {shows('empathy') && <EmpathyPart map={map} hints={hints} apply={apply} newId={newId} />}
        {shows('journey') && <JourneyPart map={map} apply={apply} newId={newId} />}
        <ChecklistPanel map={map} checklist={checklist} />
      </div>
    </div>
  );
}

function ChecklistPanel({ map, checklist }: { map: StudioMap; checklist: Checklist }) {
  const results = runChecklist(map, checklist);
  if (results.length === 0) return null;
  return (
    <section className={styles.checklist} aria-labelledby="studio-checks">
      <h2 id="studio-checks">Controle</h2>
      <p className={styles.hint}>Tips om je kaart af te maken. Dit is geen cijfer.</p>
      <ul>
        {results.map((result) => (
          <li key={result.id} data-done={result.done}>
            <span aria-hidden="true">{result.done ? '✓' : '○'}</span>
            <span className="visually-hidden">{result.done ? 'Klaar: ' : 'Nog niet: '}</span>
            {result.label}
          </li>
        ))}
      </ul>
    </section>
  );
}

// ——— Persona ———

function PersonaPart({ map, hints, apply }: { map: StudioMap; hints: TemplateHints; apply: Apply }) {
  const persona = map.persona;
  const base = useId();
  const field = (key: PersonaField, label: ReactNode, multiline: boolean) => {
    const id = `${base}-${key}`;
    const hint = hints.persona?.[key];
    const value = key === 'name' || key === 'ageOrRole' || key === 'quote' ? persona[key] : persona.sevenC[key];
    const common = {
      id,
      value,
      'aria-describedby': hint ? `${id}-hint` : undefined,
      onChange: (event: { target: { value: string } }) => apply(edit.setPersona(map, key, event.target.value)),
    };
    return (
      <div className={styles.field} key={key}>
        <label htmlFor={id}>{label}</label>
        {hint ? (
          <p className={styles.hint} id={`${id}-hint`}>
            {hint}
          </p>
        ) : null}
        {multiline ? (
          <textarea rows={2} maxLength={MAP_LIMITS.personaField} {...common} />
        ) : (
          <input type="text" maxLength={MAP_LIMITS.shortText} {...common} />
        )}
      </div>
    );
  };
  return (
    <section className={styles.part} aria-labelledby={`${base}-h`}>
      <h2 id={`${base}-h`}>Persona</h2>
      <div className={styles.personaTop}>
        {field('name', 'Naam', false)}
        {field('ageOrRole', 'Leeftijd of rol', false)}
      </div>
      {field('quote', 'Quote: wat zegt je persona?', true)}
      <h3>Het 7C-model</h3>
      <div className={styles.sevenC}>{SEVEN_C.map((key, index) => field(key, `${index + 1}. ${SEVEN_C_LABELS[key]}`, true))}</div>
    </section>
  );
}

// ——— Empathy map ———

function EmpathyPart({ map, hints, apply, newId }: { map: StudioMap; hints: TemplateHints; apply: Apply; newId: () => string }) {
  const base = useId();
  return (
    <section className={styles.part} aria-labelledby={`${base}-h`}>
      <h2 id={`${base}-h`}>Empathy map</h2>
      <div className={styles.empathy}>
        {EMPATHY_BOXES.map((box) => {
          const notes = map.empathy[box];
          const label = EMPATHY_LABELS[box];
          const hint = hints.empathy?.[box];
          return (
            <section key={box} className={styles.box} aria-labelledby={`${base}-${box}`}>
              <h3 id={`${base}-${box}`}>{label}</h3>
              {hint ? <p className={styles.hint}>{hint}</p> : null}
              <ul className={styles.notes}>
                {notes.map((note, index) => (
                  <li key={note.id} className={styles.note}>
                    <NoteText
                      focusKey={`enote-${note.id}`}
                      label={`${label}, notitie ${index + 1}`}
                      value={note.text}
                      onText={(text) => apply(edit.updateEmpathyNote(map, note.id, text))}
                      onEnter={() => {
                        const id = newId();
                        apply(edit.addEmpathyNote(map, box, '', id), `Nieuwe notitie bij ${label}.`, `enote-${id}`);
                      }}
                    />
                    <DeleteButton
                      label={`Verwijder ${label}, notitie ${index + 1}`}
                      onDelete={() => {
                        const next = notes[index + 1] ?? notes[index - 1];
                        apply(
                          edit.deleteEmpathyNote(map, note.id),
                          `Notitie verwijderd bij ${label}.`,
                          next ? `enote-${next.id}` : `eadd-${box}`,
                        );
                      }}
                    />
                    <Options summary={`Opties voor ${label}, notitie ${index + 1}`}>
                      <MoveControl
                        label="Verplaats naar vak"
                        current={box}
                        options={EMPATHY_BOXES.map((other) => ({ value: other, label: EMPATHY_LABELS[other] }))}
                        onMove={(to) =>
                          apply(
                            edit.moveEmpathyNote(map, note.id, to as EmpathyBox),
                            `Notitie verplaatst naar ${EMPATHY_LABELS[to as EmpathyBox]}.`,
                            `enote-${note.id}`,
                          )
                        }
                      />
                    </Options>
                  </li>
                ))}
              </ul>
              <button
                type="button"
                className={styles.add}
                data-focus={`eadd-${box}`}
                onClick={() => {
                  const id = newId();
                  apply(edit.addEmpathyNote(map, box, '', id), `Nieuwe notitie bij ${label}.`, `enote-${id}`);
                }}
              >
                + Notitie bij {label}
              </button>
            </section>
          );
        })}
      </div>
    </section>
  );
}

// ——— Journey map ———

function JourneyPart({ map, apply, newId }: { map: StudioMap; apply: Apply; newId: () => string }) {
  const base = useId();
  const phases = map.journey.phases;
  const hidden = new Set(map.journey.hiddenLanes);
  const lanes = LANES.filter((lane) => !hidden.has(lane));
  const [target, setTarget] = useState<string | null>(null);
  const phaseName = (id: string) => phases.find((phase) => phase.id === id)?.name || 'naamloze fase';

  // A cell is a drop zone named "phase|lane".
  const zoneName = (x: number, y: number, element: HTMLElement) => zoneAt(x, y, element)?.dataset.dropZone ?? null;
  const { dragProps, dragging } = usePointerDrag(
    {
      onMove(_id, x, y, element) {
        setTarget(zoneName(x, y, element));
      },
      onDrop(id, x, y, element) {
        setTarget(null);
        const zone = zoneName(x, y, element);
        if (!zone) return;
        const [phase, lane] = zone.split('|') as [string, NoteLane];
        apply(edit.moveNote(map, id, { phase, lane }), `Verplaatst naar ${phaseName(phase)}, ${LANE_LABELS[lane]}.`);
      },
      onCancel() {
        setTarget(null);
      },
    },
    false,
  );

  const addPhase = () => {
    const id = newId();
    const name = `Fase ${phases.length + 1}`;
    apply(edit.addPhase(map, name, id), `${name} toegevoegd.`, `phase-${id}`);
  };

  return (
    <section className={styles.part} aria-labelledby={`${base}-h`}>
      <h2 id={`${base}-h`}>Customer journey map</h2>
      <fieldset className={styles.laneToggles}>
        <legend>Lagen die je kaart toont</legend>
        {LANES.map((lane) => (
          <label key={lane} className={styles.check}>
            <input
              type="checkbox"
              checked={!hidden.has(lane)}
              onChange={(event) =>
                apply(
                  edit.setLaneHidden(map, lane, !event.target.checked),
                  `${LANE_LABELS[lane]} ${event.target.checked ? 'getoond' : 'verborgen'}.`,
                )
              }
            />
            {LANE_LABELS[lane]}
          </label>
        ))}
      </fieldset>
      <p className={styles.hint} id={`${base}-scroll`}>
        Op een telefoon veeg je van fase naar fase.
      </p>
      <div
        className={styles.grid}
        style={{ ['--phases' as string]: phases.length, ['--lanes' as string]: lanes.length }}
        data-dragging={dragging ? 'true' : undefined}
      >
        {phases.map((phase, index) => (
          <section key={phase.id} className={styles.phase} aria-labelledby={`${base}-p-${phase.id}`}>
            <div className={styles.phaseHead}>
              <h3 id={`${base}-p-${phase.id}`} className="visually-hidden">
                Fase {index + 1}: {phase.name || 'naamloos'}
              </h3>
              <label className="visually-hidden" htmlFor={`${base}-pn-${phase.id}`}>
                Naam van fase {index + 1}
              </label>
              <input
                id={`${base}-pn-${phase.id}`}
                className={styles.phaseName}
                type="text"
                value={phase.name}
                maxLength={MAP_LIMITS.shortText}
                data-focus={`phase-${phase.id}`}
                onChange={(event) => apply(edit.renamePhase(map, phase.id, event.target.value))}
              />
              <div className={styles.phaseTools}>
                <button
                  type="button"
                  className={styles.tool}
                  aria-label={`Zet ${phase.name || 'deze fase'} een plaats naar links`}
                  disabled={index === 0}
                  data-focus={`phase-left-${phase.id}`}
                  onClick={() =>
                    apply(
                      edit.movePhase(map, phase.id, index - 1),
                      `${phase.name} staat nu op plaats ${index}.`,
                      index - 1 === 0 ? `phase-right-${phase.id}` : `phase-left-${phase.id}`,
                    )
                  }
                >
                  ←
                </button>
                <button
                  type="button"
                  className={styles.tool}
                  aria-label={`Zet ${phase.name || 'deze fase'} een plaats naar rechts`}
                  disabled={index === phases.length - 1}
                  data-focus={`phase-right-${phase.id}`}
                  onClick={() =>
                    apply(
                      edit.movePhase(map, phase.id, index + 1),
                      `${phase.name} staat nu op plaats ${index + 2}.`,
                      index + 1 === phases.length - 1 ? `phase-left-${phase.id}` : `phase-right-${phase.id}`,
                    )
                  }
                >
                  →
                </button>
                <button
                  type="button"
                  className={styles.tool}
                  aria-label={`Verwijder fase ${phase.name || index + 1}`}
                  disabled={phases.length <= MAP_LIMITS.phases.min}
                  onClick={() => {
                    const heir = phases[index === 0 ? 1 : index - 1];
                    if (!heir) return;
                    const moved = map.journey.notes.some((note) => note.phase === phase.id);
                    apply(
                      edit.removePhase(map, phase.id),
                      `Fase ${phase.name} verwijderd.${moved ? ` De notities staan nu bij ${heir.name}.` : ''}`,
                      `phase-${heir.id}`,
                    );
                  }}
                >
                  ✕
                </button>
              </div>
            </div>
            {lanes.map((lane) =>
              lane === 'emotion' ? (
                <EmotionCell key={lane} map={map} phase={phase} apply={apply} />
              ) : (
                <LaneCell
                  key={lane}
                  map={map}
                  phase={phase}
                  lane={lane}
                  apply={apply}
                  newId={newId}
                  dragProps={dragProps}
                  over={target === `${phase.id}|${lane}`}
                />
              ),
            )}
          </section>
        ))}
      </div>
      <button
        type="button"
        className="button"
        data-focus="phase-add"
        onClick={addPhase}
        disabled={phases.length >= MAP_LIMITS.phases.max}
      >
        + Fase toevoegen
      </button>
    </section>
  );
}

function EmotionCell({ map, phase, apply }: { map: StudioMap; phase: Phase; apply: Apply }) {
  const id = useId();
  const scores: number[] = [];
  for (let score = EMOTION.max; score >= EMOTION.min; score--) scores.push(score);
  return (
    <div className={styles.cell} data-lane="emotion">
      <label htmlFor={id} className={styles.laneLabel}>
        Emotie <span className="visually-hidden">in {phase.name}</span>
      </label>
      <select
        id={id}
        value={phase.emotion === null ? '' : String(phase.emotion)}
        onChange={(event) => {
          const value = event.target.value === '' ? null : Number(event.target.value);
          apply(edit.setEmotion(map, phase.id, value));
        }}
      >
        <option value="">Nog geen score</option>
        {scores.map((score) => (
          <option key={score} value={String(score)}>
            {EMOTION_LABELS[String(score)]}
          </option>
        ))}
      </select>
      <EmotionMeter score={phase.emotion} />
    </div>
  );
}

/** A small bar from the middle: how positive or negative the phase feels. */
function EmotionMeter({ score }: { score: number | null }) {
  if (score === null) return null;
  return (
    <div className={styles.meter} aria-hidden="true">
      <span data-sign={score < 0 ? 'neg' : 'pos'} style={{ width: `${(Math.abs(score) / EMOTION.max) * 50}%` }} />
    </div>
  );
}

type DragProps = ReturnType<typeof usePointerDrag>['dragProps'];

function LaneCell(props: {
  map: StudioMap;
  phase: Phase;
  lane: NoteLane;
  apply: Apply;
  newId: () => string;
  dragProps: DragProps;
  over: boolean;
}) {
  const { map, phase, lane, apply, newId, dragProps, over } = props;
  const notes = edit.notesIn(map, phase.id, lane);
  const noun = LANE_NOTE[lane];
  const where = `${phase.name || 'naamloze fase'}, ${LANE_LABELS[lane]}`;
  const add = () => {
    const id = newId();
    apply(edit.addNote(map, { phase: phase.id, lane, text: '' }, id), `${noun} toegevoegd in ${where}.`, `note-${id}`);
  };
  return (
    <div className={styles.cell} data-lane={lane} data-drop-zone={`${phase.id}|${lane}`} data-over={over ? 'true' : undefined}>
      <h4 className={styles.laneLabel}>
        {LANE_LABELS[lane]} <span className="visually-hidden">in {phase.name}</span>
      </h4>
      {notes.length > 0 ? (
        <ul className={styles.notes}>
          {notes.map((note, index) => (
            <JourneyNoteItem
              key={note.id}
              map={map}
              note={note}
              label={`${noun} ${index + 1} in ${phase.name || 'naamloze fase'}`}
              apply={apply}
              dragProps={dragProps}
              onEnter={add}
              onDeleted={() => {
                const next = notes[index + 1] ?? notes[index - 1];
                apply(
                  edit.deleteNote(map, note.id),
                  `${noun} verwijderd uit ${where}.`,
                  next ? `note-${next.id}` : `add-${phase.id}-${lane}`,
                );
              }}
            />
          ))}
        </ul>
      ) : null}
      <button type="button" className={styles.add} data-focus={`add-${phase.id}-${lane}`} onClick={add}>
        + {noun} <span className="visually-hidden">in {phase.name}</span>
      </button>
    </div>
  );
}

function JourneyNoteItem(props: {
  map: StudioMap;
  note: JourneyNote;
  label: string;
  apply: Apply;
  dragProps: DragProps;
  onEnter: () => void;
  onDeleted: () => void;
}) {
  const { map, note, label, apply, dragProps, onEnter, onDeleted } = props;
  const id = useId();
  const touchpoint = note.lane === 'touchpoints';
  const isMoment = map.journey.momentOfTruth === note.id;
  const cells = map.journey.phases.flatMap((phase) =>
    NOTE_LANES.map((lane) => ({
      value: `${phase.id}|${lane}`,
      label: `${phase.name || 'naamloze fase'}: ${LANE_LABELS[lane]}`,
      group: phase.name,
    })),
  );
  return (
    <li className={styles.note} data-drag-root="" data-moment={isMoment ? 'true' : undefined}>
      <span className={styles.grip} aria-hidden="true" {...dragProps(note.id)}>
        ⠿
      </span>
      <NoteText
        focusKey={`note-${note.id}`}
        label={label}
        value={note.text}
        onText={(text) => apply(edit.updateNote(map, note.id, { text }))}
        onEnter={onEnter}
      />
      <DeleteButton label={`Verwijder ${label}`} onDelete={onDeleted} />
      {touchpoint && (note.channel || note.place || note.media || isMoment) ? (
        <p className={styles.noteMeta}>
          {[
            note.channel,
            note.place && PLACE_LABELS[note.place],
            note.media && MEDIA_LABELS[note.media].split(' ')[0],
            isMoment ? 'moment of truth' : '',
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
      ) : null}
      <Options summary={`Opties voor ${label}`}>
        {touchpoint ? (
          <>
            <div className={styles.field}>
              <label htmlFor={`${id}-channel`}>Kanaal</label>
              <input
                id={`${id}-channel`}
                type="text"
                value={note.channel ?? ''}
                maxLength={MAP_LIMITS.shortText}
                onChange={(event) => apply(edit.updateNote(map, note.id, { channel: event.target.value || null }))}
              />
            </div>
            <div className={styles.field}>
              <label htmlFor={`${id}-place`}>Online of offline</label>
              <select
                id={`${id}-place`}
                value={note.place ?? ''}
                onChange={(event) =>
                  apply(edit.updateNote(map, note.id, { place: (event.target.value || null) as JourneyNote['place'] | null }))
                }
              >
                <option value="">Kies</option>
                {TOUCHPOINT_PLACES.map((place) => (
                  <option key={place} value={place}>
                    {PLACE_LABELS[place]}
                  </option>
                ))}
              </select>
            </div>
            <div className={styles.field}>
              <label htmlFor={`${id}-media`}>Paid, owned of earned</label>
              <select
                id={`${id}-media`}
                value={note.media ?? ''}
                onChange={(event) =>
                  apply(edit.updateNote(map, note.id, { media: (event.target.value || null) as JourneyNote['media'] | null }))
                }
              >
                <option value="">Kies</option>
                {TOUCHPOINT_MEDIA.map((media) => (
                  <option key={media} value={media}>
                    {MEDIA_LABELS[media]}
                  </option>
                ))}
              </select>
            </div>
            <label className={styles.check}>
              <input
                type="checkbox"
                checked={isMoment}
                onChange={(event) =>
                  apply(
                    edit.setMomentOfTruth(map, event.target.checked ? note.id : null),
                    event.target.checked ? 'Dit is nu het moment of truth.' : 'Geen moment of truth meer.',
                  )
                }
              />
              Moment of truth
            </label>
          </>
        ) : null}
        <MoveControl
          label="Verplaats naar"
          current={`${note.phase}|${note.lane}`}
          options={cells}
          onMove={(value) => {
            const [phase, lane] = value.split('|') as [string, NoteLane];
            const name = map.journey.phases.find((item) => item.id === phase)?.name ?? '';
            apply(
              edit.moveNote(map, note.id, { phase, lane }),
              `Verplaatst naar ${name}, ${LANE_LABELS[lane]}.`,
              `note-${note.id}`,
            );
          }}
        />
      </Options>
    </li>
  );
}

// ——— Shared controls ———

function NoteText(props: {
  focusKey: string;
  label: string;
  value: string;
  onText: (text: string) => void;
  onEnter: () => void;
}) {
  const { focusKey, label, value, onText, onEnter } = props;
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // Enter starts the next note in the same place, as in a list.
    if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
      event.preventDefault();
      onEnter();
    }
  };
  return (
    // A textarea that grows with its text (field-sizing), so a long note is read whole; it holds
    // one line: Enter adds the next note, and a pasted line break becomes a space.
    <textarea
      className={styles.noteText}
      rows={1}
      aria-label={label}
      value={value}
      maxLength={MAP_LIMITS.noteText}
      data-focus={focusKey}
      onChange={(event) => onText(event.target.value.replace(/\s*[\r\n]+\s*/g, ' '))}
      onKeyDown={onKeyDown}
    />
  );
}

function DeleteButton({ label, onDelete }: { label: string; onDelete: () => void }) {
  return (
    <button type="button" className={styles.tool} aria-label={label} onClick={onDelete}>
      ✕
    </button>
  );
}

function Options({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <details className={styles.options}>
      <summary>
        <span aria-hidden="true">Opties</span>
        <span className="visually-hidden">{summary}</span>
      </summary>
      <div className={styles.optionsBody}>{children}</div>
    </details>
  );
}

/** A select and a button: moving is a deliberate action, not a side effect of browsing the list. */
function MoveControl(props: {
  label: string;
  current: string;
  options: Array<{ value: string; label: string }>;
  onMove: (value: string) => void;
}) {
  const { label, current, options, onMove } = props;
  const id = useId();
  const [choice, setChoice] = useState(current);
  const value = options.some((option) => option.value === choice) ? choice : current;
  return (
    <div className={styles.move}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => setChoice(event.target.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <button type="button" className={styles.tool} disabled={value === current} onClick={() => onMove(value)}>
        Verplaats
      </button>
    </div>
  );
}
