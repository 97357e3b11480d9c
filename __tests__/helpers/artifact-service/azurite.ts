import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** Azurite's well-known development account (public, documented by Microsoft). */
export const AZURITE_ACCOUNT_NAME = 'devstoreaccount1'
export const AZURITE_ACCOUNT_KEY =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='

export interface Azurite {
  /** Blob service endpoint, path-style: `http://127.0.0.1:<port>/devstoreaccount1`. */
  readonly blobEndpoint: string
  readonly port: number
  readonly accountName: string
  readonly accountKey: string
  /** What Azurite printed, for diagnosing a failed start. */
  output(): string
  /** Ends the process and waits for it to exit. Safe to call twice. */
  stop(): Promise<void>
}

export interface AzuriteOptions {
  /** How long to wait for "successfully listens on"; default 20 s (two busy cores). */
  startTimeoutMs?: number
  /** Megabytes of in-memory blob content Azurite may hold; default 256. */
  extentMemoryLimitMb?: number
}

const LISTENING = /successfully listens on (https?:\/\/[^\s]+)/

/**
 * The watchdog is loaded before Azurite: when our end of its stdin closes (we
 * stopped it, or the Jest worker died without stopping it) the process exits,
 * so a crashed test run leaves no Azurite listening.
 */
const WATCHDOG =
  "data:text/javascript,process.stdin.on('end',()=>process.exit(0));process.stdin.on('error',()=>process.exit(0));process.stdin.resume();"

/**
 * Starts Azurite's blob service (only blob: no queue/table) as a child process
 * on a free port of 127.0.0.1, with in-memory persistence, telemetry off, API
 * version check skipped and loose mode, in a scratch working directory that is
 * removed on stop.
 */
export async function startAzurite(options: AzuriteOptions = {}): Promise<Azurite> {
  const require = createRequire(import.meta.url)
  const main = join(require.resolve('azurite/package.json'), '..', 'dist', 'src', 'blob', 'main.js')
  const cwd = await mkdtemp(join(tmpdir(), 'azurite-'))
  const env: NodeJS.ProcessEnv = { ...process.env }
  // AZURITE_DB would switch Azurite to SQL metadata storage.
  delete env['AZURITE_DB']
  delete env['NODE_OPTIONS']

  const args = [
    '--import',
    WATCHDOG,
    main,
    '--blobHost',
    '127.0.0.1',
    '--blobPort',
    '0',
    '--inMemoryPersistence',
    '--extentMemoryLimit',
    String(options.extentMemoryLimitMb ?? 256),
    '--skipApiVersionCheck',
    '--loose',
    '--disableTelemetry',
    '--silent'
  ]
  const child = spawn(process.execPath, args, { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] })
  let output = ''
  let exited = false
  const exit = new Promise<void>(resolve => {
    child.once('exit', () => {
      exited = true
      resolve()
    })
  })
  child.stdout.setEncoding('utf8')
  child.stderr.setEncoding('utf8')
  child.stderr.on('data', (chunk: string) => (output += chunk))

  const stop = async (): Promise<void> => {
    if (!exited) {
      child.stdin.end()
      const killer = setTimeout(() => child.kill('SIGKILL'), 5000)
      await exit
      clearTimeout(killer)
    }
    await rm(cwd, { recursive: true, force: true })
  }

  try {
    const address = await waitForAddress(child, exit, options.startTimeoutMs ?? 20_000, chunk => {
      output += chunk
    })
    const port = Number(new URL(address).port)
    return {
      blobEndpoint: `http://127.0.0.1:${port}/${AZURITE_ACCOUNT_NAME}`,
      port,
      accountName: AZURITE_ACCOUNT_NAME,
      accountKey: AZURITE_ACCOUNT_KEY,
      output: () => output,
      stop
    }
  } catch (error) {
    await stop()
    throw new Error(`${(error as Error).message}\nAzurite said:\n${output}`, { cause: error })
  }
}

function waitForAddress(
  child: ChildProcess,
  exit: Promise<void>,
  timeoutMs: number,
  record: (chunk: string) => void
): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = ''
    const timer = setTimeout(
      () => reject(new Error(`Azurite did not start within ${timeoutMs} ms`)),
      timeoutMs
    )
    child.stdout?.on('data', (chunk: string) => {
      record(chunk)
      seen += chunk
      const match = LISTENING.exec(seen)
      if (match?.[1]) {
        clearTimeout(timer)
        resolve(match[1])
      }
    })
    child.once('error', error => {
      clearTimeout(timer)
      reject(error)
    })
    void exit.then(() => {
      clearTimeout(timer)
      reject(new Error(`Azurite exited early (code ${child.exitCode ?? child.signalCode})`))
    })
  })
}
