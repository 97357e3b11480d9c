export const id = 848;
export const ids = [848];
export const modules = {

/***/ 30848:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q: () => (/* binding */ createProvider)
});

// EXTERNAL MODULE: ./src/cluster/conflict.ts
var conflict = __webpack_require__(55146);
// EXTERNAL MODULE: ./src/cluster/wait.ts
var wait = __webpack_require__(973);
// EXTERNAL MODULE: ./src/backup/model.ts
var model = __webpack_require__(81151);
;// CONCATENATED MODULE: ./src/backup/wait-usable.ts


/**
 * Reads the backup until it is usable. It ends early, with the provider's reason, once
 * `terminal` says it never will be (failed, expired, being deleted) or it disappears.
 */
function waitUntilUsable(name, what, read, terminal, options) {
    return (0,wait/* pollUntil */.g3)(what, async () => {
        const backup = await read();
        if (!backup)
            throw new model/* BackupFailedError */.GE(name, 'deleted', 'it disappeared while waiting');
        if (backup.usable)
            return backup;
        if (terminal(backup))
            throw new model/* BackupFailedError */.GE(name, backup.phase, backup.failure ?? backup.unusableReason ?? '');
        return undefined;
    }, options);
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/util/json.ts
var json = __webpack_require__(74976);
// EXTERNAL MODULE: ./src/backup/label-contract.ts
var label_contract = __webpack_require__(39511);
// EXTERNAL MODULE: ./src/util/duration.ts
var duration = __webpack_require__(26518);
;// CONCATENATED MODULE: ./src/backup/velero.ts








const GROUP = 'velero.io';
const VERSION = 'v1';
/** `velero backup create --from-schedule S` labels the backup with the schedule's name. */
const SCHEDULE_LABEL = 'velero.io/schedule-name';
/** Velero phases after which a backup will not become Completed. */
const BACKUP_FAILED = new Set(['Failed', 'PartiallyFailed', 'FailedValidation']);
const RESTORE_DONE = new Set(['Completed', 'PartiallyFailed', 'Failed', 'FailedValidation']);
/** Velero's own words on a failed Backup or Restore: failureReason and validation errors. */
function failureMessages(status) {
    const validation = Array.isArray(status.validationErrors) ? status.validationErrors : [];
    return [status.failureReason, ...validation].filter((m) => typeof m === 'string' && m !== '');
}
/** `S-<yyyymmddhhmmss>` in UTC, as `velero backup create --from-schedule` names backups. */
function scheduledBackupName(schedule, at) {
    return `${schedule}-${(0,duration/* compactTimestamp */.c)(at)}`;
}
/**
 * Usable = `status.phase: Completed`, not expired, not being deleted (ARCHITECTURE.md, "Backups": Velero's CRDs
 * have no status subresource; status is read from the object itself).
 */
function veleroBackupInfo(object, keys, now) {
    const status = object.status ?? {};
    const phase = (0,json/* str */.gx)(status.phase) ?? 'New';
    const expiresAt = (0,json/* str */.gx)(status.expiration);
    const labels = object.metadata.labels ?? {};
    const annotations = object.metadata.annotations ?? {};
    let unusableReason;
    if (object.metadata.deletionTimestamp || phase === 'Deleting')
        unusableReason = 'being deleted';
    else if (phase !== 'Completed')
        unusableReason = `phase ${phase}`;
    else if (expiresAt !== undefined && Date.parse(expiresAt) <= now.getTime())
        unusableReason = `expired at ${expiresAt}`;
    const info = {
        kind: 'velero',
        name: object.metadata.name,
        namespace: object.metadata.namespace ?? '',
        phase,
        usable: unusableReason === undefined,
        labels,
        annotations
    };
    const startedAt = (0,json/* str */.gx)(status.startTimestamp) ?? object.metadata.creationTimestamp;
    if (startedAt)
        info.startedAt = startedAt;
    if (expiresAt)
        info.expiresAt = expiresAt;
    if (unusableReason)
        info.unusableReason = unusableReason;
    const failure = failureMessages(status).join('; ');
    if (failure)
        info.failure = failure;
    return (0,label_contract/* readRecord */.aE)(info, keys);
}
class VeleroProvider {
    api;
    namespace;
    keys;
    now;
    kind = 'velero';
    backups;
    restores;
    schedules;
    constructor(api, namespace, keys, now = () => new Date()) {
        this.api = api;
        this.namespace = namespace;
        this.keys = keys;
        this.now = now;
        const ref = (plural) => ({ group: GROUP, version: VERSION, plural, namespace });
        this.backups = ref('backups');
        this.restores = ref('restores');
        this.schedules = ref('schedules');
    }
    async list(labelSelector) {
        return (await this.api.list(this.backups, labelSelector)).map(b => veleroBackupInfo(b, this.keys, this.now()));
    }
    async get(name) {
        const object = await this.api.get(this.backups, name);
        return object ? veleroBackupInfo(object, this.keys, this.now()) : undefined;
    }
    /** The newest backup of a schedule (by start time). */
    async newestOf(schedule) {
        return (0,model/* newestBackup */.RO)(await this.list(`${SCHEDULE_LABEL}=${schedule}`));
    }
    /**
     * Creates the pre-release backup the way `velero backup create --from-schedule` does, with
     * our labels and annotations set at creation, so that they are stored with the backup.
     */
    async create(schedule, labels, annotations) {
        const source = await this.api.get(this.schedules, schedule);
        if (!source)
            throw new errors/* ConfigurationError */.j(`schedule ${schedule} does not exist in namespace ${this.namespace}`);
        const template = (source.spec?.template ?? {});
        const body = {
            apiVersion: `${GROUP}/${VERSION}`,
            kind: 'Backup',
            metadata: {
                name: scheduledBackupName(schedule, this.now()),
                namespace: this.namespace,
                labels: { ...(source.metadata.labels ?? {}), [SCHEDULE_LABEL]: schedule, ...labels },
                annotations
            },
            spec: template
        };
        return veleroBackupInfo(await this.api.create(this.backups, body), this.keys, this.now());
    }
    /** Waits until the backup is usable; a terminal failure or a deletion ends the wait. */
    async waitUsable(name, options) {
        const never = (backup) => BACKUP_FAILED.has(backup.phase) ||
            backup.unusableReason === 'being deleted' ||
            backup.unusableReason?.startsWith('expired') === true;
        return waitUntilUsable(name, `backup ${name} to complete`, () => this.get(name), never, options);
    }
    /**
     * Adds labels and annotations to an existing backup with optimistic locking: the patch carries
     * the resourceVersion read, and a conflict (409) reads again and retries.
     */
    async record(name, labels, annotations, check) {
        return (0,conflict/* retryOnConflict */.S)(async () => {
            const object = await this.api.get(this.backups, name);
            if (!object)
                throw new errors/* ConfigurationError */.j(`backup ${name} does not exist in namespace ${this.namespace}`);
            check(veleroBackupInfo(object, this.keys, this.now()));
            const patched = await this.api.mergePatch(this.backups, name, {
                metadata: { resourceVersion: object.metadata.resourceVersion, labels, annotations }
            });
            return veleroBackupInfo(patched, this.keys, this.now());
        });
    }
    async restorePlan(backup, request, name) {
        return [this.restoreObject(backup, request, name)];
    }
    restoreObject(backup, request, name) {
        const spec = { backupName: backup.name };
        if (request.namespaces.length > 0)
            spec.includedNamespaces = request.namespaces;
        if (request.mapping.size > 0)
            spec.namespaceMapping = Object.fromEntries(request.mapping);
        if (request.existingResourcePolicy !== 'none')
            spec.existingResourcePolicy = request.existingResourcePolicy;
        return {
            apiVersion: `${GROUP}/${VERSION}`,
            kind: 'Restore',
            metadata: {
                name,
                namespace: this.namespace,
                labels: request.labels,
                annotations: request.annotations
            },
            spec
        };
    }
    async restore(backup, request, name, options) {
        await this.api.create(this.restores, this.restoreObject(backup, request, name));
        return this.waitRestore(name, options);
    }
    async findRestores(labelSelector) {
        return (await this.api.list(this.restores, labelSelector))
            .map(object => {
            const phase = (0,json/* str */.gx)(object.status?.phase) ?? 'New';
            const record = {
                name: object.metadata.name,
                backup: (0,json/* str */.gx)(object.spec?.backupName) ?? '',
                phase,
                finished: RESTORE_DONE.has(phase),
                succeeded: phase === 'Completed'
            };
            if (object.metadata.creationTimestamp)
                record.createdAt = object.metadata.creationTimestamp;
            return record;
        })
            .sort((a, b) => ((a.createdAt ?? '' < (b.createdAt ?? '')) ? 1 : -1));
    }
    async waitRestore(name, options) {
        const done = await (0,wait/* pollUntil */.g3)(`restore ${name} to finish`, async () => {
            const object = await this.api.get(this.restores, name);
            if (object === undefined)
                throw new errors/* ConfigurationError */.j(`restore ${name} disappeared from namespace ${this.namespace}`);
            const phase = (0,json/* str */.gx)(object.status?.phase);
            return phase && RESTORE_DONE.has(phase) ? object : undefined;
        }, options);
        const status = done.status ?? {};
        const phase = (0,json/* str */.gx)(status.phase) ?? 'unknown';
        const messages = failureMessages(status);
        return {
            name,
            namespace: this.namespace,
            phase,
            succeeded: phase === 'Completed',
            warnings: typeof status.warnings === 'number' ? status.warnings : 0,
            errors: typeof status.errors === 'number' ? status.errors : 0,
            messages,
            created: [`restores.velero.io/${name}`]
        };
    }
}

;// CONCATENATED MODULE: ./src/backup/csi.ts







const csi_GROUP = 'snapshot.storage.k8s.io';
const MAX_NAME = 253;
function snapshotError(snapshot) {
    const error = snapshot.status?.error;
    return error ? ((0,json/* str */.gx)(error.message) ?? 'snapshot error') : undefined;
}
/**
 * A CSI "backup" is the group of VolumeSnapshots taken together, tied by our `backup` label.
 * Usable when every snapshot is `readyToUse` (ARCHITECTURE.md, "Backups") and none is failing or being deleted.
 */
function csiBackupInfo(name, snapshots, keys) {
    const first = snapshots[0];
    const labels = first.metadata.labels ?? {};
    const annotations = first.metadata.annotations ?? {};
    const errors = snapshots.map(snapshotError).filter((e) => e !== undefined);
    const deleting = snapshots.some(s => s.metadata.deletionTimestamp);
    const ready = snapshots.every(s => s.status?.readyToUse === true);
    const phase = errors.length > 0 ? 'Failed' : ready ? 'Ready' : 'Pending';
    const info = {
        kind: 'csi',
        name,
        namespace: first.metadata.namespace ?? '',
        phase,
        usable: ready && !deleting && errors.length === 0,
        labels,
        annotations
    };
    if (deleting)
        info.unusableReason = 'being deleted';
    else if (errors.length > 0)
        info.unusableReason = errors.join('; ');
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
        this.snapshots = { group: csi_GROUP, version: 'v1', plural: 'volumesnapshots', namespace };
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
        const group = scheduledBackupName('pre-release', this.now());
        const created = [];
        for (const pvc of pvcs) {
            const spec = {
                source: { persistentVolumeClaimName: pvc.metadata.name }
            };
            if (this.snapshotClass)
                spec.volumeSnapshotClassName = this.snapshotClass;
            created.push(await this.api.create(this.snapshots, {
                apiVersion: `${csi_GROUP}/v1`,
                kind: 'VolumeSnapshot',
                metadata: {
                    name: `${group}-${pvc.metadata.name}`.slice(0, MAX_NAME),
                    namespace: this.namespace,
                    labels: { ...labels, [this.keys.backup]: group },
                    annotations
                },
                spec
            }));
        }
        return csiBackupInfo(group, created, this.keys);
    }
    async waitUsable(name, options) {
        const never = (backup) => backup.phase === 'Failed' || backup.unusableReason === 'being deleted';
        return waitUntilUsable(name, `snapshots of ${name} to be ready`, () => this.get(name), never, options);
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
                dataSource: { apiGroup: csi_GROUP, kind: 'VolumeSnapshot', name: snapshot.metadata.name }
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

;// CONCATENATED MODULE: ./src/backup/create-provider.ts



/** The one place that knows every provider. */
function createProvider(api, target, options = {}) {
    const keys = (0,label_contract/* recordKeys */.IH)(target.labelPrefix);
    switch (target.provider) {
        case 'velero':
            return new VeleroProvider(api, target.namespace, keys, options.now);
        case 'csi':
            return new CsiSnapshotProvider(api, target.namespace, keys, options.snapshotClass, options.now);
    }
}


/***/ }),

