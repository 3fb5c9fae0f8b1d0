/** Buffers up to this size are kept whatever the next text's length. */
const KEEP = 1 << 20;
const MIN_SIZE = 256;

/**
 * A byte buffer that a stage reuses from call to call instead of allocating one per text. Each
 * module keeps its own, and uses it only inside one synchronous call that never nests.
 */
export class ScratchBytes {
  private buffer = new Uint8Array(MIN_SIZE);

  /**
   * The buffer, at least `length` bytes long, with bytes [0, length) set to 0. After one huge text
   * the buffer is let go again, so that a long-running process does not keep it.
   */
  zeroed(length: number): Uint8Array {
    const size = this.buffer.length;
    if (size < length) this.buffer = new Uint8Array(Math.max(length, size * 2));
    else if (size > KEEP && length < size / 4) this.buffer = new Uint8Array(Math.max(length, MIN_SIZE));
    else this.buffer.fill(0, 0, length);
    return this.buffer;
  }
}
