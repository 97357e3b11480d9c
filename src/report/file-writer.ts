import { randomBytes } from 'node:crypto'
import { closeSync, mkdirSync, openSync, renameSync, rmSync } from 'node:fs'
import { dirname } from 'node:path'
import { Appender } from '../util/appender.js'

/** One report file's write buffer. */
const BUFFER_BYTES = 1 << 18
/** Names tried for the temporary file before giving up (each taken one is someone else's). */
const TEMP_ATTEMPTS = 8

/** An unpredictable suffix: nobody can plant a file or a link at the name beforehand. */
export function randomSuffix(): string {
  return randomBytes(8).toString('hex')
}

/**
 * Creates the temporary file exclusively (O_CREAT | O_EXCL): a name that exists, a symbolic
 * link included (even one to a missing file), is never opened, so nothing is written through a
 * link planted there. A taken name is skipped for another.
 */
function openTemp(path: string, suffix: () => string): { fd: number; temp: string } {
  for (let attempt = 1; ; attempt++) {
    const temp = `${path}.${suffix()}.tmp`
    try {
      return { fd: openSync(temp, 'wx', 0o644), temp }
    } catch (error) {
      if ((error as { code?: string }).code !== 'EEXIST' || attempt >= TEMP_ATTEMPTS) throw error
    }
  }
}

/**
 * Writes a large text file piece by piece (a report of a million findings would not fit in one
 * string) to a temporary name, renamed into place on `close`: a reader never sees half a file.
 * Each piece is encoded into one reused buffer as it is given (`Appender`), so the pieces of a
 * report do not stay on the heap. The rename replaces whatever is at `path`, a symbolic link
 * too, without following it.
 */
export class ChunkedFileWriter {
  private readonly fd: number
  private readonly temp: string
  private readonly out: Appender

  constructor(
    private readonly path: string,
    suffix: () => string = randomSuffix
  ) {
    mkdirSync(dirname(path), { recursive: true })
    ;({ fd: this.fd, temp: this.temp } = openTemp(path, suffix))
    this.out = new Appender(this.fd, BUFFER_BYTES)
  }

  /** Bytes given so far, written or still in the buffer. */
  get bytes(): number {
    return this.out.end
  }

  write(text: string): void {
    this.out.append(text)
  }

  close(): void {
    try {
      this.out.flush()
    } catch (error) {
      this.abort()
      throw error
    }
    closeSync(this.fd)
    try {
      renameSync(this.temp, this.path)
    } catch (error) {
      rmSync(this.temp, { force: true })
      throw error
    }
  }

  abort(): void {
    closeSync(this.fd)
    rmSync(this.temp, { force: true })
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
