-- Browsers a teacher logged in with (only a hash of the cookie's token). A known browser is limited
-- on its own, not with its network address: a student guessing passwords from the school's shared
-- address cannot lock the teacher out there.
CREATE TABLE known_devices (
  token_hash text PRIMARY KEY,
  account text NOT NULL,
  last_at timestamptz NOT NULL
);
CREATE INDEX known_devices_account_idx ON known_devices (account);
