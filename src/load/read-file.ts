import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { constants } from "node:fs";
import { isUtf8 } from "node:buffer";
import { limitMessage } from "./limits.js";

/** Why a file could not be read, worded for a one-line `file:line:col: message`. */
export class ReadError extends Error {
  constructor(
    message: string,
    readonly line = 1,
    readonly column = 1,
  ) {
    super(message);
  }
}

/**
 * Reads a regular file and nothing else: a device (`/dev/zero`), a FIFO or a socket would be read forever
 * or block. The file is opened first and checked through its descriptor, so it cannot be swapped between
 * the check and the read; opening never blocks on a FIFO (O_NONBLOCK), and the size is capped.
 */
export function readRegularFile(path: string, maxBytes: number): Buffer {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw new ReadError(`Cannot read file: ${reasonOf(error)}`);
  }
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) throw new ReadError("Cannot read file: is a directory");
    if (!info.isFile()) throw new ReadError("Cannot read file: not a regular file (a device, FIFO or socket)");
    if (info.size > maxBytes) {
      throw new ReadError(limitMessage("maxFileBytes", maxBytes, `The file is ${info.size} bytes, larger than ${maxBytes}`));
    }
    const buffer = Buffer.allocUnsafe(info.size);
    let filled = 0;
    while (filled < info.size) {
      const read = readSync(fd, buffer, filled, info.size - filled, filled);
      if (read === 0) break; // the file shrank while being read: lint what is there
      filled += read;
    }
    return filled === info.size ? buffer : buffer.subarray(0, filled);
  } catch (error) {
    if (error instanceof ReadError) throw error;
    throw new ReadError(`Cannot read file: ${reasonOf(error)}`);
  } finally {
    closeSync(fd);
  }
}

export function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file or directory";
  if (code === "EISDIR") return "is a directory";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ELOOP") return "too many symbolic links (a loop)";
  return String(code ?? (error as Error).message ?? error);
}

/**
 * Bytes to text. UTF-8 (a BOM is dropped) and UTF-16 with a BOM (what Windows PowerShell writes for
 * `aws ... > out.json`) are decoded; NUL bytes without a UTF-16 BOM mean a binary file; invalid UTF-8 is
 * reported where it is, never replaced with U+FFFD and linted as if it were the user's text.
 */
export function decodeText(buffer: Buffer): string {
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return utf16(buffer.subarray(2), "LE");
  if (buffer[0] === 0xfe && buffer[1] === 0xff) {
    const swapped = Buffer.from(buffer.subarray(2, buffer.length - (buffer.length % 2)));
    return utf16(swapped.swap16(), "BE");
  }
  if (buffer.includes(0)) throw new ReadError("Cannot lint a binary file (it contains NUL bytes)");
  if (!isUtf8(buffer)) {
    const at = firstInvalidUtf8(buffer);
    const before = buffer.subarray(0, at).toString("utf8");
    const line = before.split("\n").length;
    const column = before.length - before.lastIndexOf("\n");
    throw new ReadError(`Invalid UTF-8: byte 0x${buffer[at]!.toString(16).padStart(2, "0")} at byte offset ${at} is not valid UTF-8 (save the file as UTF-8)`, line, column);
  }
  const text = buffer.toString("utf8");
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function utf16(body: Buffer, order: "LE" | "BE"): string {
  if (body.length % 2 !== 0) throw new ReadError(`Invalid UTF-16 ${order}: odd number of bytes after the byte order mark`);
  return body.toString("utf16le");
}

/** Byte offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(buffer: Buffer): number {
  for (let i = 0; i < buffer.length; ) {
    const b = buffer[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0 || i + length > buffer.length) return i;
    if (!isUtf8(buffer.subarray(i, i + length))) return i;
    i += length;
  }
  return buffer.length;
}
