import { getMDXComponent } from 'mdx-bundler/client';
import type { ReactNode } from 'react';
import { DIAGRAM_COMPONENTS } from '@/components/diagrams/diagrams';
import { ExerciseBlock } from '@/components/exercises/exercise-block';
import { GlossaryTerm } from '@/components/lesson/glossary-term';
import type { GlossaryEntry } from '@/lib/content/glossary';
import type { LessonSection } from '@/lib/content/lesson-schema';
import type { Exercise } from '@/lib/scoring';

/** Renders a compiled lesson on the server; only the exercises inside it ship JavaScript. */
export function LessonContent({
  code,
  bank,
  glossary,
  exerciseIds,
  sections,
  paper = false,
}: {
  code: string;
  bank: ReadonlyMap<string, Exercise>;
  /** The glossary, for the definition a term opens in place. */
  glossary: readonly GlossaryEntry[];
  /** The lesson's exercises in order, for "Oefening 3 van 12". */
  exerciseIds: readonly string[];
  /** Per exercise, the section it stands in: without a hint of its own it points back there. */
  sections: Readonly<Record<string, LessonSection>>;
  /** Exercises as paper questions, for the print page (docs/print.md). */
  paper?: boolean;
}) {
  // Called as a function, not mounted as a component: it renders once, on the server, and a
  // component created during render would be remounted on every render.
  const renderContent = getMDXComponent(code);
  // The first use of a term gets an anchor, so the glossary can link back to where it is explained.
  const anchored = new Set<string>();
  const terms = new Map(glossary.map((entry) => [entry.id, entry]));
  let popovers = 0;
  return renderContent({
    components: {
      Exercise: ({ id }: { id: string }) => {
        // The build has checked every id; a miss here means the bank changed under a running build.
        const exercise = bank.get(id);
        if (!exercise) throw new Error(`Oefening "${id}" bestaat niet`);
        const index = exerciseIds.indexOf(id);
        const position = index < 0 ? undefined : { index: index + 1, total: exerciseIds.length };
        // The anchor lets the end of the lesson link to an exercise to review.
        return (
          <div id={`oefening-${id}`} className="exerciseAnchor">
            <ExerciseBlock exercise={exercise} position={position} section={sections[id]} paper={paper} />
          </div>
        );
      },
      Begrip: ({ id, children }: { id: string; children: ReactNode }) => {
        // The build has checked every term id against the glossary.
        const entry = terms.get(id);
        if (!entry) throw new Error(`Begrip "${id}" bestaat niet`);
        const first = !anchored.has(id);
        anchored.add(id);
        popovers += 1;
        return (
          <GlossaryTerm
            id={id}
            term={entry.term}
            definition={entry.definition}
            popoverId={`begrip-uitleg-${popovers}`}
            anchor={first}
          >
            {children}
          </GlossaryTerm>
        );
      },
      Diagram: ({ id }: { id: keyof typeof DIAGRAM_COMPONENTS }) => {
        const Figure = DIAGRAM_COMPONENTS[id];
        return <Figure />;
      },
    },
  });
}
