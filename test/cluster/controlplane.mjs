// Starts and stops a real Kubernetes control plane for tests and local trials:
// etcd + kube-apiserver (always), kube-controller-manager + kube-scheduler + kwok (workloads),
// cert-manager's controllers (certManager), Velero and its S3 object store (velero; see
// velero.mjs), the storage layer: a CSI driver of ours with external-provisioner,
// external-snapshotter's controller and sidecar (storage; see storage.mjs).
// Plain ESM JavaScript so that node scripts and Jest's globalSetup can import it as is.
//
// Everything lives in one temp dir (certificates, keys, etcd data, kubeconfigs, logs,
// state.json). Every process is spawned detached, so it leads its own process group, and
// is stopped by killing that group. Only 127.0.0.1 is ever bound or dialled.
import { execFile, spawn } from 'node:child_process'
import { generateKeyPairSync } from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import https from 'node:https'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { startDriver, startStorageIn } from './storage.mjs'
import { VELERO_LOCK, VELERO_NAMESPACE, startObjectStore, startVeleroIn } from './velero.mjs'

const execFileP = promisify(execFile)

export const LOOPBACK = '127.0.0.1'
export const NODE_NAME = 'kwok-node-0'
/** Service and pod ranges are bookkeeping only: nothing routes to them (no kube-proxy, no kubelet). */
const SERVICE_CIDR = '10.96.0.0/16'
const POD_CIDR = '10.244.0.1/16'
const STATE_FILE = 'state.json'
const KCM_CONTROLLERS = [
  'deployment-controller',
  'replicaset-controller',
  'statefulset-controller',
  'daemonset-controller',
  'job-controller',
  'cronjob-controller',
  'garbage-collector-controller',
  'namespace-controller',
  'serviceaccount-controller',
  'serviceaccount-token-controller',
  'root-ca-certificate-publisher-controller',
  'clusterrole-aggregation-controller',
  'node-lifecycle-controller',
  'pod-garbage-collector-controller',
  'ttl-controller',
  'disruption-controller',
  'endpointslice-controller',
  'persistentvolume-binder-controller',
  'persistentvolume-protection-controller',
  'persistentvolumeclaim-protection-controller'
]
/** cert-manager's `--cluster-resource-namespace`: where the Secrets of ClusterIssuers live. */
export const CERT_MANAGER_NAMESPACE = 'cert-manager'
// Upstream's controller names: what SelfSigned and CA issuers need (issuer readiness,
// CertificateRequest approval and signing, the Certificate control loops). No ACME, Vault,
// Venafi, ingress/gateway shims or CertificateSigningRequests; no webhook, no cainjector.
const CERT_MANAGER_CONTROLLERS = [
  'issuers',
  'clusterissuers',
  'certificaterequests-approver',
  'certificaterequests-issuer-selfsigned',
  'certificaterequests-issuer-ca',
  'certificates-trigger',
  'certificates-key-manager',
  'certificates-request-manager',
  'certificates-issuing',
  'certificates-readiness',
  'certificates-revision-manager'
]
/** Logged by test/cluster/cert-manager/main.go once its informers have synced. */
const CERT_MANAGER_READY = 'knowngood-testcontroller ready'

// ---------------------------------------------------------------------------------------------
// small utilities

/** A port that was free on 127.0.0.1 a moment ago. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.unref()
    srv.on('error', reject)
    srv.listen(0, LOOPBACK, () => {
      const { port } = srv.address()
      srv.close(() => resolve(port))
    })
  })
}

const sleep = ms => new Promise(r => setTimeout(r, ms))

/** True while the process exists and is not a zombie. */
export function alive(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z'
  } catch {
    return false
  }
}

/** True while any process of the group led by `pgid` exists (a leader's children included). */
export function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0)
    return true
  } catch (e) {
    return e.code === 'EPERM'
  }
}

/** The first child of `pid`, if it has one (from /proc). */
function childPid(pid) {
  try {
    const c = fs.readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/)[0]
    if (c) return Number(c)
  } catch {
    // no such file without CONFIG_PROC_CHILDREN: scan
  }
  for (const e of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(e)) continue
    try {
      const stat = fs.readFileSync(`/proc/${e}/stat`, 'utf8')
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid) return Number(e)
    } catch {
      // gone meanwhile
    }
  }
  return undefined
}

/**
 * The process that does the work: for a component started through a wrapper (Velero runs as
 * the child of flock(1), see velero.mjs) the wrapper's child, else the process itself.
 */
