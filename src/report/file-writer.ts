import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs'
import { dirname } from 'node:path'

const FLUSH_BYTES = 1 << 20

/**
 * Writes a large text file piece by piece (a report of a million findings would not fit in one
 * string) to a temporary name, renamed into place on `close`: a reader never sees half a file.
 */
export class ChunkedFileWriter {
  private readonly fd: number
  private readonly temp: string
  private pending: string[] = []
  private pendingBytes = 0
  bytes = 0

  constructor(private readonly path: string) {
    mkdirSync(dirname(path), { recursive: true })
    this.temp = `${path}.${process.pid}.tmp`
    this.fd = openSync(this.temp, 'w')
  }

  write(text: string): void {
    this.pending.push(text)
    this.pendingBytes += text.length
    if (this.pendingBytes >= FLUSH_BYTES) this.flush()
  }

  close(): void {
    this.flush()
    closeSync(this.fd)
    renameSync(this.temp, this.path)
  }

  abort(): void {
    closeSync(this.fd)
    rmSync(this.temp, { force: true })
  }

  private flush(): void {
    if (this.pending.length === 0) return
    const chunk = Buffer.from(this.pending.join(''), 'utf8')
    writeSync(this.fd, chunk)
    this.bytes += chunk.length
    this.pending = []
    this.pendingBytes = 0
  }
}

/** Writes `produce`'s output to `path`, or nothing at all if it throws. */
export function writeFileAtomically(
  path: string,
  produce: (writer: ChunkedFileWriter) => void
): number {
  const writer = new ChunkedFileWriter(path)
  try {
    produce(writer)
  } catch (error) {
    writer.abort()
    throw error
  }
  writer.close()
  return writer.bytes
}
