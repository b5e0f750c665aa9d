import { decodeDocumentText } from '../text/decode';
import { normalizeGuid } from './guid';
import { codesOf, readCodes, type ImportedCode } from './refi-codes';
import { attributeOf, childOf, childrenOf, parseXml, textOf, XmlInputError } from './xml';
import { readZip } from './zip';

export interface ImportedSelection {
  readonly guid: string;
  readonly name?: string;
  /** As written in the project: characters (code points) of the source's plain text. */
  readonly start: number;
  readonly end: number;
  readonly codeGuids: readonly string[];
  readonly noteGuids: readonly string[];
  readonly creatingUser?: string;
  readonly created?: string;
  readonly modified?: string;
}

export interface ImportedSource {
  readonly guid: string;
  readonly name: string;
  /** The source's plain text, or undefined with `textProblem` saying why it could not be read. */
  readonly text?: string;
  readonly textProblem?: string;
  readonly selections: readonly ImportedSelection[];
}

export interface ImportedProject {
  readonly codes: readonly ImportedCode[];
  readonly sources: readonly ImportedSource[];
  /** Note GUID → text. */
  readonly notes: ReadonlyMap<string, string>;
  /** User GUID → name. */
  readonly users: ReadonlyMap<string, string>;
  readonly links: readonly { readonly name?: string; readonly origin: string; readonly target: string }[];
  /** Case name → GUIDs of the selections it references. */
  readonly cases: readonly { readonly name: string; readonly selectionGuids: readonly string[] }[];
  /** Non-text sources (PDF, pictures, audio, video), which Marginalia does not import. */
  readonly otherSources: number;
}

/** Reads a `.qdpx` archive. Throws ZipInputError / XmlInputError when it is not one. */
export function readQdpx(bytes: Uint8Array): ImportedProject {
  const files = readZip(bytes);
  const qde = [...files.keys()].find((name) => /^[^/]+\.qde$/i.test(name));
  if (!qde) throw new XmlInputError('the archive holds no project (.qde) file at its top level');
  return readProjectXml(decodeDocumentText(files.get(qde)!), (path) => files.get(path));
}

/** Reads `project.qde`; `entry` looks up a file of the archive for `internal://` sources. */
export function readProjectXml(xml: string, entry: (path: string) => Uint8Array | undefined): ImportedProject {
  const root = parseXml(xml, 'the project');
  const project = root['Project'];
  if (!project || typeof project !== 'object') throw new XmlInputError('the file is not a REFI-QDA project (no Project element)');
  const codes = readCodes(codesOf(childOf(project, 'CodeBook')));
  const users = new Map<string, string>();
  for (const user of childrenOf(childOf(project, 'Users'), 'User')) {
    const guid = attributeOf(user, 'guid');
    if (guid) users.set(normalizeGuid(guid), attributeOf(user, 'name') ?? attributeOf(user, 'id') ?? '');
  }
  const sourcesElement = childOf(project, 'Sources');
  const sources = childrenOf(sourcesElement, 'TextSource').map((source) => readSource(source, entry));
  const otherSources = ['PictureSource', 'PDFSource', 'AudioSource', 'VideoSource'].reduce(
    (n, kind) => n + childrenOf(sourcesElement, kind).length,
    0,
  );
  const notes = new Map<string, string>();
  for (const note of childrenOf(childOf(project, 'Notes'), 'Note')) {
    const guid = attributeOf(note, 'guid');
    const text = textOf(note, 'PlainTextContent');
    if (guid && text !== undefined) notes.set(normalizeGuid(guid), text);
  }
  const links = childrenOf(childOf(project, 'Links'), 'Link').flatMap((link) => {
    const origin = attributeOf(link, 'originGUID');
    const target = attributeOf(link, 'targetGUID');
    if (!origin || !target) return [];
    const name = attributeOf(link, 'name');
    return [{ ...(name ? { name } : {}), origin: normalizeGuid(origin), target: normalizeGuid(target) }];
  });
  const cases = childrenOf(childOf(project, 'Cases'), 'Case').flatMap((c) => {
    const name = attributeOf(c, 'name');
    if (!name) return [];
    const selectionGuids = childrenOf(c, 'SelectionRef').flatMap((ref) => {
      const guid = attributeOf(ref, 'targetGUID');
      return guid ? [normalizeGuid(guid)] : [];
    });
    return [{ name, selectionGuids }];
  });
  return { codes, sources, notes, users, links, cases, otherSources };
}

function readSource(source: Record<string, unknown>, entry: (path: string) => Uint8Array | undefined): ImportedSource {
  const guid = normalizeGuid(attributeOf(source, 'guid') ?? '');
  const name = attributeOf(source, 'name') ?? '';
  const selections = childrenOf(source, 'PlainTextSelection').flatMap((selection): ImportedSelection[] => {
    const selectionGuid = attributeOf(selection, 'guid');
    const start = Number(attributeOf(selection, 'startPosition'));
    const end = Number(attributeOf(selection, 'endPosition'));
    if (!selectionGuid || !Number.isSafeInteger(start) || !Number.isSafeInteger(end)) return [];
    const refs = (element: Record<string, unknown>, name: string) =>
      childrenOf(element, name).flatMap((ref) => {
        const target = attributeOf(ref, 'targetGUID');
        return target ? [normalizeGuid(target)] : [];
      });
    const optional = (key: string, value: string | undefined) => (value ? { [key]: value } : {});
    return [
      {
        guid: normalizeGuid(selectionGuid),
        start,
        end,
        codeGuids: childrenOf(selection, 'Coding').flatMap((coding) => refs(coding, 'CodeRef')),
        noteGuids: refs(selection, 'NoteRef'),
        ...optional('name', attributeOf(selection, 'name')),
        ...optional('creatingUser', attributeOf(selection, 'creatingUser') && normalizeGuid(attributeOf(selection, 'creatingUser')!)),
        ...optional('created', attributeOf(selection, 'creationDateTime')),
        ...optional('modified', attributeOf(selection, 'modifiedDateTime')),
      },
    ];
  });
  const inline = textOf(source, 'PlainTextContent');
  if (inline !== undefined) return { guid, name, text: inline, selections };
  const path = attributeOf(source, 'plainTextPath');
  if (!path) return { guid, name, textProblem: 'the source has neither PlainTextContent nor a plainTextPath', selections };
  if (!path.startsWith('internal://')) return { guid, name, textProblem: `the source's text is outside the archive (${path})`, selections };
  const bytes = entry(`sources/${path.slice('internal://'.length)}`);
  if (!bytes) return { guid, name, textProblem: `the archive lacks sources/${path.slice('internal://'.length)}`, selections };
  return { guid, name, text: decodeDocumentText(bytes), selections };
}
