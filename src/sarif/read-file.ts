import type { Hash } from 'node:crypto'
import { createHash } from 'node:crypto'
import type { Stats } from 'node:fs'
import { constants } from 'node:fs'
import type { FileHandle } from 'node:fs/promises'
import { lstat, open } from 'node:fs/promises'
import { createGunzip } from 'node:zlib'
import { ConfigurationError, getErrorMessage } from '../errors.js'
import type { Finding } from '../model.js'
import type { PlaceholderFingerprint } from './identity.js'
import { FingerprintCensus } from './identity.js'
import { executionOutcome } from './execution.js'
import { normaliseResult, pendingNeeds } from './normalize.js'
import type { PathMapEntry, PathReport } from './path-map.js'
import { RunPathMapper, WorkspaceFiles } from './path-map.js'
import { RunNotes, shown } from './notes.js'
import type { RunContext } from './run-context.js'
import { applyRunMember, CONTEXT_MEMBERS, emptyRunContext } from './run-context.js'
import { baseOf } from './locations.js'
import type { ScanHandler } from './scanner.js'
import { SarifScanner, SarifSyntaxError } from './scanner.js'
import { RunInterner } from './intern.js'

/** Read size: large enough that per-chunk overhead vanishes, small enough to stay cache-friendly. */
export const CHUNK_BYTES = 128 * 1024

/** Decompressed pieces are short-lived allocations: small ones keep the resident size down. */
const GUNZIP_CHUNK_BYTES = 256 * 1024

export const SARIF_VERSION = '2.1.0'

/** Receives the findings of one file as they are read. */
export interface FindingSink {
  finding(finding: Finding): void
  /** Forget every finding of this run given so far: it is read again with its complete context. */
  retractRun(run: number): void
}

export interface RunSummary {
  tool: string
  toolVersion?: string
  category?: string
  /** Results in the log, of any kind. */
  results: number
  findings: number
  /** The run is not a complete analysis (see `executionOutcome`): the verdict is unknown. */
  executionFailed: boolean
  /** Why, when it is not. */
  executionFailure?: string
  /** An `executionSuccessful: false` that was read as "found something" (SpotBugs), said why. */
  executionNote?: string
  hasResults: boolean
  /** Error-level tool notifications (first few): reported, not part of the verdict. */
  errorNotifications: string[]
  /** Paths brought into the workspace, and those that still leave it. */
  paths: PathReport
  /** Fingerprint values many different findings share: placeholders, not identities. */
  placeholderFingerprints: PlaceholderFingerprint[]
  /** Values SARIF does not allow and how they were read instead, each said once. */
  notes: string[]
  /** Further notes not kept (beyond `MAX_NOTES_PER_RUN`). */
  notesOmitted: number
  /** `properties.mergedBy`: the run was written by known-good's own merged SARIF. */
  mergedBy?: string
}

export interface FileSummary {
  sha256: string
  bytes: number
  gzip: boolean
  runs: RunSummary[]
  /** How many times the file was read (2 when a run's context came after its results). */
  passes: number
  /**
   * Set when every run of the file says known-good merged it (`properties.mergedBy`): our own
   * merged SARIF, which is never read as an input. Its findings were not given to the sink.
   */
  mergedBy?: string
}

export interface ReadOptions {
  /** `path-map` entries. */
  pathMap?: readonly PathMapEntry[]
  /** What the automatic path mapping may look at; shared by the files of a scan. */
  files?: WorkspaceFiles
}

/** A file that cannot be read as SARIF: names the file and where in it. */
export class SarifFileError extends ConfigurationError {
  /** SHA-256 of the file's bytes, when it could be read at all: what was judged. */
  sha256?: string
  bytes?: number

  constructor(
    readonly file: string,
    message: string,
    readonly offset?: number,
    readonly jsonPath?: string
  ) {
    super(`${file}: ${message}`)
    this.name = 'SarifFileError'
  }
}

