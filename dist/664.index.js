export const id = 664;
export const ids = [664];
export const modules = {

/***/ 33972:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q: () => (/* binding */ createProvider)
});

// EXTERNAL MODULE: ./src/cluster/conflict.ts
var conflict = __webpack_require__(55146);
// EXTERNAL MODULE: ./src/backup/wait-usable.ts
var wait_usable = __webpack_require__(71110);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/text/one-line.ts
var one_line = __webpack_require__(73854);
// EXTERNAL MODULE: ./src/util/json.ts
var json = __webpack_require__(74976);
// EXTERNAL MODULE: ./src/backup/label-contract.ts
var label_contract = __webpack_require__(39511);
// EXTERNAL MODULE: ./src/backup/model.ts
var model = __webpack_require__(81151);
// EXTERNAL MODULE: ./src/backup/naming.ts
var naming = __webpack_require__(94388);
;// CONCATENATED MODULE: ./src/backup/csi.ts








const GROUP = 'snapshot.storage.k8s.io';
const MAX_NAME = 253;
function snapshotError(snapshot) {
    const error = snapshot.status?.error;
    return error ? ((0,json/* str */.gx)(error.message) ?? 'snapshot error') : undefined;
}
/**
 * Why a group lacks snapshots it was created with (its creation stopped part way, or one was
 * deleted), or undefined when it is whole. A group from before the count was written has none:
 * it is taken as it is.
 */
function missingSnapshots(snapshots, keys) {
    const declared = snapshots
        .map(s => Number(s.metadata.annotations?.[keys.snapshots]))
        .filter(n => Number.isSafeInteger(n) && n > 0);
    if (declared.length === 0)
        return undefined;
    const expected = Math.max(...declared);
    return snapshots.length < expected
        ? `incomplete: ${snapshots.length} of the ${expected} VolumeSnapshots it was created with`
        : undefined;
}
/**
 * A CSI "backup" is the group of VolumeSnapshots taken together, tied by our `backup` label.
 * Usable when every snapshot is `readyToUse` (ARCHITECTURE.md, "Backups"), none is failing or
 * being deleted, and none of those it was created with is missing.
 */
