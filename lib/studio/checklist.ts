// The live checks of the studio: a template's checklist (content/studio/sjablonen.yaml) run on a map.
// They are hints for the student while working, not grades. Pure: the checklist comes in as data (the
// types below; content/studio is validated on the server by lib/content/studio.server.ts), so the
// studio page gets it as props and runs it in the browser on every change.
import { countOf, plural } from '../format/plural';
import { EMPATHY_BOXES, SEVEN_C, type NoteLane, type Phase, type SevenC, type StudioMap } from './map';
import { EMPATHY_LABELS, SEVEN_C_LABELS } from './labels';

/** A part of the studio a check is about. */
export type CheckPart = 'persona' | 'empathy' | 'journey';

/** The fields of the persona form a check can ask for. */
export type PersonaCheckField = 'name' | 'ageOrRole' | 'quote' | SevenC;
export const PERSONA_CHECK_FIELDS: readonly PersonaCheckField[] = ['name', 'ageOrRole', 'quote', ...SEVEN_C];

/**
 * One rule of a checklist. A phase is named by its id in the template (f1 … f5); when a student has
 * removed that phase, a phase with the same name counts instead.
 */
export type CheckRule =
  /** Every phase has at least `target` notes in `lane`: one check per phase ("Oriëntatie: 2 van 3 touchpoints"). */
  | { id: string; kind: 'notes-per-phase'; lane: NoteLane; target: number }
  /** One phase has at least `target` notes in `lane`; `label` names them ("Loyaliteitsideeën: 1 van 3"). */
  | { id: string; kind: 'notes-in-phase'; lane: NoteLane; phase: string; phaseName: string; target: number; label: string }
  /** The whole map has at least `target` notes in `lane`. */
  | { id: string; kind: 'notes-in-lane'; lane: NoteLane; target: number; label?: string }
  /** Every phase has an emotion score ("De emotiecurve mist Keuze."). */
  | { id: string; kind: 'emotion-every-phase' }
  /** These persona fields are filled in (all ten when `fields` is left out). */
  | { id: string; kind: 'persona-fields'; fields?: PersonaCheckField[] }
  /** Each box of the empathy map has at least one note. */
  | { id: string; kind: 'empathy-boxes' }
  /** Each phase with a pain point also has an opportunity (a kans). */
  | { id: string; kind: 'pains-have-opportunities' }
  /** A touchpoint is marked as the moment of truth. */
  | { id: string; kind: 'moment-of-truth' };

export type CheckKind = CheckRule['kind'];
export type Checklist = CheckRule[];

export type CheckResult = {
  id: string;
  part: CheckPart;
  /** A complete Dutch sentence or phrase, with its counts. */
  label: string;
  done: boolean;
  count?: number;
  target?: number;
  phaseId?: string;
};

/** The Dutch name of a lane's notes, singular and plural. */
export const LANE_NOUNS: Record<NoteLane, readonly [string, string]> = {
  actions: ['klantactie', 'klantacties'],
  touchpoints: ['touchpoint', 'touchpoints'],
  thoughts: ['gedachte of gevoel', 'gedachten en gevoelens'],
  pains: ['pain point', 'pain points'],
  opportunities: ['kans', 'kansen'],
};

/** The Dutch labels of the persona fields and the empathy boxes (as lessons 4 and 5 name them). */
export const PERSONA_FIELD_LABELS: Record<PersonaCheckField, string> = {
  name: 'Naam',
  ageOrRole: 'Leeftijd of rol',
  quote: 'Citaat',
  ...SEVEN_C_LABELS,
};
export const EMPATHY_BOX_LABELS = EMPATHY_LABELS;

const filled = (text: string) => text.trim() !== '';

/** "A, B en C". */
export function listAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}

function countIn(map: StudioMap, lane: NoteLane, phaseId?: string): number {
  return map.journey.notes.filter(
    (note) => note.lane === lane && (phaseId === undefined || note.phase === phaseId) && filled(note.text),
  ).length;
}

function findPhase(map: StudioMap, id: string, name: string): Phase | undefined {
  const byId = map.journey.phases.find((phase) => phase.id === id);
  if (byId) return byId;
  const wanted = name.trim().toLocaleLowerCase('nl');
  return map.journey.phases.find((phase) => phase.name.trim().toLocaleLowerCase('nl') === wanted);
}

const phaseLabel = (phase: Phase) => (filled(phase.name) ? phase.name.trim() : 'Naamloze fase');

