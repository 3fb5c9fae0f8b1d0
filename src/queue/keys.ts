// What the queue commands share: the job data (a batch of documents), job ids that keep input
// order, the result format, and the bookkeeping hash beside BullMQ's own keys (bull:<queue>:zh-analyze).
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';

/**
 * A job's data: consecutive documents of the input (JSONL lines as read), and where they came
 * from (for error messages). The job's id is `d<position of the first one>`; the others follow it.
 */
export interface JobData {
  readonly source: string;
  readonly lines: readonly string[];
  /** 1-based line number in `source` of each line. */
  readonly lineNumbers: readonly number[];
}

/** Bookkeeping fields: sequence numbers handed out, documents queued (and their bytes), documents collected. */
export const FIELDS = { reserved: 'reserved', queued: 'queued', bytes: 'bytes', collected: 'collected', collectedBytes: 'collectedBytes' } as const;

export const JOB_NAME = 'analyze';

/** Documents per job unless told otherwise. */
export const DEFAULT_BATCH_SIZE = 100;

/** A job is closed before its input would pass this many bytes (256 KB) (a longer document still gets a job of its own). */
export const MAX_BATCH_BYTES = 256 << 10;

/** BullMQ refuses all-digit custom ids and ids with ':'; the position in the input is the number after `d`. */
export function jobId(seq: number): string {
  return `d${seq}`;
}

export function metaKey(toKey: (type: string) => string): string {
  return toKey('zh-analyze');
}

/**
 * A job's result holds an entry per document, joined with `\n`: the document's `--jsonl` output
 * line (a JSON object, which never holds a raw line break), or `!` and the JSON string of the reason
 * it failed. It is stored compressed (see createResultPacker): about a fifth of the size, and an ASCII string
 * that BullMQ and the Redis client pass on far faster than the output's own Chinese text.
 */
export const FAILED_MARK = '!';

const PACKED = 'br:';

/**
 * Packs a job's entries: `br:` and the base64 of their brotli-compressed UTF-8. Encodes into one
 * buffer reused from job to job, so that packing allocates no string or buffer as large as the
 * batch's output (large allocations cost the worker far more than the compression).
 */
export function createResultPacker(): (entries: readonly string[]) => string {
  let buffer = Buffer.allocUnsafeSlow(1 << 16);
  return (entries) => {
    let length = 0;
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i] as string;
      const need = length + entry.length * 3 + 1;
      if (need > buffer.length) {
        const grown = Buffer.allocUnsafeSlow(Math.max(need, buffer.length * 2));
        buffer.copy(grown, 0, 0, length);
        buffer = grown;
      }
      if (i > 0) buffer[length++] = 0x0a;
      length += buffer.write(entry, length, 'utf8');
    }
    const bytes = buffer.subarray(0, length);
    const packed = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 0, [constants.BROTLI_PARAM_SIZE_HINT]: length } });
    return PACKED + packed.toString('base64');
  };
}

/** The entries of a job's return value (packed or not). */
export function unpackResult(value: string): string[] {
  if (!value.startsWith(PACKED)) return value.split('\n');
  return brotliDecompressSync(Buffer.from(value.slice(PACKED.length), 'base64')).toString('utf8').split('\n');
}

export function failedEntry(reason: string): string {
  return FAILED_MARK + JSON.stringify(reason);
}

/** The reason of a failed entry (null for an output line). */
export function reasonOfEntry(entry: string): string | null {
  if (!entry.startsWith(FAILED_MARK)) return null;
  try {
    return String(JSON.parse(entry.slice(FAILED_MARK.length)));
  } catch {
    return entry.slice(FAILED_MARK.length);
  }
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
