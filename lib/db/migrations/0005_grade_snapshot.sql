-- A grade does not move. An assignment keeps the exercises it was made with (the definitions, as
-- JSON, in order); grading, the review and the teacher's pages read them, never the bank again.
-- Rows made before this migration get theirs the first time they are read (from the bank then).
ALTER TABLE assignments ADD COLUMN exercises jsonb;
-- What each part of an answer earned at hand-in (the Score's parts), so a review shows the stored
-- result instead of scoring the answer again.
ALTER TABLE answers ADD COLUMN parts jsonb;
