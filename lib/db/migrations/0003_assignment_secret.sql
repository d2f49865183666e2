-- A secret per assignment, never shown: the key for the option ids a student's page gets, so they
-- cannot tell which option the author wrote first (or marked right).
ALTER TABLE assignments ADD COLUMN secret text NOT NULL DEFAULT gen_random_uuid()::text;
