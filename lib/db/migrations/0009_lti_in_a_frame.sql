-- LTI in the LMS's frame (issue 18), without third-party cookies.
-- The platform's client-side storage (LTI postMessage storage) keeps a login's state when the
-- browser gives the framed tool no cookie; the login remembers that it was offered.
ALTER TABLE lti_states ADD COLUMN storage_target text CHECK (char_length(storage_target) <= 200);

-- A launch in a frame continues in a window of its own (there Klantreis's cookies are first-party):
-- a one-time ticket (hashed, five minutes) says who to let in and where.
CREATE TABLE lti_tickets (
  ticket_hash text PRIMARY KEY,
  teacher_id integer REFERENCES teachers (id) ON DELETE CASCADE,
  participant_id integer REFERENCES participants (id) ON DELETE CASCADE,
  target text NOT NULL CHECK (char_length(target) <= 200),
  expires_at timestamptz NOT NULL,
  CHECK ((teacher_id IS NULL) <> (participant_id IS NULL))
);
