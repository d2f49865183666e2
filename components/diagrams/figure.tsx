import { useId, type ReactNode } from 'react';
import styles from './diagrams.module.css';

type Props = {
  /** The caption everyone sees. */
  caption: string;
  /** A one-sentence summary for screen readers (the SVG's accessible name). */
  summary: string;
  viewBox: string;
  children: ReactNode;
  /** The full content in words: the text alternative, shown on request. */
  text: ReactNode;
};

/** An inline SVG diagram with a caption and a text version, so nothing is only in the picture. */
export function DiagramFigure({ caption, summary, viewBox, children, text }: Props) {
  const id = useId();
  return (
    <figure className={styles.diagram}>
      <svg viewBox={viewBox} role="img" aria-labelledby={`${id}-title`} className={styles.diagramSvg}>
        <title id={`${id}-title`}>{summary}</title>
        {children}
      </svg>
      <figcaption>
        {caption}
        <details className={styles.diagramText}>
          <summary>Tekstversie</summary>
          {text}
        </details>
      </figcaption>
    </figure>
  );
}