function csiBackupInfo(name, snapshots, keys) {
    const first = snapshots[0];
    const labels = first.metadata.labels ?? {};
    const annotations = first.metadata.annotations ?? {};
    const errors = snapshots.map(snapshotError).filter((e) => e !== undefined);
    const deleting = snapshots.some(s => s.metadata.deletionTimestamp);
    const ready = snapshots.every(s => s.status?.readyToUse === true);
    const missing = missingSnapshots(snapshots, keys);
    const phase = errors.length > 0 ? 'Failed' : ready ? 'Ready' : 'Pending';
    const info = {
        kind: 'csi',
        name,
        namespace: first.metadata.namespace ?? '',
        phase,
        usable: ready && !deleting && errors.length === 0 && missing === undefined,
        labels,
        annotations
    };
    if (deleting)
        info.unusableReason = model/* BEING_DELETED */.IA;
    else if (errors.length > 0)
        info.unusableReason = errors.join('; ');
    else if (missing !== undefined)
        info.unusableReason = missing;
    else if (!ready)
        info.unusableReason = 'not ready to use';
    const times = snapshots
        .map(s => (0,json/* str */.gx)(s.status?.creationTime) ?? s.metadata.creationTimestamp)
        .filter((t) => t !== undefined)
        .sort();
    if (times[0])
        info.startedAt = times[0];
    return (0,label_contract/* readRecord */.aE)(info, keys);
}
class CsiSnapshotProvider {
    api;
    namespace;
    keys;
    snapshotClass;
    now;
    kind = 'csi';
    snapshots;
    constructor(api, namespace, keys, snapshotClass, now = () => new Date()) {
        this.api = api;
        this.namespace = namespace;
        this.keys = keys;
        this.snapshotClass = snapshotClass;
        this.now = now;
        this.snapshots = { group: GROUP, version: 'v1', plural: 'volumesnapshots', namespace };
    }
    async groups(labelSelector) {
        const selector = [this.keys.backup, labelSelector].filter(Boolean).join(',');
        const groups = new Map();
        for (const snapshot of await this.api.list(this.snapshots, selector)) {
            const group = snapshot.metadata.labels?.[this.keys.backup];
            if (!group)
                continue;
            groups.set(group, [...(groups.get(group) ?? []), snapshot]);
        }
        return groups;
    }
    async list(labelSelector) {
        return [...(await this.groups(labelSelector)).entries()].map(([name, snapshots]) => csiBackupInfo(name, snapshots, this.keys));
    }
    async get(name) {
        const snapshots = (await this.groups(`${this.keys.backup}=${name}`)).get(name);
        return snapshots ? csiBackupInfo(name, snapshots, this.keys) : undefined;
    }
    async newestOf(labelSelector) {
        return (0,model/* newestBackup */.RO)(await this.list(labelSelector));
    }
    /** One VolumeSnapshot per PVC the selector picks, all in one group, labelled at creation. */
    async create(pvcSelector, labels, annotations) {
        const pvcs = await this.api.listPersistentVolumeClaims(this.namespace, pvcSelector);
        if (pvcs.length === 0)
            throw new errors/* ConfigurationError */.j(`no PersistentVolumeClaim in namespace ${this.namespace} matches ${JSON.stringify(pvcSelector)}`);
        return (0,naming/* createUnderFreeName */.Q)((0,naming/* scheduledBackupName */.v)('pre-release', this.now()), 'a CSI backup', this.namespace, async (group) => {
            const created = [];
            try {
                for (const pvc of pvcs)
                    created.push(await this.snapshot(group, pvc, pvcs.length, labels, annotations));
                return csiBackupInfo(group, created, this.keys);
            }
            catch (error) {
                // Nothing made yet: the error as it is (a 409 there tries the next name).
                if (created.length === 0)
                    throw error;
                // The snapshots made stay (deleting them is no right of ours); the count on each
                // keeps the group from ever being chosen.
                throw new Error(`backup ${group} is incomplete: ${created.length} of ${pvcs.length} VolumeSnapshots were created (${created.map(s => s.metadata.name).join(', ')}) before: ${(0,one_line/* oneLine */.TN)((0,errors/* getErrorMessage */.u)(error))}; it is never restored, delete its VolumeSnapshots (label ${this.keys.backup}=${group})`, { cause: error });
            }
        });
    }
    /** One VolumeSnapshot of a group, with our labels and annotations and the group's size. */
    snapshot(group, pvc, count, labels, annotations) {
        const spec = {
            source: { persistentVolumeClaimName: pvc.metadata.name }
        };
        if (this.snapshotClass)
            spec.volumeSnapshotClassName = this.snapshotClass;
        return this.api.create(this.snapshots, {
            apiVersion: `${GROUP}/v1`,
            kind: 'VolumeSnapshot',
            metadata: {
                name: `${group}-${pvc.metadata.name}`.slice(0, MAX_NAME),
                namespace: this.namespace,
                labels: { ...labels, [this.keys.backup]: group },
                annotations: { ...annotations, [this.keys.snapshots]: String(count) }
            },
            spec
        });
    }
    async waitUsable(name, options) {
        const never = (backup) => backup.phase === 'Failed';
        return (0,wait_usable/* waitUntilUsable */.S)(name, `snapshots of ${name} to be ready`, () => this.get(name), never, options);
    }
    async record(name, labels, annotations, check) {
        const snapshots = (await this.groups(`${this.keys.backup}=${name}`)).get(name);
        if (!snapshots)
            throw new errors/* ConfigurationError */.j(`no VolumeSnapshot of backup ${name} in namespace ${this.namespace}`);
        check(csiBackupInfo(name, snapshots, this.keys));
        const patched = [];
        for (const snapshot of snapshots)
            patched.push(await this.patchLocked(snapshot, labels, annotations));
        return csiBackupInfo(name, patched, this.keys);
    }
    async patchLocked(snapshot, labels, annotations) {
        return (0,conflict/* retryOnConflict */.S)(async (first) => {
            const current = first ? snapshot : await this.api.get(this.snapshots, snapshot.metadata.name);
            if (!current)
                throw new Error(`snapshot ${snapshot.metadata.name} disappeared while labelling it`);
            return this.api.mergePatch(this.snapshots, current.metadata.name, {
                metadata: { resourceVersion: current.metadata.resourceVersion, labels, annotations }
            });
        });
    }
    /** A new PVC per snapshot with the snapshot as `dataSource`: an existing PVC cannot be reverted. */
    async restorePlan(backup, request, name) {
        const snapshots = (await this.groups(`${this.keys.backup}=${backup.name}`)).get(backup.name) ?? [];
        const pvcs = new Map((await this.api.listPersistentVolumeClaims(this.namespace)).map(p => [p.metadata.name, p]));
        return snapshots.map(snapshot => {
            const source = (0,json/* str */.gx)(snapshot.spec?.source?.persistentVolumeClaimName) ?? snapshot.metadata.name;
            const original = pvcs.get(source);
            const originalSpec = (original?.spec ?? {});
            const size = (0,json/* str */.gx)(snapshot.status?.restoreSize) ??
                (0,json/* str */.gx)(originalSpec.resources?.requests?.storage);
            if (!size)
                throw new errors/* ConfigurationError */.j(`snapshot ${snapshot.metadata.name} has no restoreSize and its PVC ${source} is gone: the restore size is unknown`);
            const spec = {
                accessModes: originalSpec.accessModes ?? ['ReadWriteOnce'],
                resources: { requests: { storage: size } },
                dataSource: { apiGroup: GROUP, kind: 'VolumeSnapshot', name: snapshot.metadata.name }
            };
            if (originalSpec.storageClassName)
                spec.storageClassName = originalSpec.storageClassName;
            return {
                apiVersion: 'v1',
                kind: 'PersistentVolumeClaim',
                metadata: {
                    name: (request.mapping.get(source) ?? `${source}-${name}`).slice(0, MAX_NAME),
                    namespace: this.namespace,
                    labels: { ...request.labels, [this.keys.restore]: (0,label_contract/* labelValue */.w)(name) },
                    annotations: { ...request.annotations, [this.keys.backup]: backup.name }
                },
                spec
            };
        });
    }
    async restore(backup, request, name) {
        const created = [];
        for (const pvc of await this.restorePlan(backup, request, name)) {
            await this.api.createPersistentVolumeClaim(this.namespace, pvc);
            created.push(`persistentvolumeclaims/${pvc.metadata.name}`);
        }
        return this.created(name, created);
    }
    /** A PVC binds when its driver provisions it (with WaitForFirstConsumer, only once a pod uses it). */
    created(name, created) {
        return {
            name,
            namespace: this.namespace,
            phase: 'Created',
            succeeded: true,
            warnings: 0,
            errors: 0,
            messages: [],
            created
        };
    }
    /** The PVCs of earlier restores, grouped by the restore label each carries. */
    async findRestores(labelSelector) {
        const groups = new Map();
        const selector = [this.keys.restore, labelSelector].filter(Boolean).join(',');
        for (const pvc of await this.api.listPersistentVolumeClaims(this.namespace, selector)) {
            const restore = pvc.metadata.labels?.[this.keys.restore];
            if (restore)
                groups.set(restore, [...(groups.get(restore) ?? []), pvc]);
        }
        return [...groups.entries()].map(([name, pvcs]) => ({
            name,
            backup: pvcs[0].metadata.annotations?.[this.keys.backup] ?? '',
            phase: 'Created',
            finished: true,
            succeeded: true
        }));
    }
    async waitRestore(name) {
        const pvcs = await this.api.listPersistentVolumeClaims(this.namespace, `${this.keys.restore}=${(0,label_contract/* labelValue */.w)(name)}`);
        if (pvcs.length === 0)
            throw new errors/* ConfigurationError */.j(`restore ${name} has no PVC in namespace ${this.namespace}`);
        return this.created(name, pvcs.map(p => `persistentvolumeclaims/${p.metadata.name}`));
    }
}

