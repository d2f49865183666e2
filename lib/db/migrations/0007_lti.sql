-- LTI 1.3 (issue 18): the school's LMS launches Klantreis and receives its grades.

-- An LMS platform an admin registered: who signs its launches (issuer, JWKS) and where our tool asks
-- for tokens. One row per (issuer, client id); a platform can have several deployments.
CREATE TABLE lti_platforms (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
  issuer text NOT NULL CHECK (char_length(issuer) BETWEEN 1 AND 500),
  client_id text NOT NULL CHECK (char_length(client_id) BETWEEN 1 AND 500),
  deployment_ids jsonb NOT NULL CHECK (jsonb_typeof(deployment_ids) = 'array' AND octet_length(deployment_ids::text) <= 4000),
  auth_url text NOT NULL CHECK (char_length(auth_url) <= 1000),
  token_url text NOT NULL CHECK (char_length(token_url) <= 1000),
  jwks_url text NOT NULL CHECK (char_length(jwks_url) <= 1000),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (issuer, client_id)
);

-- The tool's own signing keys. The JWKS publishes the newest two, so a platform that cached the
-- previous key still checks what was signed just before a rotation. The private key is a JWK as
-- JSON, or encrypted ('v1:' + AES-256-GCM) when LTI_KEY_SECRET is set.
CREATE TABLE lti_keys (
  kid text PRIMARY KEY,
  public_jwk jsonb NOT NULL,
  private_jwk text NOT NULL,
  created_at timestamptz NOT NULL
);

-- A login in progress (OIDC): the state and nonce the tool sent to the platform, used once.
CREATE TABLE lti_states (
  state text PRIMARY KEY,
  nonce text NOT NULL UNIQUE,
  platform_id integer NOT NULL REFERENCES lti_platforms (id) ON DELETE CASCADE,
  expires_at timestamptz NOT NULL
);

-- A teacher who came in from an LMS (an Instructor launch): their account on our side.
CREATE TABLE lti_users (
  platform_id integer NOT NULL REFERENCES lti_platforms (id) ON DELETE CASCADE,
  sub text NOT NULL CHECK (char_length(sub) <= 255),
  teacher_id integer NOT NULL REFERENCES teachers (id) ON DELETE CASCADE,
  PRIMARY KEY (platform_id, sub)
);

-- A student who came in from an LMS: known by their LMS user id instead of a join code, with the
-- gradebook column (AGS line item) their score goes to.
ALTER TABLE participants ADD COLUMN lti_platform_id integer REFERENCES lti_platforms (id) ON DELETE SET NULL;
ALTER TABLE participants ADD COLUMN lti_sub text CHECK (char_length(lti_sub) <= 255);
ALTER TABLE participants ADD COLUMN lti_line_item text CHECK (char_length(lti_line_item) <= 1000);
ALTER TABLE participants ADD CONSTRAINT participants_lti_user UNIQUE (assignment_id, lti_platform_id, lti_sub);

-- Scores still to be sent to an LMS: written in the same statement that stores a hand-in, so a
-- score is never lost; sent by lib/lti/scores.server.ts, retried with backoff until the LMS takes it.
CREATE TABLE lti_score_posts (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  participant_id integer NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL,
  tries integer NOT NULL DEFAULT 0,
  next_at timestamptz NOT NULL,
  sent_at timestamptz,
  last_error text CHECK (char_length(last_error) <= 500)
);
CREATE INDEX lti_score_posts_due ON lti_score_posts (next_at) WHERE sent_at IS NULL;
