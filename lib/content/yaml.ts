import { parseDocument } from 'yaml';
import { ContentError } from './errors';

/** Parses YAML text into plain data, or throws a ContentError with the line of the mistake. */
export function parseYaml(file: string, text: string): unknown {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: true });
  if (doc.errors.length > 0) {
    throw new ContentError(
      file,
      doc.errors.map((error) => `YAML klopt niet (regel ${error.linePos?.[0]?.line ?? '?'}): ${error.message.split('\n')[0]}`),
    );
  }
  return doc.toJS();
}
