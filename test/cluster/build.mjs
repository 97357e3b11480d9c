#!/usr/bin/env node
// Builds the test control plane from Go modules and caches the binaries.
//
//   node test/cluster/build.mjs          build once; later runs print the cached manifest
//   node test/cluster/build.mjs --sync   rewrite the go.mod/go.sum files from versions.env
//   node test/cluster/build.mjs --json   print the manifest as JSON on stdout
//
// The versions live in versions.env only. The cache lives in
// <repo>/.cache/cluster/<key>/ where <key> hashes versions.env, every file of the Go modules
// below test/cluster (go.mod, go.sum, the .go files of cert-manager/ and storage/), the Go
// version and the build recipe, so any change there builds anew. Binaries go to <key>/bin/, Velero's plugins (which
// Velero finds by listing a directory) to <key>/plugins/.
// Go's own module and build caches are used as they are (a rebuild after a version bump
// only compiles what changed). Builds use the committed go.sum (-mod=readonly): a go.sum that
// does not match fails the build instead of being rewritten.
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

export const CLUSTER_DIR = path.dirname(fileURLToPath(import.meta.url))
export const REPO_ROOT = path.resolve(CLUSTER_DIR, '..', '..')
// KNOWN_GOOD_CLUSTER_CACHE_DIR moves the cache (e.g. to a directory a CI cache restores).
export const CACHE_ROOT = process.env.KNOWN_GOOD_CLUSTER_CACHE_DIR
  ? path.resolve(process.env.KNOWN_GOOD_CLUSTER_CACHE_DIR)
  : path.join(REPO_ROOT, '.cache', 'cluster')

// Bump when the way binaries are built changes (flags, list of binaries, manifest shape).
const RECIPE = 6

/** Where `npm run cluster:up` records the dir of the plane it started (for cluster:down). */
export const UP_POINTER = path.join(REPO_ROOT, '.cache', 'cluster-up.json')

/** Go modules of ours: one per binary family so that Go's version selection never mixes them. */
const MODULES = [
  'kube',
  'etcd',
  'kwok',
  'cert-manager',
  'velero',
  'velero-plugin-for-aws',
  'versitygw',
  'storage'
]

/**
 * cert-manager/ holds the one Go program of ours: a main for cert-manager's controllers. Its
 * module path lies under the root module's so that it may import that module's internal/
 * packages (upstream's own main is a separate module that the module proxy does not serve).
 */
const CERT_MANAGER_MODULE = 'github.com/cert-manager/cert-manager/knowngood-testcontroller'

/** storage/: the CSI sidecars and csi-sanity as tools, and our CSI driver (dir-csi-driver/). */
const STORAGE_MODULE = 'known-good.dev/test/cluster/storage'
const STORAGE_TOOLS = [
  'github.com/kubernetes-csi/csi-test/v5/cmd/csi-sanity',
  'github.com/kubernetes-csi/external-provisioner/v6/cmd/csi-provisioner',
  'github.com/kubernetes-csi/external-snapshotter/v8/cmd/csi-snapshotter',
  'github.com/kubernetes-csi/external-snapshotter/v8/cmd/snapshot-controller'
]
/** What storage/go.mod requires at the versions of versions.env. */
function storageRequires(v) {
  return [
    ['github.com/container-storage-interface/spec', v.CSI_SPEC_VERSION],
    ['github.com/kubernetes-csi/csi-test/v5', v.CSI_TEST_VERSION],
    ['github.com/kubernetes-csi/external-provisioner/v6', v.EXTERNAL_PROVISIONER_VERSION],
    // external-snapshotter's go.mod replaces its client module with ./client (a dependent gets
    // the older release its require line names): the client of the same release, as upstream
    // builds it.
    [
      'github.com/kubernetes-csi/external-snapshotter/client/v8',
      v.EXTERNAL_SNAPSHOTTER_CLIENT_VERSION
    ],
    ['github.com/kubernetes-csi/external-snapshotter/v8', v.EXTERNAL_SNAPSHOTTER_VERSION]
  ]
}

/** Reads versions.env (KEY=value lines, # comments). */
export function readVersions() {
  return parseVersions(fs.readFileSync(path.join(CLUSTER_DIR, 'versions.env'), 'utf8'))
}

