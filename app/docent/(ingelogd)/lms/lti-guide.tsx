import Link from '@/components/ui/link';
import type { ReactNode } from 'react';

// The LTI 1.3 part of the guide on /docent/lms: what the LMS admin does once, what a teacher does
// per assignment, and where the scores appear, per LMS. Menu names differ per version and per school.

type LtiSteps = { id: string; name: string; register: ReactNode[]; add: ReactNode[]; grades: ReactNode };

const REGISTRATION_URL = (
  <>
    de <strong>registratie-URL</strong> die de beheerder van Klantreis maakt op{' '}
    <Link href="/docent/beheer">Beheer: LMS-koppelingen</Link>
  </>
);

const LTI_GUIDES: LtiSteps[] = [
  {
    id: 'lti-moodle',
    name: 'Moodle',
    register: [
      <>
        De beheerder van Moodle gaat naar{' '}
        <strong>Site-beheer &gt; Plugins &gt; Activiteitsmodules &gt; Externe tool &gt; Tools beheren</strong>.
      </>,
      <>
        Plak {REGISTRATION_URL} bij <strong>Tool-URL</strong> en kies <strong>LTI Advantage toevoegen</strong>.
      </>,
      <>
        Moodle meldt Klantreis zelf aan. Zet de tool daarna aan (<strong>Activeren</strong>).
      </>,
    ],
    add: [
      <>
        Zet je cursus in de bewerkmodus en kies <strong>Activiteit of bron toevoegen &gt; Klantreis</strong>.
      </>,
      <>
        Klik op <strong>Inhoud selecteren</strong>. Klantreis opent: kies je opdracht, een les of de Eindtoets en klik op{' '}
        <strong>Toevoegen aan je cursus</strong>.
      </>,
      'Sla de activiteit op. Moodle maakt zelf de kolom in het cijferboek.',
    ],
    grades: (
      <>
        De score staat in <strong>Cijfers</strong> van je cursus, in de kolom met de naam van de opdracht.
      </>
    ),
  },
  {
    id: 'lti-canvas',
    name: 'Canvas',
    register: [
      <>
        De beheerder gaat naar <strong>Admin &gt; Developer Keys &gt; + Developer Key &gt; LTI Registration</strong> en plakt{' '}
        {REGISTRATION_URL}.
      </>,
      <>
        Zet de nieuwe sleutel op <strong>On</strong>. Voeg de app toe via{' '}
        <strong>Settings &gt; Apps &gt; + App &gt; By Client ID</strong>.
      </>,
    ],
    add: [
      <>
        Open <strong>Modules</strong> en kies <strong>+ &gt; External Tool &gt; Klantreis</strong>.
      </>,
      <>
        Kies je opdracht, een les of de Eindtoets in het venster dat opent en klik op <strong>Toevoegen aan je cursus</strong>.
        Zet <strong>Load in a new tab</strong> aan.
      </>,
    ],
    grades: (
      <>
        Canvas maakt een opdracht met dezelfde naam. De score staat in <strong>Grades</strong>.
      </>
    ),
  },
  {
    id: 'lti-brightspace',
    name: 'Brightspace',
    register: [
      <>
        De beheerder gaat naar <strong>Admin Tools &gt; Manage Extensibility &gt; LTI Advantage &gt; Register Tool</strong>, kiest{' '}
        <strong>Dynamic</strong> en plakt {REGISTRATION_URL}.
      </>,
      <>
        Maak daarna bij de tool een <strong>Deployment</strong> voor de cursussen die Klantreis mogen gebruiken.
      </>,
    ],
    add: [
      <>
        Ga in je cursus naar <strong>Inhoud &gt; Bestaande activiteiten &gt; Klantreis</strong>.
      </>,
      <>
        Kies je opdracht, een les of de Eindtoets en klik op <strong>Toevoegen aan je cursus</strong>.
      </>,
    ],
    grades: (
      <>
        Brightspace maakt een cijferitem. De score staat in <strong>Cijfers</strong> (Grades).
      </>
    ),
  },
  {
    id: 'lti-itslearning',
    name: 'itslearning',
    register: [
      <>
        De beheerder voegt Klantreis toe als <strong>LTI 1.3-tool</strong> bij de extensies van itslearning. Vul daar de drie
        adressen in die op <Link href="/docent/beheer">Beheer: LMS-koppelingen</Link> staan.
      </>,
      <>
        Neem daarna de gegevens die itslearning toont (issuer, client-id, deployment-id en drie adressen) over op dezelfde pagina,
        bij <strong>Een LMS met de hand aanmelden</strong>.
      </>,
    ],
    add: [
      <>
        Kies in je vak <strong>Toevoegen &gt; Leeractiviteit &gt; Klantreis</strong>.
      </>,
      <>
        Kies je opdracht, een les of de Eindtoets en klik op <strong>Toevoegen aan je cursus</strong>.
      </>,
    ],
    grades: (
      <>
        De score staat in het <strong>Beoordelingsoverzicht</strong> van je vak.
      </>
    ),
  },
  {
    id: 'lti-blackboard',
    name: 'Blackboard',
    register: [
      <>
        Blackboard Learn neemt alleen tools aan die op het ontwikkelaarsportaal van Anthology staan. De school registreert
        Klantreis daar eerst, met de drie adressen van <Link href="/docent/beheer">Beheer: LMS-koppelingen</Link>.
      </>,
      <>
        Daarna: <strong>Systeembeheer &gt; Integraties &gt; LTI-toolproviders &gt; LTI 1.3/Advantage-tool registreren</strong>,
        met de client-id van het portaal.
      </>,
      <>
        Neem de gegevens die Blackboard toont over op <strong>Een LMS met de hand aanmelden</strong>.
      </>,
    ],
    add: [
      <>
        Kies in je cursus <strong>Inhoud toevoegen &gt; Klantreis</strong> (of via de Content Market).
      </>,
      <>
        Kies je opdracht, een les of de Eindtoets en klik op <strong>Toevoegen aan je cursus</strong>.
      </>,
    ],
    grades: (
      <>
        De score staat in het <strong>Cijferboek</strong> (Grade Center).
      </>
    ),
  },
];