export function mainPid(proc) {
  return proc.wraps ? (childPid(proc.pid) ?? proc.pid) : proc.pid
}

/** The process is still the binary we started (guards against pid reuse). */
function isOurs(proc) {
  try {
    const exe = fs.readlinkSync(`/proc/${proc.pid}/exe`).replace(/ \(deleted\)$/, '')
    return exe === proc.bin || path.basename(exe) === path.basename(proc.bin)
  } catch {
    return false
  }
}

export function tail(file, lines = 30) {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n')
  } catch {
    return '(no log)'
  }
}

/** Peak and current resident memory of a process, from /proc (KiB). */
export function memoryOf(pid) {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
    const kib = k => Number(new RegExp(`^${k}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN)
    return { rssKiB: kib('VmRSS'), peakRssKiB: kib('VmHWM') }
  } catch {
    return undefined
  }
}

// ---------------------------------------------------------------------------------------------
// PKI: EC P-256 keys from node:crypto, certificates signed by the openssl CLI.

const OPENSSL_CNF = `[req]
distinguished_name = dn
prompt = no
[dn]
[ca]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,cRLSign,digitalSignature
subjectKeyIdentifier = hash
[server]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature,keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = IP:127.0.0.1,IP:10.96.0.1,DNS:localhost,DNS:kubernetes,DNS:kubernetes.default,DNS:kubernetes.default.svc,DNS:kubernetes.default.svc.cluster.local
[client]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature,keyEncipherment
extendedKeyUsage = clientAuth
`

function writeKey(file) {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
  fs.writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 })
  return publicKey.export({ type: 'spki', format: 'pem' })
}

async function openssl(args, cwd) {
  try {
    await execFileP('openssl', args, { cwd })
  } catch (e) {
    if (e.code === 'ENOENT')
      throw new Error('openssl not found on PATH: the test cluster needs it for certificates', {
        cause: e
      })
    throw new Error(`openssl ${args.join(' ')}: ${e.stderr || e.message}`, { cause: e })
  }
}

async function issue(pki, name, subject, profile) {
  writeKey(path.join(pki, `${name}.key`))
  await openssl(
    [
      'req',
      '-new',
      '-config',
      'openssl.cnf',
      '-key',
      `${name}.key`,
      '-subj',
      subject,
      '-out',
      `${name}.csr`
    ],
    pki
  )
  await openssl(
    [
      'x509',
      '-req',
      '-in',
      `${name}.csr`,
      '-CA',
      'ca.crt',
      '-CAkey',
      'ca.key',
      '-set_serial',
      `0x${Date.now().toString(16)}${Math.floor(Math.random() * 0xffff).toString(16)}`,
      '-days',
      '30',
      '-sha256',
      '-extfile',
      'openssl.cnf',
      '-extensions',
      profile,
      '-out',
      `${name}.crt`
    ],
    pki
  )
  fs.rmSync(path.join(pki, `${name}.csr`))
}

/** CA, apiserver serving cert, client certs (admin, controller-manager, scheduler), SA keys. */
async function makePki(pki) {
  fs.mkdirSync(pki, { recursive: true, mode: 0o700 })
  fs.writeFileSync(path.join(pki, 'openssl.cnf'), OPENSSL_CNF)
  writeKey(path.join(pki, 'ca.key'))
  await openssl(
    [
      'req',
      '-x509',
      '-new',
      '-config',
      'openssl.cnf',
      '-extensions',
      'ca',
      '-key',
      'ca.key',
      '-subj',
      '/CN=known-good-test-ca',
      '-days',
      '30',
      '-sha256',
      '-out',
      'ca.crt'
    ],
    pki
  )
  // Service-account token signing key pair (ES256).
  fs.writeFileSync(path.join(pki, 'sa.pub'), writeKey(path.join(pki, 'sa.key')))
  await Promise.all([
    issue(pki, 'apiserver', '/CN=kube-apiserver', 'server'),
    // system:masters: the bootstrap superuser group of the RBAC authorizer.
    issue(pki, 'admin', '/O=system:masters/CN=known-good-admin', 'client'),
    // The users the default RBAC bootstrap policy grants to these components.
    issue(pki, 'controller-manager', '/CN=system:kube-controller-manager', 'client'),
    issue(pki, 'scheduler', '/CN=system:kube-scheduler', 'client')
  ])
}

/** A kubeconfig with everything inlined (JSON is valid YAML: kubectl and client-node read it). */
export function kubeconfigJson({ server, caPem, certPem, keyPem, token, user }) {
  const b64 = s => Buffer.from(s).toString('base64')
  const u = token
    ? { token }
    : { 'client-certificate-data': b64(certPem), 'client-key-data': b64(keyPem) }
  return JSON.stringify(
    {
      apiVersion: 'v1',
      kind: 'Config',
      clusters: [
        { name: 'known-good-test', cluster: { server, 'certificate-authority-data': b64(caPem) } }
      ],
      users: [{ name: user, user: u }],
      contexts: [{ name: 'known-good-test', context: { cluster: 'known-good-test', user } }],
      'current-context': 'known-good-test'
    },
    null,
    2
  )
}

function writeClientKubeconfig(dir, pki, server, name, user) {
  const file = path.join(dir, `${name}.kubeconfig`)
  fs.writeFileSync(
    file,
    kubeconfigJson({
      server,
      caPem: fs.readFileSync(path.join(pki, 'ca.crt'), 'utf8'),
      certPem: fs.readFileSync(path.join(pki, `${name}.crt`), 'utf8'),
      keyPem: fs.readFileSync(path.join(pki, `${name}.key`), 'utf8'),
      user
    }),
    { mode: 0o600 }
  )
  return file
}

// ---------------------------------------------------------------------------------------------
// talking to the API server without any dependency (admin client certificate)

/** What request() needs to talk to the plane in `state` as its admin. */
export function adminConn(state) {
  const pki = path.join(state.dir, 'pki')
  return {
    port: state.ports.apiserver,
    ca: fs.readFileSync(path.join(pki, 'ca.crt')),
    cert: fs.readFileSync(path.join(pki, 'admin.crt')),
    key: fs.readFileSync(path.join(pki, 'admin.key'))
  }
}

export function request(conn, method, urlPath, { body, contentType, timeoutMs = 10_000 } = {}) {
  return new Promise((resolve, reject) => {
    const req = https.request(
      {
        host: LOOPBACK,
        port: conn.port,
        method,
        path: urlPath,
        ca: conn.ca,
        cert: conn.cert,
        key: conn.key,
        headers: {
          Accept: 'application/json',
          ...(body !== undefined ? { 'Content-Type': contentType ?? 'application/json' } : {})
        },
        timeout: timeoutMs
      },
      res => {
        let data = ''
        res.setEncoding('utf8')
        res.on('data', d => (data += d))
        res.on('end', () => resolve({ status: res.statusCode, body: data }))
      }
    )
    req.on('timeout', () => req.destroy(new Error(`${method} ${urlPath}: timed out`)))
    req.on('error', reject)
    if (body !== undefined) req.write(typeof body === 'string' ? body : JSON.stringify(body))
    req.end()
  })
}

function httpGet(port, urlPath) {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: LOOPBACK, port, path: urlPath, timeout: 2000 }, res => {
      let data = ''
      res.on('data', d => (data += d))
      res.on('end', () => resolve({ status: res.statusCode, body: data }))
    })
    req.on('timeout', () => req.destroy(new Error('timeout')))
    req.on('error', reject)
  })
}

/**
 * Polls `check` until it returns a truthy value. Fails early when one of `procs` has exited,
 * with the end of its log.
 */
export async function waitUntil(
  what,
  check,
  { timeoutMs = 60_000, intervalMs = 100, procs = [] } = {}
) {
  const deadline = Date.now() + timeoutMs
  let last
  for (;;) {
    for (const p of procs) {
      if (!alive(p.pid))
        throw new Error(`${p.name} exited while waiting for ${what} (its log is below)`)
    }
    try {
      const v = await check()
      if (v) return v
    } catch (e) {
      last = e
    }
    if (Date.now() > deadline) {
      throw new Error(
        `timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${last.message}` : ''}`
      )
    }
    await sleep(intervalMs)
  }
}

