-- Map assignments ("Klantreiskaart", issue 15). An assignment has a kind: 'toets' (the quizzes so
-- far; every existing row) or 'kaart'. A map assignment keeps its settings as they were when it was
-- made (parts, the starting map itself, the brief, the rubric, group hand-in), so a content edit
-- never changes a running assignment. Every jsonb value is checked with the zod schemas before it is
-- written, and bounded here too (lib/assignments/map-limits.ts holds the same numbers).
ALTER TABLE assignments ADD COLUMN kind text NOT NULL DEFAULT 'toets' CHECK (kind IN ('toets', 'kaart'));
ALTER TABLE assignments ADD COLUMN studio jsonb CHECK (octet_length(studio::text) <= 300000);
ALTER TABLE assignments ADD CONSTRAINT assignments_studio_kind CHECK ((kind = 'kaart') = (studio IS NOT NULL));

-- A student's map while they work on it (autosave): one per student, overwritten on every save.
CREATE TABLE map_drafts (
  participant_id integer PRIMARY KEY REFERENCES participants (id) ON DELETE CASCADE,
  map jsonb NOT NULL CHECK (octet_length(map::text) <= 200000),
  saved_at timestamptz NOT NULL
);

-- Hand-ins: each a snapshot of the map that no later save changes, with the names of the group
-- members, and the teacher's grade (a level per criterion; points computed on the server).
CREATE TABLE map_hand_ins (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  participant_id integer NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
  submission_id uuid NOT NULL,
  map jsonb NOT NULL CHECK (octet_length(map::text) <= 200000),
  members jsonb NOT NULL CHECK (octet_length(members::text) <= 4000),
  handed_in_at timestamptz NOT NULL,
  levels jsonb CHECK (octet_length(levels::text) <= 4000),
  points double precision,
  max_points double precision,
  feedback text CHECK (char_length(feedback) <= 2000),
  graded_at timestamptz,
  UNIQUE (participant_id, submission_id)
);
