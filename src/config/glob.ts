/**
 * A small glob matcher for configuration `files` and `ignores` (paths with `/`, relative to the
 * configuration's folder): `**`, `*`, `?`, `{a,b}`, `[abc]`. A glob without `/` matches the file name at
 * any depth, as in .gitignore; a glob that matches a folder matches everything under it.
 */
const compiledGlobs = new Map<string, RegExp>();

export function globMatcher(globs: readonly string[]): (relativePath: string) => boolean {
  // Settings are resolved once per linted file: compile each glob once per process.
  const compiled = globs.map((glob) => {
    let regex = compiledGlobs.get(glob);
    if (!regex) compiledGlobs.set(glob, (regex = compile(glob)));
    return regex;
  });
  return (relativePath) => {
    const candidates = prefixes(relativePath);
    return compiled.some((regex) => candidates.some((candidate) => regex.test(candidate)));
  };
}

/** The path itself and every folder above it, so `legacy/**` and `legacy` both cover `legacy/a/b.json`. */
function prefixes(path: string): string[] {
  const parts = path.split("/");
  return parts.map((_, n) => parts.slice(0, n + 1).join("/"));
}

function compile(glob: string): RegExp {
  let pattern = glob.startsWith("./") ? glob.slice(2) : glob;
  if (pattern.startsWith("/")) pattern = pattern.slice(1);
  else if (!pattern.replace(/\/$/, "").includes("/")) pattern = `**/${pattern}`;
  return new RegExp(`^${convert(pattern.replace(/\/$/, ""))}$`);
}

function convert(pattern: string): string {
  let source = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === "*" && pattern[i + 1] === "*") {
      const slashAfter = pattern[i + 2] === "/";
      source += slashAfter ? "(?:.*/)?" : ".*";
      i += slashAfter ? 2 : 1;
    } else if (c === "*") source += "[^/]*";
    else if (c === "?") source += "[^/]";
    else if (c === "{") {
      const close = pattern.indexOf("}", i);
      if (close < 0) source += "\\{";
      else {
        source += `(?:${pattern.slice(i + 1, close).split(",").map(convert).join("|")})`;
        i = close;
      }
    } else if (c === "[") {
      const close = pattern.indexOf("]", i + 1);
      if (close < 0) source += "\\[";
      else {
        const body = pattern.slice(i + 1, close).replace(/^!/, "^").replace(/\\/g, "\\\\");
        source += `[${body}]`;
        i = close;
      }
    } else source += escape(c);
  }
  return source;
}

function escape(text: string): string {
  return text.replace(/[.+^$()|\\[\]{}*?]/g, "\\$&");
}
