import { useId } from 'react';
import diagramStyles from './diagrams.module.css';
import styles from './journey-map.module.css';

// The worked customer journey map of lesson 7: Anouk (38) buys an e-bike from VeloVolt.
// A real table (phases as columns, lanes as rows) with an emotion curve as an inline SVG; the
// scores are also a row of text, so nothing is only in the picture. On a phone the table scrolls
// sideways inside a focusable region.

const PHASES = ['Bewustwording', 'Oriëntatie', 'Keuze', 'Gebruik', 'Heroriëntatie'] as const;

type Lane = { name: string; kind?: 'pain' | 'gain' | 'kans'; cells: readonly [string, string, string, string, string] };

const LANES_BEFORE_CURVE: readonly Lane[] = [
  {
    name: 'Klantacties',
    cells: [
      'Anouk staat weer in de file. Een collega vertelt over haar e-bike.',
      'Ze vergelijkt modellen en prijzen. Ze leest reviews en stelt een vraag in de chat.',
      'Ze boekt een proefrit in Utrecht. Thuis bestelt ze de fiets in de webshop.',
      'Ze krijgt de fiets thuis, koppelt de app en fietst naar haar werk.',
      'Ze krijgt een herinnering voor onderhoud. Ze denkt aan een tweede fiets voor haar partner.',
    ],
  },
  {
    name: 'Touchpoints',
    cells: [
      'Het verhaal van de collega (indirect); een advertentie van VeloVolt op Instagram',
      'De website van VeloVolt; reviews op Kiyoh (indirect); de chat',
      'Het formulier voor de proefrit; de winkel en de verkoper; de webshop; de bevestigingsmail',
      'De mail over de levering; de bezorger; de VeloVolt-app',
      'De herinnering in de app; de servicebus; een mail met de vraag om een review',
    ],
  },
  {
    name: 'Gedachten en gevoelens',
    cells: [
      '“Elke dag een uur in de auto. Kan dat niet anders?” Nieuwsgierig.',
      '“Haal ik 44 kilometer per dag met één accu? En wordt hij niet gestolen?” Twijfel.',
      '“Wat fietst dit licht!” Blij en zeker van haar keuze.',
      '“De fiets is twee dagen te laat en niemand laat iets weten.” Boos.',
      '“Ik pak de auto bijna niet meer.” Tevreden.',
    ],
  },
];

const LANES_AFTER_CURVE: readonly Lane[] = [
  {
    name: 'Pain points',
    kind: 'pain',
    cells: [
      'Geen.',
      'Bij de accu staat alleen “bereik tot 120 km”, zonder uitleg over kou of wind.',
      'In de webshop moet ze alles opnieuw invullen. Het advies uit de winkel over de framemaat is weg.',
      'De levering is te laat, zonder bericht. De app koppelen lukt pas na een telefoontje.',
      'Een onderhoudsbeurt plannen kan alleen telefonisch.',
    ],
  },
  {
    name: 'Gain points',
    kind: 'gain',
    cells: [
      'De collega is heel enthousiast.',
      'Veel goede reviews over het comfort.',
      'De verkoper neemt de tijd. Ze mag een half uur proefrijden.',
      'De fiets rijdt fijn. Ze is sneller op haar werk dan met de auto.',
      'De servicebus komt bij haar thuis.',
    ],
  },
  {
    name: 'Kansen',
    kind: 'kans',
    cells: [
      'Laat zien hoeveel tijd en geld een e-bike scheelt ten opzichte van de auto.',
      'Een rekenhulp voor het bereik op je eigen route; uitleg over slot en verzekering.',
      'Bewaar het advies uit de winkel, zodat ze online verder kan met dezelfde fiets.',
      'Stuur meteen een bericht bij vertraging. Help bij de levering met de app.',
      'Onderhoud plannen in de app; af en toe een mail met tips, zodat ze aan VeloVolt blijft denken.',
    ],
  },
];

