// What the queue commands share: the job data, job ids that keep input order, and the bookkeeping
// hash beside BullMQ's own keys (bull:<queue>:zh-analyze).

/** A job's data: one JSONL input line as read, and where it came from (for error messages). */
export interface JobData {
  readonly line: string;
  readonly source: string;
  /** 1-based line number in `source`. */
  readonly lineNumber: number;
}

/** Bookkeeping fields: sequence numbers handed out, documents queued (and their bytes), documents collected. */
export const FIELDS = { reserved: 'reserved', queued: 'queued', bytes: 'bytes', collected: 'collected', collectedBytes: 'collectedBytes' } as const;

export const JOB_NAME = 'analyze';

/** BullMQ refuses all-digit custom ids and ids with ':'; the position in the input is the number after `d`. */
export function jobId(seq: number): string {
  return `d${seq}`;
}

export function metaKey(toKey: (type: string) => string): string {
  return toKey('zh-analyze');
}

/** The `id` a JSONL line gave, when it can be read at all (a failed document is reported with it). */
export function idOfLine(line: string): unknown {
  try {
    const value = JSON.parse(line.replace(/^\uFEFF/, '')) as unknown;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) return (value as { id?: unknown }).id;
  } catch {
    // not JSON: no id
  }
  return undefined;
}

/** A blank line is skipped, as `--jsonl` skips it (a BOM and a trailing CR are tolerated). */
export function isBlankLine(line: string): boolean {
  return line.replace(/^\uFEFF/, '').trim() === '';
}
