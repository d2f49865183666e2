import { BankFileSchema, type Exercise } from '../scoring/schema';
import { ownField, ownString } from '../util/records';
import { ContentError, describeIssues, formatPath } from './errors';
import { parseYaml } from './yaml';

const KNOWN_TYPES = BankFileSchema.element.options.map((option) => option.shape.type.value);

/** Validates one bank file (a YAML list of exercises); errors name the file, index, id and field. */
export function parseBankFile(file: string, text: string): Exercise[] {
  const data = parseYaml(file, text);
  if (!Array.isArray(data)) {
    throw new ContentError(file, ['het bestand moet een lijst van oefeningen zijn (elke oefening begint met "- id: …")']);
  }
  const unknownTypes = data.flatMap((item, index) => {
    const type = ownField(item, 'type');
    return typeof type === 'string' && !(KNOWN_TYPES as string[]).includes(type)
      ? [`${exerciseAt(index, item)}.type: onbekend type "${type}"; kies uit ${KNOWN_TYPES.join(', ')}`]
      : [];
  });
  if (unknownTypes.length > 0) throw new ContentError(file, unknownTypes);

  const result = BankFileSchema.safeParse(data);
  if (!result.success) {
    throw new ContentError(
      file,
      describeIssues(result.error.issues, (path) => {
        const [index] = path;
        const where = formatPath(path);
        // Name the exercise's id beside its index, so an author finds it without counting.
        return typeof index === 'number' ? where.replace(`[${index}]`, exerciseAt(index, data[index])) : where;
      }),
    );
  }
  return result.data;
}

/** Names an exercise in a bank file by index and, when it has one, id: `[3] (id "b2b-dmu")`. */
export function exerciseAt(index: number, item: unknown): string {
  const id = ownString(item, 'id');
  return id === undefined ? `[${index}]` : `[${index}] (id "${id}")`;
}

/** Indexes the bank by id, rejecting an id used twice anywhere in the bank. */
export function indexBank(files: { file: string; exercises: Exercise[] }[]): Map<string, Exercise> {
  const bank = new Map<string, Exercise>();
  const origin = new Map<string, string>();
  for (const { file, exercises } of files) {
    for (const exercise of exercises) {
      const first = origin.get(exercise.id);
      if (first) throw new ContentError(file, [`id "${exercise.id}" bestaat al in ${first}; elk id mag maar één keer voorkomen`]);
      origin.set(exercise.id, file);
      bank.set(exercise.id, exercise);
    }
  }
  return bank;
}
