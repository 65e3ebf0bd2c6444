// The one way client code reads what arrives from outside the page's own code: the address's
// fragment and query, localStorage, a shared scene. Each of these can hold anything a link, a hand
// edit or another version of the site put there (`#%zz`, `?scene=%E0%A4%A`, half-written JSON),
// and none of them may ever throw: one exception while reading a link once took a whole chapter down.

const escapeRun = /(?:%[0-9A-Fa-f]{2})+/g;

/**
 * `decodeURIComponent` that cannot throw. Well-formed text decodes exactly as the built-in does;
 * a malformed escape (`%zz`, a lone `%`, a cut-off UTF-8 sequence such as `%E0%A4%A`) is kept as
 * written, and the valid escapes around it are still decoded.
 */
export function decodeText(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text.replace(escapeRun, decodeRun);
  }
}

// A run that is not valid UTF-8 as a whole is read one character at a time: the lead byte says how
// many continuation bytes (10xxxxxx) follow; a character whose bytes are all there is decoded by the
// built-in (which also refuses overlong forms and surrogates), and any byte that starts none is
// kept as written.
function decodeRun(run: string): string {
  const bytes = run.match(/%../g)?.map((escape) => Number.parseInt(escape.slice(1), 16)) ?? [];
  let out = '';
  for (let at = 0; at < bytes.length;) {
    const length = utf8Length(bytes[at] ?? 0);
    const continued =
      length > 0 && bytes.slice(at + 1, at + length).filter((byte) => (byte & 0xc0) === 0x80).length === length - 1;
    const character = continued ? tryDecode(run.slice(at * 3, (at + length) * 3)) : null;
    if (character === null) {
      out += run.slice(at * 3, at * 3 + 3);
      at += 1;
    } else {
      out += character;
      at += length;
    }
  }
  return out;
}

function utf8Length(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead < 0xe0) return 2;
  if (lead >= 0xe0 && lead < 0xf0) return 3;
  if (lead >= 0xf0 && lead < 0xf5) return 4;
  return 0;
}

function tryDecode(escaped: string): string | null {
  try {
    return decodeURIComponent(escaped);
  } catch {
    return null;
  }
}

/** The element id a fragment names (`#sandbox`, `#%EC%A0%95%EB%A6%AC`), or '' for none. */
export function fragmentId(hash: string): string {
  return decodeText(hash.startsWith('#') ? hash.slice(1) : hash);
}

/** One query parameter's value, or null when it is absent (URLSearchParams itself never throws). */
export function queryValue(search: string, name: string): string | null {
  return new URLSearchParams(search).get(name);
}

/** Stored JSON as an unknown value to validate, or undefined for anything that is not JSON. */
export function parseJson(raw: string | null | undefined): unknown {
  if (typeof raw !== 'string' || raw.length === 0) return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

/** base64url (RFC 4648 §5, unpadded) of UTF-8 text, as scene links carry free text; null for anything else. */
export function decodeBase64Url(code: string): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(code) || code.length % 4 === 1) return null;
  try {
    const binary = atob(code.replace(/-/g, '+').replace(/_/g, '/'));
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
  } catch {
    return null;
  }
}
