import Link from '@/components/ui/link';
import type { ReactNode } from 'react';
import { TeacherBar } from '@/components/teacher/teacher-bar';
import { isAdmin } from '@/lib/server/admin.server';
import { requireTeacher } from '@/lib/server/teacher.server';
import { logOutAction, logOutEverywhereAction } from '../actions';
import styles from './layout.module.css';

// The pages of a logged-in teacher (a route group: the URLs stay /docent/opdrachten/…). Each page
// still checks the teacher itself: a layout renders alongside its page, so it guards nothing alone.
export default async function TeacherLayout({ children }: { children: ReactNode }) {
  const teacher = await requireTeacher();
  const admin = await isAdmin(teacher);
  return (
    <div className="page teacher-page">
      <TeacherBar teacher={teacher} logOut={logOutAction} logOutEverywhere={logOutEverywhereAction} />
      <nav aria-label="Voor docenten" className={styles.teacherNav}>
        Werk je met itslearning, Brightspace, Canvas, Moodle of Blackboard?{' '}
        <Link href="/docent/lms">Klantreis in je leeromgeving</Link>
        {admin ? (
          <>
            {' · '}
            <Link href="/docent/beheer">Beheer: LMS-koppelingen</Link>
          </>
        ) : null}
      </nav>
      {children}
    </div>
  );
}
