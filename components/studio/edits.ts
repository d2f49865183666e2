// The edits the studio editor makes to a map. Each returns a new map (or the same one when the edit
// cannot apply). TEMPORARY: these stand in for lib/studio/ops.ts of the model helper and are
// replaced by it once merged.
import {
  MAP_LIMITS,
  type EmpathyBox,
  type JourneyNote,
  type Lane,
  type NoteLane,
  type Persona,
  type SevenC,
  type StudioMap,
} from '@/lib/studio/map';

function noteCount(map: StudioMap): number {
  return map.journey.notes.length + Object.values(map.empathy).reduce((sum, notes) => sum + notes.length, 0);
}

export function setTitle(map: StudioMap, title: string): StudioMap {
  return { ...map, title: title.slice(0, MAP_LIMITS.title) };
}

export function setPersona(
  map: StudioMap,
  patch: Partial<Omit<Persona, 'sevenC'>> & { sevenC?: Partial<Record<SevenC, string>> },
): StudioMap {
  return {
    ...map,
    persona: { ...map.persona, ...patch, sevenC: { ...map.persona.sevenC, ...patch.sevenC } },
  };
}

export function addEmpathyNote(map: StudioMap, box: EmpathyBox, id: string, text = ''): StudioMap {
  if (noteCount(map) >= MAP_LIMITS.notes) return map;
  return { ...map, empathy: { ...map.empathy, [box]: [...map.empathy[box], { id, text }] } };
}

export function updateEmpathyNote(map: StudioMap, box: EmpathyBox, id: string, text: string): StudioMap {
  return {
    ...map,
    empathy: { ...map.empathy, [box]: map.empathy[box].map((note) => (note.id === id ? { ...note, text } : note)) },
  };
}

export function deleteEmpathyNote(map: StudioMap, box: EmpathyBox, id: string): StudioMap {
  return { ...map, empathy: { ...map.empathy, [box]: map.empathy[box].filter((note) => note.id !== id) } };
}

export function moveEmpathyNote(map: StudioMap, from: EmpathyBox, id: string, to: EmpathyBox): StudioMap {
  const note = map.empathy[from].find((item) => item.id === id);
  if (!note || from === to) return map;
  return {
    ...map,
    empathy: { ...map.empathy, [from]: map.empathy[from].filter((item) => item.id !== id), [to]: [...map.empathy[to], note] },
  };
}

export function addNote(map: StudioMap, note: { id: string; phase: string; lane: NoteLane; text?: string }): StudioMap {
  if (noteCount(map) >= MAP_LIMITS.notes) return map;
  const added: JourneyNote = { id: note.id, phase: note.phase, lane: note.lane, text: note.text ?? '' };
  return { ...map, journey: { ...map.journey, notes: [...map.journey.notes, added] } };
}

export function updateNote(map: StudioMap, id: string, patch: Partial<Omit<JourneyNote, 'id' | 'phase' | 'lane'>>): StudioMap {
  return {
    ...map,
    journey: { ...map.journey, notes: map.journey.notes.map((note) => (note.id === id ? { ...note, ...patch } : note)) },
  };
}

/** Moves a note to another cell; it goes to the end of that cell. */
export function moveNote(map: StudioMap, id: string, phase: string, lane: NoteLane): StudioMap {
  const note = map.journey.notes.find((item) => item.id === id);
  if (!note || (note.phase === phase && note.lane === lane)) return map;
  if (!map.journey.phases.some((item) => item.id === phase)) return map;
  const moved: JourneyNote = { ...note, phase, lane };
  if (lane !== 'touchpoints') {
    delete moved.channel;
    delete moved.place;
    delete moved.media;
  }
  const momentOfTruth = lane !== 'touchpoints' && map.journey.momentOfTruth === id ? null : map.journey.momentOfTruth;
  return {
    ...map,
    journey: { ...map.journey, momentOfTruth, notes: [...map.journey.notes.filter((item) => item.id !== id), moved] },
  };
}

export function deleteNote(map: StudioMap, id: string): StudioMap {
  return {
    ...map,
    journey: {
      ...map.journey,
      notes: map.journey.notes.filter((note) => note.id !== id),
      momentOfTruth: map.journey.momentOfTruth === id ? null : map.journey.momentOfTruth,
    },
  };
}

export function addPhase(map: StudioMap, id: string, name: string): StudioMap {
  if (map.journey.phases.length >= MAP_LIMITS.phases.max) return map;
  return { ...map, journey: { ...map.journey, phases: [...map.journey.phases, { id, name, emotion: null }] } };
}

export function renamePhase(map: StudioMap, id: string, name: string): StudioMap {
  return {
    ...map,
    journey: { ...map.journey, phases: map.journey.phases.map((phase) => (phase.id === id ? { ...phase, name } : phase)) },
  };
}

/** Moves a phase one place to the left (−1) or right (+1). */
export function movePhase(map: StudioMap, id: string, delta: -1 | 1): StudioMap {
  const phases = [...map.journey.phases];
  const index = phases.findIndex((phase) => phase.id === id);
  const target = index + delta;
  if (index < 0 || target < 0 || target >= phases.length) return map;
  const [moved] = phases.splice(index, 1);
  if (!moved) return map;
  phases.splice(target, 0, moved);
  return { ...map, journey: { ...map.journey, phases } };
}

/** Removes a phase; its notes go to the phase before it (or after it, for the first). */
export function removePhase(map: StudioMap, id: string): StudioMap {
  const phases = map.journey.phases;
  const index = phases.findIndex((phase) => phase.id === id);
  if (index < 0 || phases.length <= MAP_LIMITS.phases.min) return map;
  const heir = phases[index === 0 ? 1 : index - 1]?.id;
  if (heir === undefined) return map;
  return {
    ...map,
    journey: {
      ...map.journey,
      phases: phases.filter((phase) => phase.id !== id),
      notes: map.journey.notes.map((note) => (note.phase === id ? { ...note, phase: heir } : note)),
    },
  };
}

export function setEmotion(map: StudioMap, phaseId: string, emotion: number | null): StudioMap {
  return {
    ...map,
    journey: {
      ...map.journey,
      phases: map.journey.phases.map((phase) => (phase.id === phaseId ? { ...phase, emotion } : phase)),
    },
  };
}

export function setLaneHidden(map: StudioMap, lane: Lane, hidden: boolean): StudioMap {
  const rest = map.journey.hiddenLanes.filter((item) => item !== lane);
  return { ...map, journey: { ...map.journey, hiddenLanes: hidden ? [...rest, lane] : rest } };
}

export function setMomentOfTruth(map: StudioMap, id: string | null): StudioMap {
  return { ...map, journey: { ...map.journey, momentOfTruth: id } };
}

/** The journey notes in one cell, in order. */
export function notesIn(map: StudioMap, phase: string, lane: NoteLane): JourneyNote[] {
  return map.journey.notes.filter((note) => note.phase === phase && note.lane === lane);
}
