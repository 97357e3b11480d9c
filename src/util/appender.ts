import { writeSync } from 'node:fs'

/** UTF-8 takes at most 3 bytes per UTF-16 unit (a surrogate pair: 4 bytes for 2 units). */
const MOST_BYTES_PER_UNIT = 3

/**
 * Appends text and bytes to an open file through one reused buffer (ARCHITECTURE.md, "Scan
 * memory"). Each piece of text is encoded into the buffer as soon as it is given, so no string
 * outlives the call: a writer that kept its pieces until a flush would hold them past the young
 * generation's collections, and a report of a million findings would grow the old generation by
 * every piece. Each piece is encoded on its own (a surrogate pair split between two pieces
 * becomes two U+FFFD), and one larger than the buffer is written on its own. Writes are
 * positional, so the file can be read between them and cut back (`truncate`).
 */
export class Appender {
  private readonly buffer: Buffer
  private buffered = 0
  /** Bytes of the file written so far. */
  private flushedEnd = 0

  constructor(
    private readonly fd: number,
    bufferBytes: number,
    /** What a failed write is reported as. */
    private readonly failed: (error: unknown) => Error = error => error as Error
  ) {
    this.buffer = Buffer.allocUnsafe(bufferBytes)
  }

  /** Where the next byte goes: the bytes written and those still in the buffer. */
  get end(): number {
    return this.flushedEnd + this.buffered
  }

  /** Where the file's written bytes end: reading below it needs no `flush`. */
  get flushed(): number {
    return this.flushedEnd
  }

  /** Appends `text` as UTF-8: where it starts and how many bytes it takes. */
  append(text: string): { offset: number; length: number } {
    const most = text.length * MOST_BYTES_PER_UNIT
    if (this.buffered + most > this.buffer.length) this.flush()
    const offset = this.end
    if (most > this.buffer.length) {
      const bytes = Buffer.from(text, 'utf8')
      this.write(bytes, 0, bytes.length)
      return { offset, length: bytes.length }
    }
    const length = this.buffer.write(text, this.buffered, 'utf8')
    this.buffered += length
    return { offset, length }
  }

  /** Appends `length` bytes of `bytes` from `start`: where they start. */
  appendBytes(bytes: Buffer, start: number, length: number): number {
    if (this.buffered + length > this.buffer.length) this.flush()
    const offset = this.end
    if (length > this.buffer.length) this.write(bytes, start, length)
    else {
      bytes.copy(this.buffer, this.buffered, start, start + length)
      this.buffered += length
    }
    return offset
  }

  /** Writes what the buffer holds. */
  flush(): void {
    if (this.buffered === 0) return
    const bytes = this.buffered
    this.buffered = 0
    this.write(this.buffer, 0, bytes)
  }

  /** Forgets every byte from `offset` on: the next piece goes there. */
  truncate(offset: number): void {
    if (offset >= this.flushedEnd) this.buffered = Math.min(this.buffered, offset - this.flushedEnd)
    else {
      this.buffered = 0
      this.flushedEnd = offset
    }
  }

  private write(bytes: Buffer, start: number, length: number): void {
    let done = 0
    try {
      while (done < length)
        done += writeSync(this.fd, bytes, start + done, length - done, this.flushedEnd + done)
    } catch (error) {
      throw this.failed(error)
    }
    this.flushedEnd += length
  }
}
