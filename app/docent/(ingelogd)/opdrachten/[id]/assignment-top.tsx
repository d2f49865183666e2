import { cookies, headers } from 'next/headers';
import Link from '@/components/ui/link';
import { getDb } from '@/lib/db/client.server';
import { deepLinkOf } from '@/lib/db/lti.server';
import { DEEP_LINK_COOKIE, requireTeacher } from '@/lib/server/teacher.server';
import QRCode from 'qrcode';
import { Breadcrumb } from '@/components/teacher/breadcrumb';
import { siteUrl } from '@/lib/server/request.server';
import styles from './assignment.module.css';

/**
 * The top of an assignment's page, for a quiz and a map alike: the title, what the last action did,
 * and how the class joins (the code, the link and a QR code of it).
 */
export async function AssignmentTop({ title, code, message }: { title: string; code: string; message: string | null }) {
  const link = siteUrl(await headers(), `/opdracht/${code}`);
  const qr = await QRCode.toString(link, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  return (
    <>
      <Breadcrumb />
      <h1>{title}</h1>
      {message ? (
        <p className="progressNotice" role="status">
          {message}
        </p>
      ) : null}
      <BackToDeepLink />
      <section className={styles.joinPanel} aria-labelledby="meedoen">
        <div>
          <h2 id="meedoen">Zo doet je klas mee</h2>
          <p>Ga naar {new URL(link).host}/opdracht en vul de code in:</p>
          <p className={styles.joinCode} aria-label={`Code: ${code.split('').join(' ')}`}>
            {code}
          </p>
          <p>
            Of deel de link: <a href={link}>{link}</a>
          </p>
        </div>
        <figure className={styles.qr}>
          <div role="img" aria-label="QR-code met de link naar de opdracht" dangerouslySetInnerHTML={{ __html: qr }} />
          <figcaption>Scan met de camera van je telefoon</figcaption>
        </figure>
      </section>
    </>
  );
}

/**
 * A teacher who was adding Klantreis to their LMS course (Deep Linking) and made a new assignment
 * for it: the way back to their choice, while that request is open.
 */
async function BackToDeepLink() {
  const id = (await cookies()).get(DEEP_LINK_COOKIE)?.value;
  if (!id || id.length > 100) return null;
  const teacher = await requireTeacher();
  if (!(await deepLinkOf(await getDb(), teacher.id, id, new Date()))) return null;
  return (
    <p className="progressNotice" role="status">
      Je voegt Klantreis toe aan je cursus in het LMS. <Link href={`/docent/lms/koppelen/${id}`}>Terug naar je keuze</Link>
    </p>
  );
}
