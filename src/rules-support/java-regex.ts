/**
 * Whether a selection pattern compiles as a java.util.regex.Pattern, approximated without a JVM:
 * a small scanner finds the usual Java errors (with their position), then the pattern, translated to
 * JavaScript (possessive quantifiers, atomic groups, \Q..\E, inline flags, Java-only escapes), is
 * compiled with the `u` flag, which is strict where Java is strict (lone `{`, unknown escapes).
 */

export interface RegexProblem {
  /** Java's description (`Unclosed group`, `Dangling meta character '*'`...). */
  readonly description: string;
  /** Span inside the pattern. */
  readonly start: number;
  readonly end: number;
}

/** Letters Java accepts after a backslash (outside \p{..}, \x.., \u...., \c., \k<..>). */
const JAVA_LETTER_ESCAPES = new Set("tnrfaedDsSwWbBAGZzhHvVRXQEpPxuckN0".split(""));

export function javaRegexProblem(pattern: string): RegexProblem | undefined {
  const scanned = scan(pattern);
  if (scanned === null) return undefined;
  if (typeof scanned !== "string") return scanned;
  try {
    new RegExp(scanned, "u");
  } catch (error) {
    const detail = String((error as Error).message).replace(/^Invalid regular expression: \/.*\/u?: /s, "");
    return { description: detail, start: 0, end: pattern.length };
  }
  return undefined;
}

/**
 * Scans like Java's parser; returns a JavaScript translation, the first problem found, or null for
 * constructs it does not model (nested classes, intersections): those are not judged.
 */
function scan(p: string): string | RegexProblem | null {
  let out = "";
  const groups: number[] = [];
  let inClass = -1;
  let canQuantify = false;
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!;
    if (c === "\\") {
      const next = p[i + 1];
      if (next === undefined) return { description: "Unexpected internal error (a trailing backslash)", start: i, end: i + 1 };
      if (next === "Q") {
        const close = p.indexOf("\\E", i + 2);
        const literal = p.slice(i + 2, close === -1 ? p.length : close);
        out += [...literal].map(hexEscape).join("");
        i = close === -1 ? p.length : close + 1;
        canQuantify = literal.length > 0;
        continue;
      }
      if (/[a-zA-Z]/.test(next)) {
        if (!JAVA_LETTER_ESCAPES.has(next)) return { description: `Illegal/unsupported escape sequence '\\${next}'`, start: i, end: i + 2 };
        const translated = translateLetterEscape(p, i, inClass !== -1);
        out += translated.text;
        i = translated.last;
      } else if (/[0-9]/.test(next)) {
        out += inClass !== -1 ? hexEscape(next) : `\\${next}`;
        i++;
      } else {
        out += hexEscape(next);
        i++;
      }
      canQuantify = true;
      continue;
    }
    if (inClass !== -1) {
      if (c === "[") return null;
      if (c === "]" && !(i === inClass + 1 || (i === inClass + 2 && p[inClass + 1] === "^"))) inClass = -1;
      if (c === "&" && p[i + 1] === "&") return null;
      out += c === "/" ? "\\/" : c;
      continue;
    }
    switch (c) {
      case "[":
        inClass = i;
        out += c;
        canQuantify = true;
        if (p[i + 1] === "^") { out += "^"; i++; }
        if (p[i + 1] === "]") { out += "\\]"; i++; }
        continue;
      case "(": {
        groups.push(i);
        const rest = p.slice(i + 1);
        const flags = /^\?[idmsuxU-]+(\)|:)/.exec(rest);
        if (flags) {
          out += flags[1] === ")" ? "(?:" : "(?:";
          if (flags[1] === ")") { out += ")"; groups.pop(); canQuantify = false; }
          i += flags[0].length;
          continue;
        }
        if (rest.startsWith("?>")) { out += "(?:"; i += 2; canQuantify = false; continue; }
        const construct = /^\?(?::|=|!|<=|<!|<[a-zA-Z][a-zA-Z0-9]*>)/.exec(rest);
        if (construct) { out += `(${construct[0]}`; i += construct[0].length; canQuantify = false; continue; }
        if (rest.startsWith("?")) return { description: "Unknown inline modifier", start: i + 1, end: i + 2 };
        out += c;
        canQuantify = false;
        continue;
      }
      case ")":
        if (groups.length === 0) return { description: "Unmatched closing ')'", start: i, end: i + 1 };
        groups.pop();
        out += c;
        canQuantify = true;
        continue;
      case "|":
        out += c;
        canQuantify = false;
        continue;
      case "*":
      case "+":
      case "?":
        if (!canQuantify) return { description: `Dangling meta character '${c}'`, start: i, end: i + 1 };
        out += c;
        if (p[i + 1] === "?") { out += "?"; i++; } else if (p[i + 1] === "+") i++; // possessive: same matches here
        canQuantify = false;
        continue;
      case "{": {
        const bound = /^\{(\d+)(,(\d*))?\}/.exec(p.slice(i));
        if (!bound || !canQuantify) return { description: "Illegal repetition", start: i, end: i + 1 };
        if (bound[3] !== undefined && bound[3] !== "" && Number(bound[3]) < Number(bound[1])) return { description: "Illegal repetition range", start: i, end: i + bound[0].length };
        out += bound[0];
        i += bound[0].length - 1;
        if (p[i + 1] === "?") { out += "?"; i++; } else if (p[i + 1] === "+") i++;
        canQuantify = false;
        continue;
      }
      case "/":
        out += "\\/";
        canQuantify = true;
        continue;
      case "}":
      case "]":
        out += hexEscape(c);
        canQuantify = true;
        continue;
      default:
        out += c;
        canQuantify = c !== "^" && c !== "$";
    }
  }
  if (inClass !== -1) return { description: "Unclosed character class", start: inClass, end: p.length };
  if (groups.length > 0) return { description: "Unclosed group", start: groups[groups.length - 1]!, end: p.length };
  return out;
}

