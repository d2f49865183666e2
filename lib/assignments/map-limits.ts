// The limits of a map assignment ("Klantreiskaart"), defined once. The request schemas enforce them,
// the forms repeat them as HTML attributes, and the database's CHECK constraints hold the byte
// bounds (tests/lib/assignments/map-limits.test.ts compares lib/db/migrations with these). Plain
// constants, so a client form can import them without a schema library.

export const MAP_ASSIGNMENT = {
  /** Characters in the teacher's brief (Markdown). */
  brief: 4000,
  /** Characters in the teacher's feedback on one hand-in. */
  feedback: 2000,
  /** Names on a group hand-in, the student who hands in included. */
  groupMembers: 6,
  /**
   * Bytes a stored map may take as PostgreSQL prints jsonb (a CHECK in SQL). Twice MAP_LIMITS.bytes,
   * the bound the server applies to the JSON itself: the jsonb text adds a space after every `:` and
   * `,`, which can never double a map's JSON.
   */
  storedMapBytes: 200_000,
  /** Bytes of an assignment's settings (the starting map, the brief and the rubric) in jsonb text. */
  storedSettingsBytes: 300_000,
  /** Bytes of the group members' names, and of a grade's levels, in jsonb text. */
  storedSmallBytes: 4_000,
} as const;

/** The kinds of assignment: a quiz from the banks, or a customer journey map. */
export const ASSIGNMENT_KINDS = ['toets', 'kaart'] as const;
export type AssignmentKind = (typeof ASSIGNMENT_KINDS)[number];
