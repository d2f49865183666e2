import type { Metadata } from 'next';
import { Suspense } from 'react';
import { getStudioContent } from '@/lib/content/studio.server';
import { StudioEditorPage } from '@/components/studio/studio-editor-page';

export const metadata: Metadata = {
  title: 'Kaart bewerken in de studio',
};

/** Static: which map to show (`?id=`) is read in the browser, where the maps are. */
export default async function StudioMapPage() {
  const { templates } = await getStudioContent();
  return (
    <article>
      <Suspense
        fallback={
          <>
            <h1>Kaart</h1>
            <p>Je kaart wordt geladen…</p>
          </>
        }
      >
        <StudioEditorPage templates={templates} />
      </Suspense>
    </article>
  );
}