/** The versions of a versions.env text, checked. */
export function parseVersions(text) {
  const versions = {}
  for (const raw of text.split('\n')) {
    const line = raw.trim()
    if (!line || line.startsWith('#')) continue
    const m = /^([A-Z0-9_]+)=(\S+)$/.exec(line)
    if (!m) throw new Error(`versions.env: cannot read line ${JSON.stringify(raw)}`)
    versions[m[1]] = m[2]
  }
  for (const k of [
    'KUBERNETES_VERSION',
    'ETCD_VERSION',
    'KWOK_VERSION',
    'VELERO_VERSION',
    'VELERO_CLI_RUNTIME_VERSION',
    'VELERO_PLUGIN_FOR_AWS_VERSION',
    'VERSITYGW_VERSION',
    'EXTERNAL_SNAPSHOTTER_CLIENT_VERSION',
    'EXTERNAL_PROVISIONER_VERSION',
    'EXTERNAL_SNAPSHOTTER_VERSION',
    'CSI_TEST_VERSION',
    'CSI_SPEC_VERSION',
    'CERT_MANAGER_VERSION'
  ]) {
    if (!/^v\d+\.\d+\.\d+$/.test(versions[k] ?? ''))
      throw new Error(`versions.env: ${k} must be vX.Y.Z`)
  }
  if (versions.EXTERNAL_SNAPSHOTTER_CLIENT_VERSION !== versions.EXTERNAL_SNAPSHOTTER_VERSION)
    throw new Error(
      `versions.env: EXTERNAL_SNAPSHOTTER_CLIENT_VERSION (${versions.EXTERNAL_SNAPSHOTTER_CLIENT_VERSION}) must be EXTERNAL_SNAPSHOTTER_VERSION (${versions.EXTERNAL_SNAPSHOTTER_VERSION}): the CRDs of the snapshot controller's own release`
    )
  return versions
}

/** The published version of the k8s.io staging modules that belongs to a Kubernetes release. */
export function stagingVersion(kubernetesVersion) {
  return kubernetesVersion.replace(/^v1\./, 'v0.')
}

/**
 * What `go build` makes: one binary per entry ({name, pkg}), or several packages of one module
 * in one invocation ({outputs: [{name, pkg}]}, written to a directory): they share one action
 * graph, so the packages they have in common compile once and the links run side by side.
 */
