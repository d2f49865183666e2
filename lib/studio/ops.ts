// The operations on a studio map: pure, immutable, and free of clocks and dice (ids and times come in
// as parameters). Each returns a NEW map, or the SAME map object when it cannot apply (an unknown id, a
// limit reached, a value out of range), so a caller can test `next === map` to see that nothing changed.
// Text longer than its limit is cut to the limit.
//
// The journey notes are kept in canonical order: by phase (in the map's phase order), then by lane (in
// NOTE_LANES order), then by their place in the cell. So the order inside a cell is the order in the
// array, and moving a note away and back gives back the very same array.
import {
  EMOTION,
  LANES,
  MAP_FORMAT,
  MAP_LIMITS,
  NOTE_LANES,
  SEVEN_C,
  TOUCHPOINT_MEDIA,
  TOUCHPOINT_PLACES,
  type EmpathyBox,
  type JourneyNote,
  type Lane,
  type MapPart,
  type NoteLane,
  type Phase,
  type SevenC,
  type StudioMap,
} from './map';

export type TouchpointPlace = (typeof TOUCHPOINT_PLACES)[number];
export type TouchpointMedia = (typeof TOUCHPOINT_MEDIA)[number];
export type PersonaField = 'name' | 'ageOrRole' | 'quote' | SevenC;

/** What a new journey note holds; channel, place and media are kept on touchpoints only. */
export type NewNote = {
  phase: string;
  lane: NoteLane;
  text: string;
  channel?: string;
  place?: TouchpointPlace;
  media?: TouchpointMedia;
};
/** A change to a journey note; null (or an empty channel) removes a touchpoint detail. */
export type NotePatch = {
  text?: string;
  channel?: string | null;
  place?: TouchpointPlace | null;
  media?: TouchpointMedia | null;
};
export type NoteTarget = { phase?: string; lane?: NoteLane; index?: number };

const ID = /^[a-z0-9-]{1,40}$/;

/** `text` cut to `max` UTF-16 units, without leaving half a surrogate pair at the end. */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const cutText = text.slice(0, max);
  const last = cutText.charCodeAt(cutText.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cutText.slice(0, -1) : cutText;
}

/** The default phase ids of a new map: f1, f2, … */
export function phaseIdAt(index: number): string {
  return `f${index + 1}`;
}

