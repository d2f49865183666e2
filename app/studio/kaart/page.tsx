import type { Metadata } from 'next';
import { Suspense } from 'react';
import { loadStudioContent } from '@/components/studio/content-stub';
import { StudioEditorPage } from '@/components/studio/studio-editor-page';

export const metadata: Metadata = {
  title: 'Kaart bewerken in de studio',
};

/** Static: which map to show (`?id=`) is read in the browser, where the maps are. */
export default function StudioMapPage() {
  const { templates } = loadStudioContent();
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