/***/ 39511:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IH: () => (/* binding */ recordKeys),
/* harmony export */   aE: () => (/* binding */ readRecord),
/* harmony export */   dr: () => (/* binding */ verdictMetadata),
/* harmony export */   w: () => (/* binding */ labelValue)
/* harmony export */ });
/* unused harmony exports DEFAULT_PREFIX, SHORT_SHA_LENGTH, BACKUP_VERDICTS, asVerdict */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _policy_verdict_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(75187);
/* harmony import */ var _verdict_record_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26768);



/**
 * What we write on cluster objects: a contract users select on (ARCHITECTURE.md, "The label
 * contract"), so it stays stable.
 * `kubectl get backups -n velero -l known-good.dev/verdict=clean` lists the safe backups.
 */
const DEFAULT_PREFIX = 'known-good.dev/';
/** Label values are at most 63 characters; a short commit is the first 12 hex digits. */
const SHORT_SHA_LENGTH = 12;
function recordKeys(prefix = DEFAULT_PREFIX) {
    const key = (name) => `${prefix}${name}`;
    return {
        verdict: key('verdict'),
        commit: key('commit'),
        commitSha: key('commit-sha'),
        runUrl: key('run-url'),
        counts: key('counts'),
        policy: key('policy'),
        sarifSha256: key('sarif-sha256'),
        scannedAt: key('scanned-at'),
        requestedBy: key('requested-by'),
        reason: key('reason'),
        revokedAt: key('revoked-at'),
        revokedReason: key('revoked-reason'),
        revokedBy: key('revoked-by'),
        previousVerdict: key('previous-verdict'),
        backup: key('backup'),
        restore: key('restore'),
        incident: key('incident')
    };
}
/**
 * A label value for a name that may be longer than the 63 characters a label takes: the name
 * itself when it fits, else its start and a digest of the whole.
 */