// ---------------------------------------------------------------------------------------------
// processes

export function readState(dir) {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, STATE_FILE), 'utf8'))
  } catch {
    return undefined
  }
}

export function writeState(state) {
  const file = path.join(state.dir, STATE_FILE)
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(state, null, 2))
  fs.renameSync(`${file}.tmp`, file)
  // The reaper (a shell loop) reads plain process-group ids.
  fs.writeFileSync(path.join(state.dir, 'pgids'), state.processes.map(p => p.pid).join('\n') + '\n')
}

const exitCodes = new Map()

/** The exit code of a component this process started and that has exited, else undefined. */
export function exitCodeOf(pid) {
  return exitCodes.get(pid)
}

/**
 * Starts a component in its own process group with a minimal environment (plus `env`), its
 * output in logs/<name>.log, and records it in state.json. `wraps`: the binary that the
 * started one (a wrapper such as flock) runs as its child.
 */
export function spawnComponent(state, name, bin, args, { env = {}, wraps } = {}) {
  const log = path.join(state.dir, 'logs', `${name}.log`)
  const fd = fs.openSync(log, 'a')
  let child
  try {
    child = spawn(bin, args, {
      cwd: state.dir,
      detached: true, // own process group: stop() kills the whole group
      stdio: ['ignore', fd, fd],
      // HOME inside the dir: kwok and the others read nothing of the user's (~/.kube, ~/.kwok).
      env: {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        HOME: state.dir,
        TMPDIR: state.dir,
        ...env
      }
    })
  } finally {
    fs.closeSync(fd)
  }
  child.on('error', () => {}) // ENOENT etc. shows as "exited" in waitUntil
  child.on('exit', code => exitCodes.set(child.pid, code))
  child.unref()
  const proc = { name, pid: child.pid, bin, log, ...(wraps ? { wraps } : {}) }
  if (!proc.pid) throw new Error(`could not start ${bin}`)
  state.processes.push(proc)
  writeState(state)
  return proc
}