/** How a Git LFS pointer file begins (https://github.com/git-lfs/git-lfs/blob/main/docs/spec.md). */
const LFS_POINTER = 'version https://git-lfs.github.com/spec/v1'

/** What a path is when it is not a regular file, in words. */
function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a directory'
  if (stats.isFIFO()) return 'a named pipe (FIFO)'
  if (stats.isCharacterDevice()) return 'a character device'
  if (stats.isBlockDevice()) return 'a block device'
  if (stats.isSocket()) return 'a socket'
  return 'not a regular file'
}

/** An input that is not a regular file: named as what it is, never read. */
class NotAFileError extends Error {}

/**
 * Opens an input for reading, only if it is a regular file. It is opened without blocking
 * (`O_NONBLOCK`: opening a named pipe nobody writes would otherwise wait forever) and its type
 * is taken from the open descriptor (`fstat`), so what is read is what was checked.
 */
export async function openInput(path: string): Promise<FileHandle> {
  let handle: FileHandle
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' && (await lstat(path).catch(() => undefined))?.isSymbolicLink())
      throw new NotAFileError('is a symbolic link to nothing, not a SARIF file')
    if (code === 'ENXIO') throw new NotAFileError('is a socket, not a SARIF file')
    throw error
  }
  const stats = await handle.stat()
  if (!stats.isFile()) {
    await handle.close()
    throw new NotAFileError(`is ${kindOf(stats)}, not a SARIF file`)
  }
  return handle
}

async function head(handle: FileHandle): Promise<Buffer> {
  const buffer = Buffer.alloc(LFS_POINTER.length)
  const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0)
  return buffer.subarray(0, bytesRead)
}

function isGzipHead(bytes: Buffer): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b
}

/** SHA-256 and size of a whole file, or undefined when it cannot be read (or is no file). */
async function digestOf(path: string): Promise<{ sha256: string; bytes: number } | undefined> {
  let handle: FileHandle | undefined
  try {
    handle = await openInput(path)
    const digest = createHash('sha256')
    const chunk = Buffer.allocUnsafe(CHUNK_BYTES)
    let bytes = 0
    for (;;) {
      const { bytesRead } = await handle.read(chunk, 0, CHUNK_BYTES, bytes)
      if (bytesRead === 0) break
      digest.update(chunk.subarray(0, bytesRead))
      bytes += bytesRead
    }
    return { sha256: digest.digest('hex'), bytes }
  } catch {
    return undefined
  } finally {
    await handle?.close()
  }
}

/**
 * Streams a file (gzip detected by content) through a scanner: the reader alone, without
 * normalisation. Returns the number of bytes read from disk.
 */
export async function scanFile(
  path: string,
  handler: ScanHandler
): Promise<{ bytes: number; gzip: boolean }> {
  const handle = await openInput(path)
  try {
    const gzip = isGzipHead(await head(handle))
    const bytes = await feed(handle, gzip, new SarifScanner(handler))
    return { bytes, gzip }
  } finally {
    await handle.close()
  }
}

/** Feeds the whole file from its start (each pass reads the same open file). */
async function feed(
  handle: FileHandle,
  gzip: boolean,
  scanner: SarifScanner,
  digest?: Hash
): Promise<number> {
  if (gzip) return feedGzip(handle, scanner, digest)
  // Two buffers: the next chunk is read while the scanner works on this one (the scanner keeps
  // nothing of a chunk once push returns, so a buffer is read into again only after that).
  let filling = Buffer.allocUnsafe(CHUNK_BYTES)
  let spare = Buffer.allocUnsafe(CHUNK_BYTES)
  let bytes = 0
  let next = handle.read(filling, 0, CHUNK_BYTES, 0)
  for (;;) {
    const { bytesRead } = await next
    if (bytesRead === 0) break
    const filled = filling
    filling = spare
    spare = filled
    next = handle.read(filling, 0, CHUNK_BYTES, bytes + bytesRead)
    const view = filled.subarray(0, bytesRead)
    try {
      digest?.update(view)
      scanner.push(view)
    } catch (error) {
      // The read under way must end before the file is closed.
      await next.catch(() => undefined)
      throw error
    }
    bytes += bytesRead
  }
  scanner.end()
  return bytes
}