function labelValue(name) {
    if (name.length <= 63)
        return name;
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(name).digest('hex').slice(0, 10);
    return `${name.slice(0, 52).replace(/[^a-zA-Z0-9]+$/, '')}-${digest}`;
}
/** The verdict label's values: a scan's verdicts and `revoked`. */
const BACKUP_VERDICTS = [..._policy_verdict_js__WEBPACK_IMPORTED_MODULE_2__/* .VERDICTS */ .bk, 'revoked'];
function asVerdict(value) {
    return BACKUP_VERDICTS.find(v => v === value);
}
/** Copies what we wrote on a backup (verdict, commit) from its labels and annotations into it. */
function readRecord(info, keys) {
    const verdict = asVerdict(info.labels[keys.verdict]);
    if (verdict)
        info.verdict = verdict;
    if (info.labels[keys.commit])
        info.commit = info.labels[keys.commit];
    if (info.annotations[keys.commitSha])
        info.commitSha = info.annotations[keys.commitSha];
    return info;
}
/**
 * What label-backup writes on a backup: labels for selection (verdict, short commit),
 * annotations for detail (counts, policy, digest, time, full commit, run).
 */
function verdictMetadata(record, keys, commit, runUrl) {
    const labels = { [keys.verdict]: record.verdict };
    const annotations = {
        [keys.counts]: JSON.stringify((0,_verdict_record_js__WEBPACK_IMPORTED_MODULE_1__/* .countsOutput */ .kB)(record)),
        [keys.policy]: JSON.stringify(record.policy),
        [keys.sarifSha256]: record.sarifSha256,
        [keys.scannedAt]: record.scannedAt
    };
    if (commit) {
        labels[keys.commit] = commit.slice(0, SHORT_SHA_LENGTH);
        annotations[keys.commitSha] = commit;
    }
    if (runUrl)
        annotations[keys.runUrl] = runUrl;
    return { labels, annotations };
}