/**
 * A detached shell loop that kills the plane and removes its dir when the owner process dies
 * without stopping it (Jest killed, a crash): no stray servers, no leftover ports.
 */
function spawnReaper(state) {
  const script = `
owner=$1; dir=$2
while kill -0 "$owner" 2>/dev/null; do sleep 1; done
for pg in $(cat "$dir/pgids" 2>/dev/null); do kill -KILL "-$pg" 2>/dev/null; done
sleep 0.5
rm -rf "$dir"
`
  const child = spawn(
    '/bin/sh',
    ['-c', script, 'known-good-cluster-reaper', String(process.pid), state.dir],
    {
      detached: true,
      stdio: 'ignore'
    }
  )
  child.on('error', () => {})
  child.unref()
  state.reaperPid = child.pid
}

const liveStates = new Set()
let exitHookInstalled = false
function installExitHook() {
  if (exitHookInstalled) return
  exitHookInstalled = true
  process.on('exit', () => {
    for (const state of liveStates) killSync(state)
  })
}

/** Signals a whole process group; one that is already gone is fine. */
export function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal)
  } catch (e) {
    if (e.code !== 'ESRCH') throw e
  }
}

function killSync(known) {
  // What state.json says now: a test may have started components (Velero) since.
  const state = { ...known, processes: readState(known.dir)?.processes ?? known.processes }
  for (const p of [...state.processes].reverse()) {
    if (groupAlive(p.pid) && (!alive(p.pid) || isOurs(p))) killGroup(p.pid, 'SIGKILL')
  }
  if (state.reaperPid) killGroup(state.reaperPid, 'SIGKILL')
  releaseVeleroLockOwner(state.dir)
  fs.rmSync(state.dir, { recursive: true, force: true })
  liveStates.delete(known)
}

/**
 * Stops every process of the plane in `dir` (SIGTERM, then SIGKILL after `graceMs`), waits
 * until they are gone and removes the dir. Safe to call twice, and from another process.
 */
export async function stopControlPlane(dir, { graceMs = 1000 } = {}) {
  const state = readState(dir)
  if (!state) {
    fs.rmSync(dir, { recursive: true, force: true })
    return { stopped: [] }
  }
  if (state.reaperPid && alive(state.reaperPid)) killGroup(state.reaperPid, 'SIGKILL')
  // A group whose leader is gone but whose children live on (Velero's plugins) still counts:
  // its id cannot have been reused while the group exists.
  const procs = [...state.processes]
    .reverse()
    .filter(p => groupAlive(p.pid) && (!alive(p.pid) || isOurs(p)))
  const memory = Object.fromEntries(procs.map(p => [p.name, memoryOf(mainPid(p))]))
  for (const p of procs) killGroup(p.pid, 'SIGTERM')
  const deadline = Date.now() + graceMs
  while (procs.some(p => groupAlive(p.pid)) && Date.now() < deadline) await sleep(50)
  for (const p of procs) if (groupAlive(p.pid)) killGroup(p.pid, 'SIGKILL')
  const hardDeadline = Date.now() + 10_000
  while (procs.some(p => groupAlive(p.pid)) && Date.now() < hardDeadline) await sleep(50)
  const left = procs.filter(p => groupAlive(p.pid))
  releaseVeleroLockOwner(dir)
  fs.rmSync(dir, { recursive: true, force: true })
  for (const s of liveStates) if (s.dir === dir) liveStates.delete(s)
  if (left.length)
    throw new Error(`could not stop ${left.map(p => `${p.name} (${p.pid})`).join(', ')}`)
  return { stopped: procs.map(p => p.name), memory }
}

