import type { Metadata } from 'next';
import { StudioHome } from '@/components/studio/studio-home';
import { getStudioContent } from '@/lib/content/studio.server';

export const metadata: Metadata = {
  title: 'Klantreis-studio',
  description: 'Maak je eigen persona, empathy map en customer journey map.',
};

export default async function StudioPage() {
  const { templates, starts } = await getStudioContent();
  return (
    <article>
      <p className="eyebrow">Zelf maken</p>
      <h1>Klantreis-studio</h1>
      <p className="lead">
        Maak je eigen persona, empathy map en customer journey map. Je kaarten blijven in deze browser staan. Wil je ze op een
        andere computer gebruiken? Exporteer ze dan als bestand.
      </p>
      <StudioHome templates={templates} starts={starts} />
    </article>
  );
}