/**
 * Decompresses as it reads: the scanner refuses a value over `MAX_VALUE_BYTES` as soon as it
 * is that large, so a small file that inflates to gigabytes is given up early, and the
 * decompression stops with it.
 */
async function feedGzip(handle: FileHandle, scanner: SarifScanner, digest?: Hash): Promise<number> {
  const gunzip = createGunzip({ chunkSize: GUNZIP_CHUNK_BYTES })
  const chunk = Buffer.allocUnsafe(CHUNK_BYTES)
  let bytes = 0
  let failure: unknown
  gunzip.on('data', (piece: Buffer) => {
    if (failure !== undefined) return
    try {
      scanner.push(piece)
    } catch (error) {
      failure = error
      gunzip.destroy()
    }
  })
  const finished = new Promise<void>((resolve, reject) => {
    gunzip.on('end', resolve)
    gunzip.on('error', reject)
    gunzip.on('close', resolve)
  })
  try {
    for (;;) {
      if (failure !== undefined) break
      const { bytesRead } = await handle.read(chunk, 0, CHUNK_BYTES, bytes)
      if (bytesRead === 0) break
      const view = chunk.subarray(0, bytesRead)
      digest?.update(view)
      bytes += bytesRead
      // A copy: the chunk is read into again while gunzip may still hold it.
      if (!gunzip.write(Buffer.from(view))) await waitForDrain(gunzip, () => failure !== undefined)
    }
    if (failure === undefined) gunzip.end()
    await finished
  } finally {
    gunzip.destroy()
  }
  if (failure !== undefined) throw failure
  scanner.end()
  return bytes
}

/** Waits for `drain` (or for the stream to be given up). */
function waitForDrain(stream: NodeJS.WritableStream, givenUp: () => boolean): Promise<void> {
  if (givenUp()) return Promise.resolve()
  return new Promise<void>(resolve => {
    const done = (): void => {
      stream.off('drain', done)
      stream.off('close', done)
      resolve()
    }
    stream.on('drain', done)
    stream.on('close', done)
  })
}

interface RunState {
  context: RunContext
  summary: RunSummary
  resultsStarted: boolean
  /** Results handed over in the current pass. */
  processed: number
  /** The run's results must be read (again) in the next pass. */
  replay: boolean
  /** Its results are read in the current pass. */
  reading: boolean
  usedBaseIds: Set<string>
  usedArtifacts: boolean
  paths: RunPathMapper
  /** The automatic path mapping was given up for this run (it is read again without it). */
  mappingGivenUp: boolean
  census: FingerprintCensus
  notes: RunNotes
  intern: RunInterner
}

/** Members whose late arrival changes results normalised before it. */
function invalidates(state: RunState, key: string): boolean {
  if (state.processed === 0) return false
  switch (key) {
    case 'tool':
    case 'automationDetails':
      return true
    case 'artifacts':
      return state.usedArtifacts
    case 'originalUriBaseIds':
      return [...state.usedBaseIds].some(id => baseOf(state.context, id) !== undefined)
    default:
      return false
  }
}

/**
 * Reads one SARIF file (plain or gzip, detected by content) and gives each finding to `sink`.
 * Keys may come in any order: a run whose `tool` follows its `results` (or whose URI bases or
 * artifacts arrive after results that needed them) is read again with its full context, and so
 * is a run whose automatic path mapping turned out ambiguous (then without it).
 * Throws `SarifFileError` naming the file, byte offset and JSON path for anything that is not a
 * readable SARIF 2.1.0 log, with the SHA-256 of the bytes it judged; the caller discards that
 * file's findings.
 */
