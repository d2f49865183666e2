import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { redirect } from 'next/navigation';
import { AccountForm } from '@/components/teacher/account-form';
import { currentTeacher } from '@/lib/server/teacher.server';
import { signUpAction } from '../actions';

export const metadata: Metadata = { title: 'Docentenaccount maken', robots: { index: false } };

export default async function SignUpPage() {
  if (await currentTeacher()) redirect('/docent');
  return (
    <div className="page teacher-page">
      <p className="eyebrow">Voor docenten</p>
      <h1>Maak een docentenaccount</h1>
      <p className="lead">
        Met een account maak je opdrachten voor je klas en zie je de resultaten. Leerlingen hebben geen account nodig.
      </p>
      <AccountForm action={signUpAction} signUp askSchoolCode={Boolean(process.env.TEACHER_SIGNUP_CODE)} />
      <p>
        Heb je al een account? <Link href="/docent">Log in</Link>.
      </p>
    </div>
  );
}