function binaries(v) {
  const [, major, minor] = /^v(\d+)\.(\d+)\./.exec(v.KUBERNETES_VERSION)
  // What Kubernetes' own build (hack/lib/version.sh) stamps in, so /version tells the truth.
  const kubeLdflags = ['k8s.io/component-base/version', 'k8s.io/client-go/pkg/version']
    .flatMap(pkg => [
      `-X ${pkg}.gitVersion=${v.KUBERNETES_VERSION}`,
      `-X ${pkg}.gitMajor=${major}`,
      `-X ${pkg}.gitMinor=${minor}`,
      `-X ${pkg}.gitTreeState=clean`
    ])
    .join(' ')
  return [
    { name: 'etcd', module: 'etcd', pkg: 'go.etcd.io/etcd/server/v3', ldflags: '' },
    {
      name: 'kube-apiserver',
      module: 'kube',
      pkg: 'k8s.io/kubernetes/cmd/kube-apiserver',
      ldflags: kubeLdflags
    },
    {
      name: 'kube-controller-manager',
      module: 'kube',
      pkg: 'k8s.io/kubernetes/cmd/kube-controller-manager',
      ldflags: kubeLdflags
    },
    {
      name: 'kube-scheduler',
      module: 'kube',
      pkg: 'k8s.io/kubernetes/cmd/kube-scheduler',
      ldflags: kubeLdflags
    },
    { name: 'kwok', module: 'kwok', pkg: 'sigs.k8s.io/kwok/cmd/kwok', ldflags: '' },
    {
      name: 'cert-manager-controller',
      module: 'cert-manager',
      pkg: CERT_MANAGER_MODULE,
      // The version cert-manager reports (user agent, logs), as its own build stamps it.
      ldflags: `-X github.com/cert-manager/cert-manager/pkg/util.AppVersion=${v.CERT_MANAGER_VERSION}`
    },
    {
      name: 'velero',
      module: 'velero',
      pkg: 'github.com/vmware-tanzu/velero/cmd/velero',
      // What Velero's hack/build.sh stamps in (the version Backups record in status.version's
      // neighbours and `velero version` prints); no git SHA: the module zip has none.
      ldflags: [
        `-X github.com/vmware-tanzu/velero/pkg/buildinfo.Version=${v.VELERO_VERSION}`,
        '-X github.com/vmware-tanzu/velero/pkg/buildinfo.GitTreeState=clean'
      ].join(' ')
    },
    {
      name: 'velero-plugin-for-aws',
      module: 'velero-plugin-for-aws',
      pkg: 'github.com/vmware-tanzu/velero-plugin-for-aws/velero-plugin-for-aws',
      // Velero runs every executable in its --plugin-dir as a plugin: this one alone goes there.
      dir: 'plugins',
      ldflags: ''
    },
    {
      name: 'versitygw',
      module: 'versitygw',
      pkg: 'github.com/versity/versitygw/cmd/versitygw',
      // cmd/versitygw/main.go: "Version is the latest tag (set within Makefile)".
      ldflags: `-X main.Version=${v.VERSITYGW_VERSION}`
    },
    // The storage layer. -X main.version is what each sidecar's Makefile stamps in (the
    // release-tools build.make: -X main.version=$(REV)); csi-sanity's is main.VERSION. Every
    // main package of one invocation gets the same -X, so the provisioner (its own version)
    // builds alone and the snapshotter's two binaries, csi-sanity and our driver (which has
    // neither variable) together.
    {
      name: 'csi-provisioner',
      module: 'storage',
      pkg: 'github.com/kubernetes-csi/external-provisioner/v6/cmd/csi-provisioner',
      ldflags: `-X main.version=${v.EXTERNAL_PROVISIONER_VERSION}`
    },
    {
      module: 'storage',
      outputs: [
        {
          name: 'snapshot-controller',
          pkg: 'github.com/kubernetes-csi/external-snapshotter/v8/cmd/snapshot-controller'
        },
        {
          name: 'csi-snapshotter',
          pkg: 'github.com/kubernetes-csi/external-snapshotter/v8/cmd/csi-snapshotter'
        },
        { name: 'csi-sanity', pkg: 'github.com/kubernetes-csi/csi-test/v5/cmd/csi-sanity' },
        { name: 'dir-csi-driver', pkg: `${STORAGE_MODULE}/dir-csi-driver` }
      ],
      ldflags: `-X main.version=${v.EXTERNAL_SNAPSHOTTER_VERSION} -X main.VERSION=${v.CSI_TEST_VERSION}`
    }
  ]
}

/** Modules read only for the YAML they ship. */
function crdModules(v) {
  return {
    velero: {
      module: 'github.com/vmware-tanzu/velero',
      version: v.VELERO_VERSION,
      // All of them: `velero server` exits at start unless every Velero CRD is served
      // (pkg/cmd/server/server.go veleroResourcesExist).
      dirs: ['config/crd/v1/bases', 'config/crd/v2alpha1/bases']
    },
    snapshot: {
      module: 'github.com/kubernetes-csi/external-snapshotter/client/v8',
      version: v.EXTERNAL_SNAPSHOTTER_CLIENT_VERSION,
      files: [
        'config/crd/snapshot.storage.k8s.io_volumesnapshots.yaml',
        'config/crd/snapshot.storage.k8s.io_volumesnapshotcontents.yaml',
        'config/crd/snapshot.storage.k8s.io_volumesnapshotclasses.yaml',
        // The snapshot controller and sidecar wait (up to 30 s) for these before they start
        // without group snapshots (cmd/snapshot-controller/main.go ensureVolumeGroupSnapshotCRDsExist).
        'config/crd/groupsnapshot.storage.k8s.io_volumegroupsnapshots.yaml',
        'config/crd/groupsnapshot.storage.k8s.io_volumegroupsnapshotcontents.yaml',
        'config/crd/groupsnapshot.storage.k8s.io_volumegroupsnapshotclasses.yaml'
      ]
    },
    certManager: {
      module: 'github.com/cert-manager/cert-manager',
      version: v.CERT_MANAGER_VERSION,
      files: [
        'deploy/crds/cert-manager.io_certificates.yaml',
        'deploy/crds/cert-manager.io_certificaterequests.yaml',
        'deploy/crds/cert-manager.io_issuers.yaml',
        'deploy/crds/cert-manager.io_clusterissuers.yaml'
      ]
    }
  }
}

