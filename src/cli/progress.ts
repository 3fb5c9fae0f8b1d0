/** Where the progress bar draws: a terminal stream. */
export interface ProgressTarget {
  readonly isTTY?: boolean;
  readonly columns?: number;
  write(text: string): unknown;
}

/**
 * One line of progress: bar (when the total is known), bytes done, MB/s and ETA. Pure. `rate` is in
 * bytes per second, null while the analyzer starts up (then the line says so instead of a rate).
 * `note` (what is being analyzed) ends the line.
 */
export function formatProgress(done: number, total: number | null, rate: number | null, columns = 80, note = ''): string {
  const mb = (n: number): string => (n / 1e6).toFixed(1);
  const speed = rate === null ? 'starting' : `${(rate / 1e6).toFixed(2)} MB/s`;
  const end = note ? `  ${note}` : '';
  if (total === null || total <= 0) return `${mb(done)} MB  ${speed}${end}`;
  const fraction = Math.min(1, done / total);
  const eta = rate !== null && rate > 0 ? formatDuration((total - Math.min(done, total)) / rate) : '--:--';
  const tail = ` ${String(Math.floor(fraction * 100)).padStart(3)}%  ${mb(done)}/${mb(total)} MB  ${speed}  ETA ${eta}${end}`;
  const width = Math.max(10, Math.min(40, columns - tail.length - 3));
  const filled = Math.round(fraction * width);
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]${tail}`;
}

export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
}

/**
 * A progress bar on a terminal; does nothing when the target is not a TTY. It first draws half a
 * second after the first bytes arrive (short runs stay quiet), then at most ten times a second, and
 * erases itself at the end. Rate and ETA count from `ready()`, the end of start-up (loading jieba's
 * dictionaries, the first chunk), over the bytes done since: start-up does not drag the rate down.
 * `working(note)` draws at once, for a long step that advances nothing (one large document).
 */
export class Progress {
  private started = 0;
  private lastDraw = 0;
  private drawn = false;
  private done = 0;
  private readyAt = 0;
  private readyDone = 0;
  private note = '';

  constructor(
    private readonly target: ProgressTarget | null,
    private readonly total: number | null,
    private readonly now: () => number = Date.now,
  ) {}

  advance(bytes: number): void {
    this.done += bytes;
    if (!this.target?.isTTY) return;
    const now = this.now();
    if (this.started === 0) this.started = now;
    if (now - this.started < 500 || now - this.lastDraw < 100) return;
    this.draw(now);
  }

  /** Start-up is over: the rate is measured from now on. */
  ready(): void {
    if (this.readyAt !== 0) return;
    this.readyAt = this.now();
    this.readyDone = this.done;
  }

  /** Shows what is being worked on (`analyzing big.txt`) until the next call; draws at once when `drawNow`. */
  working(note: string, drawNow = true): void {
    this.note = note.length > 40 ? `…${note.slice(-39)}` : note;
    if (!drawNow || !this.target?.isTTY) return;
    const now = this.now();
    if (this.started === 0) this.started = now;
    this.draw(now);
  }

  finish(): void {
    if (this.drawn) this.target?.write('\r\x1b[K');
    this.drawn = false;
  }

  private draw(now: number): void {
    const target = this.target as ProgressTarget;
    const elapsed = now - this.readyAt;
    const rate = this.readyAt === 0 ? null : elapsed > 0 ? (this.done - this.readyDone) / (elapsed / 1000) : 0;
    this.lastDraw = now;
    this.drawn = true;
    target.write(`\r${formatProgress(this.done, this.total, rate, target.columns || 80, this.note)}\x1b[K`);
  }
}
