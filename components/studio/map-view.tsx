// A map, read-only: the drawing (the same SVG as the PNG and the PDF) and a text view that a screen
// reader reads phase by phase. No hooks and no 'use client': server pages (a teacher's results)
// and the studio editor both render it.
import { EMPATHY_BOXES, NOTE_LANES, SEVEN_C, type JourneyNote, type StudioMap } from '@/lib/studio/map';
import { EMPATHY_LABELS, LANE_LABELS, MEDIA_LABELS, PLACE_LABELS, SEVEN_C_LABELS, emotionLabel } from '@/lib/studio/labels';
import { describeEmotion, renderMapSvg } from '@/lib/studio/render-svg';
import styles from './studio.module.css';

type Level = 2 | 3;

export type MapViewProps = {
  map: StudioMap;
  /** The level of this view's own headings ("Kaart", "Tekstweergave"); the parts go one deeper. */
  level?: Level;
  /** Show the drawing (default) and the text view. */
  drawing?: boolean;
  /** Opens the text view (a details element) from the start. */
  openText?: boolean;
};

function Heading({ level, children, id }: { level: number; children: React.ReactNode; id?: string }) {
  const Tag = `h${Math.min(level, 6)}` as 'h2';
  return <Tag id={id}>{children}</Tag>;
}

function noteText(note: JourneyNote, moment: boolean): string {
  const text = note.text.trim() || '(leeg)';
  // A touchpoint moved to another lane keeps its details (to get them back), but shows them only as a touchpoint.
  const extra =
    note.lane === 'touchpoints'
      ? [note.channel, note.place && PLACE_LABELS[note.place], note.media && MEDIA_LABELS[note.media]].filter(Boolean)
      : [];
  return `${text}${extra.length ? ` (${extra.join(', ')})` : ''}${moment ? ' — moment of truth' : ''}`;
}

export function MapView({ map, level = 2, drawing = true, openText = false }: MapViewProps) {
  const shows = (part: 'persona' | 'empathy' | 'journey') => map.parts === 'all' || map.parts === part;
  const hidden = new Set(map.journey.hiddenLanes);
  const emotion = describeEmotion(map);
  return (
    <div className={styles.view}>
      {drawing ? (
        <figure className={styles.drawing}>
          {/* The SVG is our own rendering: every text in it is escaped by renderMapSvg. */}
          <div
            className={styles.svg}
            role="img"
            aria-label={`Tekening van de kaart ${map.title}. De tekst staat in de tekstweergave.`}
            dangerouslySetInnerHTML={{ __html: renderMapSvg(map, { parts: map.parts, title: map.title }) }}
          />
          {shows('journey') && !hidden.has('emotion') ? <figcaption>{emotion}</figcaption> : null}
        </figure>
      ) : null}
      <details className={styles.textView} open={openText}>
        <summary>Tekstweergave</summary>
        {shows('persona') ? (
          <section>
            <Heading level={level}>Persona</Heading>
            <dl className={styles.dl}>
              {(
                [
                  ['Naam', map.persona.name],
                  ['Leeftijd of rol', map.persona.ageOrRole],
                  ['Quote', map.persona.quote],
                  ...SEVEN_C.map((key) => [SEVEN_C_LABELS[key], map.persona.sevenC[key]]),
                ] as Array<[string, string]>
              ).map(([term, value]) => (
                <div key={term}>
                  <dt>{term}</dt>
                  <dd>{value.trim() || '—'}</dd>
                </div>
              ))}
            </dl>
          </section>
        ) : null}
        {shows('empathy') ? (
          <section>
            <Heading level={level}>Empathy map</Heading>
            {EMPATHY_BOXES.map((box) => (
              <div key={box}>
                <Heading level={level + 1}>{EMPATHY_LABELS[box]}</Heading>
                {map.empathy[box].length ? (
                  <ul>
                    {map.empathy[box].map((note) => (
                      <li key={note.id}>{note.text.trim() || '(leeg)'}</li>
                    ))}
                  </ul>
                ) : (
                  <p>Nog niets.</p>
                )}
              </div>
            ))}
          </section>
        ) : null}
        {shows('journey') ? (
          <section>
            <Heading level={level}>Customer journey map</Heading>
            {map.journey.phases.map((phase, index) => (
              <div key={phase.id}>
                <Heading level={level + 1}>
                  Fase {index + 1}: {phase.name || 'naamloos'}
                </Heading>
                <ul className={styles.laneList}>
                  {hidden.has('emotion') ? null : <li>Emotie: {emotionLabel(phase.emotion)}</li>}
                  {NOTE_LANES.filter((lane) => !hidden.has(lane)).map((lane) => {
                    const notes = map.journey.notes.filter((note) => note.phase === phase.id && note.lane === lane);
                    return (
                      <li key={lane}>
                        {LANE_LABELS[lane]}:{' '}
                        {notes.length ? (
                          <ul>
                            {notes.map((note) => (
                              <li key={note.id}>{noteText(note, map.journey.momentOfTruth === note.id)}</li>
                            ))}
                          </ul>
                        ) : (
                          'nog niets'
                        )}
                      </li>
                    );
                  })}
                </ul>
              </div>
            ))}
          </section>
        ) : null}
      </details>
    </div>
  );
}
