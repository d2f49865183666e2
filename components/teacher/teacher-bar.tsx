import styles from './teacher-bar.module.css';

/** A server action a plain form posts to. */
type FormAction = (form: FormData) => void | Promise<void>;

/** The header of a teacher's pages: who is logged in, and the ways to log out. */
export function TeacherBar({
  teacher,
  logOut,
  logOutEverywhere,
}: {
  teacher: { name: string; email: string };
  logOut: FormAction;
  logOutEverywhere: FormAction;
}) {
  return (
    <div className={styles.teacherBar}>
      <p>
        Ingelogd als <strong>{teacher.name}</strong>{' '}
        {/* A teacher who came in from an LMS has a stand-in address (lib/db/lti.server.ts); say where they came from. */}
        {teacher.email.endsWith('.invalid') ? '(via je LMS)' : `(${teacher.email})`}
      </p>
      <div className={styles.actions}>
        <form action={logOut}>
          <button type="submit" className="button">
            Log uit
          </button>
        </form>
        <form action={logOutEverywhere}>
          <button type="submit" className="button">
            Log uit op alle apparaten
          </button>
        </form>
      </div>
    </div>
  );
}
