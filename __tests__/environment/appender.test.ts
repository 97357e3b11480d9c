import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ChunkedFileWriter } from '../../src/report/file-writer.js'
import { Appender } from '../../src/util/appender.js'
import { tempDir } from '../helpers/sarif.js'

/** Each piece encoded on its own, as the appender promises. */
function encoded(pieces: readonly string[]): Buffer {
  return Buffer.concat(pieces.map(piece => Buffer.from(piece, 'utf8')))
}

function withFile<T>(use: (fd: number, path: string) => T): T {
  const path = join(tempDir('kg-appender-'), 'out')
  const fd = openSync(path, 'w+')
  try {
    return use(fd, path)
  } finally {
    closeSync(fd)
  }
}

// Pieces of every width in UTF-8: ASCII, two-, three- and four-byte characters, lone halves of
// a surrogate pair (each one U+FFFD, three bytes) and pieces longer than the buffer.
const piece = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom('é', '€', '\u{1F600}', '\ud800', '\udfff', 'x'.repeat(40), '\u{1F600}'.repeat(9))
)

describe('the appender', () => {
  it('property: the file holds each piece as UTF-8, where append said, across buffer sizes', () => {
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 40 }),
        fc.integer({ min: 1, max: 48 }),
        (pieces, size) =>
          withFile((fd, path) => {
            const out = new Appender(fd, size)
            const places = pieces.map(text => out.append(text))
            out.flush()
            const file = readFileSync(path)
            expect(file.equals(encoded(pieces))).toBe(true)
            expect(out.end).toBe(file.length)
            places.forEach(({ offset, length }, i) =>
              expect(file.toString('utf8', offset, offset + length)).toBe(
                Buffer.from(pieces[i]!, 'utf8').toString('utf8')
              )
            )
          })
      )
    )
  })

  it('encodes a piece when it is given: the buffer fills by its UTF-8 bytes, then goes out', () => {
    withFile(fd => {
      const out = new Appender(fd, 16)
      expect(out.append('é€')).toEqual({ offset: 0, length: 5 })
      expect(out.end).toBe(5)
      expect(fstatSync(fd).size).toBe(0)
      // 3 units may take 9 bytes: more than the 11 left is not risked, the buffer goes first.
      out.append('abcd')
      expect(fstatSync(fd).size).toBe(5)
      expect(out.flushed).toBe(5)
      // A piece that can take more than the whole buffer is written on its own, at once.
      expect(out.append('0123456')).toEqual({ offset: 9, length: 7 })
      expect(fstatSync(fd).size).toBe(16)
    })
  })

  it('puts the next piece where it was cut back to, in the buffer or in the file', () => {
    withFile((fd, path) => {
      const out = new Appender(fd, 8)
      out.append('keep')
      out.append('drop')
      out.truncate(4)
      out.append('+')
      out.flush()
      out.append('lost part')
      out.truncate(5)
      out.append('!')
      out.flush()
      expect(readFileSync(path, 'utf8').slice(0, out.end)).toBe('keep+!')
    })
  })

  it('reports a failed write as the caller says', () => {
    const path = join(tempDir('kg-appender-'), 'read-only')
    closeSync(openSync(path, 'w'))
    const fd = openSync(path, 'r')
    try {
      const out = new Appender(
        fd,
        4,
        error => new Error(`could not write the report: ${String(error)}`)
      )
      expect(() => out.append('more than four')).toThrow(
        /^could not write the report: Error: EBADF/
      )
    } finally {
      closeSync(fd)
    }
  })
})

describe('the report file writer', () => {
  it('counts the UTF-8 bytes of each piece as it is written, and the file holds them all', () => {
    const path = join(tempDir('kg-writer-'), 'report.xml')
    const writer = new ChunkedFileWriter(path)
    const pieces = ['<a>', '\u{1F600}'.repeat(70_000), 'é', '</a>\n']
    let given = 0
    for (const text of pieces) {
      writer.write(text)
      given += Buffer.byteLength(text, 'utf8')
      expect(writer.bytes).toBe(given)
    }
    writer.close()
    expect(readFileSync(path).equals(encoded(pieces))).toBe(true)
  })
})
