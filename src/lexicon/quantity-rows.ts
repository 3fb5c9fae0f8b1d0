import { DictFormatError } from '../errors.js';
import { dictPath } from './paths.js';
import type { TsvRow } from './tsv.js';

/** Reads one file of dict/quantity/ (name, minimum and maximum number of columns). */
export type QuantityDictReader = (name: string, min: number, max: number) => TsvRow[];

/** Throws the error of a bad row of dict/quantity/`file`. */
export function badRow(file: string, line: number, problem: string): never {
  throw new DictFormatError(dictPath('quantity', file), line, problem);
}

export function numberCell(file: string, line: number, text: string): number {
  const v = Number(text);
  if (!Number.isFinite(v)) badRow(file, line, `not a number: ${JSON.stringify(text)}`);
  return v;
}

export function integerCell(file: string, line: number, text: string): number {
  const v = numberCell(file, line, text);
  if (!Number.isInteger(v)) badRow(file, line, `not an integer: ${JSON.stringify(text)}`);
  return v;
}
