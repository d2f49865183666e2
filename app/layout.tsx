// The global styles first: every module's CSS must come after them (see app/globals.css).
import './globals.css';
import type { Metadata, Viewport } from 'next';
import Link from '@/components/ui/link';
import type { ReactNode } from 'react';
import { PracticeLink } from '@/components/home/due-badge';
import { UpdatePrompt } from '@/components/offline/update-prompt';
import { ProgressNotice } from '@/components/progress/progress-notice';
import { ProgressProvider } from '@/components/progress/progress-provider';
import styles from './layout.module.css';

export const metadata: Metadata = {
  title: { default: 'Klantreis: de customer journey', template: '%s · Klantreis' },
  description: 'Een interactieve cursus over de customer journey voor mbo- en hbo-studenten.',
  applicationName: 'Klantreis',
  appleWebApp: { capable: true, title: 'Klantreis', statusBarStyle: 'default' },
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbfaf7' },
    { media: '(prefers-color-scheme: dark)', color: '#16181d' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="nl">
      <body>
        <a className={styles.skipLink} href="#inhoud">
          Naar de inhoud
        </a>
        {/* The provider holds the header too: the nav's badge reads progress. */}
        <ProgressProvider>
          <header className={styles.siteHeader}>
            <div className={styles.siteHeaderInner}>
              <Link href="/" className={styles.siteLogo}>
                <span className={styles.siteLogoMark} aria-hidden="true">
                  ⟶
                </span>
                Klantreis
              </Link>
              <nav aria-label="Hoofdmenu">
                <Link href="/">Lessen</Link>
                <PracticeLink className={styles.navPractice} />
                <Link href="/proeftoets">Proeftoets</Link>
                <Link href="/eindtoets">Eindtoets</Link>
                <Link href="/studio">Studio</Link>
                <Link href="/voortgang">Mijn voortgang</Link>
                <Link href="/begrippen">Begrippen</Link>
                <Link href="/bronnen">Bronnen</Link>
              </nav>
            </div>
          </header>
          <main id="inhoud" tabIndex={-1}>
            <ProgressNotice />
            {children}
          </main>
        </ProgressProvider>
        <footer className={styles.siteFooter}>
          <p>Klantreis · een cursus over de customer journey voor mbo en hbo</p>
          <p>
            <Link href="/opdracht">Opdracht van je docent</Link> · <Link href="/docent">Voor docenten</Link>
          </p>
        </footer>
        <UpdatePrompt />
      </body>
    </html>
  );
}
