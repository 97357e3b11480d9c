import type { Hash } from 'node:crypto'
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { open } from 'node:fs/promises'
import { createGunzip } from 'node:zlib'
import { ConfigurationError, getErrorMessage } from '../errors.js'
import type { Finding } from '../model.js'
import type { PlaceholderFingerprint } from './identity.js'
import { FingerprintCensus } from './identity.js'
import { executionOutcome } from './execution.js'
import { normaliseResult, pendingNeeds } from './normalize.js'
import type { PathMapEntry, PathReport } from './path-map.js'
import { RunPathMapper, WorkspaceFiles } from './path-map.js'
import type { RunContext } from './run-context.js'
import { applyRunMember, CONTEXT_MEMBERS, emptyRunContext } from './run-context.js'
import type { ScanHandler } from './scanner.js'
import { SarifScanner, SarifSyntaxError } from './scanner.js'

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
}

export interface FileSummary {
  sha256: string
  bytes: number
  gzip: boolean
  runs: RunSummary[]
  /** How many times the file was read (2 when a run's context came after its results). */
  passes: number
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

async function head(path: string): Promise<Buffer> {
  const handle = await open(path, 'r')
  try {
    const buffer = Buffer.alloc(LFS_POINTER.length)
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0)
    return buffer.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}

function isGzipHead(bytes: Buffer): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b
}

async function isGzip(path: string): Promise<boolean> {
  return isGzipHead(await head(path))
}

/** SHA-256 and size of a whole file, or undefined when it cannot be read. */
async function digestOf(path: string): Promise<{ sha256: string; bytes: number } | undefined> {
  try {
    const digest = createHash('sha256')
    let bytes = 0
    for await (const chunk of createReadStream(path, { highWaterMark: CHUNK_BYTES })) {
      digest.update(chunk as Buffer)
      bytes += (chunk as Buffer).length
    }
    return { sha256: digest.digest('hex'), bytes }
  } catch {
    return undefined
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
  const gzip = await isGzip(path)
  const bytes = await feed(path, gzip, new SarifScanner(handler))
  return { bytes, gzip }
}

async function feed(
  path: string,
  gzip: boolean,
  scanner: SarifScanner,
  digest?: Hash
): Promise<number> {
  if (gzip) return feedGzip(path, scanner, digest)
  const handle = await open(path, 'r')
  const chunk = Buffer.allocUnsafe(CHUNK_BYTES)
  let bytes = 0
  try {
    for (;;) {
      const { bytesRead } = await handle.read(chunk, 0, CHUNK_BYTES, null)
      if (bytesRead === 0) break
      const view = chunk.subarray(0, bytesRead)
      digest?.update(view)
      scanner.push(view)
      bytes += bytesRead
    }
  } finally {
    await handle.close()
  }
  scanner.end()
  return bytes
}

async function feedGzip(path: string, scanner: SarifScanner, digest?: Hash): Promise<number> {
  const raw = createReadStream(path, { highWaterMark: CHUNK_BYTES })
  const gunzip = createGunzip({ chunkSize: GUNZIP_CHUNK_BYTES })
  let bytes = 0
  raw.on('data', chunk => {
    bytes += chunk.length
    digest?.update(chunk as Buffer)
  })
  raw.on('error', error => gunzip.destroy(error))
  for await (const chunk of raw.pipe(gunzip)) scanner.push(chunk as Buffer)
  scanner.end()
  return bytes
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
      return [...state.usedBaseIds].some(id => state.context.originalUriBaseIds?.[id] !== undefined)
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
  const root: Record<string, unknown> = {}
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
      census: state.census
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
      root[key] = value
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
          placeholderFingerprints: []
        },
        resultsStarted: false,
        processed: 0,
        replay: false,
        reading: false,
        usedBaseIds: new Set(),
        usedArtifacts: false,
        paths: new RunPathMapper(pathMap, files),
        mappingGivenUp: false,
        census: new FingerprintCensus()
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
  try {
    const first = await head(path)
    if (first.toString('latin1') === LFS_POINTER) {
      throw new Error(
        'is a Git LFS pointer, not the SARIF log itself: the file was committed to Git LFS and the checkout did not fetch it. Fetch LFS files before the scan (actions/checkout with lfs: true, or git lfs pull), or point sarif at the file the scanner wrote'
      )
    }
    gzip = isGzipHead(first)
    bytes = await feed(path, gzip, new SarifScanner(firstPass), digest)
    checkVersion(root)
    // A run is read again when its context came late, or (once more, at most) when its
    // automatic path mapping turned out ambiguous while it was being read again.
    while (states.some(s => s.replay) && passes < 3) {
      passes++
      for (const state of states) {
        state.reading = state.replay
        state.replay = false
        state.processed = 0
        if (state.reading) {
          state.paths.restart()
          state.census = new FingerprintCensus()
        }
      }
      await feed(path, gzip, new SarifScanner(replayHandler(states, emit, endRun)))
    }
  } catch (error) {
    const failure = asFileError(displayName, error)
    const judged = await digestOf(path)
    if (judged !== undefined) {
      failure.sha256 = judged.sha256
      failure.bytes = judged.bytes
    }
    throw failure
  }
  return {
    sha256: digest.digest('hex'),
    bytes,
    gzip,
    passes,
    runs: states.map(state => summarise(state))
  }
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
  return summary
}
function checkVersion(root: Record<string, unknown>): void {
  const version = root.version
  if (version === undefined) {
    throw new Error(`no 'version' member: not a SARIF log (SARIF ${SARIF_VERSION} is required)`)
  }
  if (version !== SARIF_VERSION) {
    throw new Error(
      `SARIF version ${JSON.stringify(version)} is not supported: only ${SARIF_VERSION} is read`
    )
  }
}

function asFileError(file: string, error: unknown): SarifFileError {
  if (error instanceof SarifSyntaxError) {
    return new SarifFileError(file, error.message, error.offset, error.path)
  }
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
    default:
      return new SarifFileError(file, message)
  }
}
