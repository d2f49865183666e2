-- An Instructor is a teacher of their LMS course (issue 18): an assignment added to a course with
-- Deep Linking is tied to that course (platform and context id, both from the platform's signed
-- token), and every Instructor of the course who opens it from there may see and manage it.
ALTER TABLE lti_deep_links ADD COLUMN context_id text CHECK (char_length(context_id) <= 255);

CREATE TABLE lti_course_assignments (
  assignment_id integer NOT NULL REFERENCES assignments (id) ON DELETE CASCADE,
  platform_id integer NOT NULL REFERENCES lti_platforms (id) ON DELETE CASCADE,
  context_id text NOT NULL CHECK (char_length(context_id) <= 255),
  PRIMARY KEY (assignment_id, platform_id, context_id)
);

CREATE TABLE lti_assignment_teachers (
  assignment_id integer NOT NULL REFERENCES assignments (id) ON DELETE CASCADE,
  teacher_id integer NOT NULL REFERENCES teachers (id) ON DELETE CASCADE,
  PRIMARY KEY (assignment_id, teacher_id)
);