/***/ }),

/***/ 83074:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ apiStatus),
/* harmony export */   V: () => (/* binding */ ClusterApiError)
/* harmony export */ });
/**
 * The cluster as the product uses it: only the calls it makes (a port). The client-node
 * implementation is `client.ts`; tests pass plain fakes or run against the real API server.
 */
/** HTTP status of a failed API call, or undefined for transport errors. */
function apiStatus(error) {
    // client-node's ApiException carries the status as `code`; octokit's errors as `status`.
    const { code, status } = (error ?? {});
    if (typeof status === 'number')
        return status;
    return typeof code === 'number' ? code : undefined;
}
/** A failed API call that is not the user's to fix (conflict, server error), with its status. */
class ClusterApiError extends Error {
    status;
    constructor(message, status, options) {
        super(message, options);
        this.status = status;
        this.name = 'ClusterApiError';
    }
}


/***/ }),

/***/ 55146:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ retryOnConflict)
/* harmony export */ });
/* unused harmony export MAX_CONFLICT_RETRIES */
/* harmony import */ var _api_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83074);

/** Conflicting writers are retried this often before giving up. */
const MAX_CONFLICT_RETRIES = 8;
/**
 * Read, decide, write with optimistic locking: `attempt` reads the object and writes with the
 * resourceVersion it read; a 409 means someone wrote in between, so it runs again on fresh data.
 */
