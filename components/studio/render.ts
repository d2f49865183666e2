// TEMPORARY: stands in for lib/studio/render-svg.ts of the model helper until it is merged.
import type { StudioMap } from '@/lib/studio/map';

const escape = (text: string) => text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);

export function renderMapSvg(map: StudioMap, options: { parts?: StudioMap['parts']; title?: string } = {}): string {
  const phases = map.journey.phases;
  const width = 200 * phases.length + 40;
  const cols = phases
    .map((phase, index) => `<text x="${30 + index * 200}" y="60" font-size="16">${escape(phase.name)}</text>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="200" viewBox="0 0 ${width} 200"><rect width="100%" height="100%" fill="#fff"/><text x="20" y="30" font-size="20">${escape(options.title ?? map.title)}</text>${cols}</svg>`;
}

export function describeEmotion(map: StudioMap): string {
  const scored = map.journey.phases.filter((phase) => phase.emotion !== null);
  if (scored.length === 0) return 'De emotiecurve heeft nog geen scores.';
  return `Emotiecurve: ${map.journey.phases.map((phase) => `${phase.name} ${phase.emotion ?? 'geen score'}`).join(', ')}.`;
}
