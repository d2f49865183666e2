import { getMDXComponent } from 'mdx-bundler/client';
import type { ReactNode } from 'react';
import { DIAGRAM_COMPONENTS } from '@/components/diagrams/diagrams';
import { ExerciseBlock } from '@/components/exercises/exercise-block';
import type { Exercise } from '@/lib/scoring';
import styles from './lesson-content.module.css';

/** Renders a compiled lesson on the server; only the exercises inside it ship JavaScript. */
export function LessonContent({
  code,
  bank,
  exerciseIds,
}: {
  code: string;
  bank: ReadonlyMap<string, Exercise>;
  /** The lesson's exercises in order, for "Oefening 3 van 12". */
  exerciseIds: readonly string[];
}) {
  // Called as a function, not mounted as a component: it renders once, on the server, and a
  // component created during render would be remounted on every render.
  const renderContent = getMDXComponent(code);
  // The first link to a term gets an anchor, so the glossary can link back to where it is explained.
  const anchored = new Set<string>();
  return renderContent({
    components: {
      Exercise: ({ id }: { id: string }) => {
        // The build has checked every id; a miss here means the bank changed under a running build.
        const exercise = bank.get(id);
        if (!exercise) throw new Error(`Oefening "${id}" bestaat niet`);
        const index = exerciseIds.indexOf(id);
        const position = index < 0 ? undefined : { index: index + 1, total: exerciseIds.length };
        return <ExerciseBlock exercise={exercise} position={position} />;
      },
      Begrip: ({ id, children }: { id: string; children: ReactNode }) => {
        const first = !anchored.has(id);
        anchored.add(id);
        return (
          <a href={`/begrippen#${id}`} id={first ? `begrip-${id}` : undefined} className={styles.term}>
            {children}
          </a>
        );
      },
      Diagram: ({ id }: { id: keyof typeof DIAGRAM_COMPONENTS }) => {
        const Figure = DIAGRAM_COMPONENTS[id];
        return <Figure />;
      },
    },
  });
}