async function retryOnConflict(attempt) {
    for (let n = 1;; n++) {
        try {
            return await attempt(n === 1);
        }
        catch (error) {
            if ((0,_api_js__WEBPACK_IMPORTED_MODULE_0__/* .apiStatus */ .$)(error) !== 409 || n >= MAX_CONFLICT_RETRIES)
                throw error;
        }
    }
}


/***/ }),

/***/ 973:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Do: () => (/* binding */ WaitTimeoutError),
/* harmony export */   fv: () => (/* binding */ POLL_INTERVAL_MS),
/* harmony export */   g3: () => (/* binding */ pollUntil)
/* harmony export */ });
/* unused harmony export transient */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _api_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83074);


const TRANSPORT_ERROR = /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|EAI_AGAIN|socket hang up|other side closed/i;
/**
 * An API server that restarts, or a proxy that hiccups, answers like this for a while: no
 * connection, 429 (also "storage is (re)initializing"), 5xx. Anything else is an answer.
 */
function transient(error) {
    const status = (0,_api_js__WEBPACK_IMPORTED_MODULE_1__/* .apiStatus */ .$)(error);
    if (status !== undefined)
        return status === 429 || status >= 500;
    return error instanceof _api_js__WEBPACK_IMPORTED_MODULE_1__/* .ClusterApiError */ .V || TRANSPORT_ERROR.test((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorMessage */ .u)(error));
}
const FIRST_INTERVAL_MS = 250;
/**
 * The longest pause between two looks, per kind of wait: backups and restores take minutes,
 * certificates and rollouts seconds. Waits start at 250 ms and back off to these.
 */
const POLL_INTERVAL_MS = {
    backup: 5000,
    restore: 5000,
    certificate: 2000,
    rollout: 2000
};
/** The deadline passed before the awaited state was reached. */
class WaitTimeoutError extends Error {
    constructor(message) {
        super(message);
        this.name = 'WaitTimeoutError';
    }
}
const sleepFor = (ms) => new Promise(resolve => setTimeout(resolve, ms));
/**
 * Polls `check` until it returns a value, every 250 ms at first and then less often, up to
 * `intervalMs`. Reading again (rather than holding a watch open)
 * survives API server restarts and idle-connection timeouts without special cases: a transient
 * failure is logged and retried until the deadline; anything else is thrown at once.
 */
async function pollUntil(what, check, options) {
    const sleep = options.sleep ?? sleepFor;
    const now = options.now ?? Date.now;
    const deadline = now() + options.timeoutMs;
    let lastProblem = '';
    // Quick first looks (most waits end within a second or two), then back off to the interval.
    let interval = Math.min(FIRST_INTERVAL_MS, options.intervalMs);
    for (;;) {
        try {
            const value = await check();
            if (value !== undefined)
                return value;
        }
        catch (error) {
            if (!transient(error))
                throw error;
            lastProblem = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorMessage */ .u)(error);
            options.logger.debug(`waiting for ${what}: ${lastProblem} (retrying)`);
        }
        if (now() >= deadline) {
            throw new WaitTimeoutError(`timed out after ${Math.round(options.timeoutMs / 1000)} s waiting for ${what}${lastProblem ? ` (last error: ${lastProblem})` : ''}`);
        }
        await sleep(Math.min(interval, Math.max(0, deadline - now())));
        interval = Math.min(interval * 2, options.intervalMs);
    }
}


/***/ }),