/** The lock's owner record (velero.mjs) names a plane that is stopping: drop it. */
function releaseVeleroLockOwner(dir) {
  const file = `${VELERO_LOCK}.json`
  try {
    if (JSON.parse(fs.readFileSync(file, 'utf8')).dir === dir) fs.rmSync(file, { force: true })
  } catch {
    // none, or another plane's
  }
}

/** Memory of every running process of a plane. */
export function planeMemory(dir) {
  const state = readState(dir)
  if (!state) return {}
  return Object.fromEntries(
    state.processes.filter(p => alive(p.pid)).map(p => [p.name, memoryOf(mainPid(p))])
  )
}

export function describePlane(dir) {
  return readState(dir)
}

// ---------------------------------------------------------------------------------------------
// start

/**
 * Starts a control plane from the binaries of `manifest` (see build.mjs ensureBuilt()).
 *
 * options:
 *   workloads  also run kube-controller-manager, kube-scheduler and kwok with one fake node,
 *              so Deployments roll out and pods become Running (without containers)
 *   certManager  also run cert-manager's controllers (SelfSigned and CA issuers, Certificates;
 *              ClusterIssuer Secrets in namespace CERT_MANAGER_NAMESPACE); needs crds
 *   velero     also run versitygw (S3, posix backend in <dir>/objectstore) and `velero server`
 *              (namespace VELERO_NAMESPACE, BackupStorageLocation `default`); true, or the
 *              options of velero.mjs startVelero() plus
 *                objectStore  another plane's state.objectStore: use its store, start none
 *                start: false start only the object store; startVelero() later
 *              needs crds. One Velero per machine: see velero.mjs.
 *   storage    also run the storage layer (storage.mjs): dir-csi-driver with its storage in
 *              <dir>/storage, csi-provisioner, csi-snapshotter, snapshot-controller, the CSIDriver
 *              object and the default StorageClass and VolumeSnapshotClass; true, or
 *                { dir }  another plane's state.storage.dir: this plane's driver keeps its
 *                         volumes and snapshots there (a disaster-recovery cluster)
 *              needs crds and workloads (kube-controller-manager's PV controller binds PVCs and
 *              asks the provisioner for volumes)
 *   crds       install the upstream CRDs listed in the manifest (default true)
 *   owned      tie the plane to this process: a reaper and an exit hook kill it when this
 *              process dies (Jest); false for `cluster:up`, whose plane outlives the script
 *   dir        where to put everything (default: a new temp dir)
 *   log        function(string) for progress lines
 */
export async function startControlPlane(manifest, opts = {}) {
  // Ports are picked free and then bound by the servers: another process may take one in
  // between. Such a start is retried on fresh ports; any other failure is reported at once.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(manifest, opts)
    } catch (e) {
      if (
        attempt >= 3 ||
        !/address already in use/.test(e.message) ||
        /velero could not bind :8080/.test(e.message)
      )
        throw e
      opts.log?.(`a port was taken meanwhile; starting again (${e.message.split('\n')[0]})`)
    }
  }
}

