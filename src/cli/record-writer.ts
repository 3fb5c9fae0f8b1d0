import type { OutputFormat } from './args.js';
import type { ChunkResult } from './chunk.js';
import { factsHeader } from './facts-csv.js';
import type { Output } from './output.js';

/**
 * Writes formatted records with the separators of the output format: JSON Lines, a JSON array (or a
 * single object when `array` is false and there is exactly one record), tables separated by a
 * blank line, or CSV rows under one header row (written even when no document has a fact; with
 * `array`, the header has the document column). Reports broken input lines as they come.
 */
export class RecordWriter {
  records = 0;
  lineErrors = 0;
  private headerWritten = false;

  constructor(
    private readonly out: Output,
    private readonly format: OutputFormat,
    private readonly report: (source: string, line: number, message: string) => void,
    private readonly array = true,
  ) {}

  get closed(): boolean {
    return this.out.closed;
  }

  async write(result: ChunkResult): Promise<void> {
    for (const error of result.errors) this.report(error.source, error.line, error.message);
    this.lineErrors += result.errors.length;
    if (result.count === 0) return;
    let prefix = '';
    if (this.format === 'facts') prefix = this.header();
    else if (this.format === 'table' && this.records > 0) prefix = '\n';
    else if (this.format === 'json' && (this.array || this.records > 0)) prefix = this.records > 0 ? ',\n' : '[\n';
    this.records += result.count;
    await this.out.write(prefix + result.output);
  }

  async finish(): Promise<void> {
    if (this.format === 'facts') await this.out.write(this.header());
    if (this.format === 'json') {
      if (this.array) await this.out.write(this.records > 0 ? '\n]\n' : '[]\n');
      else if (this.records > 0) await this.out.write('\n');
    }
    await this.out.end();
  }

  /** The CSV header the first time it is asked for, then nothing. */
  private header(): string {
    if (this.headerWritten) return '';
    this.headerWritten = true;
    return factsHeader(this.array);
  }
}
