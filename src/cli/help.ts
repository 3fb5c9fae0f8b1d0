export const HELP = `Usage: zh-analyze [options] [file ...]

Analyzes Chinese (Simplified or Traditional) economic and government news: words, normalized
quantities (money, percentages, measures, counts, dates), named entities (agencies, zones,
enterprises, projects, ...) and facts (each figure with its indicator, subject, time and change),
with UTF-16 offsets into the original text.

Input
  file ...            UTF-8 text files, each one document; "-" or no file reads stdin
  --jsonl             one document per input line instead: a JSON string, or an object
                      {"text": "...", "id": ...} whose id is echoed in the result; blank lines
                      are skipped, a broken line is reported with its number and skipped

Output (stdout)
  -f, --format FMT    json   one Analysis object per input (an array for several inputs) [default]
                      jsonl  one compact Analysis per line [default with --jsonl]
                      table  a summary for people: entities by type with counts, quantities
                             with their normalized values and units, facts
                      facts  CSV (RFC 4180, UTF-8, CRLF), a header row then one row per fact:
                             subject, indicator, value, unit, per, change, time (as written
                             and as ISO value), offsets; with several inputs or --jsonl a
                             leading "document" column (file name, JSONL id or file:line)
  --html FILE         write a self-contained HTML page with every entity and quantity highlighted
                      and the facts listed (hovering a figure marks its indicator, subject and
                      time); "-" writes it to stdout; stdout stays quiet unless --format is given

Processing
  -j, --jobs N        analyze on N worker threads ("auto": one per CPU); output keeps input order
  -d, --dict FILE     add a user dictionary (repeatable); see docs for the format
  --pos               add part-of-speech tags to tokens
  --keywords N        add the top N keywords (TF-IDF, jieba's IDF table) to each result
  -q, --quiet         no progress bar (it is only drawn when stderr is a terminal)

  -h, --help          show this help
  -v, --version       show the version

Many hosts (BullMQ over Redis; needs \`npm install bullmq ioredis\`, see docs/scaling.md)
  zh-analyze enqueue|worker|collect --redis URL --queue NAME ...   ("zh-analyze worker --help")

Exit status: 0 success; 1 an input could not be read, a JSONL line was broken or analysis
failed; 2 bad options.

Examples
  zh-analyze report.txt
  zh-analyze --format table report.txt
  zh-analyze --format facts a.txt b.txt > facts.csv
  zh-analyze --html report.html report.txt
  cat news.jsonl | zh-analyze --jsonl --jobs 2 > results.jsonl
`;

export const QUEUE_HELP = `Usage:
  zh-analyze enqueue --redis URL --queue NAME [--batch-size N] [file.jsonl ...]
  zh-analyze worker  --redis URL --queue NAME [--concurrency N] [--lock-duration MS] [-d FILE] [--pos]
  zh-analyze collect --redis URL --queue NAME [--out FILE] [-q]

Analyzes a corpus on any number of worker processes, on any number of hosts, sharing one queue on
Redis (BullMQ). Needs the optional packages bullmq and ioredis: npm install bullmq ioredis

  enqueue   queues the documents of JSONL input (as with --jsonl: a JSON string or
            {"text": "...", "id": ...} a line; stdin when no file); prints how many were queued
            --batch-size N   documents per job (default 100; 1: a job per document)
  worker    analyzes jobs until SIGTERM or SIGINT, then finishes the jobs it holds and exits 0
            --concurrency N  jobs held at once (default 1; for more CPU, start more workers)
            --lock-duration MS  a dead worker's jobs go to others after MS ms (default 10000);
                             raise it when one document takes longer than that to analyze
            -d, --dict FILE  a user dictionary (repeatable);  --pos  part-of-speech tags
  collect   waits for every queued document and writes the results as JSONL in input order
            (byte for byte what --jsonl writes), then removes them from Redis; a document that
            failed is reported on stderr with its line, id and error, and the exit code is 1
            -o, --out FILE   write to FILE instead of stdout;  -q, --quiet  no progress bar

  --redis URL   redis://[user:password@]host:port[/db] (rediss:// for TLS)
  --queue NAME  the queue's name (no ":")
`;