// kwok's own stage definitions (the "fast" set: nodes become Ready, pods Running) plus the
// lease heartbeat that keeps nodes Ready for the node lifecycle controller.
const KWOK_STAGES = [
  'kustomize/stage/node/fast/node-initialize.yaml',
  'kustomize/stage/node/heartbeat-with-lease/node-heartbeat-with-lease.yaml',
  'kustomize/stage/pod/fast/pod-ready.yaml',
  'kustomize/stage/pod/fast/pod-complete.yaml',
  'kustomize/stage/pod/fast/pod-delete.yaml'
]

function goEnv(extra = {}) {
  const env = {
    ...process.env,
    GOWORK: 'off',
    GOTOOLCHAIN: process.env.GOTOOLCHAIN ?? 'local',
    ...extra
  }
  // Never let a caller's -mod=mod (or vendor) rewrite or bypass the committed go.sum.
  const flags = (env.GOFLAGS ?? '').split(/\s+/).filter(f => f && !f.startsWith('-mod='))
  // GOFLAGS_MOD '' = no -mod at all (for commands run outside any module).
  if (extra.GOFLAGS_MOD !== '') flags.push(extra.GOFLAGS_MOD ?? '-mod=readonly')
  env.GOFLAGS = flags.join(' ')
  delete env.GOFLAGS_MOD
  return env
}

function run(cmd, args, { cwd, env, capture = false, log = process.stderr } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      cwd,
      env,
      stdio: ['ignore', capture ? 'pipe' : 'inherit', 'pipe']
    })
    let out = ''
    let err = ''
    if (capture) child.stdout.on('data', d => (out += d))
    child.stderr.on('data', d => {
      err += d
      if (!capture) log.write(d)
    })
    child.on('error', e =>
      reject(
        e.code === 'ENOENT'
          ? new Error(`${cmd} not found on PATH: the test cluster needs Go >= 1.26`)
          : e
      )
    )
    child.on('close', code => {
      if (code === 0) resolve(out)
      else
        reject(
          new Error(`${cmd} ${args.join(' ')} (in ${cwd}) exited with ${code}\n${err.slice(-4000)}`)
        )
    })
  })
}

async function goVersion() {
  const out = await run('go', ['env', 'GOVERSION'], {
    cwd: CLUSTER_DIR,
    env: goEnv(),
    capture: true
  })
  const ver = out.trim()
  const m = /^go(\d+)\.(\d+)/.exec(ver)
  if (!m || Number(m[1]) < 1 || (Number(m[1]) === 1 && Number(m[2]) < 26)) {
    throw new Error(`the test cluster needs Go >= 1.26, found ${ver || 'nothing'}`)
  }
  return ver
}

/** A require line (in a block or not, direct or `// indirect`) of exactly this version. */
function requires(goMod, mod, version) {
  const esc = x => x.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
  return new RegExp(`^(?:require)?\\s*${esc(mod)} ${esc(version)}(?:\\s*//.*)?$`, 'm').test(goMod)
}

/** Stands above the replace directives that velero/go.mod repeats from Velero's own go.mod. */
function veleroReplaceComment(v) {
  return `// The replace directives of github.com/vmware-tanzu/velero ${v.VELERO_VERSION}'s go.mod (a dependent must repeat them).`
}

