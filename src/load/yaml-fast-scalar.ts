/**
 * Scalar resolution for the fast YAML loader, with the same results as `yaml` 2.9 (core schema,
 * YAML 1.2): plain scalars resolve to null/bool/int/float/string, quoted scalars unescape and fold,
 * block scalars (`|`, `>`) apply indentation and chomping. The folding code follows `yaml`'s
 * compose/resolve-flow-scalar.js and resolve-block-scalar.js (ISC). Wherever `yaml` would report an
 * error, these functions throw Decline instead: the reference loader then words the error.
 */
export class Decline extends Error {}

export const decline = (why: string): never => {
  throw new Decline(why);
};

const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** The core-schema value of a plain scalar's folded text (tests in the schema's own order). */
export function resolvePlain(text: string): unknown {
  const c = text.charCodeAt(0);
  // Fast exit: most plain scalars start with a letter other than the few that may start a keyword.
  const maybeSpecial = Number.isNaN(c) || (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46 || c === 126 || c === 110 || c === 78 || c === 116 || c === 84 || c === 102 || c === 70;
  if (!maybeSpecial) return text;
  if (NULL.test(text)) return null;
  if (BOOL.test(text)) return c === 116 || c === 84;
  if (INT_OCT.test(text)) return parseInt(text.substring(2), 8);
  if (INT.test(text)) return parseInt(text, 10);
  if (INT_HEX.test(text)) return parseInt(text.substring(2), 16);
  if (FLOAT_NAN.test(text)) return text.slice(-3).toLowerCase() === "nan" ? NaN : text[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (FLOAT_EXP.test(text) || FLOAT.test(text)) return parseFloat(text);
  return text;
}

/** The text of a plain scalar token (lines folded), or a Decline where `yaml` reports an error. */
export function plainText(source: string): string {
  switch (source[0]) {
    case "\t": case ",": case "%": case "|": case ">": case "@": case "`":
      decline("plain scalar with a reserved first character");
  }
  return source.includes("\n") ? unfoldLines(source) : source;
}

export function singleQuotedText(source: string): string {
  if (source.length < 2 || source[source.length - 1] !== "'") decline("unterminated single-quoted scalar");
  const inner = source.slice(1, -1);
  // Every quote inside must be half of an escaped '' pair, or the token did not end at its closing quote.
  if (inner.replace(/''/g, "").includes("'")) decline("unterminated single-quoted scalar");
  return (inner.includes("\n") ? unfoldLines(inner) : inner).replace(/''/g, "'");
}

function unfoldLines(source: string): string {
  const line = /(.*?)\r?\n/sy;
  let match = line.exec(source);
  if (!match) return source;
  const trimEnd = /(?<![ \t])[ \t]+$/;
  const trimBoth = /^[ \t]+|(?<![ \t])[ \t]+$/g;
  let result = match[1]!.replace(trimEnd, "");
  let sep = " ";
  let pos = line.lastIndex;
  while ((match = line.exec(source))) {
    const content = match[1]!.replace(trimBoth, "");
    if (content === "") {
      if (sep === "\n") result += sep;
      else sep = "\n";
    } else {
      result += sep + content;
      sep = " ";
    }
    pos = line.lastIndex;
  }
  const last = /[ \t]*(.*)/sy;
  last.lastIndex = pos;
  match = last.exec(source);
  return result + sep + (match?.[1] ?? "");
}

const ESCAPES: Record<string, string> = {
  "0": "\0", a: "\x07", b: "\b", e: "\x1b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v", N: "\u0085", _: "\u00a0",
  L: "\u2028", P: "\u2029", " ": " ", '"': '"', "/": "/", "\\": "\\", "\t": "\t",
};

export function doubleQuotedText(source: string): string {
  if (source.length < 2 || source[source.length - 1] !== '"') decline("unterminated double-quoted scalar");
  let backslashes = 0;
  for (let k = source.length - 2; source[k] === "\\"; k--) backslashes++;
  if (backslashes % 2 === 1) decline("unterminated double-quoted scalar");
  if (!source.includes("\\") && !source.includes("\n") && !source.includes("\t") && !source.includes("  ")) return source.slice(1, -1);
  let result = "";
  for (let i = 1; i < source.length - 1; ++i) {
    const ch = source[i]!;
    if (ch === "\r" && source[i + 1] === "\n") continue;
    if (ch === "\n") {
      let fold = "";
      let next = source[i + 1];
      while (next === " " || next === "\t" || next === "\n" || next === "\r") {
        if (next === "\r" && source[i + 2] !== "\n") break;
        if (next === "\n") fold += "\n";
        i += 1;
        next = source[i + 1];
      }
      result += fold || " ";
    } else if (ch === "\\") {
      let next = source[++i]!;
      const code = ESCAPES[next];
      if (code) result += code;
      else if (next === "\n") {
        next = source[i + 1]!;
        while (next === " " || next === "\t") next = source[++i + 1]!;
      } else if (next === "\r" && source[i + 1] === "\n") {
        next = source[++i + 1]!;
        while (next === " " || next === "\t") next = source[++i + 1]!;
      } else if (next === "x" || next === "u" || next === "U") {
        const length = next === "x" ? 2 : next === "u" ? 4 : 8;
        const hex = source.substr(i + 1, length);
        if (hex.length !== length || !/^[0-9a-fA-F]+$/.test(hex)) decline("bad escape");
        const point = parseInt(hex, 16);
        if (point > 0x10ffff) decline("bad escape");
        result += String.fromCodePoint(point);
        i += length;
      } else decline("bad escape");
    } else if (ch === " " || ch === "\t") {
      const wsStart = i;
      let next = source[i + 1];
      while (next === " " || next === "\t") next = source[++i + 1];
      if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n")) result += i > wsStart ? source.slice(wsStart, i + 1) : ch;
    } else result += ch;
  }
  return result;
}

/**
 * A block scalar. `header` is the indicator token (`|-`, `>2`), `headerLength` the length of the header
 * line (indicator, spaces, comment, newline), `body` the content token, `parentIndent` the indentation
 * of the collection holding it.
 */
export function blockScalarText(header: string, body: string, parentIndent: number): string {
  const mode = header[0];
  let explicitIndent = 0;
  let chomp = "";
  for (let i = 1; i < header.length; ++i) {
    const ch = header[i]!;
    if (!chomp && (ch === "-" || ch === "+")) chomp = ch;
    else {
      const n = Number(ch);
      if (!explicitIndent && n) explicitIndent = n;
      else decline("block scalar header with extra characters");
    }
  }
  const lines = body ? splitLines(body) : [];
  let chompStart = lines.length;
  for (let i = lines.length - 1; i >= 0; --i) {
    const content = lines[i]![1];
    if (content === "" || content === "\r") chompStart = i;
    else break;
  }
  if (chompStart === 0) return chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
  let trimIndent = parentIndent + explicitIndent;
  let contentStart = 0;
  for (let i = 0; i < chompStart; ++i) {
    const [indent, content] = lines[i]!;
    if (content === "" || content === "\r") {
      if (explicitIndent === 0 && indent.length > trimIndent) trimIndent = indent.length;
    } else {
      if (indent.length < trimIndent) decline("block scalar with more-indented leading empty lines");
      if (explicitIndent === 0) trimIndent = indent.length;
      contentStart = i;
      if (trimIndent === 0) decline("block scalar not indented");
      break;
    }
  }
  for (let i = lines.length - 1; i >= chompStart; --i) {
    if (lines[i]![0].length > trimIndent) chompStart = i + 1;
  }
  let value = "";
  let sep = "";
  let prevMoreIndented = false;
  for (let i = 0; i < contentStart; ++i) value += lines[i]![0].slice(trimIndent) + "\n";
  for (let i = contentStart; i < chompStart; ++i) {
    const [indent, raw] = lines[i]!;
    const content = raw[raw.length - 1] === "\r" ? raw.slice(0, -1) : raw;
    if (content && indent.length < trimIndent) decline("block scalar line less indented than its first line");
    if (mode === "|") {
      value += sep + indent.slice(trimIndent) + content;
      sep = "\n";
    } else if (indent.length > trimIndent || content[0] === "\t") {
      if (sep === " ") sep = "\n";
      else if (!prevMoreIndented && sep === "\n") sep = "\n\n";
      value += sep + indent.slice(trimIndent) + content;
      sep = "\n";
      prevMoreIndented = true;
    } else if (content === "") {
      if (sep === "\n") value += "\n";
      else sep = "\n";
    } else {
      value += sep + content;
      sep = " ";
      prevMoreIndented = false;
    }
  }
  if (chomp === "+") {
    for (let i = chompStart; i < lines.length; ++i) value += "\n" + lines[i]![0].slice(trimIndent);
    if (value[value.length - 1] !== "\n") value += "\n";
  } else if (chomp !== "-") value += "\n";
  return value;
}

function splitLines(source: string): [string, string][] {
  const split = source.split(/\n( *)/);
  const first = split[0]!;
  const m = /^( *)/.exec(first);
  const lines: [string, string][] = [m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first]];
  for (let i = 1; i < split.length; i += 2) lines.push([split[i]!, split[i + 1]!]);
  return lines;
}