async function startOnce(manifest, opts) {
  const { workloads = false, certManager = false, crds = true, owned = true, log = () => {} } = opts
  if (certManager && !crds) throw new Error('cert-manager needs its CRDs: certManager needs crds')
  const velero = opts.velero === true ? {} : opts.velero || undefined
  if (velero && !crds) throw new Error('Velero needs its CRDs: velero needs crds')
  if (velero && !manifest.bin.velero)
    throw new Error('the build has no velero binary: run npm run cluster:build')
  const storage = opts.storage === true ? {} : opts.storage || undefined
  if (storage && !crds) throw new Error('the storage layer needs its CRDs: storage needs crds')
  if (storage && !workloads)
    throw new Error(
      "the storage layer needs workloads: kube-controller-manager's PV controller binds PVCs and hands them to the provisioner"
    )
  if (storage && !manifest.bin['dir-csi-driver'])
    throw new Error('the build has no storage layer: run npm run cluster:build')
  const t0 = Date.now()
  const dir = opts.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'known-good-cluster-'))
  fs.mkdirSync(path.join(dir, 'logs'), { recursive: true })
  const state = {
    version: 1,
    dir,
    owner: owned ? process.pid : undefined,
    workloads,
    certManager,
    velero: undefined,
    storage: undefined,
    versions: manifest.versions,
    // What startVelero() runs later, from this plane's state alone.
    bin: manifest.bin,
    pluginDir: manifest.pluginDir,
    processes: [],
    startedAt: new Date().toISOString()
  }
  writeState(state)
  if (owned) {
    spawnReaper(state)
    liveStates.add(state)
    installExitHook()
  }
  const timings = {}
  const mark = (k, once = false) => {
    if (!(once && k in timings)) timings[k] = (Date.now() - t0) / 1000
  }
  try {
    const [etcdClient, etcdPeer, apiPort, storePort] = await uniquePorts(4)
    state.ports = { etcdClient, etcdPeer, apiserver: apiPort }
    // The object store needs nothing of Kubernetes: it starts alongside etcd.
    const objectStore =
      velero && !velero.objectStore
        ? startObjectStore(state, { port: storePort, buckets: [velero.bucket ?? 'velero'] }).then(
            o => (mark('objectStore'), o)
          )
        : Promise.resolve(velero?.objectStore)
    objectStore.catch(() => {}) // awaited below; a failure is reported there
    // The CSI driver needs nothing of Kubernetes either.
    const driver = storage
      ? startDriver(state, { storageDir: storage.dir }).then(d => (mark('csiDriver'), d))
      : undefined
    driver?.catch(() => {})
    const pki = path.join(dir, 'pki')

    // etcd needs no certificates (plain HTTP on loopback): start it while openssl works.
    const etcd = spawnComponent(state, 'etcd', manifest.bin.etcd, [
      '--name=known-good-test',
      `--data-dir=${path.join(dir, 'etcd')}`,
      `--listen-client-urls=http://${LOOPBACK}:${etcdClient}`,
      `--advertise-client-urls=http://${LOOPBACK}:${etcdClient}`,
      `--listen-peer-urls=http://${LOOPBACK}:${etcdPeer}`,
      `--initial-advertise-peer-urls=http://${LOOPBACK}:${etcdPeer}`,
      `--initial-cluster=known-good-test=http://${LOOPBACK}:${etcdPeer}`,
      '--unsafe-no-fsync', // test data: durability buys nothing, fsync costs seconds
      '--snapshot-count=100000',
      '--log-level=warn'
    ])
    await makePki(pki)
    mark('pki')
    await waitUntil(
      'etcd /health',
      async () => {
        const r = await httpGet(etcdClient, '/health')
        return r.status === 200 && JSON.parse(r.body).health === 'true'
      },
      { procs: [etcd], timeoutMs: 30_000, intervalMs: 50 }
    )
    mark('etcd')

    const server = `https://${LOOPBACK}:${apiPort}`
    const apiserver = spawnComponent(state, 'kube-apiserver', manifest.bin['kube-apiserver'], [
      `--etcd-servers=http://${LOOPBACK}:${etcdClient}`,
      `--bind-address=${LOOPBACK}`,
      `--advertise-address=${LOOPBACK}`,
      `--secure-port=${apiPort}`,
      `--cert-dir=${pki}`,
      `--tls-cert-file=${path.join(pki, 'apiserver.crt')}`,
      `--tls-private-key-file=${path.join(pki, 'apiserver.key')}`,
      `--client-ca-file=${path.join(pki, 'ca.crt')}`,
      '--authorization-mode=Node,RBAC',
      `--service-cluster-ip-range=${SERVICE_CIDR}`,
      '--service-account-issuer=https://kubernetes.default.svc.cluster.local',
      `--service-account-key-file=${path.join(pki, 'sa.pub')}`,
      `--service-account-signing-key-file=${path.join(pki, 'sa.key')}`,
      '--allow-privileged=true',
      // The kubernetes Service's endpoint would be 127.0.0.1, which Endpoints validation
      // rejects; nothing in the tests dials the Service, so skip its reconciliation.
      '--endpoint-reconciler-type=none',
      '--profiling=false',
      '--v=0'
    ])
    const adminKubeconfig = writeClientKubeconfig(dir, pki, server, 'admin', 'known-good-admin')
    const conn = adminConn(state)
    await waitUntil(
      'kube-apiserver /readyz',
      async () => (await request(conn, 'GET', '/readyz', { timeoutMs: 2000 })).status === 200,
      { procs: [etcd, apiserver], timeoutMs: 90_000, intervalMs: 100 }
    )
    mark('apiserver')
    const version = JSON.parse((await request(conn, 'GET', '/version')).body)
    Object.assign(state, {
      server,
      kubeconfig: adminKubeconfig,
      caFile: path.join(pki, 'ca.crt'),
      serverVersion: version.gitVersion
    })
    writeState(state)

    const tasks = []
    const crdsInstalled = crds
      ? installCrds(conn, manifest.crds).then(() => mark('crds'))
      : Promise.resolve()
    tasks.push(crdsInstalled)
    if (certManager)
      tasks.push(
        crdsInstalled.then(async () => {
          await startCertManager(state, manifest, conn, [etcd, apiserver])
          mark('certManager')
        })
      )
    if (velero)
      tasks.push(
        (async () => {
          const store = await objectStore
          await crdsInstalled
          if (velero.start === false) {
            state.velero = { namespace: VELERO_NAMESPACE, objectStore: store, running: false }
            return
          }
          await startVeleroIn(state, { ...velero, objectStore: store })
          mark('velero')
        })()
      )
    if (storage)
      tasks.push(
        (async () => {
          const d = await driver
          await crdsInstalled
          await startStorageIn(state, d)
          mark('storage')
        })()
      )
    if (workloads)
      tasks.push(
        startWorkloads(state, manifest, conn, pki, server, [etcd, apiserver], mark).then(() =>
          mark('workloads')
        )
      )
    await Promise.all(tasks)
    state.timings = timings
    state.readyAt = new Date().toISOString()
    writeState(state)
    log(
      `control plane ready in ${((Date.now() - t0) / 1000).toFixed(1)} s (${JSON.stringify(timings)})`
    )
    return state
  } catch (e) {
    // Say what the components said before their files go.
    const logs = state.processes
      .map(p => `--- ${p.name} (last lines of its log) ---\n${tail(p.log, 12)}`)
      .join('\n')
    await stopControlPlane(dir, { graceMs: 0 }).catch(() => killSync(state))
    throw new Error(`starting the test control plane failed: ${e.message}\n${logs}`, { cause: e })
  }
}