/** Checks that the go.mod files still say what versions.env says. */
function checkGoMods(v) {
  const problems = []
  const read = m => fs.readFileSync(path.join(CLUSTER_DIR, m, 'go.mod'), 'utf8')
  const kube = read('kube')
  const stage = stagingVersion(v.KUBERNETES_VERSION)
  if (
    !new RegExp(`k8s\\.io/kubernetes ${v.KUBERNETES_VERSION.replaceAll('.', '\\.')}\\b`).test(kube)
  ) {
    problems.push(`kube/go.mod does not require k8s.io/kubernetes ${v.KUBERNETES_VERSION}`)
  }
  for (const m of kube.matchAll(/^\s*(k8s\.io\/\S+) => (\S+) (\S+)$/gm)) {
    if (m[1] !== m[2] || m[3] !== stage)
      problems.push(`kube/go.mod: ${m[0].trim()} (want ${m[1]} => ${m[1]} ${stage})`)
  }
  if (!/k8s\.io\/api => k8s\.io\/api /.test(kube))
    problems.push('kube/go.mod has no replace for the staging modules')
  if (!read('etcd').includes(`go.etcd.io/etcd/server/v3 ${v.ETCD_VERSION}`)) {
    problems.push(`etcd/go.mod does not require go.etcd.io/etcd/server/v3 ${v.ETCD_VERSION}`)
  }
  if (!read('kwok').includes(`sigs.k8s.io/kwok ${v.KWOK_VERSION}`)) {
    problems.push(`kwok/go.mod does not require sigs.k8s.io/kwok ${v.KWOK_VERSION}`)
  }
  if (
    !new RegExp(
      `^\\s*github\\.com/cert-manager/cert-manager ${v.CERT_MANAGER_VERSION.replaceAll('.', '\\.')}$`,
      'm'
    ).test(read('cert-manager'))
  ) {
    problems.push(
      `cert-manager/go.mod does not require github.com/cert-manager/cert-manager ${v.CERT_MANAGER_VERSION}`
    )
  }
  const velero = read('velero')
  if (!requires(velero, 'github.com/vmware-tanzu/velero', v.VELERO_VERSION))
    problems.push(
      `velero/go.mod does not require github.com/vmware-tanzu/velero ${v.VELERO_VERSION}`
    )
  if (!requires(velero, 'k8s.io/cli-runtime', v.VELERO_CLI_RUNTIME_VERSION))
    problems.push(
      `velero/go.mod does not require k8s.io/cli-runtime ${v.VELERO_CLI_RUNTIME_VERSION}`
    )
  if (!velero.includes(veleroReplaceComment(v)))
    problems.push(
      `velero/go.mod lacks the replace directives of github.com/vmware-tanzu/velero ${v.VELERO_VERSION}`
    )
  if (
    !requires(
      read('velero-plugin-for-aws'),
      'github.com/vmware-tanzu/velero-plugin-for-aws',
      v.VELERO_PLUGIN_FOR_AWS_VERSION
    )
  )
    problems.push(
      `velero-plugin-for-aws/go.mod does not require github.com/vmware-tanzu/velero-plugin-for-aws ${v.VELERO_PLUGIN_FOR_AWS_VERSION}`
    )
  if (!requires(read('versitygw'), 'github.com/versity/versitygw', v.VERSITYGW_VERSION))
    problems.push(
      `versitygw/go.mod does not require github.com/versity/versitygw ${v.VERSITYGW_VERSION}`
    )
  const storage = read('storage')
  for (const [mod, version] of storageRequires(v))
    if (!requires(storage, mod, version))
      problems.push(`storage/go.mod does not require ${mod} ${version}`)
  if (problems.length) {
    throw new Error(
      `${problems.join('\n')}\nversions.env changed? run: node test/cluster/build.mjs --sync`
    )
  }
}

/** Cache key: everything that decides what the binaries are. */
export function cacheKey(goVer) {
  const h = createHash('sha256')
  h.update(`recipe ${RECIPE}\n${goVer}\n`)
  h.update(fs.readFileSync(path.join(CLUSTER_DIR, 'versions.env')))
  for (const m of MODULES) {
    // go.mod, go.sum and any Go source of ours (cert-manager/main.go, storage/dir-csi-driver/);
    // not its tests, which are in no binary.
    const files = fs
      .readdirSync(path.join(CLUSTER_DIR, m), { recursive: true })
      .map(f => f.split(path.sep).join('/'))
      .filter(f => /^go\.(mod|sum)$/.test(f) || (f.endsWith('.go') && !f.endsWith('_test.go')))
    for (const f of files.sort()) {
      h.update(`${m}/${f}\n`)
      h.update(fs.readFileSync(path.join(CLUSTER_DIR, m, f)))
    }
  }
  return h.digest('hex').slice(0, 16)
}

async function moduleDir(cwd, mod, env) {
  const out = await run('go', ['mod', 'download', '-json', mod], { cwd, env, capture: true })
  const info = JSON.parse(out)
  if (info.Error) throw new Error(`go mod download ${mod}: ${info.Error}`)
  return info.Dir
}

function log(msg) {
  process.stderr.write(`[cluster:build] ${msg}\n`)
}

