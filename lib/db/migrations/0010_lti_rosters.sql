-- Names and Role Provisioning (issue 18): where an LMS course's roster is, per assignment launched
-- from it, so the teacher's results page can list the students who have not started yet.
CREATE TABLE lti_rosters (
  assignment_id integer NOT NULL REFERENCES assignments (id) ON DELETE CASCADE,
  platform_id integer NOT NULL REFERENCES lti_platforms (id) ON DELETE CASCADE,
  memberships_url text NOT NULL CHECK (char_length(memberships_url) <= 1000),
  PRIMARY KEY (assignment_id, memberships_url)
);
