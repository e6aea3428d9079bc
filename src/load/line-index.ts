import type { Position, SourceRange } from "./types.js";

/**
 * Turns UTF-16 offsets into 1-based line/column. Built on first use: a clean file never pays for it.
 * A line ends at "\n"; a "\r" before it belongs to the line (CRLF files report the same columns).
 */
export class LineIndex {
  private starts: Int32Array | undefined;

  constructor(private readonly text: string) {}

  private lineStarts(): Int32Array {
    if (this.starts) return this.starts;
    let count = 1;
    for (let i = this.text.indexOf("\n"); i !== -1; i = this.text.indexOf("\n", i + 1)) count++;
    const starts = new Int32Array(count);
    let n = 1;
    for (let i = this.text.indexOf("\n"); i !== -1; i = this.text.indexOf("\n", i + 1)) starts[n++] = i + 1;
    this.starts = starts;
    return starts;
  }

  position(offset: number): Position {
    const starts = this.lineStarts();
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  }

  /** Offset where a 1-based line starts; the text's length past the last line. */
  lineStart(line: number): number {
    return this.lineStarts()[line - 1] ?? this.text.length;
  }

  offset(position: Position): number {
    const starts = this.lineStarts();
    return (starts[position.line - 1] ?? this.text.length) + position.column - 1;
  }

  range(start: number, end: number): SourceRange {
    return { start: this.position(start), end: this.position(end) };
  }
}
