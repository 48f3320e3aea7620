/** Generating a document takes about a second (mostly the docx package); tests share them. */
import { generateDisclosure, type GeneratedDisclosure, type Style } from '../src/index.ts';

const cache = new Map<string, GeneratedDisclosure>();

export function generated(style: Style, seed: number): GeneratedDisclosure {
  const key = `${style}${seed}`;
  let doc = cache.get(key);
  if (!doc) {
    doc = generateDisclosure(style, seed);
    cache.set(key, doc);
  }
  return doc;
}
