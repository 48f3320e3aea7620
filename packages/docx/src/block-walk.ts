/**
 * Walks mammoth's HTML in document order and reports paragraph-level text and tables.
 * Text is gathered until a block boundary (p, h1–h6, li, a nested list, a table...),
 * so a list item holding a sublist or a table yields its own text first, then the rest
 * in order. A <br> breaks a line; the lines of one paragraph rejoin with joinWrapped
 * (CJK without spaces), the same rule table cells use.
 */
import { joinWrapped } from '@budget/model';
import { isElement, isText, type DomElement, type DomNode } from './dom.ts';

export interface BlockVisitor {
  /** A paragraph's text, whitespace normalised, never empty. */
  paragraph(text: string): void;
  table(table: DomElement): void;
}

const BLOCK_TAGS = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'div', 'blockquote', 'pre',
  'dl', 'dt', 'dd', 'section', 'article', 'header', 'footer', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th',
]);

/** mammoth's "↑" links from a footnote back to its reference: its own artefact, not document text. */
function isBackLink(element: DomElement): boolean {
  return element.name === 'a' && /^#(footnote|endnote|comment)-ref-/.test(element.attribs.href ?? '');
}

export function walkBlocks(nodes: readonly DomNode[], visitor: BlockVisitor): void {
  let lines: string[] = [];
  let current = '';
  const flush = () => {
    lines.push(current);
    const text = joinWrapped(lines.map(normaliseWhitespace));
    lines = [];
    current = '';
    if (text) visitor.paragraph(text);
  };
  const visit = (node: DomNode): void => {
    if (isText(node)) {
      current += node.data;
      return;
    }
    if (!isElement(node) || isBackLink(node)) return;
    if (node.name === 'br') {
      lines.push(current);
      current = '';
    } else if (node.name === 'table') {
      flush();
      visitor.table(node);
    } else if (BLOCK_TAGS.has(node.name)) {
      flush();
      node.children.forEach(visit);
      flush();
    } else {
      node.children.forEach(visit);
    }
  };
  nodes.forEach(visit);
  flush();
}

export function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