/***/ 75187:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LD: () => (/* binding */ decide),
/* harmony export */   bk: () => (/* binding */ VERDICTS)
/* harmony export */ });
/* unused harmony export allowance */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10182);


const VERDICTS = ['clean', 'blocked', 'unknown'];
function matcher(patterns) {
    if (patterns.length === 0)
        return () => false;
    return picomatch__WEBPACK_IMPORTED_MODULE_0___default()(patterns, { dot: true });
}
function ruleMatcher(patterns) {
    const plain = matcher(patterns.filter(p => !p.includes(':')));
    const qualified = matcher(patterns.filter(p => p.includes(':')));
    return finding => plain(finding.ruleId) || qualified(`${finding.tool}:${finding.ruleId}`);
}
/** The most findings of a severity that still leave the release clean. */
function allowance(policy, severity) {
    const explicit = policy.maxCounts[severity];
    if (explicit !== undefined)
        return explicit;
    if (policy.failOn === 'none')
        return Number.POSITIVE_INFINITY;
    return (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .atLeast */ .jZ)(severity, policy.failOn) ? 0 : Number.POSITIVE_INFINITY;
}
function dispositionOf(finding, policy, include, exclude, allowed) {
    if (finding.baselineState === 'absent')
        return 'fixed';
    if (finding.suppressed && !policy.countSuppressed)
        return 'suppressed';
    const location = finding.location;
    // A path outside the workspace cannot be matched against workspace globs: it always counts.
    if (location !== undefined && !location.outsideWorkspace) {
        if (policy.include.length > 0 && !include(location.path))
            return 'excluded';
        if (exclude(location.path))
            return 'excluded';
    }
    if (allowed(finding))
        return 'allowed';
    if (policy.newOnly &&
        (finding.baselineState === 'unchanged' || finding.baselineState === 'updated')) {
        return 'existing';
    }
    return 'counted';
}
/**
 * Findings + policy → verdict. Pure. `unknown` (inputs that could not be judged) is never clean;
 * blocking findings from the inputs that were read still make it `blocked`.
 */
function decide(findings, problems, policy) {
    const include = matcher(policy.include);
    const exclude = matcher(policy.exclude);
    const allowed = ruleMatcher(policy.allowRules);
    const denied = ruleMatcher(policy.denyRules);
    const counted = (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .emptyCounts */ .W1)();
    const dispositions = {
        counted: 0,
        suppressed: 0,
        excluded: 0,
        allowed: 0,
        existing: 0,
        fixed: 0
    };
    const judged = findings.map(finding => {
        const disposition = dispositionOf(finding, policy, include, exclude, allowed);
        dispositions[disposition]++;
        if (disposition === 'counted')
            counted[finding.severity]++;
        return { finding, disposition, blocking: false };
    });
    const reasons = [];
    const blockingSeverities = new Set();
    for (const severity of _model_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC) {
        const limit = allowance(policy, severity);
        if (counted[severity] > limit) {
            blockingSeverities.add(severity);
            const rule = policy.maxCounts[severity] !== undefined
                ? `max-counts allows ${limit}`
                : `fail-on ${policy.failOn} allows none`;
            reasons.push(`${counted[severity]} ${severity} finding${counted[severity] === 1 ? '' : 's'} (${rule})`);
        }
    }
    let deniedCount = 0;
    for (const entry of judged) {
        if (entry.disposition !== 'counted')
            continue;
        const isDenied = denied(entry.finding);
        if (isDenied)
            deniedCount++;
        entry.blocking = isDenied || blockingSeverities.has(entry.finding.severity);
    }
    if (deniedCount > 0)
        reasons.push(`${deniedCount} finding${deniedCount === 1 ? '' : 's'} of denied rules (deny-rules)`);
    for (const problem of problems)
        reasons.push(problem.file ? `${problem.file}: ${problem.message}` : problem.message);
    const blocking = judged.filter(entry => entry.blocking).length;
    const verdict = blocking > 0 ? 'blocked' : problems.length > 0 ? 'unknown' : 'clean';
    if (verdict === 'clean')
        reasons.push('no counted finding exceeds the policy');
    return { verdict, reasons, judged, counted, dispositions, blocking };
}


/***/ }),