/** The guide's LTI section with its per-LMS steps. */
export function LtiGuide({ headingClass }: { headingClass?: string }) {
  return (
    <section aria-labelledby="lti">
      <h2 id="lti">Live koppeling met LTI 1.3</h2>
      <p>
        Met LTI openen je studenten een opdracht vanuit hun cursus. Ze hoeven geen code in te vullen en geen account te maken: het
        LMS vertelt Klantreis wie ze zijn. De server van Klantreis kijkt na, dus de antwoorden komen nooit in de browser. De score
        komt vanzelf in het cijferboek van je LMS, en jij ziet in Klantreis per vraag hoe je klas het deed.
      </p>
      <ul>
        <li>
          De beheerder van het LMS meldt Klantreis <strong>één keer</strong> aan. Daarna voegt elke docent zelf opdrachten toe.
        </li>
        <li>Het LMS krijgt de score en het maximum. Het rekent zelf om naar de kolom, die tot 100 gaat (een percentage).</li>
        <li>
          Klantreis opent in een <strong>eigen venster</strong>. Toont je LMS het in een kader, dan klikt de student daar op{' '}
          <strong>Open Klantreis</strong>. Zo werkt het ook in Safari en andere browsers die cookies in een kader weigeren.
        </li>
        <li>
          Een Klantreiskaart komt als &quot;in te leveren, nog na te kijken&quot; in het LMS, en met een cijfer zodra jij hem
          nakijkt.
        </li>
      </ul>
      {LTI_GUIDES.map((guide) => (
        <div key={guide.id} className={headingClass}>
          <h3 id={guide.id}>{guide.name}</h3>
          <h4>Eén keer: Klantreis aanmelden (beheerder)</h4>
          <ol>
            {guide.register.map((step, index) => (
              <li key={index}>{step}</li>
            ))}
          </ol>
          <h4>Per opdracht: toevoegen aan je cursus (docent)</h4>
          <ol>
            {guide.add.map((step, index) => (
              <li key={index}>{step}</li>
            ))}
          </ol>
          <h4>Waar de cijfers staan</h4>
          <p>{guide.grades}</p>
        </div>
      ))}
    </section>
  );
}
