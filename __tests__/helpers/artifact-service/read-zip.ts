import { crc32, inflateRawSync } from 'node:zlib'

export interface ZipEntry {
  /** Path inside the archive, '/'-separated; directories end with '/'. */
  name: string
  isDirectory: boolean
  /** 0 = stored, 8 = deflated. */
  method: number
  compressedSize: number
  data: Buffer
}

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50

/**
 * Reads a whole zip from memory through its central directory (archiver,
 * which @actions/artifact zips with, streams entries with data descriptors, so
 * the local headers carry no sizes). Checks each entry's CRC-32. Stored and
 * deflated entries only; no zip64, no encryption: enough for test artifacts.
 */
export function readZip(zip: Buffer): ZipEntry[] {
  const eocd = findEndOfCentralDirectory(zip)
  const count = zip.readUInt16LE(eocd + 10)
  const directoryOffset = zip.readUInt32LE(eocd + 16)
  if (count === 0xffff || directoryOffset === 0xffffffff) {
    throw new Error('zip64 archives are not supported by this reader')
  }
  const entries: ZipEntry[] = []
  let at = directoryOffset
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== CENTRAL) throw new Error(`bad central directory entry at ${at}`)
    const flags = zip.readUInt16LE(at + 8)
    const method = zip.readUInt16LE(at + 10)
    const crc = zip.readUInt32LE(at + 16)
    const compressedSize = zip.readUInt32LE(at + 20)
    const size = zip.readUInt32LE(at + 24)
    const nameLength = zip.readUInt16LE(at + 28)
    const extraLength = zip.readUInt16LE(at + 30)
    const commentLength = zip.readUInt16LE(at + 32)
    const localOffset = zip.readUInt32LE(at + 42)
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength)
    at += 46 + nameLength + extraLength + commentLength

    if (flags & 0x1) throw new Error(`${name}: encrypted entries are not supported`)
    if ([compressedSize, size, localOffset].includes(0xffffffff)) {
      throw new Error(`${name}: zip64 entries are not supported by this reader`)
    }
    if (zip.readUInt32LE(localOffset) !== LOCAL) throw new Error(`${name}: bad local header`)
    const start =
      localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28)
    const raw = zip.subarray(start, start + compressedSize)
    let data: Buffer
    if (method === 0) data = Buffer.from(raw)
    else if (method === 8) data = inflateRawSync(raw)
    else throw new Error(`${name}: compression method ${method} is not supported`)
    if (data.length !== size) throw new Error(`${name}: ${data.length} bytes, expected ${size}`)
    if (crc32(data) !== crc) throw new Error(`${name}: CRC-32 mismatch`)
    entries.push({ name, isDirectory: name.endsWith('/'), method, compressedSize, data })
  }
  return entries
}

/** The files of a zip (directories left out) as path → UTF-8 text. */
export function zipTextFiles(zip: Buffer): Record<string, string> {
  const files: Record<string, string> = {}
  for (const entry of readZip(zip)) {
    if (!entry.isDirectory) files[entry.name] = entry.data.toString('utf8')
  }
  return files
}

function findEndOfCentralDirectory(zip: Buffer): number {
  const earliest = Math.max(0, zip.length - 22 - 0xffff)
  for (let at = zip.length - 22; at >= earliest; at--) {
    if (zip.readUInt32LE(at) === EOCD) return at
  }
  throw new Error('not a zip: no end of central directory record')
}