/***/ 26768:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CS: () => (/* binding */ VERDICT_SCHEMA),
/* harmony export */   NI: () => (/* binding */ buildVerdictRecord),
/* harmony export */   kB: () => (/* binding */ countsOutput)
/* harmony export */ });
/* unused harmony export combinedDigest */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10182);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(311);



const VERDICT_SCHEMA = 'known-good.verdict/v1';
function combinedDigest(digests) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update([...digests].sort().join('\n'))
        .digest('hex');
}
function inputRecords(collection) {
    return collection.files.map(file => {
        const record = { file: file.file, status: file.status };
        if (file.error !== undefined)
            record.error = file.error;
        if (file.sha256 !== undefined)
            record.sha256 = file.sha256;
        if (file.bytes !== undefined)
            record.bytes = file.bytes;
        if (file.summary) {
            record.sha256 = file.summary.sha256;
            record.bytes = file.summary.bytes;
            record.runs = file.summary.runs.map(run => {
                const out = {
                    tool: run.tool,
                    results: run.results,
                    findings: run.findings
                };
                if (run.toolVersion !== undefined)
                    out.version = run.toolVersion;
                if (run.category !== undefined)
                    out.category = run.category;
                if (run.executionFailure !== undefined)
                    out.executionFailure = run.executionFailure;
                if (run.executionNote !== undefined)
                    out.executionNote = run.executionNote;
                if (run.errorNotifications.length > 0)
                    out.notifications = run.errorNotifications;
                if (run.paths.mappings.length > 0)
                    out.pathMappings = run.paths.mappings;
                if (run.paths.outside.findings > 0)
                    out.outsideWorkspace = run.paths.outside;
                if (run.paths.ambiguousRoots)
                    out.ambiguousRoots = run.paths.ambiguousRoots;
                if (run.placeholderFingerprints.length > 0)
                    out.placeholderFingerprints = run.placeholderFingerprints;
                return out;
            });
        }
        return record;
    });
}
function toolsOf(inputs) {
    const seen = new Map();
    for (const run of inputs.flatMap(input => input.runs ?? [])) {
        const key = `${run.tool}\u0000${run.version ?? ''}`;
        if (!seen.has(key))
            seen.set(key, run.version === undefined ? { name: run.tool } : { name: run.tool, version: run.version });
    }
    return [...seen.values()];
}
function buildVerdictRecord(args) {
    const { decision, collection } = args;
    const all = (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .emptyCounts */ .W1)();
    // Tool names come from the logs: a null-prototype object takes any name as a plain key.
    const byTool = Object.create(null);
    for (const entry of decision.judged) {
        all[entry.finding.severity]++;
        if (entry.disposition === 'counted') {
            const counts = (byTool[entry.finding.tool] ??= (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .emptyCounts */ .W1)());
            counts[entry.finding.severity]++;
        }
    }
    const inputs = inputRecords(collection);
    return {
        schema: VERDICT_SCHEMA,
        verdict: decision.verdict,
        reasons: decision.reasons,
        counts: {
            counted: decision.counted,
            all,
            findings: decision.judged.length,
            blocking: decision.blocking,
            suppressed: decision.dispositions.suppressed,
            excluded: decision.dispositions.excluded,
            allowed: decision.dispositions.allowed,
            existing: decision.dispositions.existing,
            fixed: decision.dispositions.fixed,
            duplicates: collection.duplicates
        },
        byTool,
        toolTotals: collection.tools,
        policy: args.policy,
        inputs,
        unmatchedPatterns: args.unmatched,
        tools: toolsOf(inputs),
        sarifSha256: combinedDigest(inputs.flatMap(input => (input.sha256 ? [input.sha256] : []))),
        identity: args.identity,
        scannedAt: args.now.toISOString(),
        producer: { name: _version_js__WEBPACK_IMPORTED_MODULE_2__/* .PRODUCT */ .A, version: _version_js__WEBPACK_IMPORTED_MODULE_2__/* .VERSION */ .x }
    };
}
/** The `counts` output and annotation: counted findings per severity plus the totals. */
function countsOutput(record) {
    const c = record.counts;
    return {
        ...c.counted,
        findings: c.findings,
        blocking: c.blocking,
        suppressed: c.suppressed,
        excluded: c.excluded,
        allowed: c.allowed,
        existing: c.existing,
        fixed: c.fixed,
        duplicates: c.duplicates
    };
}


/***/ })

};
