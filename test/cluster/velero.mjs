// Velero and an S3 object store for the test control plane.
//
// - versitygw (github.com/versity/versitygw) serves the S3 API on 127.0.0.1 with its posix
//   backend: a bucket is a directory and an object a file under <plane dir>/objectstore/.
// - `velero server` runs out of cluster with the admin kubeconfig, as Velero's "Run Velero
//   locally" page describes (site/content/docs/v1.18/run-locally.md of the Velero module):
//   AWS_SHARED_CREDENTIALS_FILE for the object store, --plugin-dir holding
//   velero-plugin-for-aws, a BackupStorageLocation `default` pointing at versitygw, and a
//   Deployment `velero` with 0 replicas in Velero's namespace (restores read Velero's image from
//   it: pkg/restore/actions/pod_volume_restore_action.go; without it every restore ends
//   PartiallyFailed with `deployments.apps "velero" not found`).
//
// One Velero per machine: Velero 1.18 creates its controller-runtime manager without a metrics
// option (pkg/cmd/server/server.go newServer), so the manager binds controller-runtime's default
// `:8080` (sigs.k8s.io/controller-runtime pkg/metrics/server DefaultBindAddress) on every
// interface, and a second Velero on the same machine fails to start. A machine-wide lock
// (flock(1) on VELERO_LOCK, held by the Velero process itself) makes a second start wait, within
// a bound, and then fail naming the plane that holds it.
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import {
  LOOPBACK,
  adminConn,
  alive,
  exitCodeOf,
  groupAlive,
  killGroup,
  mainPid,
  memoryOf,
  readState,
  request,
  spawnComponent,
  tail,
  uniquePorts,
  waitUntil,
  writeState
} from './controlplane.mjs'
import { createBucket } from './s3.mjs'

/** The namespace Velero watches (its --namespace); the Backups and Restores it acts on live there. */
export const VELERO_NAMESPACE = 'velero'
/** The bucket a plane's Velero uses unless told otherwise. */
export const DEFAULT_BUCKET = 'velero'
export const REGION = 'us-east-1'
/** Machine-wide: every plane on this machine, whatever its dir or user, takes this one lock. */
export const VELERO_LOCK = '/tmp/known-good-velero.lock'
const LOCK_OWNER = `${VELERO_LOCK}.json`
/** flock(1) exit code when the lock was not had within -w (chosen by us with -E). */
const LOCK_TIMEOUT_EXIT = 75
// The image `velero install` would deploy; nothing pulls it (the Deployment has 0 replicas).
const IMAGE = version => `velero/velero:${version}`

// Server flags (pkg/cmd/server/config/config.go). Velero's defaults are 1m (sync, store
// validation) and 1h (garbage collection); the backup sync controller enqueues its locations
// once a minute whatever the period (pkg/controller/backup_sync_controller.go
// backupSyncReconcilePeriod), so a period under 1m means "at every tick".
const DEFAULT_SERVER = { backupSyncPeriod: '5s' }

const sleep = ms => new Promise(r => setTimeout(r, ms))

function keys() {
  // AWS-shaped: 20-character access key id, 40-character secret.
  const alnum = n =>
    [...randomBytes(n)].map(b => 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'[b % 32]).join('')
  return { accessKeyId: `KG${alnum(18)}`, secretAccessKey: randomBytes(30).toString('base64') }
}

/** The AWS shared credentials file (https://docs.aws.amazon.com/cli/latest/topic/config-vars.html). */
function writeCredentials(file, { accessKeyId, secretAccessKey }) {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 })
  fs.writeFileSync(
    file,
    `[default]\naws_access_key_id = ${accessKeyId}\naws_secret_access_key = ${secretAccessKey}\n`,
    { mode: 0o600 }
  )
}

/** Reads the keys back from a credentials file written by writeCredentials. */
export function readCredentials(file) {
  const text = fs.readFileSync(file, 'utf8')
  const get = k => new RegExp(`^${k}\\s*=\\s*(\\S+)\\s*$`, 'm').exec(text)?.[1]
  const accessKeyId = get('aws_access_key_id')
  const secretAccessKey = get('aws_secret_access_key')
  if (!accessKeyId || !secretAccessKey)
    throw new Error(`${file} holds no aws_access_key_id / aws_secret_access_key`)
  return { accessKeyId, secretAccessKey }
}

