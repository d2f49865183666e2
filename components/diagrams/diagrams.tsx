import { DiagramFigure } from './figure';
import { JourneyMapVeloVolt } from './journey-map';

const PHASES = [
  { name: 'Bewustwording', also: 'bewustzijn', touch: ['advertentie op Instagram', 'tip van een vriend'] },
  { name: 'Oriëntatie', also: 'overweging', touch: ['reviews lezen', 'prijzen vergelijken'] },
  { name: 'Keuze / aankoop', also: 'actie', touch: ['productpagina', 'afrekenen'] },
  { name: 'Gebruik / service', also: 'service', touch: ['bezorging en uitpakken', 'vraag aan de klantenservice'] },
  { name: 'Heroriëntatie / loyaliteit', also: 'loyaliteit', touch: ['mail met tips', 'opnieuw kopen of aanraden'] },
];

/** The five phases as a timeline, with two touchpoints each and the purchase in the middle. */
export function KlantreisFasen() {
  const rowHeight = 86;
  return (
    <DiagramFigure
      caption="De klantreis in vijf fasen: twee vóór de aankoop, de aankoop zelf en twee erna."
      summary="Tijdlijn van de vijf fasen van de klantreis, met bij elke fase twee touchpoints."
      viewBox={`0 0 340 ${PHASES.length * rowHeight + 10}`}
      text={
        <ol>
          {PHASES.map((phase) => (
            <li key={phase.name}>
              {phase.name} (ook: {phase.also}): {phase.touch.join(', ')}.
            </li>
          ))}
        </ol>
      }
    >
      <line x1="40" y1="30" x2="40" y2={PHASES.length * rowHeight - 40} className="diagram-line" />
      {PHASES.map((phase, index) => {
        const y = 30 + index * rowHeight;
        const purchase = index === 2;
        return (
          <g key={phase.name}>
            <circle cx="40" cy={y} r="18" className={purchase ? 'diagram-accent' : 'diagram-node'} />
            <text x="40" y={y + 5} textAnchor="middle" className={purchase ? 'diagram-on-accent' : 'diagram-number'}>
              {index + 1}
            </text>
            <text x="70" y={y - 4} className="diagram-label">
              {phase.name}
            </text>
            <text x="70" y={y + 16} className="diagram-small">
              {phase.touch[0]}
            </text>
            <text x="70" y={y + 34} className="diagram-small">
              {phase.touch[1]}
            </text>
          </g>
        );
      })}
    </DiagramFigure>
  );
}

const SEVEN_C = [
  ['Core values', 'overtuigingen'],
  ['Category needs', 'behoeften in de markt'],
  ['Category behaviour', 'koopgedrag nu'],
  ['Customer journey', 'oriënteren en kopen'],
  ['Communication', 'manier van aanspreken'],
  ['Company value', 'waarde voor het bedrijf'],
  ['Character', 'typische kenmerken'],
] as const;

/** The 7C model: seven questions about one persona, large enough to read on a phone. */
export function ZevenC() {
  const box = (index: number) => ({ x: 10, y: 56 + index * 56, width: 330 });
  return (
    <DiagramFigure
      caption="Het 7C-model: zeven vragen over één persona."
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
      <rect x="10" y="8" width="330" height="38" rx="8" className="diagram-accent" />
      <text x="175" y="32" textAnchor="middle" className="diagram-on-accent">
        Persona
      </text>
      {SEVEN_C.map(([term, meaning], index) => {
        const { x, y, width } = box(index);
        return (
          <g key={term}>
            <rect x={x} y={y} width={width} height="48" rx="8" className="diagram-node" />
            <text x={x + 12} y={y + 20} className="diagram-label-small">
              {index + 1}. {term}
            </text>
            <text x={x + 12} y={y + 38} className="diagram-small">
              {meaning}
            </text>
          </g>
        );
      })}
    </DiagramFigure>
  );
}