/**
 * Builds (or finds in the cache) every binary of the test control plane.
 * Returns the manifest: { key, dir, bin: {name: path}, versions, crds: [paths], kwokStages: [paths] }.
 */
export async function ensureBuilt({ quiet = false } = {}) {
  const say = quiet ? () => {} : log
  const v = readVersions()
  checkGoMods(v)
  const goVer = await goVersion()
  const key = cacheKey(goVer)
  const dir = path.join(CACHE_ROOT, key)
  const manifestFile = path.join(dir, 'manifest.json')
  if (fs.existsSync(manifestFile)) {
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'))
    const missing = [
      ...Object.values(manifest.bin),
      ...manifest.crds,
      ...manifest.kwokStages
    ].filter(f => !fs.existsSync(f))
    if (!missing.length) return manifest
    say(`cache ${key} is incomplete (${missing[0]} is gone): building again`)
  }

  fs.mkdirSync(CACHE_ROOT, { recursive: true })
  const tmp = fs.mkdtempSync(path.join(CACHE_ROOT, `${key}.tmp-`))
  try {
    const bin = {}
    const timings = {}
    for (const b of binaries(v)) {
      const sub = b.dir ?? 'bin'
      const outputs = b.outputs ?? [{ name: b.name, pkg: b.pkg }]
      const names = outputs.map(o => o.name).join(' + ')
      fs.mkdirSync(path.join(tmp, sub), { recursive: true })
      // One package: -o names the file. Several: -o names a directory (trailing slash) and each
      // binary is named after its package's last path element.
      const out = b.outputs ? `${path.join(tmp, sub)}${path.sep}` : path.join(tmp, sub, b.name)
      say(`go build ${outputs.map(o => o.pkg).join(' ')} (module test/cluster/${b.module}) ...`)
      const t0 = Date.now()
      const args = [
        'build',
        '-trimpath',
        `-ldflags=-s -w ${b.ldflags}`.trim(),
        '-o',
        out,
        ...outputs.map(o => o.pkg)
      ]
      // nice: a cold build takes all cores for many minutes; let interactive work go first.
      const [cmd, cmdArgs] = fs.existsSync('/usr/bin/nice')
        ? ['/usr/bin/nice', ['-n', '10', 'go', ...args]]
        : ['go', args]
      await run(cmd, cmdArgs, { cwd: path.join(CLUSTER_DIR, b.module), env: goEnv() })
      timings[names] = (Date.now() - t0) / 1000
      say(`  ${names}: ${timings[names].toFixed(1)} s`)
      for (const o of outputs) {
        if (!fs.existsSync(path.join(tmp, sub, o.name)))
          throw new Error(`go build ${o.pkg} wrote no ${path.join(sub, o.name)}`)
        bin[o.name] = path.join(dir, sub, o.name)
      }
    }

    // Upstream CRDs and kwok stages: read in place from Go's module cache (verified by go).
    const crds = []
    const outside = goEnv({ GOFLAGS_MOD: '' })
    for (const c of Object.values(crdModules(v))) {
      // Outside any module (test/cluster has no go.mod): checked against the checksum database.
      const mdir = await moduleDir(CLUSTER_DIR, `${c.module}@${c.version}`, outside)
      const files = [
        ...(c.files ?? []),
        ...(c.dirs ?? []).flatMap(d => {
          const all = fs.readdirSync(path.join(mdir, d)).filter(f => f.endsWith('.yaml'))
          if (!all.length) throw new Error(`${c.module}@${c.version} has no YAML in ${d}`)
          return all.sort().map(f => path.join(d, f))
        })
      ]
      for (const f of files) {
        const p = path.join(mdir, f)
        if (!fs.existsSync(p)) throw new Error(`${c.module}@${c.version} has no ${f}`)
        crds.push(p)
      }
    }
    const kwokDir = await moduleDir(
      path.join(CLUSTER_DIR, 'kwok'),
      `sigs.k8s.io/kwok@${v.KWOK_VERSION}`,
      goEnv()
    )
    const kwokStages = KWOK_STAGES.map(f => path.join(kwokDir, f))
    for (const f of kwokStages)
      if (!fs.existsSync(f)) throw new Error(`sigs.k8s.io/kwok has no ${f}`)

    const manifest = {
      key,
      dir,
      go: goVer,
      versions: {
        kubernetes: v.KUBERNETES_VERSION,
        etcd: v.ETCD_VERSION,
        kwok: v.KWOK_VERSION,
        velero: v.VELERO_VERSION,
        veleroPluginForAws: v.VELERO_PLUGIN_FOR_AWS_VERSION,
        versitygw: v.VERSITYGW_VERSION,
        externalSnapshotterClient: v.EXTERNAL_SNAPSHOTTER_CLIENT_VERSION,
        externalProvisioner: v.EXTERNAL_PROVISIONER_VERSION,
        externalSnapshotter: v.EXTERNAL_SNAPSHOTTER_VERSION,
        csiTest: v.CSI_TEST_VERSION,
        csiSpec: v.CSI_SPEC_VERSION,
        certManager: v.CERT_MANAGER_VERSION
      },
      bin,
      pluginDir: path.join(dir, 'plugins'),
      crds,
      kwokStages,
      buildSeconds: timings,
      builtAt: new Date().toISOString()
    }
    fs.writeFileSync(path.join(tmp, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n')
    fs.rmSync(dir, { recursive: true, force: true })
    fs.renameSync(tmp, dir)
    // Older builds are large (~0.5 GB): keep only the current one.
    for (const e of fs.readdirSync(CACHE_ROOT)) {
      if (e !== key && !e.includes('.tmp-'))
        fs.rmSync(path.join(CACHE_ROOT, e), { recursive: true, force: true })
    }
    return manifest
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true })
  }
}

