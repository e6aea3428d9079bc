/** Lines of a file's text, for reporters that quote source or count bytes (line 1 is index 0). */
export function sourceLines(text: string | undefined): readonly string[] | undefined {
  return text === undefined ? undefined : text.split(/\r?\n|\r/);
}

/** A 1-based UTF-16 column as reviewdog counts it: 1 + the UTF-8 bytes before it on its line. */
export function utf8Column(line: string | undefined, column: number): number {
  return line === undefined ? column : Buffer.byteLength(line.slice(0, column - 1), "utf8") + 1;
}
