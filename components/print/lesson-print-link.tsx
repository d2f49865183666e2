import Link from '@/components/ui/link';
import './print.css';

/**
 * "Afdrukken" on a lesson page: a link to the lesson's print page (/lessen/[slug]/afdrukken), which has
 * the exercises as paper questions and the answers page. They used to sit hidden in the lesson page
 * itself: half again as much HTML for a phone to parse and hydrate on every visit (docs/performance.md).
 * Printed with Ctrl+P, the lesson itself says where its exercises are.
 */
export function LessonPrintLink({ slug }: { slug: string }) {
  return (
    <>
      <Link className="button printButton" href={`/lessen/${slug}/afdrukken`}>
        Afdrukken
      </Link>
      <p className="printOnly printNote">
        De oefeningen van deze les staan niet op deze afdruk. Druk ze af met de knop ‘Afdrukken’ bovenaan de les: dan krijg je ze
        als vragen met vakjes en lijnen, en als je wilt met de antwoorden.
      </p>
    </>
  );
}
