/**
 * Text from a user (a display name, a message, the raw text in the audit trail) printed where a
 * terminal or a chat would obey it: control characters, escape sequences and bidi controls are
 * made visible as escapes, so that a name can neither colour, move or clear an administrator's
 * terminal nor turn the rest of a line around. Letters, Vietnamese tone marks (combining or not),
 * emoji and ordinary spaces are kept as they are.
 *
 * Made visible: C0 controls, DEL and C1 controls (as `\x1b`; `\n`, `\r` and `\t` by name), every
 * format character (Unicode category Cf: the bidi embeddings, overrides and isolates U+202A–U+202E
 * and U+2066–U+2069, the marks U+200E, U+200F and U+061C, zero-width spaces and joiners, soft
 * hyphens, the byte-order mark, tag characters), the line and paragraph separators U+2028/U+2029
 * and lone surrogates (as `\u202E`, or `\u{E0001}` beyond the basic plane). The one exception is a
 * zero-width joiner between two emoji (a family, a profession), which is part of the picture.
 */

const HIDDEN = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu;

/** A zero-width joiner inside an emoji sequence (after an emoji, its variation selector or skin tone; before an emoji). */
const EMOJI_JOINER = /(?<=\p{Extended_Pictographic}[\u{FE0F}\u{1F3FB}-\u{1F3FF}]?)\u200D(?=\p{Extended_Pictographic})/uy;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `text` with every control, escape, bidi and invisible format character written as an escape. */
export function visible(text: string): string {
  return text.replace(HIDDEN, (char, offset: number) => {
    if (char === '\u200D') {
      EMOJI_JOINER.lastIndex = offset;
      if (EMOJI_JOINER.test(text)) return char;
    }
    return escapeOf(char);
  });
}

function escapeOf(char: string): string {
  const named = NAMED[char];
  if (named) return named;
  const code = char.codePointAt(0) as number;
  if (code <= 0xff) return `\\x${code.toString(16).padStart(2, '0')}`;
  if (code <= 0xffff) return `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return `\\u{${code.toString(16).toUpperCase()}}`;
}

/** What JSON leaves as it is but a terminal would obey: DEL, C1 controls, format characters, separators, lone surrogates. */
const HIDDEN_IN_JSON = /[\u007F-\u009F\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu;

/**
 * A line of JSON (a log line) with the characters JSON.stringify leaves raw but a terminal or a
 * viewer obeys written as `\u202E` escapes instead, so that the line stays the same JSON and reads
 * back the same values. JSON.stringify already escapes the C0 controls, ESC among them.
 */
export function visibleInJson(json: string): string {
  return json.replace(HIDDEN_IN_JSON, (char) => {
    let escaped = '';
    for (let i = 0; i < char.length; i++) escaped += `\\u${char.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0')}`;
    return escaped;
  });
}
