import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from '@/components/ui/link';
import { Breadcrumb } from '@/components/teacher/breadcrumb';
import { PlatformForm } from '@/components/teacher/platform-form';
import { getDb } from '@/lib/db/client.server';
import { listPlatforms } from '@/lib/db/lti.server';
import { publicJwks } from '@/lib/lti/keys.server';
import { requireAdmin } from '@/lib/server/admin.server';
import { siteUrl } from '@/lib/server/request.server';
import {
  deletePlatformAction,
  registerPlatformAction,
  registrationUrlAction,
  revokeKeysAction,
  rotateKeysAction,
} from '../../beheer-actions';
import styles from './beheer.module.css';

export const metadata: Metadata = { title: 'Beheer: LMS-koppelingen', robots: { index: false } };

/** The admin's page: Klantreis's details for an LMS, the registered platforms, and the tool's keys. */
export default async function AdminPage({ searchParams }: { searchParams: Promise<{ registratie?: string | string[] }> }) {
  await requireAdmin();
  const { registratie } = await searchParams;
  const registrationToken = typeof registratie === 'string' && /^[\w-]{20,100}$/.test(registratie) ? registratie : null;
  const db = await getDb();
  const [platforms, jwks, requestHeaders] = await Promise.all([listPlatforms(db), publicJwks(db), headers()]);
  const tool = [
    { label: 'Tool-URL en redirect-URI (launch)', value: siteUrl(requestHeaders, '/api/lti/launch') },
    { label: 'Inlog-URL (OIDC login initiation)', value: siteUrl(requestHeaders, '/api/lti/login') },
    { label: 'Sleutels (public keyset / JWKS URL)', value: siteUrl(requestHeaders, '/api/lti/jwks') },
  ];
  return (
    <main id="main" className={styles.page}>
      <Breadcrumb />
      <h1>Beheer: LMS-koppelingen</h1>
      <p className={styles.lead}>
        Koppel het LMS van je school met LTI 1.3. Studenten openen een opdracht dan vanuit hun cursus, zonder code, en hun cijfer
        komt vanzelf in het cijferboek van het LMS. Hoe je dat per LMS doet, staat in{' '}
        <Link href="/docent/lms#lti">Klantreis in je leeromgeving</Link>.
      </p>

      <section aria-labelledby="tool-heading">
        <h2 id="tool-heading">1. Klantreis toevoegen in je LMS</h2>
        <p>Vul deze adressen in als je Klantreis in je LMS toevoegt als externe tool (LTI 1.3, met een public keyset URL).</p>
        <dl className={styles.details}>
          {tool.map((item) => (
            <div key={item.label}>
              <dt>{item.label}</dt>
              <dd>
                <code>{item.value}</code>
              </dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="dynamisch">
        <h2 id="dynamisch">2. Aanmelden met één adres (aanbevolen)</h2>
        <p>
          Moodle, Brightspace en Canvas kunnen Klantreis zelf aanmelden (LTI Dynamic Registration). Maak een registratie-URL en
          plak die in je LMS bij het toevoegen van een externe tool. Het adres werkt één keer, en een dag lang.
        </p>
        {registrationToken ? (
          <p className={styles.registration} role="status">
            Registratie-URL: <code>{siteUrl(requestHeaders, `/api/lti/register?t=${registrationToken}`)}</code>
          </p>
        ) : null}
        <form action={registrationUrlAction}>
          <button type="submit" className="button">
            Maak een registratie-URL
          </button>
        </form>
      </section>

      <section aria-labelledby="platforms-heading">
        <h2 id="platforms-heading">3. Aangemelde LMS’en</h2>
        {platforms.length === 0 ? (
          <p>Er is nog geen LMS aangemeld.</p>
        ) : (
          <ul className={styles.platforms}>
            {platforms.map((platform) => (
              <li key={platform.id}>
                <h3>{platform.name}</h3>
                {platform.deploymentIds.length === 0 ? (
                  <p role="alert">
                    Dit LMS gaf geen deployment-id. Verwijder het en meld het met de hand aan, met het deployment-id dat het LMS
                    bij de tool toont.
                  </p>
                ) : null}
                <dl className={styles.details}>
                  <div>
                    <dt>Issuer</dt>
                    <dd>
                      <code>{platform.issuer}</code>
                    </dd>
                  </div>
                  <div>
                    <dt>Client-id</dt>
                    <dd>
                      <code>{platform.clientId}</code>
                    </dd>
                  </div>
                  <div>
                    <dt>Deployment-id’s</dt>
                    <dd>
                      <code>{platform.deploymentIds.join(', ')}</code>
                    </dd>
                  </div>
                </dl>
                <p className="muted">
                  Verwijder je dit LMS, dan blijven de resultaten van de studenten in Klantreis staan. Scores die nog niet
                  verstuurd zijn, gaan dan niet meer naar het LMS.
                </p>
                <form action={deletePlatformAction}>
                  <input type="hidden" name="id" value={platform.id} />
                  <button type="submit" className="button">
                    {platform.name} verwijderen
                  </button>
                </form>
              </li>
            ))}
          </ul>
        )}
        <h3>Een LMS met de hand aanmelden</h3>
        <p>Kan je LMS niet zelf aanmelden? Neem dan de gegevens over die je LMS toont nadat je Klantreis daar hebt toegevoegd.</p>
        <PlatformForm action={registerPlatformAction} />
      </section>

      <section aria-labelledby="keys-heading">
        <h2 id="keys-heading">4. Sleutels van Klantreis</h2>
        <p>
          Klantreis ondertekent wat het naar je LMS stuurt. Het sleuteladres toont de nieuwste sleutel en de vorige, zodat een LMS
          na het vernieuwen nog even de oude kan gebruiken.
        </p>
        <p>
          Sleutels nu: {jwks.keys.map((key) => String(key.kid)).join(' en ')}
          {process.env.LTI_KEY_SECRET ? ' (versleuteld opgeslagen).' : '. Zet LTI_KEY_SECRET om ze versleuteld op te slaan.'}
        </p>
        <form action={rotateKeysAction} className={styles.keyAction}>
          <button type="submit" className="button">
            Sleutels vernieuwen
          </button>
        </form>
        <p>
          Denk je dat iemand anders de sleutel heeft? Trek dan alle oude sleutels in. Klantreis maakt een nieuwe en het LMS
          accepteert alleen die nog.
        </p>
        <form action={revokeKeysAction} className={styles.keyAction}>
          <button type="submit" className="button button-danger">
            Oude sleutels intrekken
          </button>
        </form>
      </section>
    </main>
  );
}