export async function uniquePorts(n) {
  const ports = new Set()
  while (ports.size < n) ports.add(await freePort())
  return [...ports]
}

/** Creates the CRDs (YAML posted as is: the API server decodes application/yaml) and waits until they are served. */
async function installCrds(conn, files) {
  const names = []
  await Promise.all(
    files.map(async file => {
      const docs = fs
        .readFileSync(file, 'utf8')
        .split(/^---\s*$/m)
        .filter(d => /^kind:\s*CustomResourceDefinition\s*$/m.test(d))
      for (const doc of docs) {
        const r = await request(
          conn,
          'POST',
          '/apis/apiextensions.k8s.io/v1/customresourcedefinitions',
          {
            body: doc,
            contentType: 'application/yaml'
          }
        )
        if (r.status !== 201 && r.status !== 409)
          throw new Error(`creating the CRD in ${file}: ${r.status} ${r.body}`)
        names.push(/^\s{2}name:\s*(\S+)\s*$/m.exec(doc.slice(doc.indexOf('metadata:')))[1])
      }
    })
  )
  await Promise.all(
    names.map(name =>
      waitUntil(
        `CRD ${name} Established`,
        async () => {
          const r = await request(
            conn,
            'GET',
            `/apis/apiextensions.k8s.io/v1/customresourcedefinitions/${name}`
          )
          const crd = JSON.parse(r.body)
          return crd.status?.conditions?.some(c => c.type === 'Established' && c.status === 'True')
        },
        { timeoutMs: 30_000, intervalMs: 50 }
      )
    )
  )
  return names
}

/** Starts cert-manager's controllers out of cluster (admin kubeconfig) and waits until they run. */
async function startCertManager(state, manifest, conn, base) {
  const ns = { apiVersion: 'v1', kind: 'Namespace', metadata: { name: CERT_MANAGER_NAMESPACE } }
  const r = await request(conn, 'POST', '/api/v1/namespaces', { body: ns })
  if (r.status !== 201 && r.status !== 409)
    throw new Error(`creating namespace ${CERT_MANAGER_NAMESPACE}: ${r.status} ${r.body}`)
  // No listen-address flags: test/cluster/cert-manager/main.go serves no metrics, healthz or
  // profiling endpoint at all (upstream's defaults would bind 0.0.0.0:9402 and :9403).
  const cm = spawnComponent(
    state,
    'cert-manager-controller',
    manifest.bin['cert-manager-controller'],
    [
      `--kubeconfig=${state.kubeconfig}`,
      '--leader-elect=false',
      `--cluster-resource-namespace=${CERT_MANAGER_NAMESPACE}`,
      `--controllers=${CERT_MANAGER_CONTROLLERS.join(',')}`,
      '--v=2' // upstream's default log level (Helm chart global.logLevel)
    ]
  )
  await waitUntil(
    'cert-manager controller informers synced',
    () => fs.readFileSync(cm.log, 'utf8').includes(CERT_MANAGER_READY),
    { procs: [...base, cm], timeoutMs: 60_000, intervalMs: 50 }
  )
}

