import { writeFile } from 'node:fs/promises';
import { createAnalyzer, renderHtml } from '../index.js';
import type { Analysis, AnalyzerOptions } from '../types.js';
import type { CliOptions } from './args.js';
import { formatRecord, joinRecords } from './chunk.js';
import { type InputSource, InputFileError, readWhole, reason } from './inputs.js';
import type { Output } from './output.js';
import type { Progress } from './progress.js';
import { LARGE_DOCUMENT_BYTES, refuseLarge } from './read-chunks.js';
import { RecordWriter } from './record-writer.js';
import type { CliIo } from './run.js';

/** `--html`: every input analyzed whole, one page written; `--format` given too writes the records beside it. */
export async function runHtml(
  options: CliOptions,
  sources: readonly InputSource[],
  analyzerOptions: AnalyzerOptions,
  io: CliIo,
  out: Output,
  progress: Progress,
): Promise<number> {
  const analyzer = createAnalyzer(analyzerOptions);
  const analyses: Analysis[] = [];
  for (const source of sources) {
    const { text, bytes } = await readWhole(source, io.stdin);
    refuseLarge(source, text);
    progress.working(`analyzing ${source.name}`, bytes >= LARGE_DOCUMENT_BYTES);
    analyses.push(analyzer.analyze(text));
    progress.ready();
    progress.advance(bytes);
  }
  progress.finish();
  const names = sources.map((s) => s.name);
  const page = names.length === 1 ? renderHtml(analyses, { title: `zh-analyze · ${names[0]}` }) : renderHtml(analyses, { title: 'zh-analyze', headings: names });
  if (options.html === '-') await out.write(page);
  else {
    try {
      await writeFile(options.html as string, page);
    } catch (error) {
      throw new InputFileError(`cannot write ${options.html}: ${reason(error)}`);
    }
  }
  if (options.formatGiven && options.html !== '-') {
    const writer = new RecordWriter(out, options.format, () => {}, sources.length > 1);
    const several = sources.length > 1;
    const records = analyses.map((analysis, i) => formatRecord(analysis, undefined, options.format, names[i] as string, several ? names[i] : undefined));
    await writer.write(joinRecords(records, options.format, []));
    await writer.finish();
  }
  return 0;
}