function hexEscape(character: string): string {
  return `\\u{${character.codePointAt(0)!.toString(16)}}`;
}

/** Java escapes JavaScript lacks become something that matches alike (only compilability matters here). */
function translateLetterEscape(p: string, i: number, inClass: boolean): { text: string; last: number } {
  const letter = p[i + 1]!;
  const braced = (from: number) => {
    const close = p.indexOf("}", from);
    return close === -1 ? p.length - 1 : close;
  };
  switch (letter) {
    case "A": case "G": return { text: inClass ? "A" : "^", last: i + 1 };
    case "Z": case "z": return { text: inClass ? "Z" : "$", last: i + 1 };
    case "h": case "H": case "R": case "X": case "V": case "N": return { text: inClass ? "\\s" : "[\\s\\S]", last: i + 1 };
    case "e": return { text: "\\x1b", last: i + 1 };
    case "a": return { text: "\\x07", last: i + 1 };
    case "E": return { text: "", last: i + 1 };
    case "p": case "P":
      if (p[i + 2] === "{") return { text: inClass ? "\\w" : "[\\s\\S]", last: braced(i + 2) };
      return { text: inClass ? "\\w" : "[\\s\\S]", last: i + 2 };
    case "x":
      if (p[i + 2] === "{") return { text: "\\u{" + p.slice(i + 3, braced(i + 2)) + "}", last: braced(i + 2) };
      return { text: p.slice(i, i + 4), last: i + 3 };
    case "0": {
      const digits = /^[0-7]{1,3}/.exec(p.slice(i + 2))?.[0] ?? "";
      return { text: `\\u{${parseInt(digits || "0", 8).toString(16)}}`, last: i + 1 + digits.length };
    }
    case "k": {
      const name = /^<([a-zA-Z][a-zA-Z0-9]*)>/.exec(p.slice(i + 2));
      return name ? { text: "[\\s\\S]", last: i + 1 + name[0].length } : { text: "\\k", last: i + 1 };
    }
    default:
      return { text: p.slice(i, i + 2), last: i + 1 };
  }
}
