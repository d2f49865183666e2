import styles from './diagrams.module.css';
import { DiagramFigure } from './figure';
import { JourneyMapVeloVolt } from './journey-map';

const PHASES = [
  {
    name: 'Bewustwording',
    status: 'de klant merkt een behoefte',
    touch: ['advertentie op Instagram (direct)', 'tip van een collega (indirect)'],
  },
  {
    name: 'Oriëntatie',
    status: 'de klant zoekt en vergelijkt',
    touch: ['productpagina in de webshop (direct)', 'reviews op een reviewsite (indirect)'],
  },
  {
    name: 'Keuze',
    status: 'de klant kiest en koopt',
    touch: ['verkoper in de winkel (direct)', 'betaalpagina van de webshop (direct)'],
  },
  {
    name: 'Gebruik',
    status: 'de klant gebruikt het product',
    touch: ['app met de stand van de accu (direct)', 'monteur van de servicebus (direct)'],
  },
  {
    name: 'Heroriëntatie',
    status: 'de klant kijkt terug en weer rond',
    touch: ['mail met een inruilaanbod (direct)', 'review in een fietsblad (indirect)'],
  },
];

/** The five phases as a timeline: what the customer's status is, and two touchpoints (direct or indirect) each. */
export function KlantreisFasen() {
  const rowHeight = 96;
  return (
    <DiagramFigure
      caption="De klantreis in vijf fasen, met touchpoints van VeloVolt. Twee fasen liggen vóór de keuze, twee erna. In de keuze koopt de klant."
      summary="Tijdlijn van de vijf fasen van de klantreis. Bij elke fase staat waar de klant is en twee touchpoints, direct of indirect."
      viewBox={`0 0 340 ${PHASES.length * rowHeight + 10}`}
      text={
        <ol>
          {PHASES.map((phase) => (
            <li key={phase.name}>
              {phase.name} ({phase.status}). Touchpoints: {phase.touch.join(', ')}.
            </li>
          ))}
        </ol>
      }
    >
      <line x1="40" y1="30" x2="40" y2={PHASES.length * rowHeight - 50} className={styles.line} />
      {PHASES.map((phase, index) => {
        const y = 30 + index * rowHeight;
        const purchase = index === 2;
        return (
          <g key={phase.name}>
            <circle cx="40" cy={y} r="18" className={purchase ? styles.accent : styles.node} />
            <text x="40" y={y + 5} textAnchor="middle" className={purchase ? styles.onAccent : styles.number}>
              {index + 1}
            </text>
            <text x="70" y={y - 4} className={styles.label}>
              {phase.name}
            </text>
            <text x="70" y={y + 14} className={styles.small}>
              {phase.status}
            </text>
            <text x="70" y={y + 34} className={styles.small}>
              {phase.touch[0]}
            </text>
            <text x="70" y={y + 52} className={styles.small}>
              {phase.touch[1]}
            </text>
          </g>
        );
      })}
    </DiagramFigure>
  );
}

const SEVEN_C = [
  ['Core values', 'overtuigingen: wat is belangrijk in het leven?'],
  ['Category needs', 'behoeften: wat moet het product doen?'],
  ['Category behaviour', 'koopgedrag nu: waar, hoe vaak, hoeveel?'],
  ['Customer journey', 'hoe oriënteert en koopt de persona?'],
  ['Communication', 'hoe aanspreken en informeren?'],
  ['Company value', 'wat is de persona waard voor je bedrijf?'],
  ['Character', 'kenmerken: B2C leeftijd en gezin, B2B rol'],
] as const;