/** Emotion per phase, from −2 (heel negatief) to +2 (heel positief). */
const EMOTIONS = [
  { score: 0, word: 'nieuwsgierig' },
  { score: -1, word: 'twijfel' },
  { score: 2, word: 'blij' },
  { score: -2, word: 'boos' },
  { score: 1, word: 'tevreden' },
] as const;

const signed = (score: number) => (score > 0 ? `+${score}` : score < 0 ? `−${-score}` : '0');

function LaneRow({ lane }: { lane: Lane }) {
  return (
    <tr className={lane.kind ? styles[lane.kind] : undefined}>
      <th scope="row">{lane.name}</th>
      {lane.cells.map((cell, index) => (
        <td key={PHASES[index]}>{cell}</td>
      ))}
    </tr>
  );
}

/** The emotion curve: one point per phase, centred above its column (the SVG spans the five columns). */
function EmotionCurve({ titleId }: { titleId: string }) {
  const width = 500;
  const top = 20;
  const step = 22; // pixels per emotion point
  const y = (score: number) => top + (2 - score) * step;
  const x = (index: number) => 50 + index * 100;
  const points = EMOTIONS.map((emotion, index) => `${x(index)},${y(emotion.score)}`).join(' ');
  const summary = `Emotiecurve van Anouk: ${EMOTIONS.map((emotion, index) => `${PHASES[index]} ${signed(emotion.score)} (${emotion.word})`).join(', ')}.`;
  return (
    <svg viewBox={`0 0 ${width} ${top * 2 + 4 * step}`} role="img" aria-labelledby={titleId} className={styles.curve}>
      <title id={titleId}>{summary}</title>
      <line x1="0" y1={y(0)} x2={width} y2={y(0)} className={styles.curveZero} />
      <polyline points={points} className={styles.curveLine} />
      {EMOTIONS.map((emotion, index) => (
        <g key={PHASES[index]}>
          <circle
            cx={x(index)}
            cy={y(emotion.score)}
            r="7"
            className={emotion.score < 0 ? styles.curveLow : emotion.score > 0 ? styles.curveHigh : styles.curveMid}
          />
          <text x={x(index) + 12} y={y(emotion.score) + (emotion.score >= 2 ? 14 : -8)} className={styles.curveLabel}>
            {signed(emotion.score)}
          </text>
        </g>
      ))}
    </svg>
  );
}

/** The worked map of Anouk's journey with VeloVolt: phases as columns, lanes as rows. */
export function JourneyMapVeloVolt() {
  return <JourneyMap curveTitleId={`${useId()}-curve`} />;
}

/** The map itself, without hooks, so the course PDF can draw it outside a React render (diagram-print.tsx). */
export function JourneyMap({ curveTitleId }: { curveTitleId: string }) {
  return (
    <figure className={diagramStyles.diagram}>
      <div
        className={styles.journeyScroll}
        tabIndex={0}
        role="region"
        aria-label="Customer journey map van Anouk bij VeloVolt (schuif opzij)"
      >
        <table className={styles.journeyTable}>
          <caption>Customer journey map: Anouk (38) koopt een e-bike bij VeloVolt</caption>
          <thead>
            <tr>
              <th scope="col">Laag</th>
              {PHASES.map((phase) => (
                <th key={phase} scope="col">
                  {phase}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {LANES_BEFORE_CURVE.map((lane) => (
              <LaneRow key={lane.name} lane={lane} />
            ))}
            <tr>
              <th scope="row">Emotie (van −2 tot +2)</th>
              {EMOTIONS.map((emotion, index) => (
                <td key={PHASES[index]}>
                  {signed(emotion.score)} ({emotion.word})
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">Emotiecurve</th>
              <td colSpan={PHASES.length} className={styles.curveCell}>
                <EmotionCurve titleId={curveTitleId} />
              </td>
            </tr>
            {LANES_AFTER_CURVE.map((lane) => (
              <LaneRow key={lane.name} lane={lane} />
            ))}
          </tbody>
        </table>
      </div>
      <figcaption>
        Op een smal scherm schuif je de tabel opzij. De emotiecurve staat ook als cijfers in de rij erboven.
      </figcaption>
    </figure>
  );
}
