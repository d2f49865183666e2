-- Login attempts replace failed logins: an attempt is written (as failed) before its password is
-- checked, in the transaction that counts, so parallel guesses cannot all get past the limit.
DROP TABLE failed_logins;
CREATE TABLE login_attempts (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  account text NOT NULL,
  ip text NOT NULL,
  at timestamptz NOT NULL,
  succeeded boolean NOT NULL DEFAULT false
);
CREATE INDEX login_attempts_account_idx ON login_attempts (account, at);
CREATE INDEX login_attempts_ip_idx ON login_attempts (ip, at);

-- Addresses an account logged in from: guesses from elsewhere do not slow the teacher down there.
CREATE TABLE known_addresses (
  account text NOT NULL,
  ip text NOT NULL,
  last_at timestamptz NOT NULL,
  PRIMARY KEY (account, ip)
);

-- Rate limits: one row per counted event in a named bucket ("join-ip:1.2.3.4").
CREATE TABLE rate_events (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  bucket text NOT NULL,
  at timestamptz NOT NULL
);
CREATE INDEX rate_events_bucket_idx ON rate_events (bucket, at);
