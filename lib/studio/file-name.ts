import type { StudioMap } from './map';

/** A file name from the map's title (ASCII lower case, digits and dashes: safe in a header too), with `suffix`. */
export function mapFileName(map: StudioMap, suffix: string): string {
  const base =
    map.title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'kaart';
  return `${base}${suffix}`;
}
