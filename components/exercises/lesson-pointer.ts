/**
 * The hint a lesson exercise without a `hint` of its own gets after a first wrong check: a pointer
 * to the part of the lesson it practises, named by its learning goal (`goal`, a number into the
 * lesson's objectives). It names what to reread, never the answer. Undefined without a goal.
 */
export function lessonPointer(objectives: readonly string[], goal: number | undefined): string | undefined {
  const objective = goal === undefined ? undefined : objectives[goal - 1];
  if (!objective) return undefined;
  return `Lees in de les nog eens het stuk bij dit leerdoel: ‘${objective.trim()}’`;
}