// EXTERNAL MODULE: ./src/backup/velero.ts
var velero = __webpack_require__(31765);
;// CONCATENATED MODULE: ./src/backup/create-provider.ts



/** The one place that knows every provider. */
function createProvider(api, target, options = {}) {
    const keys = (0,label_contract/* recordKeys */.IH)(target.labelPrefix);
    switch (target.provider) {
        case 'velero':
            return new velero/* VeleroProvider */.Ll(api, target.namespace, keys, options.now, {
                reader: options.reader
            });
        case 'csi':
            return new CsiSnapshotProvider(api, target.namespace, keys, options.snapshotClass, options.now);
    }
}


/***/ }),

/***/ 25182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  U: () => (/* binding */ verdictSources)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/ledger/ledger.ts
var ledger_ledger = __webpack_require__(82420);
;// CONCATENATED MODULE: ./src/ledger/file.ts



/** Reads a ledger file (`revocations.json` from a revoke's report directory or artifact). */
function readLedgerFile(path) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j(`ledger ${path} cannot be read (${(0,errors/* getErrorMessage */.u)(error)}): pass the ${ledger_ledger/* LEDGER_FILE */.th} that revoke wrote, e.g. downloaded from its artifact`);
    }
    return (0,ledger_ledger/* parseLedger */.h8)(text, `ledger ${path}`);
}