/** The 7C model: seven questions about one persona, large enough to read on a phone. */
export function ZevenC() {
  const box = (index: number) => ({ x: 10, y: 56 + index * 56, width: 330 });
  return (
    <DiagramFigure
      caption="Het 7C-model: zeven vragen over één persona (bron: een LessonUp-les over de klantreis)."
      summary="Het 7C-model: zeven vakken, elk met een C en wat die betekent, rond één persona."
      viewBox="0 0 350 448"
      text={
        <ul>
          {SEVEN_C.map(([term, meaning]) => (
            <li key={term}>
              {term}: {meaning}
            </li>
          ))}
        </ul>
      }
    >
      <rect x="10" y="8" width="330" height="38" rx="8" className={styles.accent} />
      <text x="175" y="32" textAnchor="middle" className={styles.onAccent}>
        Persona
      </text>
      {SEVEN_C.map(([term, meaning], index) => {
        const { x, y, width } = box(index);
        return (
          <g key={term}>
            <rect x={x} y={y} width={width} height="48" rx="8" className={styles.node} />
            <text x={x + 12} y={y + 20} className={styles.labelSmall}>
              {index + 1}. {term}
            </text>
            <text x={x + 12} y={y + 38} className={styles.small}>
              {meaning}
            </text>
          </g>
        );
      })}
    </DiagramFigure>
  );
}

const EMPATHY = [
  { title: 'Doet', example: '“Ik lees ’s avonds reviews van e-bikes.”', x: 10, y: 56 },
  { title: 'Voelt', example: '“Ik ben bang dat mijn fiets wordt gestolen.”', x: 180, y: 56 },
  { title: 'Wil', example: '“Ik wil de auto vaker laten staan.”', x: 10, y: 176 },
  { title: 'Beïnvloed door', example: '“Mijn collega raadt haar e-bike aan.”', x: 180, y: 176 },
];

const EMPATHY_PROBLEM = '“Op mijn werk is geen afgesloten stalling.”';

/** The empathy map as this course uses it (the five parts the Basisboek names): the persona on top, four quadrants, and a band for problems. */
export function EmpathyMap() {
  return (
    <DiagramFigure
      caption="De empathy map van Anouk (38): wat doet, voelt en wil ze, wie beïnvloedt haar en welke problemen heeft ze?"
      summary="Empathy map van persona Anouk met vier vakken (doet, voelt, wil, beïnvloed door) en een balk voor problemen."
      viewBox="0 0 350 356"
      text={
        <ul>
          <li>Persona: Anouk, 38 jaar, forens van Amersfoort naar Utrecht.</li>
          {EMPATHY.map((cell) => (
            <li key={cell.title}>
              {cell.title}: bijvoorbeeld {cell.example}
            </li>
          ))}
          <li>Problemen: bijvoorbeeld {EMPATHY_PROBLEM}</li>
        </ul>
      }
    >
      <rect x="10" y="8" width="330" height="38" rx="8" className={styles.accent} />
      <text x="175" y="32" textAnchor="middle" className={styles.onAccent}>
        Persona: Anouk, 38 jaar
      </text>
      {EMPATHY.map((cell) => (
        <g key={cell.title}>
          <rect x={cell.x} y={cell.y} width="160" height="110" rx="8" className={styles.node} />
          <text x={cell.x + 12} y={cell.y + 26} className={styles.label}>
            {cell.title}
          </text>
          {wrap(cell.example, 19).map((line, index) => (
            <text key={line} x={cell.x + 12} y={cell.y + 52 + index * 18} className={styles.small}>
              {line}
            </text>
          ))}
        </g>
      ))}
      <rect x="10" y="296" width="330" height="52" rx="8" className={styles.node} />
      <text x="22" y="318" className={styles.label}>
        Problemen
      </text>
      <text x="22" y="338" className={styles.small}>
        {EMPATHY_PROBLEM}
      </text>
    </DiagramFigure>
  );
}