/** The store as s3.mjs wants it (keys read from the credentials file). */
export function s3Store(objectStore) {
  return {
    url: objectStore.url,
    region: objectStore.region,
    ...readCredentials(objectStore.credentialsFile)
  }
}

function httpAnswers(port) {
  return new Promise(resolve => {
    const req = http.get({ host: LOOPBACK, port, path: '/', timeout: 1000 }, res => {
      res.resume()
      resolve(true)
    })
    req.on('timeout', () => req.destroy())
    req.on('error', () => resolve(false))
  })
}

// ---------------------------------------------------------------------------------------------
// the object store

/**
 * Starts versitygw for the plane in `state` (posix backend in <dir>/objectstore, root keys
 * generated for this plane, 127.0.0.1 only) and creates `buckets`. Records state.objectStore.
 */
export async function startObjectStore(
  state,
  { buckets = [DEFAULT_BUCKET], port, timeoutMs = 30_000 } = {}
) {
  const bin = state.bin?.versitygw
  if (!bin) throw new Error('this plane was built without versitygw (run npm run cluster:build)')
  const dir = path.join(state.dir, 'objectstore')
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 })
  port ??= (await uniquePorts(1))[0]
  const creds = keys()
  const credentialsFile = path.join(state.dir, 'velero', 'credentials')
  writeCredentials(credentialsFile, creds)
  // Keys through the environment (cmd/versitygw/main.go: ROOT_ACCESS_KEY_ID, ROOT_SECRET_ACCESS_KEY),
  // not argv, which every local user can read in /proc. No --admin-port, --webui, --pprof: only
  // the S3 port listens. --quiet: no line per request on stdout.
  const proc = spawnComponent(
    state,
    'versitygw',
    bin,
    ['--port', `${LOOPBACK}:${port}`, '--region', REGION, '--quiet', 'posix', dir],
    {
      env: {
        ROOT_ACCESS_KEY_ID: creds.accessKeyId,
        ROOT_SECRET_ACCESS_KEY: creds.secretAccessKey
      }
    }
  )
  await waitUntil('versitygw answering HTTP', () => httpAnswers(port), {
    procs: [proc],
    timeoutMs,
    intervalMs: 50
  })
  const objectStore = {
    url: `http://${LOOPBACK}:${port}`,
    port,
    region: REGION,
    dir,
    credentialsFile,
    accessKeyId: creds.accessKeyId,
    ownerDir: state.dir
  }
  for (const b of buckets) await createBucket({ ...objectStore, ...creds }, b)
  state.objectStore = objectStore
  state.ports = { ...state.ports, objectStore: port }
  writeState(state)
  return objectStore
}

// ---------------------------------------------------------------------------------------------
// the machine-wide lock

function lockOwner() {
  try {
    return JSON.parse(fs.readFileSync(LOCK_OWNER, 'utf8'))
  } catch {
    return undefined
  }
}

function describeOwner() {
  const o = lockOwner()
  if (!o) return 'a process that did not say who it is'
  const gone =
    o.pid && !alive(o.pid) ? '; that process is gone, so another took the lock since' : ''
  return `the Velero of plane ${o.dir} (pid ${o.pid}, since ${o.since})${gone}`
}

/** Whether some process holds the lock right now (flock -n succeeds only when it is free). */
export function veleroLockHolder() {
  if (!fs.existsSync(VELERO_LOCK)) return undefined
  const r = spawnSync('flock', ['-n', '-E', String(LOCK_TIMEOUT_EXIT), VELERO_LOCK, 'true'], {
    timeout: 5000
  })
  if (r.error?.code === 'ENOENT')
    throw new Error('flock not found on PATH: the test plane needs util-linux flock(1) for Velero')
  return r.status === LOCK_TIMEOUT_EXIT ? (lockOwner() ?? {}) : undefined
}

// ---------------------------------------------------------------------------------------------
// Velero

async function ensure(conn, urlPath, body, what) {
  const r = await request(conn, 'POST', urlPath, { body })
  if (r.status !== 201 && r.status !== 409)
    throw new Error(`creating ${what}: ${r.status} ${r.body}`)
}

