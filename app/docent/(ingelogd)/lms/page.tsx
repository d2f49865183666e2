import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import type { ReactNode } from 'react';
import { BankExportForm } from '@/components/teacher/bank-export-form';
import { Breadcrumb } from '@/components/teacher/breadcrumb';
import { ScormDownloads } from '@/components/teacher/scorm-downloads';
import { bothBanks } from '@/lib/content/toetsbank.server';
import { MOODLE_LIMITATIONS } from '@/lib/lms/moodle-xml';
import { QTI_LIMITATIONS } from '@/lib/lms/qti';
import { EXERCISE_TYPES, type Exercise } from '@/lib/scoring';
import { LEVELS, TYPE_LABEL } from '@/lib/scoring/schema';
import { requireTeacher } from '@/lib/server/teacher.server';
import { LtiGuide } from './lti-guide';
import styles from './lms.module.css';

export const metadata: Metadata = { title: 'Klantreis in je leeromgeving', robots: { index: false } };

/** One LMS: how to add a SCORM package, the grade settings, what a student sees, the question bank. */
type LmsGuide = { id: string; name: string; scorm: ReactNode[]; grade: ReactNode[]; student: ReactNode; bank: ReactNode[] };

const GUIDES: LmsGuide[] = [
  {
    id: 'itslearning',
    name: 'itslearning',
    scorm: [
      'Download het pakket hierboven. Kies SCORM 2004 (SCORM 1.2 werkt ook).',
      <>
        Open je vak. Kies bij <strong>Bronnen</strong> of in de <strong>Planner</strong>: <strong>Toevoegen</strong> en dan{' '}
        <strong>SCORM</strong> (of <strong>Leeractiviteit &gt; SCORM/IMS-pakket</strong>).
      </>,
      'Upload de zip. Je hoeft hem niet uit te pakken.',
      'Geef het pakket een titel en sla op.',
    ],
    grade: [
      <>
        Zet <strong>Beoordeling</strong> aan en kies een beoordelingsschaal, bijvoorbeeld een cijfer van 1 tot 10 of een
        percentage.
      </>,
      'Kies of de leerling het pakket vaker mag maken. Het hoogste of het laatste resultaat telt; kies wat bij je toets past.',
      <>
        De score en de status (geslaagd of niet) komen in het <strong>Beoordelingsoverzicht</strong> van het vak.
      </>,
    ],
    student:
      'De leerling opent het pakket in itslearning. Hij ziet de les of de toets zoals op de site, met de knop Afronden onderaan. Stopt hij halverwege, dan gaat hij de volgende keer verder waar hij was.',
    bank: [
      <>
        Download de <strong>QTI 2.1</strong>-zip onderaan deze pagina.
      </>,
      <>
        Maak een <strong>Toets</strong> (Test) in je vak, of open er een.
      </>,
      <>
        Kies <strong>Vragen importeren</strong> en upload de zip. De vragen komen in de toets en in je vragenbank.
      </>,
    ],
  },
  {
    id: 'brightspace',
    name: 'Brightspace',
    scorm: [
      'Download het pakket hierboven. Kies SCORM 2004 of SCORM 1.2.',
      <>
        Open je cursus en ga naar <strong>Inhoud</strong> (Content). Kies een module en dan <strong>Nieuw</strong> of{' '}
        <strong>Uploaden/maken &gt; Bestanden uploaden</strong>.
      </>,
      <>
        Upload de zip. Brightspace vraagt of het een SCORM-pakket is: kies <strong>SCORM-object</strong> (niet: uitpakken).
      </>,
    ],
    grade: [
      <>
        Open de instellingen van het SCORM-onderwerp. Zet <strong>Evaluatie</strong> aan en koppel een <strong>cijferitem</strong>{' '}
        (grade item): kies een bestaand item of maak een nieuw.
      </>,
      <>
        Kies welke poging telt: de <strong>hoogste</strong> of de <strong>laatste</strong>. Dan komt de score vanzelf in{' '}
        <strong>Cijfers</strong> (Grades).
      </>,
      'Wil je voltooiing volgen? Zet bij het onderwerp "Voltooiing" op automatisch.',
    ],
    student:
      'De leerling opent het onderwerp in Inhoud en maakt de les of de toets in Brightspace. Na Afronden staat de score in zijn cijferoverzicht.',
    bank: [
      <>
        Download de <strong>QTI 2.1</strong>-zip onderaan deze pagina.
      </>,
      <>
        Ga naar <strong>Cursusbeheer &gt; Componenten importeren/exporteren/kopiëren</strong> en kies{' '}
        <strong>Componenten importeren</strong>. Upload de zip.
      </>,
      'Controleer na het importeren een paar vragen in de vragenbibliotheek. Brightspace leest niet elk vraagtype uit QTI even goed. Lukt het niet? Gebruik dan een SCORM-pakket.',
    ],
  },
  {
    id: 'canvas',
    name: 'Canvas',
    scorm: [
      <>
        Download het pakket hierboven. Kies SCORM 2004 of SCORM 1.2. In Canvas werkt SCORM via de app <strong>SCORM</strong>: zie
        je die niet in het cursusmenu, vraag je beheerder dan om hem aan te zetten.
      </>,
      <>
        Kies in het cursusmenu <strong>SCORM</strong> en dan <strong>Pakket uploaden</strong>. Kies de zip.
      </>,
      <>
        Kies <strong>Importeren als opdracht met beoordeling</strong> (graded assignment).
      </>,
    ],
    grade: [
      <>
        Canvas maakt een opdracht met punten. Zet het aantal punten, bijvoorbeeld 10 of 100: Canvas rekent het percentage van het
        pakket om.
      </>,
      <>
        Publiceer de opdracht. De score komt in het <strong>Cijferoverzicht</strong> (Grades).
      </>,
    ],
    student:
      'De leerling opent de opdracht en maakt de les of de toets in Canvas. Na Afronden ziet hij zijn score bij de opdracht.',
    bank: [
      <>
        Download de <strong>QTI 2.1</strong>-zip onderaan deze pagina.
      </>,
      <>
        Ga naar <strong>Instellingen &gt; Cursusinhoud importeren</strong> en kies als soort <strong>QTI .zip-bestand</strong>.
      </>,
      'Kies een vragenbank waarin de vragen komen, en importeer. Controleer daarna een paar vragen.',
    ],
  },
  {
    id: 'moodle',
    name: 'Moodle',
    scorm: [
      <>
        Download het pakket hierboven als <strong>SCORM 1.2</strong>. Moodle kan geen SCORM 2004.
      </>,
      <>
        Zet in je cursus <strong>Bewerken</strong> aan. Kies <strong>Activiteit of bron toevoegen &gt; SCORM-pakket</strong>.
      </>,
      'Geef een naam en sleep de zip naar het pakketvak.',
    ],
    grade: [
      <>
        Bij <strong>Beoordeling</strong>: kies als beoordelingsmethode <strong>Hoogste score</strong> en zet het maximum op 100.
      </>,
      <>
        Bij <strong>Activiteitsvoltooiing</strong>: kies <strong>Vereiste status</strong> en vink zowel <strong>Geslaagd</strong>{' '}
        als <strong>Voltooid</strong> aan. Een les meldt voltooid, een toets meldt geslaagd of gezakt.
      </>,
      'Zet bij Pogingen beheer in hoeveel pogingen er mogen zijn. Bij Weergave kun je "Toon inhoudsstructuur" uitzetten: het pakket heeft maar één onderdeel.',
    ],
    student:
      'De leerling klikt op de activiteit en maakt de les of de toets in Moodle. Na Afronden staat de score in het cijferoverzicht en krijgt de activiteit een vinkje.',
    bank: [
      <>
        Download <strong>Moodle XML</strong> onderaan deze pagina. Moodle leest geen QTI 2.1.
      </>,
      <>
        Ga in je cursus naar <strong>Vragenbank &gt; Importeren</strong>. Kies <strong>Moodle XML-indeling</strong>.
      </>,
      <>
        Laat <strong>Categorie uit bestand halen</strong> aangevinkt: elke les krijgt zijn eigen categorie onder
        &quot;Klantreis&quot;. Upload het bestand en kies Importeren.
      </>,
    ],
  },
  {
    id: 'blackboard',
    name: 'Blackboard',
    scorm: [
      'Download het pakket hierboven. Kies SCORM 2004 of SCORM 1.2.',
      <>
        Ultra: kies op de cursuspagina het plusteken en dan <strong>Inhoud maken &gt; SCORM-pakket</strong>. Original: kies{' '}
        <strong>Inhoud bouwen &gt; Inhoudspakket (SCORM)</strong>.
      </>,
      'Upload de zip en sla op.',
    ],
    grade: [
      <>
        Zet <strong>Beoordeling</strong> (Grade SCORM) op <strong>Score</strong> en geef het aantal punten.
      </>,
      'Kies hoeveel pogingen er mogen zijn en welke poging telt. De score komt in het Cijferboek (Gradebook).',
    ],
    student:
      'De leerling opent het pakket in de cursus en maakt de les of de toets. Na Afronden komt de score in het cijferboek.',
    bank: [
      <>
        Download de <strong>QTI 2.1</strong>-zip onderaan deze pagina.
      </>,
      <>
        Ultra: ga naar <strong>Vragenbanken &gt; Importeren</strong>. Original: ga naar{' '}
        <strong>Configuratiescherm &gt; Cursustools &gt; Toetsen, enquêtes en pools &gt; Pools</strong> en kies{' '}
        <strong>QTI 2.1-pakket importeren</strong>.
      </>,
      'Kies de zip. De vragen komen in een pool die je in elke toets kunt gebruiken.',
    ],
  },
];

