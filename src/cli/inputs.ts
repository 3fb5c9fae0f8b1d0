import { createReadStream, promises as fs } from 'node:fs';
import type { Readable } from 'node:stream';
import { firstInvalidByte } from '../utf8.js';

/** An input that cannot be read: a missing file, a directory, no permission, not UTF-8. Exit code 1. */
export class InputFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputFileError';
  }
}

export interface InputSource {
  /** File name as given, or `stdin`. */
  readonly name: string;
  readonly path: string | null;
  /** Size in bytes, null for stdin or a pipe. */
  readonly size: number | null;
}

const REASONS: Readonly<Record<string, string>> = Object.freeze({
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'file name too long',
});

/** Checks every input before anything is processed, so a typo fails fast and leaves no partial output. */
export async function resolveInputs(files: readonly string[]): Promise<InputSource[]> {
  const names = files.length === 0 ? ['-'] : files;
  if (names.filter((n) => n === '-').length > 1) throw new InputFileError('stdin ("-") can be read only once');
  return Promise.all(
    names.map(async (name): Promise<InputSource> => {
      if (name === '-') return { name: 'stdin', path: null, size: null };
      try {
        const stat = await fs.stat(name);
        if (stat.isDirectory()) throw Object.assign(new Error(), { code: 'EISDIR' });
        await fs.access(name, fs.constants.R_OK);
        return { name, path: name, size: stat.isFile() ? stat.size : null };
      } catch (error) {
        throw new InputFileError(`cannot read ${name}: ${reason(error)}`);
      }
    }),
  );
}

/** The bytes of an input as a stream (stdin or the file). */
export function openInput(source: InputSource, stdin: Readable): Readable {
  if (source.path === null) return stdin;
  const stream = createReadStream(source.path, { highWaterMark: 1 << 16 });
  return stream;
}

/** A whole input as text: UTF-8 (BOM dropped); anything else is an error, not mojibake. */
export async function readWhole(source: InputSource, stdin: Readable): Promise<{ text: string; bytes: number }> {
  const parts: Buffer[] = [];
  try {
    for await (const part of openInput(source, stdin)) parts.push(part as Buffer);
  } catch (error) {
    throw new InputFileError(`cannot read ${source.name}: ${reason(error)}`);
  }
  const bytes = Buffer.concat(parts);
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, bytes: bytes.length };
  } catch {
    throw new InputFileError(`cannot read ${source.name}: not UTF-8 text (byte ${firstInvalidByte(bytes)})`);
  }
}

export function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  return (code && REASONS[code]) ?? (error as Error)?.message ?? String(error);
}

/** User dictionary files must exist before any worker starts loading them. */
export async function checkDictionaries(files: readonly string[]): Promise<void> {
  for (const file of files) {
    try {
      const stat = await fs.stat(file);
      if (stat.isDirectory()) throw Object.assign(new Error(), { code: 'EISDIR' });
      await fs.access(file, fs.constants.R_OK);
    } catch (error) {
      throw new InputFileError(`cannot read dictionary ${file}: ${reason(error)}`);
    }
  }
}