export async function readSarifFile(
  path: string,
  displayName: string,
  workspace: string,
  sink: FindingSink,
  options: ReadOptions = {}
): Promise<FileSummary> {
  let gzip: boolean
  const states: RunState[] = []
  const root = new Map<string, unknown>()
  const files = options.files ?? new WorkspaceFiles(workspace)
  const pathMap = options.pathMap ?? []
  const emit = (state: RunState, run: number, value: unknown): void => {
    state.processed++
    state.summary.results++
    const finding = normaliseResult(value, state.context, {
      workspace,
      file: displayName,
      run,
      paths: state.paths,
      census: state.census,
      notes: state.notes,
      intern: state.intern
    })
    if (!state.paths.auto && !state.mappingGivenUp) {
      // The suffix mapping of this run turned out ambiguous: read it again without it.
      state.mappingGivenUp = true
      state.replay = true
    }
    if (finding === undefined) return
    state.summary.findings++
    sink.finding(finding)
  }
  /** A run read in this pass that must be read again forgets what it gave. */
  const endRun = (run: number): void => {
    const state = states[run]!
    if (state.reading && state.replay && state.processed > 0) {
      sink.retractRun(run)
      state.summary.results = 0
      state.summary.findings = 0
    }
  }
  const firstPass: ScanHandler = {
    wantsRootMember: key => key === 'version' || key === '$schema',
    rootMember: (key, value) => {
      root.set(key, value)
    },
    runStart: run => {
      states[run] = {
        context: emptyRunContext(),
        summary: {
          tool: 'unknown-tool',
          results: 0,
          findings: 0,
          executionFailed: false,
          errorNotifications: [],
          hasResults: false,
          paths: { mappings: [], outside: { findings: 0, examples: [] } },
          placeholderFingerprints: [],
          notes: [],
          notesOmitted: 0
        },
        resultsStarted: false,
        processed: 0,
        replay: false,
        reading: false,
        usedBaseIds: new Set(),
        usedArtifacts: false,
        paths: new RunPathMapper(pathMap, files),
        mappingGivenUp: false,
        census: new FingerprintCensus(),
        notes: new RunNotes(),
        intern: new RunInterner(displayName, run)
      }
    },
    wantsRunMember: (_run, key) => CONTEXT_MEMBERS.has(key),
    runMember: (run, key, value) => {
      const state = states[run]!
      if (key === 'results') {
        if (value !== null) throw new Error(`'results' must be an array`)
        return
      }
      applyRunMember(state.context, key, value)
      if (state.resultsStarted && !state.replay && invalidates(state, key)) state.replay = true
    },
    resultsStart: run => {
      const state = states[run]!
      state.resultsStarted = true
      state.context.hasResults = true
      if (state.context.tool === undefined) state.replay = true
      state.reading = !state.replay
      return state.reading
    },
    result: (run, _index, value) => {
      const state = states[run]!
      const needs = pendingNeeds(value, state.context)
      for (const id of needs.baseIds) state.usedBaseIds.add(id)
      state.usedArtifacts ||= needs.artifacts
      emit(state, run, value)
    },
    resultsEnd: () => {},
    runEnd: endRun
  }
  const digest = createHash('sha256')
  let bytes: number
  let passes = 1
  let mergedBy: string | undefined
  let handle: FileHandle | undefined
  try {
    handle = await openInput(path)
    const first = await head(handle)
    if (first.toString('latin1') === LFS_POINTER) {
      throw new Error(
        'is a Git LFS pointer, not the SARIF log itself: the file was committed to Git LFS and the checkout did not fetch it. Fetch LFS files before the scan (actions/checkout with lfs: true, or git lfs pull), or point sarif at the file the scanner wrote'
      )
    }
    gzip = isGzipHead(first)
    bytes = await feed(handle, gzip, new SarifScanner(firstPass), digest)
    checkVersion(root)
    // Our own merged SARIF (every run says so) is never an input: what it gave is taken back.
    if (states.length > 0 && states.every(state => state.context.mergedBy !== undefined)) {
      mergedBy = states[0]!.context.mergedBy
      states.forEach((_state, run) => sink.retractRun(run))
    }
    // A run is read again when its context came late, or (once more, at most) when its
    // automatic path mapping turned out ambiguous while it was being read again.
    while (mergedBy === undefined && states.some(s => s.replay) && passes < 3) {
      passes++
      for (const state of states) {
        state.reading = state.replay
        state.replay = false
        state.processed = 0
        if (state.reading) {
          state.paths.restart()
          state.census = new FingerprintCensus()
          state.notes.restart()
        }
      }
      await feed(handle, gzip, new SarifScanner(replayHandler(states, emit, endRun)))
    }
  } catch (error) {
    await handle?.close()
    handle = undefined
    const failure = asFileError(displayName, error)
    const judged = await digestOf(path)
    if (judged !== undefined) {
      failure.sha256 = judged.sha256
      failure.bytes = judged.bytes
    }
    throw failure
  } finally {
    await handle?.close()
  }
  const summary: FileSummary = {
    sha256: digest.digest('hex'),
    bytes,
    gzip,
    passes,
    runs: states.map(state => summarise(state))
  }
  if (mergedBy !== undefined) summary.mergedBy = mergedBy
  return summary
}

