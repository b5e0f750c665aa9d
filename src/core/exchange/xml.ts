import { XMLParser } from 'fast-xml-parser';

/** Largest XML document read (a project with its notes; sources are separate files). */
export const maxXmlLength = 64 * 1024 * 1024;

/**
 * Escapes text for an attribute value or element content. Line breaks and tabs become
 * character references so attribute normalisation and CR/LF folding cannot change them;
 * characters XML 1.0 forbids (most C0 controls, lone surrogates) are dropped.
 */
export function escapeXml(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    switch (char) {
      case '&': out += '&amp;'; break;
      case '<': out += '&lt;'; break;
      case '>': out += '&gt;'; break;
      case '"': out += '&quot;'; break;
      case "'": out += '&apos;'; break;
      case '\r': out += '&#xD;'; break;
      case '\n': out += '&#xA;'; break;
      case '\t': out += '&#x9;'; break;
      default:
        if (code < 0x20 || (code >= 0xd800 && code <= 0xdfff) || code === 0xfffe || code === 0xffff) break;
        out += char;
    }
  }
  return out;
}

/** `name="value"` pairs for the defined values, in the given order. */
export function attributes(values: Record<string, string | number | boolean | undefined>): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string | number | boolean] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');
}

export class XmlInputError extends Error {}

const predefined: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Resolves the five predefined entities and numeric character references; anything else stays as written. */
export function decodeXmlText(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return predefined[ref] ?? whole;
  });
}

/** Element names that may repeat and so always come back as arrays. */
const repeated = new Set([
  'Code', 'TextSource', 'PictureSource', 'PDFSource', 'AudioSource', 'VideoSource', 'PlainTextSelection', 'Coding',
  'NoteRef', 'Note', 'Link', 'Case', 'SelectionRef', 'SourceRef', 'User', 'Variable', 'VariableValue', 'Set',
]);

/**
 * Parses untrusted XML into plain objects (attributes as properties, text as `#text`). A DOCTYPE
 * is refused outright, so no entity can be declared and expanded (billion laughs, external files).
 */
export function parseXml(text: string, what: string): Record<string, unknown> {
  if (text.length > maxXmlLength) throw new XmlInputError(`${what} is larger than ${maxXmlLength / 1024 / 1024} MB`);
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) throw new XmlInputError(`${what} declares a DOCTYPE or entities, which are not accepted`);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    removeNSPrefix: true,
    processEntities: false,
    htmlEntities: false,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    isArray: (name) => repeated.has(name),
    tagValueProcessor: (_name, value) => decodeXmlText(value),
    attributeValueProcessor: (_name, value) => decodeXmlText(value),
  });
  try {
    return parser.parse(text, true) as Record<string, unknown>;
  } catch (error) {
    throw new XmlInputError(`${what} is not well-formed XML: ${(error as Error).message}`);
  }
}

/** Children named `name` of a parsed element (always an array). */
export function childrenOf(element: unknown, name: string): Record<string, unknown>[] {
  if (!element || typeof element !== 'object') return [];
  const value = (element as Record<string, unknown>)[name];
  if (value === undefined) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.map((item) => (item && typeof item === 'object' ? (item as Record<string, unknown>) : { '#text': String(item ?? '') }));
}

/** An element's single child `name`, or undefined. */
export function childOf(element: unknown, name: string): Record<string, unknown> | undefined {
  return childrenOf(element, name)[0];
}

/** The text content of a child element (`<Description>text</Description>`), or undefined. */
export function textOf(element: unknown, name: string): string | undefined {
  if (!element || typeof element !== 'object') return undefined;
  const value = (element as Record<string, unknown>)[name];
  const first = Array.isArray(value) ? value[0] : value;
  if (first === undefined || first === null) return undefined;
  if (typeof first === 'object') {
    const text = (first as Record<string, unknown>)['#text'];
    return text === undefined ? '' : String(text);
  }
  return String(first);
}

export function attributeOf(element: Record<string, unknown> | undefined, name: string): string | undefined {
  const value = element?.[name];
  return typeof value === 'string' ? value : undefined;
}
