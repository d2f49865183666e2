-- Teachers, their sessions and failed logins; assignments; students who join one by code,
-- their attempts and their answers. Scores are stored as computed on the server.

CREATE TABLE teachers (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email text NOT NULL UNIQUE,
  name text NOT NULL,
  password_hash text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  teacher_id integer NOT NULL REFERENCES teachers (id) ON DELETE CASCADE,
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_teacher_idx ON sessions (teacher_id);

CREATE TABLE failed_logins (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  account text NOT NULL,
  ip text NOT NULL,
  at timestamptz NOT NULL
);
CREATE INDEX failed_logins_account_idx ON failed_logins (account, at);
CREATE INDEX failed_logins_ip_idx ON failed_logins (ip, at);

CREATE TABLE assignments (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  teacher_id integer NOT NULL REFERENCES teachers (id) ON DELETE CASCADE,
  code text NOT NULL UNIQUE,
  title text NOT NULL,
  exercise_ids jsonb NOT NULL,
  selection jsonb NOT NULL,
  opens_at timestamptz,
  closes_at timestamptz,
  max_attempts integer NOT NULL CHECK (max_attempts BETWEEN 1 AND 10),
  show_answers text NOT NULL CHECK (show_answers IN ('direct', 'na-sluiten', 'nooit')),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX assignments_teacher_idx ON assignments (teacher_id);

CREATE TABLE participants (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  assignment_id integer NOT NULL REFERENCES assignments (id) ON DELETE CASCADE,
  token_hash text NOT NULL UNIQUE,
  display_name text NOT NULL,
  student_number text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX participants_assignment_idx ON participants (assignment_id);

CREATE TABLE attempts (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  participant_id integer NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
  number integer NOT NULL,
  started_at timestamptz NOT NULL,
  submitted_at timestamptz,
  submission_id uuid,
  points double precision,
  max_points double precision,
  UNIQUE (participant_id, number),
  UNIQUE (participant_id, submission_id)
);

CREATE TABLE answers (
  attempt_id integer NOT NULL REFERENCES attempts (id) ON DELETE CASCADE,
  exercise_id text NOT NULL,
  response jsonb NOT NULL,
  saved_at timestamptz NOT NULL,
  points double precision,
  max_points double precision,
  correct boolean,
  PRIMARY KEY (attempt_id, exercise_id)
);