function bslBody(namespace, bucket, objectStore, accessMode) {
  return {
    apiVersion: 'velero.io/v1',
    kind: 'BackupStorageLocation',
    metadata: { name: 'default', namespace },
    spec: {
      provider: 'aws',
      default: true,
      accessMode,
      objectStorage: { bucket },
      // velero-plugin-for-aws object_store.go: region, s3ForcePathStyle, s3Url.
      config: { region: objectStore.region, s3ForcePathStyle: 'true', s3Url: objectStore.url }
    }
  }
}

/** Creates the BackupStorageLocation `default`, or points an existing one at `bucket`. */
async function ensureBsl(conn, namespace, bucket, objectStore, accessMode) {
  const base = `/apis/velero.io/v1/namespaces/${namespace}/backupstoragelocations`
  const body = bslBody(namespace, bucket, objectStore, accessMode)
  const r = await request(conn, 'POST', base, { body })
  if (r.status === 201) return
  if (r.status !== 409)
    throw new Error(`creating BackupStorageLocation default: ${r.status} ${r.body}`)
  const p = await request(conn, 'PATCH', `${base}/default`, {
    body: { spec: body.spec },
    contentType: 'application/merge-patch+json'
  })
  if (p.status !== 200)
    throw new Error(`updating BackupStorageLocation default: ${p.status} ${p.body}`)
}

async function getBsl(conn, namespace) {
  const r = await request(
    conn,
    'GET',
    `/apis/velero.io/v1/namespaces/${namespace}/backupstoragelocations/default`
  )
  return r.status === 200 ? JSON.parse(r.body) : undefined
}

function goDurationFlag(name, value) {
  if (value === undefined || value === null) return []
  if (!/^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/.test(String(value)))
    throw new Error(`${name}: ${JSON.stringify(value)} is not a Go duration (e.g. 5s, 1m30s)`)
  return [`--${name}=${value}`]
}

/**
 * Starts `velero server` for the plane in `dir` (its CRDs must be installed) and waits until
 * the BackupStorageLocation `default` has been validated Available by this run.
 *
 * options:
 *   objectStore   the store to use (default: the plane's own, state.objectStore); pass another
 *                 plane's state.objectStore to share its bucket (a disaster-recovery cluster)
 *   bucket        default: the one used last time, else DEFAULT_BUCKET
 *   accessMode    'ReadWrite' (default) or 'ReadOnly' for the BackupStorageLocation
 *   backupSyncPeriod, gcFrequency, storeValidationFrequency, defaultBackupTtl
 *                 --backup-sync-period (default 5s), --garbage-collection-frequency,
 *                 --store-validation-frequency, --default-backup-ttl (Velero's defaults if unset)
 *   extraArgs     more `velero server` flags
 *   lockWaitMs    how long to wait for another plane's Velero to stop (default 60 s)
 *   timeoutMs     bound on the start after the lock is had (default 90 s)
 */
export async function startVelero(dir, opts = {}) {
  const state = readState(dir)
  if (!state?.kubeconfig) throw new Error(`${dir} holds no running control plane`)
  return startVeleroIn(state, opts)
}