/**
 * The replace directives of a go.mod (single lines and blocks) that point at other modules;
 * replacements by local directories mean nothing to a dependent and are left out.
 */
export function moduleReplaces(goMod) {
  const lines = []
  let inBlock = false
  for (const raw of goMod.split('\n')) {
    const line = raw.replace(/\/\/.*$/, '').trim()
    if (inBlock) {
      if (line === ')') inBlock = false
      else if (line) lines.push(line)
    } else if (/^replace\s*\($/.test(line)) inBlock = true
    else if (line.startsWith('replace ')) lines.push(line.slice('replace '.length).trim())
  }
  return lines.filter(l => {
    const target = l.split('=>')[1]?.trim() ?? ''
    return target && !/^(\.{1,2}\/|\/)/.test(target)
  })
}

/** Rewrites the go.mod files from versions.env and lets go fill in go.sum. */
async function sync() {
  const v = readVersions()
  const env = goEnv({ GOFLAGS_MOD: '-mod=mod' })
  const kubeMod = await run(
    'go',
    ['mod', 'download', '-json', `k8s.io/kubernetes@${v.KUBERNETES_VERSION}`],
    {
      cwd: CLUSTER_DIR,
      env: goEnv({ GOFLAGS_MOD: '' }),
      capture: true
    }
  )
  const upstream = fs.readFileSync(JSON.parse(kubeMod).GoMod, 'utf8')
  const veleroMod = await run(
    'go',
    ['mod', 'download', '-json', `github.com/vmware-tanzu/velero@${v.VELERO_VERSION}`],
    { cwd: CLUSTER_DIR, env: goEnv({ GOFLAGS_MOD: '' }), capture: true }
  )
  const veleroReplaces = moduleReplaces(fs.readFileSync(JSON.parse(veleroMod).GoMod, 'utf8'))
  // k8s.io/kubernetes requires its staging modules at v0.0.0 and replaces them with local
  // paths, which a dependent ignores: pin each to the published release of the same version.
  const staging = [...upstream.matchAll(/^\s+(k8s\.io\/[^\s]+) v0\.0\.0$/gm)].map(m => m[1]).sort()
  const stage = stagingVersion(v.KUBERNETES_VERSION)
  const goLine = 'go 1.26.0'
  const header =
    '// Generated by `node test/cluster/build.mjs --sync` from ../versions.env; do not edit by hand.\n\n'
  const files = {
    kube:
      `${header}module known-good.dev/test/cluster/kube\n\n${goLine}\n\ntool (\n` +
      ['kube-apiserver', 'kube-controller-manager', 'kube-scheduler']
        .map(t => `\tk8s.io/kubernetes/cmd/${t}\n`)
        .join('') +
      `)\n\nrequire k8s.io/kubernetes ${v.KUBERNETES_VERSION}\n\nreplace (\n` +
      staging.map(m => `\t${m} => ${m} ${stage}\n`).join('') +
      ')\n',
    etcd: `${header}module known-good.dev/test/cluster/etcd\n\n${goLine}\n\ntool go.etcd.io/etcd/server/v3\n\nrequire go.etcd.io/etcd/server/v3 ${v.ETCD_VERSION}\n`,
    kwok: `${header}module known-good.dev/test/cluster/kwok\n\n${goLine}\n\ntool sigs.k8s.io/kwok/cmd/kwok\n\nrequire sigs.k8s.io/kwok ${v.KWOK_VERSION}\n`,
    // No tool directive: the main is ours (main.go); tidy adds what it imports.
    'cert-manager': `${header}module ${CERT_MANAGER_MODULE}\n\n${goLine}\n\nrequire github.com/cert-manager/cert-manager ${v.CERT_MANAGER_VERSION}\n`,
    velero:
      `${header}module known-good.dev/test/cluster/velero\n\n${goLine}\n\ntool github.com/vmware-tanzu/velero/cmd/velero\n\n` +
      `require (\n\tgithub.com/vmware-tanzu/velero ${v.VELERO_VERSION}\n\tk8s.io/cli-runtime ${v.VELERO_CLI_RUNTIME_VERSION}\n)\n\n` +
      `${veleroReplaceComment(v)}\n` +
      (veleroReplaces.length
        ? `replace (\n${veleroReplaces.map(r => `\t${r}\n`).join('')})\n`
        : ''),
    'velero-plugin-for-aws': `${header}module known-good.dev/test/cluster/velero-plugin-for-aws\n\n${goLine}\n\ntool github.com/vmware-tanzu/velero-plugin-for-aws/velero-plugin-for-aws\n\nrequire github.com/vmware-tanzu/velero-plugin-for-aws ${v.VELERO_PLUGIN_FOR_AWS_VERSION}\n`,
    versitygw: `${header}module known-good.dev/test/cluster/versitygw\n\n${goLine}\n\ntool github.com/versity/versitygw/cmd/versitygw\n\nrequire github.com/versity/versitygw ${v.VERSITYGW_VERSION}\n`,
    // Tools plus a main of ours (dir-csi-driver/): tidy adds what the driver imports.
    storage:
      `${header}module ${STORAGE_MODULE}\n\n${goLine}\n\ntool (\n${STORAGE_TOOLS.map(t => `\t${t}\n`).join('')})\n\n` +
      `require (\n${storageRequires(v)
        .map(([m, ver]) => `\t${m} ${ver}\n`)
        .join('')})\n`
  }
  for (const m of MODULES) {
    const dir = path.join(CLUSTER_DIR, m)
    fs.mkdirSync(dir, { recursive: true })
    fs.writeFileSync(path.join(dir, 'go.mod'), files[m])
    fs.rmSync(path.join(dir, 'go.sum'), { force: true })
    log(`go mod tidy in test/cluster/${m}`)
    await run('go', ['mod', 'tidy'], { cwd: dir, env })
  }
  checkGoMods(v)
  log('go.mod and go.sum files rewritten; commit them with versions.env')
}

async function main() {
  const args = process.argv.slice(2)
  if (args.includes('--sync')) return sync()
  const t0 = Date.now()
  const manifest = await ensureBuilt()
  const secs = ((Date.now() - t0) / 1000).toFixed(1)
  if (args.includes('--json')) {
    process.stdout.write(JSON.stringify(manifest, null, 2) + '\n')
    return
  }
  log(`ready in ${secs} s: ${manifest.dir}`)
  log(
    `Kubernetes ${manifest.versions.kubernetes}, etcd ${manifest.versions.etcd}, kwok ${manifest.versions.kwok}, cert-manager ${manifest.versions.certManager}, Velero ${manifest.versions.velero} + AWS plugin ${manifest.versions.veleroPluginForAws}, versitygw ${manifest.versions.versitygw}, external-provisioner ${manifest.versions.externalProvisioner}, external-snapshotter ${manifest.versions.externalSnapshotter}, csi-sanity ${manifest.versions.csiTest} (${manifest.go})`
  )
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch(e => {
    process.stderr.write(`[cluster:build] ${e.message}\n`)
    process.exit(1)
  })
}
