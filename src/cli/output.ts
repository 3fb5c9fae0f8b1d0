import type { Writable } from 'node:stream';

/** Writes to a stream, waiting for 'drain' when its buffer is full, so memory stays bounded. */
export class Output {
  private broken: Error | null = null;

  constructor(private readonly stream: Writable) {
    stream.on('error', (error) => {
      this.broken = error;
    });
  }

  /** True when the reader went away (EPIPE, e.g. `| head`): the caller stops quietly. */
  get closed(): boolean {
    return this.broken !== null && (this.broken as NodeJS.ErrnoException).code === 'EPIPE';
  }

  async write(text: string): Promise<void> {
    if (this.broken) {
      if (this.closed) return;
      throw this.broken;
    }
    if (text === '' || this.stream.write(text)) return;
    await new Promise<void>((resolve) => {
      const done = (): void => {
        this.stream.off('drain', done);
        this.stream.off('error', done);
        this.stream.off('close', done);
        resolve();
      };
      this.stream.on('drain', done);
      this.stream.on('error', done);
      this.stream.on('close', done);
    });
    if (this.broken && !this.closed) throw this.broken;
  }

  /** Resolves when everything written so far has been handed to the operating system. */
  async end(): Promise<void> {
    if (this.broken) return;
    await new Promise<void>((resolve) => this.stream.write('', () => resolve()));
  }
}