/** startVelero() on a plane's state object (the one startControlPlane() is filling in). */
export async function startVeleroIn(state, opts = {}) {
  const dir = state.dir
  if (state.processes.some(p => p.name === 'velero' && groupAlive(p.pid)))
    throw new Error(`Velero of plane ${dir} is running already: stopVelero() first`)
  if (!state.bin?.velero || !state.pluginDir)
    throw new Error('this plane was built without Velero (run npm run cluster:build)')
  const t0 = Date.now()
  const prev = state.velero ?? {}
  const objectStore = opts.objectStore ?? state.objectStore ?? prev.objectStore
  if (!objectStore)
    throw new Error('no object store: start the plane with velero, or pass options.objectStore')
  const namespace = VELERO_NAMESPACE
  const bucket = opts.bucket ?? prev.bucket ?? DEFAULT_BUCKET
  const accessMode = opts.accessMode ?? 'ReadWrite'
  const server = { ...DEFAULT_SERVER, ...(prev.server ?? {}), ...pick(opts) }
  const { lockWaitMs = 60_000, timeoutMs = 90_000, extraArgs = prev.extraArgs ?? [] } = opts
  const flags = [
    ...goDurationFlag('backup-sync-period', server.backupSyncPeriod),
    ...goDurationFlag('garbage-collection-frequency', server.gcFrequency),
    ...goDurationFlag('store-validation-frequency', server.storeValidationFrequency),
    ...goDurationFlag('default-backup-ttl', server.defaultBackupTtl)
  ]
  if (!Number.isFinite(lockWaitMs) || lockWaitMs < 0)
    throw new Error(`lockWaitMs: ${JSON.stringify(lockWaitMs)} is not a number of milliseconds ≥ 0`)

  // This plane's own copy of the keys (a second plane may use the first plane's store).
  const credentialsFile = path.join(dir, 'velero', 'credentials')
  if (path.resolve(objectStore.credentialsFile) !== path.resolve(credentialsFile))
    writeCredentials(credentialsFile, readCredentials(objectStore.credentialsFile))

  const conn = adminConn(state)
  await ensure(
    conn,
    '/api/v1/namespaces',
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: namespace } },
    `namespace ${namespace}`
  )
  const labels = { component: 'velero', deploy: 'velero' }
  await ensure(
    conn,
    `/apis/apps/v1/namespaces/${namespace}/deployments`,
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'velero', namespace, labels },
      spec: {
        replicas: 0, // the server runs out of cluster (run-locally.md, "Scale deployment down to zero")
        selector: { matchLabels: { deploy: 'velero' } },
        template: {
          metadata: { labels },
          spec: {
            containers: [{ name: 'velero', image: IMAGE(state.versions?.velero ?? 'latest') }]
          }
        }
      }
    },
    `Deployment ${namespace}/velero`
  )
  await ensureBsl(conn, namespace, bucket, objectStore, accessMode)

  const [metrics, profiler] = await uniquePorts(2)
  // Before flock runs: the probe itself takes the lock for a moment.
  const holder = veleroLockHolder()
  const args = [
    'server',
    `--kubeconfig=${state.kubeconfig}`,
    `--namespace=${namespace}`,
    `--plugin-dir=${state.pluginDir}`,
    // Velero's defaults are :8085 and localhost:6060.
    `--metrics-address=${LOOPBACK}:${metrics}`,
    `--profiler-address=${LOOPBACK}:${profiler}`,
    ...flags,
    '--log-level=info',
    ...extraArgs
  ]
  // flock(1) takes the lock, then runs Velero and holds the lock until Velero exits (the kernel
  // drops it when the process dies, however it dies). -E: our exit code for "not had in time".
  const proc = spawnComponent(
    state,
    'velero',
    flockPath(),
    [
      '-w',
      String(lockWaitMs / 1000),
      '-E',
      String(LOCK_TIMEOUT_EXIT),
      VELERO_LOCK,
      state.bin.velero,
      ...args
    ],
    {
      wraps: state.bin.velero,
      env: {
        AWS_SHARED_CREDENTIALS_FILE: credentialsFile,
        // Never ask an EC2 instance metadata endpoint for keys or a region.
        AWS_EC2_METADATA_DISABLED: 'true'
      }
    }
  )
  state.velero = {
    namespace,
    bucket,
    accessMode,
    objectStore,
    credentialsFile,
    server,
    extraArgs,
    ports: { metrics, profiler },
    lockFile: VELERO_LOCK,
    running: false
  }
  writeState(state)
  try {
    // 1. the lock: Velero runs as flock's child once flock has it.
    if (holder)
      process.stderr.write(
        `[cluster] waiting up to ${lockWaitMs} ms for ${describeOwner()} to stop\n`
      )
    const lockDeadline = Date.now() + lockWaitMs + 5000
    let velero
    for (;;) {
      velero = mainPid(proc)
      if (velero !== proc.pid) break
      if (!alive(proc.pid)) {
        // /proc may show the exit before this process has handled SIGCHLD: wait for the code.
        const codeBy = Date.now() + 5000
        while (exitCodeOf(proc.pid) === undefined && Date.now() < codeBy) await sleep(20)
        const code = exitCodeOf(proc.pid)
        if (code === LOCK_TIMEOUT_EXIT)
          throw new Error(
            `another Velero holds the machine-wide lock ${VELERO_LOCK}: ${describeOwner()}. Only one Velero runs per machine (Velero ${state.versions?.velero ?? ''} binds controller-runtime's metrics on :8080 and has no flag for it); stop that one first (stopVelero(<its dir>) or npm run cluster:down), or give lockWaitMs more than ${lockWaitMs}`
          )
        throw new Error(`velero exited at start (code ${code ?? 'unknown'})\n${tail(proc.log, 20)}`)
      }
      if (Date.now() > lockDeadline)
        throw new Error(`flock held neither lock nor gave up within ${lockWaitMs} ms`)
      await sleep(50)
    }
    fs.writeFileSync(
      LOCK_OWNER,
      JSON.stringify({ dir, pid: velero, flockPid: proc.pid, since: new Date().toISOString() }) +
        '\n'
    )
    const started = Date.now()
    state.velero.pid = velero
    writeState(state)
    // 2. BackupStorageLocation validated by this run (lastValidationTime has second precision).
    await waitUntil(
      'BackupStorageLocation default Available',
      async () => {
        const bsl = await getBsl(conn, namespace)
        const at = Date.parse(bsl?.status?.lastValidationTime ?? '')
        if (!(at >= Math.floor(started / 1000) * 1000)) return false
        if (bsl.status.phase === 'Available') return true
        throw new Error(`phase ${bsl.status.phase}: ${bsl.status.message ?? ''}`)
      },
      { procs: [proc], timeoutMs, intervalMs: 100 }
    )
    state.velero.running = true
    state.velero.startSeconds = (Date.now() - t0) / 1000
    writeState(state)
    return state.velero
  } catch (e) {
    const log = tail(proc.log, 15)
    await stopVeleroIn(state, { graceMs: 0 }).catch(() => {})
    if (/:8080: bind: address already in use/.test(log))
      throw new Error(
        `velero could not bind :8080 (controller-runtime's metrics listener, which Velero ${state.versions?.velero ?? ''} offers no flag for): another program listens there. ${e.message}\n${log}`,
        { cause: e }
      )
    throw new Error(`starting Velero for plane ${dir}: ${e.message}\n--- velero log ---\n${log}`, {
      cause: e
    })
  }
}