// EXTERNAL MODULE: ./src/ledger/store.ts
var store = __webpack_require__(40492);
;// CONCATENATED MODULE: ./src/backup/sources.ts



/**
 * Every source a command can read about its backups' commits: the commit statuses (with a
 * token), the cluster's ledger and a ledger file. Read once per run.
 */
async function verdictSources(api, namespace, keys, options) {
    const file = options.ledgerFile ? readLedgerFile(options.ledgerFile) : undefined;
    const loaded = await (0,store/* loadLedger */.OO)(api, namespace, file);
    const ledger = options.extra ? (0,ledger_ledger/* mergeLedgers */.dR)(loaded, options.extra) : loaded;
    return { ledger, keys, ...(options.lookup ? { lookup: options.lookup } : {}) };
}


/***/ }),

/***/ 70274:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ resolveVerdicts)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _ledger_ledger_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(82420);
/* harmony import */ var _text_one_line_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73854);



/** One commit status read per commit, however many backups name it. */
function cachedLookup(lookup, logger) {
    const seen = new Map();
    return (sha, backup) => {
        let answer = seen.get(sha);
        if (answer === undefined) {
            answer = lookup.verdictOf(sha).catch((error) => {
                logger.warning(`could not read the commit status of ${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .TN)(sha)} for backup ${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .TN)(backup)}: ${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .TN)((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorMessage */ .u)(error))}`);
                return undefined;
            });
            seen.set(sha, answer);
        }
        return answer;
    };
}
/**
 * Each backup's verdict. A revocation wins over everything, from whichever source can be read
 * (the backup's own label, the ledger, the commit status): a revocation is never undone by an
 * older verdict. Otherwise the label, else the commit status the scan set, else `unverified`.
 * A lookup that fails leaves the backup as its other sources have it (never clean by default).
 */
async function resolveVerdicts(backups, sources, logger) {
    const status = sources.lookup ? cachedLookup(sources.lookup, logger) : undefined;
    const candidates = [];
    for (const backup of backups) {
        const sha = backup.commitSha ?? backup.commit;
        if (backup.verdict === 'revoked') {
            const reason = sources.keys ? backup.annotations[sources.keys.revokedReason] : undefined;
            candidates.push({
                backup,
                verdict: 'revoked',
                source: 'label',
                ...(reason ? { revokedReason: reason } : {})
            });
            continue;
        }
        const revocation = sources.ledger ? (0,_ledger_ledger_js__WEBPACK_IMPORTED_MODULE_1__/* .revocationFor */ .aM)(sources.ledger, sha) : undefined;
        if (revocation) {
            candidates.push({
                backup,
                verdict: 'revoked',
                source: 'ledger',
                revokedReason: revocation.reason
            });
            continue;
        }
        const recorded = sha && status ? await status(sha, backup.name) : undefined;
        if (recorded?.verdict === 'revoked') {
            candidates.push({
                backup,
                verdict: 'revoked',
                source: 'commit status',
                ...(recorded.reason ? { revokedReason: recorded.reason } : {})
            });
        }
        else if (backup.verdict) {
            candidates.push({ backup, verdict: backup.verdict, source: 'label' });
        }
        else if (recorded) {
            candidates.push({ backup, verdict: recorded.verdict, source: 'commit status' });
        }
        else {
            candidates.push({ backup, verdict: 'unverified', source: 'none' });
        }
    }
    return candidates;
}


/***/ }),

/***/ 47645:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ writeSummary)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _text_one_line_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73854);


/**
 * The one job-summary policy of every command: a summary that cannot be written is a warning,
 * never a failed or changed result.
 */
async function writeSummary(deps, markdown) {
    if (!deps.writeJobSummary)
        return;
    try {
        await deps.writeJobSummary(markdown);
    }
    catch (error) {
        deps.logger.warning(`could not write the job summary: ${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorMessage */ .u)(error))}`);
    }
}


