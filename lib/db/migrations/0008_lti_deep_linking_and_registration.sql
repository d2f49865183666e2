-- LTI Deep Linking (issue 18): a teacher in the LMS adds Klantreis content. Between the launch and
-- their choice on /docent/lms/koppelen the request waits here (the raw id is in the page's address,
-- only its hash is stored), for at most an hour, and is used once.
CREATE TABLE lti_deep_links (
  id_hash text PRIMARY KEY,
  teacher_id integer NOT NULL REFERENCES teachers (id) ON DELETE CASCADE,
  platform_id integer NOT NULL REFERENCES lti_platforms (id) ON DELETE CASCADE,
  deployment_id text NOT NULL CHECK (char_length(deployment_id) <= 255),
  return_url text NOT NULL CHECK (char_length(return_url) <= 2000),
  data text CHECK (char_length(data) <= 4000),
  expires_at timestamptz NOT NULL
);

-- LTI Dynamic Registration: the one-time address the admin pastes into the LMS carries a token; only
-- its hash is stored, for at most a day, and it is used once.
CREATE TABLE lti_registration_tokens (
  token_hash text PRIMARY KEY,
  expires_at timestamptz NOT NULL
);