export function emptyMap({
  id,
  title,
  parts,
  template,
  phases,
  now,
}: {
  id: string;
  title: string;
  parts: MapPart;
  template: string;
  phases: string[];
  now: Date;
}): StudioMap {
  const names = phases.length > 0 ? phases.slice(0, MAP_LIMITS.phases.max) : ['Fase 1'];
  return {
    format: MAP_FORMAT,
    id,
    title: cut(title, MAP_LIMITS.title),
    parts,
    template,
    updatedAt: now.toISOString(),
    persona: {
      name: '',
      ageOrRole: '',
      quote: '',
      sevenC: Object.fromEntries(SEVEN_C.map((key) => [key, ''])) as Record<SevenC, string>,
    },
    empathy: { does: [], feels: [], wants: [], influencedBy: [], problems: [] },
    journey: {
      phases: names.map((name, index) => ({ id: phaseIdAt(index), name: cut(name, MAP_LIMITS.shortText), emotion: null })),
      notes: [],
      hiddenLanes: [],
      momentOfTruth: null,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Reading

/** All notes of a map: journey notes and empathy notes together. */
export function noteCount(map: StudioMap): number {
  let count = map.journey.notes.length;
  for (const box of Object.values(map.empathy)) count += box.length;
  return count;
}

/** The notes of one cell (phase × lane), in order. */
export function notesIn(map: StudioMap, phaseId: string, lane: NoteLane): JourneyNote[] {
  return map.journey.notes.filter((note) => note.phase === phaseId && note.lane === lane);
}

function hasPhase(map: StudioMap, phaseId: string): boolean {
  return map.journey.phases.some((phase) => phase.id === phaseId);
}

/** Whether `id` is free for a new note or phase: well formed and not used by any note or phase. */
function isFreeId(map: StudioMap, id: string): boolean {
  if (!ID.test(id)) return false;
  if (map.journey.phases.some((phase) => phase.id === id)) return false;
  if (map.journey.notes.some((note) => note.id === id)) return false;
  return !Object.values(map.empathy).some((box) => box.some((note) => note.id === id));
}

function isNoteLane(lane: unknown): lane is NoteLane {
  return (NOTE_LANES as readonly unknown[]).includes(lane);
}

// ---------------------------------------------------------------------------------------------
// Journey notes

function withJourney(map: StudioMap, journey: Partial<StudioMap['journey']>): StudioMap {
  return { ...map, journey: { ...map.journey, ...journey } };
}

/** The notes in canonical order (stable: the order inside a cell is kept). */
function sorted(notes: JourneyNote[], phases: Phase[]): JourneyNote[] {
  const phaseIndex = new Map(phases.map((phase, index) => [phase.id, index]));
  const key = (note: JourneyNote) =>
    (phaseIndex.get(note.phase) ?? phases.length) * NOTE_LANES.length + NOTE_LANES.indexOf(note.lane);
  return notes
    .map((note, order) => ({ note, order, key: key(note) }))
    .sort((a, b) => a.key - b.key || a.order - b.order)
    .map((entry) => entry.note);
}

function touchpointDetails(input: { channel?: string | null; place?: unknown; media?: unknown }) {
  const details: Pick<JourneyNote, 'channel' | 'place' | 'media'> = {};
  if (typeof input.channel === 'string' && input.channel !== '') details.channel = cut(input.channel, MAP_LIMITS.shortText);
  if ((TOUCHPOINT_PLACES as readonly unknown[]).includes(input.place)) details.place = input.place as TouchpointPlace;
  if ((TOUCHPOINT_MEDIA as readonly unknown[]).includes(input.media)) details.media = input.media as TouchpointMedia;
  return details;
}

export function addNote(map: StudioMap, note: NewNote, newId: string): StudioMap {
  if (!hasPhase(map, note.phase) || !isNoteLane(note.lane)) return map;
  if (noteCount(map) >= MAP_LIMITS.notes || !isFreeId(map, newId)) return map;
  const added: JourneyNote = {
    id: newId,
    phase: note.phase,
    lane: note.lane,
    text: cut(note.text, MAP_LIMITS.noteText),
    ...(note.lane === 'touchpoints' ? touchpointDetails(note) : {}),
  };
  return withJourney(map, { notes: sorted([...map.journey.notes, added], map.journey.phases) });
}

/**
 * Changes a note's text and, on a touchpoint, its channel, place and media (null or an empty channel
 * removes one). Details on a note in another lane are ignored.
 */
export function updateNote(map: StudioMap, noteId: string, patch: NotePatch): StudioMap {
  const index = map.journey.notes.findIndex((note) => note.id === noteId);
  const old = map.journey.notes[index];
  if (!old) return map;
  const next: JourneyNote = { ...old };
  if (typeof patch.text === 'string') next.text = cut(patch.text, MAP_LIMITS.noteText);
  if (old.lane === 'touchpoints') {
    if (patch.channel !== undefined) {
      if (typeof patch.channel === 'string' && patch.channel !== '') next.channel = cut(patch.channel, MAP_LIMITS.shortText);
      else delete next.channel;
    }
    if (patch.place !== undefined) {
      if ((TOUCHPOINT_PLACES as readonly unknown[]).includes(patch.place)) next.place = patch.place as TouchpointPlace;
      else if (patch.place === null) delete next.place;
    }
    if (patch.media !== undefined) {
      if ((TOUCHPOINT_MEDIA as readonly unknown[]).includes(patch.media)) next.media = patch.media as TouchpointMedia;
      else if (patch.media === null) delete next.media;
    }
  }
  if (
    next.text === old.text &&
    next.channel === old.channel &&
    next.place === old.place &&
    next.media === old.media &&
    Object.keys(next).length === Object.keys(old).length
  ) {
    return map;
  }
  const notes = map.journey.notes.slice();
  notes[index] = next;
  return withJourney(map, { notes });
}

/**
 * Moves a note to another phase and/or lane, and to `index` among the notes of that cell (default: the
 * end). A touchpoint keeps its channel, place and media in another lane (the map shows them on
 * touchpoints only), so moving it back loses nothing. A moment of truth that leaves the touchpoints
 * is no longer the moment of truth.
 */
export function moveNote(map: StudioMap, noteId: string, target: NoteTarget): StudioMap {
  const old = map.journey.notes.find((note) => note.id === noteId);
  if (!old) return map;
  const phase = target.phase ?? old.phase;
  const lane = target.lane ?? old.lane;
  if (!hasPhase(map, phase) || !isNoteLane(lane)) return map;
  if (target.index !== undefined && !Number.isInteger(target.index)) return map;

  const rest = map.journey.notes.filter((note) => note.id !== noteId);
  const moved = phase === old.phase && lane === old.lane ? old : { ...old, phase, lane };
  const cell = rest.filter((note) => note.phase === phase && note.lane === lane);
  const index = Math.max(0, Math.min(target.index ?? cell.length, cell.length));
  const beforeNote = cell[index];
  let notes: JourneyNote[];
  if (beforeNote) {
    const before = rest.indexOf(beforeNote);
    notes = [...rest.slice(0, before), moved, ...rest.slice(before)];
  } else {
    notes = sorted([...rest, moved], map.journey.phases);
  }
  if (notes.every((note, i) => note === map.journey.notes[i])) return map;
  const momentOfTruth = map.journey.momentOfTruth === noteId && lane !== 'touchpoints' ? null : map.journey.momentOfTruth;
  return withJourney(map, { notes, momentOfTruth });
}

export function deleteNote(map: StudioMap, noteId: string): StudioMap {
  if (!map.journey.notes.some((note) => note.id === noteId)) return map;
  return withJourney(map, {
    notes: map.journey.notes.filter((note) => note.id !== noteId),
    momentOfTruth: map.journey.momentOfTruth === noteId ? null : map.journey.momentOfTruth,
  });
}

// ---------------------------------------------------------------------------------------------
// Empathy notes

function findEmpathy(map: StudioMap, noteId: string): { box: EmpathyBox; index: number } | null {
  for (const [box, notes] of Object.entries(map.empathy) as [EmpathyBox, StudioMap['empathy'][EmpathyBox]][]) {
    const index = notes.findIndex((note) => note.id === noteId);
    if (index >= 0) return { box, index };
  }
  return null;
}

function isBox(map: StudioMap, box: unknown): box is EmpathyBox {
  return typeof box === 'string' && Object.hasOwn(map.empathy, box);
}

export function addEmpathyNote(map: StudioMap, box: EmpathyBox, text: string, newId: string): StudioMap {
  if (!isBox(map, box) || noteCount(map) >= MAP_LIMITS.notes || !isFreeId(map, newId)) return map;
  return {
    ...map,
    empathy: { ...map.empathy, [box]: [...map.empathy[box], { id: newId, text: cut(text, MAP_LIMITS.noteText) }] },
  };
}

export function updateEmpathyNote(map: StudioMap, noteId: string, text: string): StudioMap {
  const found = findEmpathy(map, noteId);
  if (!found) return map;
  const nextText = cut(text, MAP_LIMITS.noteText);
  const notes = map.empathy[found.box];
  const old = notes[found.index];
  if (!old || old.text === nextText) return map;
  const next = notes.slice();
  next[found.index] = { ...old, text: nextText };
  return { ...map, empathy: { ...map.empathy, [found.box]: next } };
}

/** Moves an empathy note to `toBox`, at `index` (default: the end). */
export function moveEmpathyNote(map: StudioMap, noteId: string, toBox: EmpathyBox, index?: number): StudioMap {
  const found = findEmpathy(map, noteId);
  if (!found || !isBox(map, toBox)) return map;
  if (index !== undefined && !Number.isInteger(index)) return map;
  const note = map.empathy[found.box][found.index];
  if (!note) return map;
  const empathy = { ...map.empathy, [found.box]: map.empathy[found.box].filter((n) => n.id !== noteId) };
  const target = empathy[toBox].slice();
  const at = Math.max(0, Math.min(index ?? target.length, target.length));
  if (toBox === found.box && at === found.index) return map;
  target.splice(at, 0, note);
  empathy[toBox] = target;
  return { ...map, empathy };
}

export function deleteEmpathyNote(map: StudioMap, noteId: string): StudioMap {
  const found = findEmpathy(map, noteId);
  if (!found) return map;
  return { ...map, empathy: { ...map.empathy, [found.box]: map.empathy[found.box].filter((note) => note.id !== noteId) } };
}

// ---------------------------------------------------------------------------------------------
// Phases

/** Adds a phase named `name` at `index` (default: the end). */
export function addPhase(map: StudioMap, name: string, newId: string, index?: number): StudioMap {
  const phases = map.journey.phases;
  if (phases.length >= MAP_LIMITS.phases.max || !isFreeId(map, newId)) return map;
  if (index !== undefined && !Number.isInteger(index)) return map;
  const at = Math.max(0, Math.min(index ?? phases.length, phases.length));
  const next = [...phases.slice(0, at), { id: newId, name: cut(name, MAP_LIMITS.shortText), emotion: null }, ...phases.slice(at)];
  return withJourney(map, { phases: next });
}

export function renamePhase(map: StudioMap, phaseId: string, name: string): StudioMap {
  const index = map.journey.phases.findIndex((phase) => phase.id === phaseId);
  const old = map.journey.phases[index];
  const nextName = cut(name, MAP_LIMITS.shortText);
  if (!old || old.name === nextName) return map;
  const phases = map.journey.phases.slice();
  phases[index] = { ...old, name: nextName };
  return withJourney(map, { phases });
}

export function movePhase(map: StudioMap, phaseId: string, toIndex: number): StudioMap {
  const from = map.journey.phases.findIndex((phase) => phase.id === phaseId);
  const moved = map.journey.phases[from];
  if (!moved || !Number.isInteger(toIndex)) return map;
  const to = Math.max(0, Math.min(toIndex, map.journey.phases.length - 1));
  if (to === from) return map;
  const phases = map.journey.phases.filter((phase) => phase.id !== phaseId);
  phases.splice(to, 0, moved);
  return withJourney(map, { phases, notes: sorted(map.journey.notes, phases) });
}

/**
 * Removes a phase; its notes move to the previous phase (to the next one when it was the first), so
 * no note is lost. The last phase cannot be removed.
 */
export function removePhase(map: StudioMap, phaseId: string): StudioMap {
  const phases = map.journey.phases;
  const index = phases.findIndex((phase) => phase.id === phaseId);
  if (index < 0 || phases.length <= MAP_LIMITS.phases.min) return map;
  const heir = phases[index === 0 ? 1 : index - 1]?.id;
  if (!heir) return map;
  const rest = phases.filter((phase) => phase.id !== phaseId);
  const notes = map.journey.notes.map((note) => (note.phase === phaseId ? { ...note, phase: heir } : note));
  return withJourney(map, { phases: rest, notes: sorted(notes, rest) });
}

// ---------------------------------------------------------------------------------------------
// The rest of the map

/** Sets a phase's emotion: an integer from −2 to +2, or null for "not scored". */
export function setEmotion(map: StudioMap, phaseId: string, score: number | null): StudioMap {
  if (score !== null && (!Number.isInteger(score) || score < EMOTION.min || score > EMOTION.max)) return map;
  const index = map.journey.phases.findIndex((phase) => phase.id === phaseId);
  const old = map.journey.phases[index];
  if (!old || old.emotion === score) return map;
  const phases = map.journey.phases.slice();
  phases[index] = { ...old, emotion: score };
  return withJourney(map, { phases });
}

export function setLaneHidden(map: StudioMap, lane: Lane, hidden: boolean): StudioMap {
  if (!(LANES as readonly unknown[]).includes(lane)) return map;
  const isHidden = map.journey.hiddenLanes.includes(lane);
  if (isHidden === hidden) return map;
  const hiddenLanes = hidden
    ? LANES.filter((l) => l === lane || map.journey.hiddenLanes.includes(l))
    : map.journey.hiddenLanes.filter((l) => l !== lane);
  return withJourney(map, { hiddenLanes });
}

/** Marks a touchpoint note as the moment of truth, or clears the mark (null). */
export function setMomentOfTruth(map: StudioMap, noteId: string | null): StudioMap {
  if (map.journey.momentOfTruth === noteId) return map;
  if (noteId !== null && !map.journey.notes.some((note) => note.id === noteId && note.lane === 'touchpoints')) return map;
  return withJourney(map, { momentOfTruth: noteId });
}

export function setPersona(map: StudioMap, field: PersonaField, value: string): StudioMap {
  if (field === 'name' || field === 'ageOrRole' || field === 'quote') {
    const next = cut(value, field === 'quote' ? MAP_LIMITS.personaField : MAP_LIMITS.shortText);
    if (map.persona[field] === next) return map;
    return { ...map, persona: { ...map.persona, [field]: next } };
  }
  if (!(SEVEN_C as readonly string[]).includes(field)) return map;
  const next = cut(value, MAP_LIMITS.personaField);
  if (map.persona.sevenC[field] === next) return map;
  return { ...map, persona: { ...map.persona, sevenC: { ...map.persona.sevenC, [field]: next } } };
}

export function setTitle(map: StudioMap, title: string): StudioMap {
  const next = cut(title, MAP_LIMITS.title);
  return map.title === next ? map : { ...map, title: next };
}

/** Sets the time of the last change (the caller's clock). */
export function touch(map: StudioMap, now: Date): StudioMap {
  if (Number.isNaN(now.getTime())) return map;
  const updatedAt = now.toISOString();
  return map.updatedAt === updatedAt ? map : { ...map, updatedAt };
}
