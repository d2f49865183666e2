import type { MetadataRoute } from 'next';

/** The web app manifest (/manifest.webmanifest): the course can be installed on a phone or laptop. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: '/',
    name: 'Klantreis: de customer journey',
    short_name: 'Klantreis',
    description:
      'Leer alles over de customer journey: lessen, oefeningen en een proeftoets. Werkt ook zonder internet, na één bezoek.',
    lang: 'nl',
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    orientation: 'any',
    background_color: '#fbfaf7',
    theme_color: '#0b6e6e',
    categories: ['education'],
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
