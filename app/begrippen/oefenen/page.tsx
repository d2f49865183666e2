import type { Metadata } from 'next';
import { FlashcardSession } from '@/components/flashcards/flashcard-session';
import { getCourse } from '@/lib/content/course.server';

export const metadata: Metadata = {
  title: 'Begrippen oefenen',
  description: 'Leer de begrippen uit de cursus met flitskaarten: van begrip naar uitleg, en van uitleg naar begrip.',
};

export default async function FlashcardsPage() {
  const { glossary, lessons } = await getCourse();
  const order = new Map(lessons.map((lesson) => [lesson.slug, lesson.order]));
  // In course order: the terms of lesson 1 come first.
  const terms = [...glossary]
    .sort((a, b) => order.get(a.lesson)! - order.get(b.lesson)!)
    .map(({ id, term, definition, lesson }) => ({ id, term, definition, lesson }));
  return (
    <div className="page">
      <h1>Begrippen oefenen</h1>
      <p className="lead">
        Flitskaarten met de begrippen uit de lessen. Je ziet een begrip en zegt voor jezelf wat het betekent, of je ziet de uitleg
        en zoekt het begrip. Draai de kaart om en zeg eerlijk of je het wist. Wat je nog niet wist, komt sneller terug.
      </p>
      <FlashcardSession
        terms={terms}
        lessons={lessons.map(({ slug, title, order: number }) => ({ slug, title, order: number }))}
      />
    </div>
  );
}