/** Splits a short text into lines of at most `width` characters, at spaces. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

const B2B_B2C = [
  ['Doelgroep', 'Bedrijven; vaak een kleine groep', 'Consumenten; vaak een grote groep'],
  [
    'Wie koopt?',
    'Een DMU (inkoopcentrum): meerdere mensen met elk een rol, zoals gebruiker, inkoper en beslisser',
    'Eén koper, soms samen met een partner, familielid of vriend',
  ],
  [
    'Duur van het koopproces',
    'Basisboek: lang (offertes, gesprekken). Salesblog: soms sneller. Het hangt af van de koopsituatie: een nieuwe aankoop duurt lang, een routine-herhaalaankoop kort',
    'Korter: rondkijken en kopen',
  ],
  [
    'Koopmotief',
    'De relatie met de verkoper is belangrijk; zakelijke motieven wegen zwaar',
    'Snel kopen en herkenning; vaker persoonlijke motieven',
  ],
] as const;

/**
 * B2B and B2C side by side, as a real table (a screen reader can walk it cell by cell). Each
 * characteristic heads its own row group, so two columns fit on a phone.
 */
export function B2bB2c() {
  return (
    <figure className={styles.diagram}>
      <table className="compare-table">
        <caption>Verschillen tussen de klantreis in B2B en B2C</caption>
        <thead>
          <tr>
            <th scope="col">B2B</th>
            <th scope="col">B2C</th>
          </tr>
        </thead>
        {B2B_B2C.map(([label, b2b, b2c]) => (
          <tbody key={label}>
            <tr>
              <th scope="rowgroup" colSpan={2} className={styles.compareGroup}>
                {label}
              </th>
            </tr>
            <tr>
              <td>{b2b}</td>
              <td>{b2c}</td>
            </tr>
          </tbody>
        ))}
      </table>
    </figure>
  );
}

const MODELS = [
  ['Bewustwording', 'Bewustzijn', 'Lijkt sterk op elkaar: de klant merkt een probleem of behoefte.'],
  ['Oriëntatie', 'Overweging', 'Lijkt sterk op elkaar: de klant zoekt en vergelijkt.'],
  ['Keuze', 'Actie', 'Lijkt op elkaar: de klant kiest en koopt. Het funnel-artikel noemt actie de laatste fase van de funnel.'],
  ['Gebruik', 'Service', 'Anders: gebruik is wat de klant doet. Service is wat het bedrijf doet.'],
  [
    'Heroriëntatie',
    'Loyaliteit',
    'Anders: bij heroriëntatie kijkt de klant weer rond en kan die overstappen. Loyaliteit is wat het bedrijf hoopt: de klant komt terug.',
  ],
] as const;

/** The five-phase model and the funnel side by side: roughly comparable, not one to one. */
export function FasenVergelijken() {
  return (
    <figure className={styles.diagram}>
      {/* On a phone the table scrolls sideways inside its own focusable region, never the page. */}
      <div className="table-scroll" role="region" aria-label="Tabel: twee modellen naast elkaar" tabIndex={0}>
        <table className={`compare-table ${styles.scrollingTable}`}>
          <caption>Twee modellen naast elkaar: ongeveer vergelijkbaar, niet één op één</caption>
          <thead>
            <tr>
              <th scope="col">Model met vijf fasen (studentenblog, 2016)</th>
              <th scope="col">Funnel (Koen van Hooren Marketing)</th>
              <th scope="col">Hoe vergelijkbaar?</th>
            </tr>
          </thead>
          <tbody>
            {MODELS.map(([five, funnel, how], index) => (
              <tr key={five}>
                <th scope="row">
                  {index + 1}. {five}
                </th>
                <td>{funnel}</td>
                <td>{how}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

/** The diagrams by the id a lesson uses in <Diagram id="…" /> (the build checks the ids). */
export const DIAGRAM_COMPONENTS = {
  'klantreis-fasen': KlantreisFasen,
  'b2b-b2c': B2bB2c,
  'zeven-c': ZevenC,
  'empathy-map': EmpathyMap,
  'fasen-vergelijken': FasenVergelijken,
  'journey-map-velovolt': JourneyMapVeloVolt,
} as const;