function replayHandler(
  states: RunState[],
  emit: (state: RunState, run: number, value: unknown) => void,
  endRun: (run: number) => void
): ScanHandler {
  return {
    wantsRootMember: () => false,
    rootMember: () => {},
    runStart: () => {},
    wantsRunMember: () => false,
    runMember: () => {},
    resultsStart: run => states[run]?.reading === true,
    result: (run, _index, value) => emit(states[run]!, run, value),
    resultsEnd: () => {},
    runEnd: endRun
  }
}

function summarise(state: RunState): RunSummary {
  const { context, summary } = state
  summary.tool = context.tool?.driver.name ?? 'unknown-tool'
  const version = context.tool?.driver.version
  if (version !== undefined) summary.toolVersion = version
  if (context.category !== undefined) summary.category = context.category
  const outcome = executionOutcome(summary.tool, context.invocations)
  summary.executionFailed = outcome.failure !== undefined
  if (outcome.failure !== undefined) summary.executionFailure = outcome.failure
  if (outcome.foundOnly !== undefined) summary.executionNote = outcome.foundOnly
  summary.errorNotifications = context.errorNotifications
  summary.hasResults = context.hasResults
  summary.paths = state.paths.report()
  summary.placeholderFingerprints = state.census.placeholders()
  summary.notes = state.notes.notes
  summary.notesOmitted = state.notes.omitted
  if (context.mergedBy !== undefined) summary.mergedBy = context.mergedBy
  return summary
}
function checkVersion(root: Map<string, unknown>): void {
  const version = root.get('version')
  if (version === undefined) {
    throw new Error(`no 'version' member: not a SARIF log (SARIF ${SARIF_VERSION} is required)`)
  }
  if (version !== SARIF_VERSION) {
    throw new Error(
      `SARIF version ${shown(version, 40)} is not supported: only ${SARIF_VERSION} is read`
    )
  }
}

function asFileError(file: string, error: unknown): SarifFileError {
  if (error instanceof SarifSyntaxError) {
    return new SarifFileError(file, error.message, error.offset, error.path)
  }
  if (error instanceof NotAFileError) return new SarifFileError(file, error.message)
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  const message = getErrorMessage(error)
  switch (code) {
    case 'Z_DATA_ERROR':
    case 'Z_BUF_ERROR':
      return new SarifFileError(file, `not a valid gzip file: ${message}`)
    case 'ENOENT':
      return new SarifFileError(file, 'file not found')
    case 'EISDIR':
      return new SarifFileError(file, 'is a directory, not a SARIF file')
    case 'EACCES':
      return new SarifFileError(file, 'permission denied')
    case 'ELOOP':
      return new SarifFileError(file, 'is a symbolic link loop, not a SARIF file')
    case 'ENOTDIR':
      return new SarifFileError(file, 'a part of its path is not a directory')
    default:
      return new SarifFileError(file, message)
  }
}
