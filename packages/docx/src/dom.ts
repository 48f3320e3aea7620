/** The htmlparser2 DOM types and the few helpers the HTML walk needs. */
import { DomUtils, parseDocument } from 'htmlparser2';

export type DomDocument = ReturnType<typeof parseDocument>;
export type DomNode = DomDocument['children'][number];
export type DomElement = Extract<DomNode, { attribs: Record<string, string> }>;

export function parseHtml(html: string): DomDocument {
  return parseDocument(html, { decodeEntities: true });
}

export const isElement = (node: DomNode): node is DomElement => DomUtils.isTag(node);
export const isText = DomUtils.isText;

export function childElements(node: DomElement, names: ReadonlySet<string>): DomElement[] {
  return node.children.filter((child): child is DomElement => isElement(child) && names.has(child.name));
}