function pick(opts) {
  const out = {}
  for (const k of [
    'backupSyncPeriod',
    'gcFrequency',
    'storeValidationFrequency',
    'defaultBackupTtl'
  ])
    if (k in opts) out[k] = opts[k]
  return out
}

let flockBin
function flockPath() {
  if (flockBin) return flockBin
  for (const d of (process.env.PATH ?? '/usr/bin:/bin').split(':')) {
    const p = path.join(d || '.', 'flock')
    try {
      fs.accessSync(p, fs.constants.X_OK)
      return (flockBin = p)
    } catch {
      // next
    }
  }
  throw new Error('flock not found on PATH: the test plane needs util-linux flock(1) for Velero')
}

/**
 * Stops the Velero of the plane in `dir` (SIGTERM, SIGKILL after graceMs) and waits until its
 * whole process group (plugins included) is gone, so the lock and :8080 are free again. The
 * object store keeps running. Returns { stopped, memory }.
 */
export async function stopVelero(dir, opts = {}) {
  const state = readState(dir)
  if (!state) return { stopped: false }
  return stopVeleroIn(state, opts)
}

async function stopVeleroIn(state, { graceMs = 3000 } = {}) {
  const dir = state.dir
  const procs = state.processes.filter(p => p.name === 'velero')
  const memory = procs.map(p => memoryOf(mainPid(p))).find(Boolean)
  for (const p of procs) if (groupAlive(p.pid)) killGroup(p.pid, 'SIGTERM')
  const deadline = Date.now() + graceMs
  while (procs.some(p => groupAlive(p.pid)) && Date.now() < deadline) await sleep(50)
  for (const p of procs) if (groupAlive(p.pid)) killGroup(p.pid, 'SIGKILL')
  const hard = Date.now() + 10_000
  while (procs.some(p => groupAlive(p.pid)) && Date.now() < hard) await sleep(50)
  const left = procs.filter(p => groupAlive(p.pid))
  if (left.length) throw new Error(`could not stop velero (${left.map(p => p.pid).join(', ')})`)
  const owner = lockOwner()
  if (owner && owner.dir === dir) fs.rmSync(LOCK_OWNER, { force: true })
  state.processes = state.processes.filter(p => p.name !== 'velero')
  if (state.velero) Object.assign(state.velero, { running: false, pid: undefined })
  writeState(state)
  return { stopped: procs.length > 0, memory }
}
