import 'server-only';
import { notFound } from 'next/navigation';
import { summarize } from '../assignments/report';
import { assignmentOfTeacher } from '../db/assignments.server';
import { getDb } from '../db/client.server';
import { classRecords } from '../db/results.server';
import { getCourse } from '../content/course.server';
import { exercisesOf } from './student.server';
import { requireTeacher } from './teacher.server';

/** An assignment of the logged-in teacher with its exercises and every student's record; 404 for anyone else's. */
export async function ownAssignment(rawId: string) {
  const teacher = await requireTeacher();
  const id = /^\d{1,9}$/.test(rawId) ? Number(rawId) : NaN;
  if (!Number.isSafeInteger(id)) notFound();
  const db = await getDb();
  const assignment = await assignmentOfTeacher(db, teacher.id, id);
  if (!assignment) notFound();
  const [exercises, { lessons }] = await Promise.all([exercisesOf(assignment), getCourse()]);
  const records = await classRecords(db, assignment.id);
  return { teacher, assignment, exercises, lessons, records, summaries: records.map(summarize) };
}
