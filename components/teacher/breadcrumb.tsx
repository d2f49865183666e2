import Link from '@/components/ui/link';
import { Fragment } from 'react';

/** A step back up from a teacher's page; the first is always the list of their assignments. */
export type Crumb = { href: string; label: string };

const HOME: Crumb = { href: '/docent', label: 'Je opdrachten' };

/** Where this page sits: "Je opdrachten › Toets B2B", each step a link up. */
export function Breadcrumb({ trail = [] }: { trail?: Crumb[] }) {
  return (
    <nav aria-label="Kruimelpad" className="eyebrow">
      {[HOME, ...trail].map((crumb, index) => (
        <Fragment key={crumb.href}>
          {index > 0 ? <span aria-hidden="true"> › </span> : null}
          <Link href={crumb.href}>{crumb.label}</Link>
        </Fragment>
      ))}
    </nav>
  );
}