async function startWorkloads(state, manifest, conn, pki, server, base, mark) {
  const kcmKubeconfig = writeClientKubeconfig(
    state.dir,
    pki,
    server,
    'controller-manager',
    'system:kube-controller-manager'
  )
  const schedKubeconfig = writeClientKubeconfig(
    state.dir,
    pki,
    server,
    'scheduler',
    'system:kube-scheduler'
  )
  const kcm = spawnComponent(
    state,
    'kube-controller-manager',
    manifest.bin['kube-controller-manager'],
    [
      `--kubeconfig=${kcmKubeconfig}`,
      '--leader-elect=false',
      `--bind-address=${LOOPBACK}`,
      '--secure-port=0', // no serving endpoint: nothing scrapes it
      `--service-account-private-key-file=${path.join(pki, 'sa.key')}`,
      `--root-ca-file=${path.join(pki, 'ca.crt')}`,
      // One ServiceAccount per controller, each with its bootstrap role (as kubeadm runs it).
      '--use-service-account-credentials=true',
      // Only the controllers whose work tests can observe (rollouts, garbage collection,
      // namespaces, service accounts, nodes, volumes, jobs): starting all ~50 costs seconds.
      `--controllers=${KCM_CONTROLLERS.join(',')}`,
      `--service-cluster-ip-range=${SERVICE_CIDR}`,
      '--node-monitor-period=1s',
      '--concurrent-deployment-syncs=10',
      '--profiling=false',
      '--v=0'
    ]
  )
  const scheduler = spawnComponent(state, 'kube-scheduler', manifest.bin['kube-scheduler'], [
    `--kubeconfig=${schedKubeconfig}`,
    `--authentication-kubeconfig=${schedKubeconfig}`,
    `--authorization-kubeconfig=${schedKubeconfig}`,
    '--leader-elect=false',
    `--bind-address=${LOOPBACK}`,
    `--secure-port=0`,
    '--profiling=false',
    '--v=0'
  ])
  const kwok = spawnComponent(state, 'kwok', manifest.bin.kwok, [
    `--kubeconfig=${state.kubeconfig}`,
    '--manage-all-nodes=true',
    `--node-ip=${LOOPBACK}`,
    `--cidr=${POD_CIDR}`,
    ...manifest.kwokStages.map(f => `--config=${f}`)
  ])
  const procs = [...base, kcm, scheduler, kwok]
  const node = {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name: NODE_NAME,
      annotations: { 'kwok.x-k8s.io/node': 'fake', 'node.alpha.kubernetes.io/ttl': '0' },
      labels: {
        'kubernetes.io/hostname': NODE_NAME,
        'kubernetes.io/os': 'linux',
        'kubernetes.io/arch': 'amd64',
        type: 'kwok'
      }
    },
    spec: {}
  }
  const r = await request(conn, 'POST', '/api/v1/nodes', { body: node })
  if (r.status !== 201 && r.status !== 409)
    throw new Error(`creating node ${NODE_NAME}: ${r.status} ${r.body}`)
  // Ready: kwok reports the node Ready, the node lifecycle controller (kcm) has lifted the
  // not-ready taint, and the service-account controller (kcm) has made `default` accounts.
  await waitUntil(
    `node ${NODE_NAME} Ready and schedulable`,
    async () => {
      const n = JSON.parse((await request(conn, 'GET', `/api/v1/nodes/${NODE_NAME}`)).body)
      const ready = n.status?.conditions?.some(c => c.type === 'Ready' && c.status === 'True')
      if (ready) mark('nodeReady', true)
      return ready && !(n.spec?.taints ?? []).some(t => t.key.startsWith('node.kubernetes.io/'))
    },
    { procs, timeoutMs: 60_000, intervalMs: 100 }
  )
  mark('nodeSchedulable')
  await waitUntil(
    'ServiceAccount default/default',
    async () =>
      (await request(conn, 'GET', '/api/v1/namespaces/default/serviceaccounts/default')).status ===
      200,
    { procs, timeoutMs: 60_000, intervalMs: 100 }
  )
}
