import 'server-only';
import { asc, notLike } from 'drizzle-orm';
import { notFound } from 'next/navigation';
import { getDb } from '../db/client.server';
import { teachers } from '../db/schema';
import type { Teacher } from '../db/teachers.server';
import { requireTeacher } from './teacher.server';

// The admin of a Klantreis site registers LMS platforms (/docent/beheer): the teacher whose e-mail
// address ADMIN_EMAIL names, or else the first teacher account made on the site (a teacher who came
// in from an LMS never is).

export async function isAdmin(teacher: Teacher): Promise<boolean> {
  const configured = process.env.ADMIN_EMAIL?.trim().toLowerCase();
  if (configured) return teacher.email.toLowerCase() === configured;
  const [first] = await (
    await getDb()
  )
    .select({ id: teachers.id })
    .from(teachers)
    .where(notLike(teachers.email, '%@lms.klantreis.invalid'))
    .orderBy(asc(teachers.id))
    .limit(1);
  return first?.id === teacher.id;
}

/** The logged-in admin; another teacher gets a 404 (the page does not exist for them). */
export async function requireAdmin(): Promise<Teacher> {
  const teacher = await requireTeacher();
  if (!(await isAdmin(teacher))) notFound();
  return teacher;
}
