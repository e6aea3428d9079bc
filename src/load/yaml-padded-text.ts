/** A copy of a text with some lines indented further, and the map from its offsets back to the original's. */
export interface Reindented {
  readonly text: string;
  /** Offset in the re-indented text -> offset in the original. */
  toOriginal(offset: number): number;
}

/** The text with `pads[n]` spaces before line n, and the map from its offsets back to the original's. */
export function padLines(lines: readonly string[], pads: readonly number[]): Reindented {
  const originalStarts: number[] = [];
  const paddedStarts: number[] = [];
  let original = 0;
  let padded = 0;
  const out: string[] = [];
  for (let n = 0; n < lines.length; n++) {
    originalStarts.push(original);
    paddedStarts.push(padded);
    const line = " ".repeat(pads[n]!) + lines[n]!;
    out.push(line);
    original += lines[n]!.length + 1;
    padded += line.length + 1;
  }
  return {
    text: out.join("\n"),
    toOriginal(offset) {
      let lo = 0;
      let hi = paddedStarts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (paddedStarts[mid]! <= offset) lo = mid;
        else hi = mid - 1;
      }
      return originalStarts[lo]! + Math.max(0, offset - paddedStarts[lo]! - pads[lo]!);
    },
  };
}