/***/ }),

/***/ 82420:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hg: () => (/* binding */ emptyLedger),
/* harmony export */   Kd: () => (/* binding */ sameCommit),
/* harmony export */   aM: () => (/* binding */ revocationFor),
/* harmony export */   dR: () => (/* binding */ mergeLedgers),
/* harmony export */   dU: () => (/* binding */ serialiseLedger),
/* harmony export */   h8: () => (/* binding */ parseLedger),
/* harmony export */   sk: () => (/* binding */ LEDGER_SCHEMA),
/* harmony export */   th: () => (/* binding */ LEDGER_FILE)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _util_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74976);
/**
 * The revocation ledger: releases found compromised after the fact. It lives where the backups
 * live (a ConfigMap in the backup namespace, see store.ts) and as a file (`revocations.json` in
 * the report directory and artifact) that a fresh cluster, which has only the bucket, is given.
 * A revocation is never undone: sources are merged by union, and a commit revoked in any of them
 * is revoked (ARCHITECTURE.md, "Revocations").
 */


const LEDGER_SCHEMA = 'known-good.revocations/v1';
/** The file `revoke` writes and `restore --ledger` reads. */
const LEDGER_FILE = 'revocations.json';
function emptyLedger() {
    return { schema: LEDGER_SCHEMA, revocations: [] };
}
const SHA = /^[0-9a-f]{7,64}$/;
function readRevocation(value, where) {
    if (!(0,_util_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(value))
        throw new Error(`${where} is not an object`);
    const id = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(value.id);
    const reason = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(value.reason);
    const revokedAt = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(value.revokedAt);
    const commits = Array.isArray(value.commits) ? value.commits : undefined;
    if (!id || !reason || !revokedAt || !commits)
        throw new Error(`${where} lacks id, reason, revokedAt or commits`);
    if (!commits.every(c => typeof c === 'string' && SHA.test(c)))
        throw new Error(`${where}.commits holds something that is not a commit SHA`);
    const revocation = { id, commits: commits, reason, revokedAt };
    for (const key of ['revokedBy', 'runUrl', 'introducedIn', 'fixedIn']) {
        const text = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(value[key]);
        if (text !== undefined)
            revocation[key] = text;
    }
    return revocation;
}
/** Reads a ledger (a file, a ConfigMap's data), refusing anything that is not ours. */
function parseLedger(text, source) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`${source} is not JSON (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorMessage */ .u)(error)}): pass the ${LEDGER_FILE} that revoke wrote`);
    }
    if (!(0,_util_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(value) || value.schema !== LEDGER_SCHEMA || !Array.isArray(value.revocations))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`${source} is not a known-good revocation ledger (expected "schema": "${LEDGER_SCHEMA}" and a revocations array): pass the ${LEDGER_FILE} that revoke wrote`);
    try {
        return {
            schema: LEDGER_SCHEMA,
            revocations: value.revocations.map((r, i) => readRevocation(r, `revocations[${i}]`))
        };
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`${source}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorMessage */ .u)(error)}`);
    }
}
/** The union of ledgers: every revocation once (by id; a later copy adds its commits). */
function mergeLedgers(...ledgers) {
    const byId = new Map();
    for (const revocation of ledgers.flatMap(l => l.revocations)) {
        const known = byId.get(revocation.id);
        byId.set(revocation.id, known
            ? { ...known, commits: [...new Set([...known.commits, ...revocation.commits])] }
            : { ...revocation, commits: [...revocation.commits] });
    }
    return {
        schema: LEDGER_SCHEMA,
        revocations: [...byId.values()].sort((a, b) => a.revokedAt < b.revokedAt ? -1 : a.revokedAt > b.revokedAt ? 1 : a.id < b.id ? -1 : 1)
    };
}
/** Same commit: a backup names a short SHA (its label) or the full one (its annotation). */
function sameCommit(a, b) {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    return Math.min(x.length, y.length) >= 7 && (x.startsWith(y) || y.startsWith(x));
}
/** The revocation that covers a commit, if any (the earliest). */
function revocationFor(ledger, commit) {
    if (commit === undefined)
        return undefined;
    return ledger.revocations.find(r => r.commits.some(c => sameCommit(c, commit)));
}
function serialiseLedger(ledger) {
    return `${JSON.stringify(ledger, null, 2)}\n`;
}


