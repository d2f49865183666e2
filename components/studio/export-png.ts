// PNG export in the browser: the map's one drawing (renderMapSvg) → an image → a canvas at twice
// the size → a PNG file. No server and no headless browser.
import type { StudioMap } from '@/lib/studio/map';
import { renderMapSvg } from '@/lib/studio/render-svg';

/** The width and height an SVG document declares (its width/height, else its viewBox). */
export function svgSize(svg: string): { width: number; height: number } {
  const open = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const attr = (name: string) => Number(new RegExp(`\\b${name}="([0-9.]+)`).exec(open)?.[1] ?? NaN);
  let width = attr('width');
  let height = attr('height');
  if (!(width > 0 && height > 0)) {
    const box =
      /\bviewBox="([^"]+)"/
        .exec(open)?.[1]
        ?.split(/[\s,]+/)
        .map(Number) ?? [];
    width = box[2] ?? 1200;
    height = box[3] ?? 800;
  }
  return { width, height };
}

/** The map as a PNG at `scale` times its drawn size. */
export async function mapToPng(map: StudioMap, scale = 2): Promise<Blob> {
  const svg = renderMapSvg(map, { parts: map.parts, title: map.title });
  const { width, height } = svgSize(svg);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('svg'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('canvas');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('png'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
