import { inflateSync } from 'node:zlib';

/**
 * Active content in a PDF: names that make a reader run or open something (JavaScript, actions on open / on page
 * events, launching programs, submitting forms, embedded and attached files, rich media, XFA forms).
 */
const ACTIVE = new Set([
  'JavaScript',
  'JS',
  'OpenAction',
  'AA',
  'Launch',
  'SubmitForm',
  'ImportData',
  'GoToE',
  'GoToR',
  'EmbeddedFiles',
  'EmbeddedFile',
  'FileAttachment',
  'RichMedia',
  'XFA',
]);
/** PDF delimiters and white space end a name. */
const NAME = /\/([^\s/<>[\]()%{}]*)/g;

export type SanitisedPdf =
  | { ok: true; body: Buffer; removed: number }
  /** Active content inside a compressed object stream, which cannot be removed in place: refuse the file. */
  | { ok: false };

/**
 * Removes active content from a PDF without re-rendering it: every active name (also when written with #xx escapes,
 * `/J#61vaScript`) outside stream data is overwritten with a harmless name of the same length (`/XXXXXXXXXX`), so a
 * reader no longer sees `/OpenAction`, `/S /JavaScript`, `/Launch` or `/EmbeddedFiles` and byte offsets (the xref
 * table) stay valid; the script text of a `/JS (…)` or `/JS <…>` string is blanked. Object streams (PDF 1.5, where
 * dictionaries sit compressed) are inflated and searched; active content there cannot be overwritten in place, so
 * such a file is refused. Page content and image streams are left as they are (they cannot run anything).
 */
export function sanitisePdf(input: Buffer): SanitisedPdf {
  const out = Buffer.from(input);
  const text = input.toString('latin1');
  let removed = 0;
  let pos = 0;
  const streamRe = /\bstream(\r\n|\n|\r)/g;
  while (pos < text.length) {
    streamRe.lastIndex = pos;
    const m = streamRe.exec(text);
    const segmentEnd = m ? m.index : text.length;
    removed += neutralise(text, out, pos, segmentEnd);
    if (!m) break;
    const dataStart = m.index + m[0].length;
    const end = text.indexOf('endstream', dataStart);
    const dataEnd = end < 0 ? text.length : end;
    const dict = text.slice(Math.max(0, text.lastIndexOf('<<', m.index)), m.index);
    if (/\/Type\s*\/ObjStm/.test(dict)) {
      let inflated: string;
      try {
        inflated = inflateSync(input.subarray(dataStart, dataEnd)).toString('latin1');
      } catch {
        return { ok: false };
      }
      if (hasActive(inflated)) return { ok: false };
    }
    pos = end < 0 ? text.length : end + 'endstream'.length;
  }
  return { ok: true, body: out, removed };
}

function decodeName(raw: string): string {
  return raw.replace(/#([0-9A-Fa-f]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}

function hasActive(s: string): boolean {
  for (const m of s.matchAll(NAME)) if (ACTIVE.has(decodeName(m[1]))) return true;
  return false;
}

/** Overwrites active names in text[from, to) of `out`; returns how many. */
function neutralise(text: string, out: Buffer, from: number, to: number): number {
  let n = 0;
  const re = new RegExp(NAME.source, 'g');
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    const name = decodeName(m[1]);
    if (!ACTIVE.has(name)) continue;
    out.fill('X', m.index + 1, m.index + m[0].length, 'latin1');
    n += 1;
    if (name === 'JS') blankStringAfter(text, out, m.index + m[0].length, to);
  }
  return n;
}

/** Blanks (with spaces) a literal `( … )` or hex `< … >` string that follows `at` (after white space). */
function blankStringAfter(text: string, out: Buffer, at: number, limit: number): void {
  let i = at;
  while (i < limit && /\s/.test(text[i])) i++;
  if (text[i] === '(') {
    let depth = 0;
    let j = i;
    for (; j < limit; j++) {
      const ch = text[j];
      if (ch === '\\') {
        j++;
        continue;
      }
      if (ch === '(') depth++;
      else if (ch === ')' && --depth === 0) break;
    }
    if (j > i + 1) out.fill(' ', i + 1, Math.min(j, limit), 'latin1');
  } else if (text[i] === '<' && text[i + 1] !== '<') {
    const j = text.indexOf('>', i);
    if (j > i + 1 && j < limit) out.fill('0', i + 1, j, 'latin1');
  }
}