/***/ }),

/***/ 40492:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hh: () => (/* binding */ recordRevocations),
/* harmony export */   J$: () => (/* binding */ updateLedgerConfigMap),
/* harmony export */   OO: () => (/* binding */ loadLedger),
/* harmony export */   X4: () => (/* binding */ LEDGER_CONFIGMAP)
/* harmony export */ });
/* unused harmony export readClusterLedger */
/* harmony import */ var _cluster_conflict_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(55146);
/* harmony import */ var _ledger_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(82420);


/** The ConfigMap in the backup namespace that holds the ledger (and incident progress). */
const LEDGER_CONFIGMAP = 'known-good-ledger';
function ledgerOf(configMap, namespace) {
    const text = configMap?.data?.[_ledger_js__WEBPACK_IMPORTED_MODULE_1__/* .LEDGER_FILE */ .th];
    return text === undefined
        ? (0,_ledger_js__WEBPACK_IMPORTED_MODULE_1__/* .emptyLedger */ .Hg)()
        : (0,_ledger_js__WEBPACK_IMPORTED_MODULE_1__/* .parseLedger */ .h8)(text, `configmap ${LEDGER_CONFIGMAP} in namespace ${namespace}`);
}
/** The ledger of a cluster; empty when it has none yet. */
async function readClusterLedger(api, namespace) {
    return ledgerOf(await api.getConfigMap(namespace, LEDGER_CONFIGMAP), namespace);
}
/**
 * Changes one key of the ledger ConfigMap with optimistic locking: read, change, write with the
 * resourceVersion read; a conflict (409) reads again. Creates the ConfigMap when it is missing.
 */
async function updateLedgerConfigMap(api, namespace, change, labels = {}) {
    return (0,_cluster_conflict_js__WEBPACK_IMPORTED_MODULE_0__/* .retryOnConflict */ .S)(async () => {
        const current = await api.getConfigMap(namespace, LEDGER_CONFIGMAP);
        const data = change({ ...(current?.data ?? {}) });
        if (current === undefined)
            return api.createConfigMap(namespace, {
                apiVersion: 'v1',
                kind: 'ConfigMap',
                metadata: { name: LEDGER_CONFIGMAP, namespace, labels },
                data
            });
        return api.replaceConfigMap(namespace, { ...current, data });
    });
}
/** Adds revocations to the cluster's ledger (union: nothing already there is lost). */
async function recordRevocations(api, namespace, revocations, labels = {}) {
    let merged = (0,_ledger_js__WEBPACK_IMPORTED_MODULE_1__/* .emptyLedger */ .Hg)();
    await updateLedgerConfigMap(api, namespace, data => {
        const existing = data[_ledger_js__WEBPACK_IMPORTED_MODULE_1__/* .LEDGER_FILE */ .th] === undefined
            ? (0,_ledger_js__WEBPACK_IMPORTED_MODULE_1__/* .emptyLedger */ .Hg)()
            : (0,_ledger_js__WEBPACK_IMPORTED_MODULE_1__/* .parseLedger */ .h8)(data[_ledger_js__WEBPACK_IMPORTED_MODULE_1__/* .LEDGER_FILE */ .th], `configmap ${LEDGER_CONFIGMAP} in namespace ${namespace}`);
        merged = (0,_ledger_js__WEBPACK_IMPORTED_MODULE_1__/* .mergeLedgers */ .dR)(existing, { schema: existing.schema, revocations });
        return { ...data, [_ledger_js__WEBPACK_IMPORTED_MODULE_1__/* .LEDGER_FILE */ .th]: (0,_ledger_js__WEBPACK_IMPORTED_MODULE_1__/* .serialiseLedger */ .dU)(merged) };
    }, labels);
    return merged;
}
/**
 * Every revocation this run can read: the cluster's ledger and, when given, a ledger file (a
 * fresh cluster has only the file). A ledger that cannot be read is an error, never "none".
 */
async function loadLedger(api, namespace, file) {
    const cluster = await readClusterLedger(api, namespace);
    return file ? (0,_ledger_js__WEBPACK_IMPORTED_MODULE_1__/* .mergeLedgers */ .dR)(cluster, file) : cluster;
}


/***/ })

};