const EMPATHY = [
  { title: 'Doet', example: '“Ik vergelijk prijzen op mijn telefoon.”', x: 10, y: 56 },
  { title: 'Voelt', example: '“Ik ben bang dat ik te veel betaal.”', x: 180, y: 56 },
  { title: 'Wil (doelen)', example: '“Ik wil een telefoon die lang meegaat.”', x: 10, y: 176 },
  { title: 'Beïnvloed door', example: '“Mijn broer zweert bij Samsung.”', x: 180, y: 176 },
];

/** The empathy map: the persona on top, four quadrants, and a band for problems. */
export function EmpathyMap() {
  return (
    <DiagramFigure
      caption="Een empathy map: wat doet, voelt en wil je persona, wie beïnvloedt hem en welke problemen heeft hij?"
      summary="Empathy map van persona Sanne met vier vakken (doet, voelt, wil, beïnvloed door) en een balk voor problemen."
      viewBox="0 0 350 356"
      text={
        <ul>
          <li>Persona: Sanne, 19 jaar.</li>
          {EMPATHY.map((cell) => (
            <li key={cell.title}>
              {cell.title}: bijvoorbeeld {cell.example}
            </li>
          ))}
          <li>Problemen: bijvoorbeeld “Ik snap al die abonnementen niet.”</li>
        </ul>
      }
    >
      <rect x="10" y="8" width="330" height="38" rx="8" className="diagram-accent" />
      <text x="175" y="32" textAnchor="middle" className="diagram-on-accent">
        Persona: Sanne, 19 jaar
      </text>
      {EMPATHY.map((cell) => (
        <g key={cell.title}>
          <rect x={cell.x} y={cell.y} width="160" height="110" rx="8" className="diagram-node" />
          <text x={cell.x + 12} y={cell.y + 26} className="diagram-label">
            {cell.title}
          </text>
          {wrap(cell.example, 19).map((line, index) => (
            <text key={line} x={cell.x + 12} y={cell.y + 52 + index * 18} className="diagram-small">
              {line}
            </text>
          ))}
        </g>
      ))}
      <rect x="10" y="296" width="330" height="52" rx="8" className="diagram-node" />
      <text x="22" y="318" className="diagram-label">
        Problemen
      </text>
      <text x="22" y="338" className="diagram-small">
        “Ik snap al die abonnementen niet.”
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
    'Een DMU: meerdere mensen beslissen mee (bijvoorbeeld directeur, inkoop en productie)',
    'Eén koper, soms samen met een partner, familielid of vriend',
  ],
  ['Duur van het koopproces', 'Lang: offertes, gesprekken, vergaderingen', 'Kort: rondkijken en kopen'],
  ['Koopmotief', 'De relatie met de verkoper is belangrijk', 'Snel kopen en herkenning; de relatie telt minder'],
] as const;

/**
 * B2B and B2C side by side, as a real table (a screen reader can walk it cell by cell). Each
 * characteristic heads its own row group, so two columns fit on a phone.
 */
export function B2bB2c() {
  return (
    <figure className="diagram">
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
              <th scope="rowgroup" colSpan={2} className="compare-group">
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
  ['Bewustwording', 'Bewustzijn'],
  ['Oriëntatie', 'Overweging'],
  ['Keuze', 'Actie'],
  ['Gebruik', 'Service'],
  ['Heroriëntatie', 'Loyaliteit'],
] as const;

/** The five-phase model and the funnel side by side: other names, the same order. */
export function FasenVergelijken() {
  return (
    <figure className="diagram">
      <table className="compare-table">
        <caption>Twee modellen naast elkaar: andere namen, dezelfde volgorde</caption>
        <thead>
          <tr>
            <th scope="col">Fase</th>
            <th scope="col">Model met vijf fasen</th>
            <th scope="col">Funnel</th>
          </tr>
        </thead>
        <tbody>
          {MODELS.map(([five, funnel], index) => (
            <tr key={five}>
              <th scope="row">{index + 1}</th>
              <td>{five}</td>
              <td>{funnel}</td>
            </tr>
          ))}
        </tbody>
      </table>
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
