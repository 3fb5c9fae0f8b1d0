/** Where the progress bar draws: a terminal stream. */
export interface ProgressTarget {
  readonly isTTY?: boolean;
  readonly columns?: number;
  write(text: string): unknown;
}

/** One line of progress: bar (when the total is known), bytes done, MB/s and ETA. Pure. */
export function formatProgress(done: number, total: number | null, elapsedMs: number, columns = 80): string {
  const mb = (n: number): string => (n / 1e6).toFixed(1);
  const rate = elapsedMs > 0 ? done / (elapsedMs / 1000) : 0;
  const speed = `${(rate / 1e6).toFixed(2)} MB/s`;
  if (total === null || total <= 0) return `${mb(done)} MB  ${speed}`;
  const fraction = Math.min(1, done / total);
  const eta = rate > 0 ? formatDuration((total - Math.min(done, total)) / rate) : '--:--';
  const tail = ` ${String(Math.floor(fraction * 100)).padStart(3)}%  ${mb(done)}/${mb(total)} MB  ${speed}  ETA ${eta}`;
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
 * second after the first bytes arrive (short runs stay quiet), then at most ten times a second, and erases itself at the end.
 */
export class Progress {
  private started = 0;
  private lastDraw = 0;
  private drawn = false;
  private done = 0;

  constructor(
    private readonly target: ProgressTarget | null,
    private readonly total: number | null,
  ) {}

  advance(bytes: number): void {
    this.done += bytes;
    if (!this.target?.isTTY) return;
    const now = Date.now();
    if (this.started === 0) this.started = now;
    if (now - this.started < 500 || now - this.lastDraw < 100) return;
    this.lastDraw = now;
    this.drawn = true;
    this.target.write(`\r${formatProgress(this.done, this.total, now - this.started, this.target.columns || 80)}\x1b[K`);
  }

  finish(): void {
    if (this.drawn) this.target?.write('\r\x1b[K');
    this.drawn = false;
  }
}