function Steps({ steps }: { steps: ReactNode[] }) {
  return (
    <ol>
      {steps.map((step, index) => (
        <li key={index}>{step}</li>
      ))}
    </ol>
  );
}

export default async function LmsGuidePage() {
  await requireTeacher();
  const { course, testBank } = await bothBanks();
  const count = (bank: Iterable<Exercise>, slug: string) => [...bank].filter((exercise) => exercise.topic === slug).length;
  const lessons = course.lessons.map((lesson) => ({
    slug: lesson.slug,
    title: lesson.title,
    order: lesson.order,
    counts: { toetsbank: count(testBank.values(), lesson.slug), oefenbank: count(course.bank.values(), lesson.slug) },
  }));
  const types = EXERCISE_TYPES.map((type) => ({ type, label: TYPE_LABEL[type] }));

  return (
    <>
      <Breadcrumb />
      <h1>Klantreis in je leeromgeving</h1>
      <p className="lead">
        Werkt je school met itslearning, Brightspace, Canvas, Moodle of Blackboard? Dan zet je Klantreis daar zelf in. Er zijn
        drie manieren.
      </p>
      <ul>
        <li>
          <strong>De live koppeling (LTI 1.3)</strong>: studenten openen een opdracht vanuit hun cursus, zonder code. Klantreis
          kijkt na op de server en zet de score in het cijferboek van je LMS. Het beste voor een toets die telt.
        </li>
        <li>
          <strong>Een SCORM-pakket</strong>: een les, de Eindtoets of de oefeningen van een opdracht als één bestand. Het LMS zet
          de score in de cijferlijst.
        </li>
        <li>
          <strong>De vragenbank</strong>: onze vragen in de toetsmodule van je LMS, als QTI 2.1 of Moodle XML. Je maakt er zelf
          toetsen mee.
        </li>
      </ul>

      <nav aria-label="Op deze pagina" className={styles.toc}>
        <h2 id="op-deze-pagina">Op deze pagina</h2>
        <ul>
          <li>
            <a href="#lti">Live koppeling met LTI 1.3</a>
          </li>
          <li>
            <a href="#antwoorden">De antwoorden zitten in het pakket</a>
          </li>
          <li>
            <a href="#scorm-pakketten">SCORM-pakketten</a>
          </li>
          {GUIDES.map((guide) => (
            <li key={guide.id}>
              <a href={`#${guide.id}`}>Stap voor stap in {guide.name}</a>
            </li>
          ))}
          <li>
            <a href="#vragenbank">Vragenbank downloaden</a>
          </li>
          <li>
            <a href="#verschillen">Wat een LMS anders nakijkt</a>
          </li>
        </ul>
      </nav>

      <LtiGuide headingClass={styles.lms} />

      <section aria-labelledby="antwoorden" className={styles.notice}>
        <h2 id="antwoorden">De antwoorden zitten in het pakket</h2>
        <p>
          Een SCORM-pakket kijkt na in de browser van de leerling. Daarom zitten de goede antwoorden in het pakket, net als bij
          elke SCORM-quiz. Een handige leerling kan ze vinden.
        </p>
        <p>
          Gebruik een pakket dus om te oefenen of voor een toets die niet zwaar telt. Telt het cijfer echt? Maak dan een{' '}
          <Link href="/docent/opdrachten/nieuw">opdracht in Klantreis</Link>. Die kijkt de server na, en de antwoorden komen nooit
          in de browser. Met de <a href="#lti">live koppeling</a> zet je zo&apos;n opdracht ook in je LMS.
        </p>
        <p>
          Dat geldt ook voor de vragenbank: na het importeren staan de antwoorden in je LMS. Zet vragen uit de toetsbank alleen in
          een toets die leerlingen niet vooraf kunnen inzien.
        </p>
      </section>

      <section aria-labelledby="scorm-pakketten">
        <h2 id="scorm-pakketten">SCORM-pakketten</h2>
        <p>
          Kies de versie die je LMS kan. <strong>SCORM 1.2</strong> werkt overal, ook in Moodle. <strong>SCORM 2004</strong> werkt
          in itslearning, Brightspace, Canvas en Blackboard, en meldt voltooid en geslaagd apart.
        </p>
        <p>
          Een toets in een pakket is standaard geslaagd vanaf 55% goed (een 5,5). Een pakket werkt ook zonder LMS: dan is het een
          oefenpagina die niets opslaat.
        </p>
        <ScormDownloads lessons={lessons.map(({ slug, title }) => ({ slug, title }))} />
      </section>

      {GUIDES.map((guide) => (
        <section key={guide.id} aria-labelledby={guide.id} className={styles.lms}>
          <h2 id={guide.id}>Stap voor stap in {guide.name}</h2>
          <h3>Een SCORM-pakket toevoegen</h3>
          <Steps steps={guide.scorm} />
          <h3>Cijfer en voltooiing</h3>
          <Steps steps={guide.grade} />
          <h3>Wat de leerling ziet</h3>
          <p>{guide.student}</p>
          <h3>Vragen in je vragenbank</h3>
          <Steps steps={guide.bank} />
        </section>
      ))}
      <p className="muted">
        De namen van knoppen en menu&apos;s verschillen soms per versie en per school. Zoek je iets niet? Vraag het de beheerder
        van je LMS.
      </p>

      <section aria-labelledby="vragenbank">
        <h2 id="vragenbank">Vragenbank downloaden</h2>
        <p>
          Kies welke vragen je wilt. <strong>QTI 2.1</strong> is voor itslearning, Blackboard en TestVision. Canvas en Brightspace
          lezen het ook; controleer daar na het importeren een paar vragen. <strong>Moodle XML</strong> is voor Moodle. Elke les
          wordt een eigen groep vragen.
        </p>
        <BankExportForm lessons={lessons} levels={LEVELS} types={types} />
      </section>

      <section aria-labelledby="verschillen">
        <h2 id="verschillen">Wat een LMS anders nakijkt</h2>
        <p>
          Klantreis kijkt sommige vragen slimmer na dan een LMS kan. Elke vraag werkt en de gewone antwoorden tellen goed. Dit
          zijn de verschillen.
        </p>
        <h3>QTI 2.1 (itslearning, Blackboard, Brightspace, Canvas)</h3>
        <ul>
          {QTI_LIMITATIONS.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <h3>Moodle XML</h3>
        <ul>
          {MOODLE_LIMITATIONS.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
    </>
  );
}