function runRule(map: StudioMap, rule: CheckRule): CheckResult[] {
  switch (rule.kind) {
    case 'notes-per-phase': {
      const [one, other] = LANE_NOUNS[rule.lane];
      return map.journey.phases.map((phase) => {
        const count = countIn(map, rule.lane, phase.id);
        return {
          id: `${rule.id}:${phase.id}`,
          part: 'journey',
          label: `${phaseLabel(phase)}: ${Math.min(count, rule.target)} van ${rule.target} ${plural(rule.target, one, other)}`,
          done: count >= rule.target,
          count,
          target: rule.target,
          phaseId: phase.id,
        };
      });
    }
    case 'notes-in-phase': {
      const phase = findPhase(map, rule.phase, rule.phaseName);
      if (!phase) {
        return [
          {
            id: rule.id,
            part: 'journey',
            label: `${rule.label}: de fase ${rule.phaseName} ontbreekt`,
            done: false,
            count: 0,
            target: rule.target,
          },
        ];
      }
      const count = countIn(map, rule.lane, phase.id);
      return [
        {
          id: rule.id,
          part: 'journey',
          label: `${rule.label}: ${Math.min(count, rule.target)} van ${rule.target}`,
          done: count >= rule.target,
          count,
          target: rule.target,
          phaseId: phase.id,
        },
      ];
    }
    case 'notes-in-lane': {
      const count = countIn(map, rule.lane);
      const [one, other] = LANE_NOUNS[rule.lane];
      const label = rule.label
        ? `${rule.label}: ${Math.min(count, rule.target)} van ${rule.target}`
        : `${Math.min(count, rule.target)} van ${rule.target} ${plural(rule.target, one, other)}`;
      return [{ id: rule.id, part: 'journey', label, done: count >= rule.target, count, target: rule.target }];
    }
    case 'emotion-every-phase': {
      const phases = map.journey.phases;
      const missing = phases.filter((phase) => phase.emotion === null);
      const count = phases.length - missing.length;
      const label =
        missing.length === 0
          ? 'De emotiecurve heeft een score in elke fase'
          : missing.length === phases.length
            ? 'De emotiecurve heeft nog geen scores'
            : `De emotiecurve mist ${listAnd(missing.map(phaseLabel))}`;
      return [{ id: rule.id, part: 'journey', label, done: missing.length === 0, count, target: phases.length }];
    }
    case 'persona-fields': {
      const fields = rule.fields ?? PERSONA_CHECK_FIELDS;
      const value = (field: PersonaCheckField) =>
        field === 'name' || field === 'ageOrRole' || field === 'quote' ? map.persona[field] : map.persona.sevenC[field];
      const empty = fields.filter((field) => !filled(value(field)));
      const count = fields.length - empty.length;
      const label =
        empty.length === 0
          ? `Persona: alle ${countOf(fields.length, 'veld', 'velden')} ingevuld`
          : `Persona: ${count} van ${countOf(fields.length, 'veld', 'velden')} ingevuld; nog leeg: ${listAnd(empty.map((field) => PERSONA_FIELD_LABELS[field]))}`;
      return [{ id: rule.id, part: 'persona', label, done: empty.length === 0, count, target: fields.length }];
    }
    case 'empathy-boxes': {
      const empty = EMPATHY_BOXES.filter((box) => !map.empathy[box].some((note) => filled(note.text)));
      const count = EMPATHY_BOXES.length - empty.length;
      const label =
        empty.length === 0
          ? 'Empathy map: elk vak heeft een notitie'
          : `Empathy map: ${count} van ${countOf(EMPATHY_BOXES.length, 'vak', 'vakken')} gevuld; nog leeg: ${listAnd(empty.map((box) => EMPATHY_BOX_LABELS[box]))}`;
      return [{ id: rule.id, part: 'empathy', label, done: empty.length === 0, count, target: EMPATHY_BOXES.length }];
    }
    case 'pains-have-opportunities': {
      const withPains = map.journey.phases.filter((phase) => countIn(map, 'pains', phase.id) > 0);
      const without = withPains.filter((phase) => countIn(map, 'opportunities', phase.id) === 0);
      const count = withPains.length - without.length;
      const label =
        withPains.length === 0
          ? 'Pain points en kansen: nog geen pain points'
          : without.length === 0
            ? 'Bij elk pain point staat een kans in dezelfde fase'
            : `${listAnd(without.map(phaseLabel))}: ${plural(without.length, 'heeft', 'hebben')} een pain point maar nog geen kans`;
      return [
        {
          id: rule.id,
          part: 'journey',
          label,
          done: withPains.length > 0 && without.length === 0,
          count,
          target: withPains.length,
        },
      ];
    }
    case 'moment-of-truth': {
      const moment = map.journey.notes.find((note) => note.id === map.journey.momentOfTruth);
      const label = moment ? `Moment of truth: ${moment.text.trim() || 'gekozen'}` : 'Kies een touchpoint als moment of truth';
      return [{ id: rule.id, part: 'journey', label, done: Boolean(moment), ...(moment ? { phaseId: moment.phase } : {}) }];
    }
  }
}

/** The checklist's results on `map`, in the checklist's order (a rule per phase gives one per phase). */
export function runChecklist(map: StudioMap, checklist: Checklist): CheckResult[] {
  return checklist.flatMap((rule) => runRule(map, rule));
}
