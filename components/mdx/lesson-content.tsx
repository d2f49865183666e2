import { getMDXComponent } from 'mdx-bundler/client';
import type { Exercise } from '@/lib/scoring';
import { ExerciseBlock } from '@/components/exercises/exercise-block';

/** Renders a compiled lesson on the server; only the exercises inside it ship JavaScript. */
export function LessonContent({ code, bank }: { code: string; bank: ReadonlyMap<string, Exercise> }) {
  // Called as a function, not mounted as a component: it renders once, on the server, and a
  // component created during render would be remounted on every render.
  const renderContent = getMDXComponent(code);
  return renderContent({
    components: {
      Exercise: ({ id }: { id: string }) => {
        // The build has checked every id; a miss here means the bank changed under a running build.
        const exercise = bank.get(id);
        if (!exercise) throw new Error(`Oefening "${id}" bestaat niet`);
        return <ExerciseBlock exercise={exercise} />;
      },
    },
  });
}
