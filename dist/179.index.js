export const id = 179;
export const ids = [179];
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
            throw new errors/* ConfigurationError */.j1(`no PersistentVolumeClaim in namespace ${this.namespace} matches ${JSON.stringify(pvcSelector)}`);
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
                throw new Error(`backup ${group} is incomplete: ${created.length} of ${pvcs.length} VolumeSnapshots were created (${created.map(s => s.metadata.name).join(', ')}) before: ${(0,one_line/* oneLine */.TN)((0,errors/* getErrorMessage */.u1)(error))}; it is never restored, delete its VolumeSnapshots (label ${this.keys.backup}=${group})`, { cause: error });
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
            throw new errors/* ConfigurationError */.j1(`no VolumeSnapshot of backup ${name} in namespace ${this.namespace}`);
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
                throw new errors/* ConfigurationError */.j1(`snapshot ${snapshot.metadata.name} has no restoreSize and its PVC ${source} is gone: the restore size is unknown`);
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
            throw new errors/* ConfigurationError */.j1(`restore ${name} has no PVC in namespace ${this.namespace}`);
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
/* harmony import */ var _policy_verdict_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75187);
/* harmony import */ var _verdict_record_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26768);



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
        snapshots: key('snapshots'),
        restore: key('restore'),
        incident: key('incident'),
        originalExpiration: key('original-expiration'),
        drilledAt: key('drilled-at'),
        drillResult: key('drill-result'),
        drill: key('drill')
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
const BACKUP_VERDICTS = [..._policy_verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .VERDICTS */ .bk, 'revoked'];
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
        [keys.counts]: JSON.stringify((0,_verdict_record_js__WEBPACK_IMPORTED_MODULE_2__/* .countsOutput */ .kB)(record)),
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

/***/ 94388:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ createUnderFreeName),
/* harmony export */   v: () => (/* binding */ scheduledBackupName)
/* harmony export */ });
/* harmony import */ var _cluster_api_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83074);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _text_one_line_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73854);
/* harmony import */ var _util_duration_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26518);




// How both providers name the backups they create.
/** Names tried for one backup when the first is taken: `<name>`, `<name>-2`, … */
const MAX_NAME_ATTEMPTS = 5;
/**
 * Creates a backup under `base`, or the next free `<base>-<n>` while the API server answers 409
 * (AlreadyExists): the name has a one-second grain, and Velero's own scheduled backup or another
 * run may have taken it in the same second. `what` names the backup in the error after the last.
 */
async function createUnderFreeName(base, what, namespace, create) {
    for (let attempt = 1;; attempt++) {
        try {
            return await create(attempt === 1 ? base : `${base}-${attempt}`);
        }
        catch (error) {
            if ((0,_cluster_api_js__WEBPACK_IMPORTED_MODULE_0__/* .apiStatus */ .$)(error) !== 409)
                throw error;
            if (attempt >= MAX_NAME_ATTEMPTS)
                throw new Error(`cannot create ${what}: the names ${base} to ${base}-${attempt} are taken in namespace ${namespace} (${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_3__/* .oneLine */ .TN)((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .getErrorMessage */ .u1)(error))}); run again a second later`, { cause: error });
        }
    }
}
/** `S-<yyyymmddhhmmss>` in UTC, as `velero backup create --from-schedule` names backups. */
function scheduledBackupName(schedule, at) {
    return `${schedule}-${(0,_util_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .compactTimestamp */ .ce)(at)}`;
}


/***/ }),

/***/ 5467:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GP: () => (/* binding */ logErrors),
/* harmony export */   RD: () => (/* binding */ capMessages),
/* harmony export */   UP: () => (/* binding */ fetchVeleroFile),
/* harmony export */   VL: () => (/* binding */ messageLines),
/* harmony export */   c2: () => (/* binding */ parseResults)
/* harmony export */ });
/* unused harmony export VELERO_FILE_LIMITS */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _cluster_wait_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(973);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _text_one_line_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(73854);
/* harmony import */ var _util_json_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74976);
/**
 * Velero's own words on a restore or backup, which are not on the API objects: `status.errors`
 * and `status.warnings` are counts, the messages are files in object storage. They are fetched
 * the way Velero's client does (`velero restore describe`, `velero backup logs`: Velero's
 * pkg/cmd/util/downloadrequest/downloadrequest.go): create a DownloadRequest for the file, wait
 * until Velero has written a pre-signed URL into its status, GET that URL, gunzip. The results
 * file is JSON `{"errors": Result, "warnings": Result}` with Result `{velero?: [], cluster?: [],
 * namespaces?: {ns: []}}` (pkg/util/results/result.go); a log is logrus text, one entry a line.
 */






/**
 * Bounds. Velero's own client waits up to a minute for the URL; a results file of a large
 * restore with many conflicts can be megabytes, so the body and its unpacked size are capped.
 */
const VELERO_FILE_LIMITS = {
    /** Until Velero has signed the URL (it does within a second when the location is usable). */
    urlTimeoutMs: 30_000,
    downloadTimeoutMs: 30_000,
    maxBytes: 16 * 1024 * 1024,
    maxUnpackedBytes: 64 * 1024 * 1024,
    /** Messages kept (errors first), each cut to this length. */
    maxMessages: 100,
    maxMessageLength: 1000
};
const DOWNLOAD_REQUEST_LENGTH = 253;
/** The URL's signature (X-Amz-Signature and the like) is what grants access: mask it too. */
function maskUrl(url, logger) {
    logger.mask(url);
    try {
        for (const [key, value] of new URL(url).searchParams)
            if (/signature|token|credential|sig$/i.test(key) && value.length >= 8)
                logger.mask(value);
    }
    catch {
        // Not a URL: masked as a whole above.
    }
}
/**
 * Fetches one of Velero's files for the object `name` (a Restore or a Backup): undefined when
 * object storage has no such file. Throws when Velero gives no URL in time or the download
 * fails. The DownloadRequest is deleted afterwards (Velero would delete it after 10 minutes).
 */
async function fetchVeleroFile(source, kind, name, wait) {
    const ref = {
        group: 'velero.io',
        version: 'v1',
        plural: 'downloadrequests',
        namespace: source.namespace
    };
    const suffix = `-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}`;
    const requestName = `${name.slice(0, DOWNLOAD_REQUEST_LENGTH - suffix.length)}${suffix}`;
    await source.api.create(ref, {
        apiVersion: 'velero.io/v1',
        kind: 'DownloadRequest',
        metadata: { name: requestName, namespace: source.namespace },
        spec: { target: { kind, name } }
    });
    try {
        const url = await (0,_cluster_wait_js__WEBPACK_IMPORTED_MODULE_2__/* .pollUntil */ .g3)(`Velero to sign a download URL for the ${kind} of ${name} (DownloadRequest ${requestName})`, async () => {
            const request = await source.api.get(ref, requestName);
            if (!request)
                throw new Error(`DownloadRequest ${requestName} disappeared`);
            const signed = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(request.status?.downloadURL);
            return signed && (0,_util_json_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(request.status?.phase) === 'Processed' ? signed : undefined;
        }, {
            timeoutMs: VELERO_FILE_LIMITS.urlTimeoutMs,
            intervalMs: 500,
            logger: wait.logger,
            ...(wait.sleep ? { sleep: wait.sleep } : {}),
            ...(wait.now ? { now: wait.now } : {})
        });
        maskUrl(url, wait.logger);
        const file = await source.reader.read(url, {
            timeoutMs: VELERO_FILE_LIMITS.downloadTimeoutMs,
            maxBytes: VELERO_FILE_LIMITS.maxBytes,
            ...(source.caCert ? { caCert: source.caCert } : {})
        });
        if (!file.found)
            return undefined;
        // Every file but BackupContents is gzip (downloadrequest.go decompresses all others).
        try {
            return (0,node_zlib__WEBPACK_IMPORTED_MODULE_1__.gunzipSync)(file.body, { maxOutputLength: VELERO_FILE_LIMITS.maxUnpackedBytes });
        }
        catch (error) {
            throw new Error(error.code === 'ERR_BUFFER_TOO_LARGE'
                ? `the ${kind} file unpacks to more than ${VELERO_FILE_LIMITS.maxUnpackedBytes} bytes, more than is read here`
                : `the ${kind} file is not gzip: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .getErrorMessage */ .u1)(error)}`, { cause: error });
        }
    }
    finally {
        await source.api.delete(ref, requestName).catch((error) => {
            wait.logger.debug(`could not delete DownloadRequest ${requestName}: ${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .TN)((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .getErrorMessage */ .u1)(error))}`);
        });
    }
}
const clean = (text) => (0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_5__/* .truncate */ .xv)((0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .TN)(text), VELERO_FILE_LIMITS.maxMessageLength);
function resultMessages(level, result) {
    if (!(0,_util_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isObject */ .Gv)(result))
        return [];
    const out = [];
    const add = (scope, list) => {
        if (!Array.isArray(list))
            return;
        for (const m of list)
            if (typeof m === 'string')
                out.push({ level, scope, message: clean(m) });
    };
    add('velero', result.velero);
    add('cluster', result.cluster);
    if ((0,_util_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isObject */ .Gv)(result.namespaces))
        for (const [namespace, list] of Object.entries(result.namespaces))
            add(`namespace ${clean(namespace)}`, list);
    return out;
}
/** The messages of a results file (RestoreResults, BackupResults): errors, then warnings. */
function parseResults(text) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        throw new Error(`the results file is not JSON: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .getErrorMessage */ .u1)(error)}`, { cause: error });
    }
    if (!(0,_util_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isObject */ .Gv)(parsed))
        throw new Error('the results file is not a JSON object');
    return [...resultMessages('error', parsed.errors), ...resultMessages('warning', parsed.warnings)];
}
const LOGFMT = /([A-Za-z_][\w.-]*)=("(?:[^"\\]|\\.)*"|\S*)/g;
function unquote(value) {
    if (!value.startsWith('"'))
        return value;
    try {
        return JSON.parse(value);
    }
    catch {
        // Go's %q may use escapes JSON has not (\x..): keep the text readable.
        return value.slice(1, -1).replace(/\\(.)/g, '$1');
    }
}
/**
 * The error entries of a Velero log (logrus text format: `time=… level=error msg="…" error="…"
 * resource=…`): level error, fatal or panic, as `msg: error [resource namespace/name]`.
 */
function logErrors(text) {
    const out = [];
    for (const line of text.split('\n')) {
        if (!/\blevel=(error|fatal|panic)\b/.test(line))
            continue;
        const fields = new Map();
        for (const match of line.matchAll(LOGFMT))
            fields.set(match[1], unquote(match[2]));
        const msg = fields.get('msg') ?? line;
        const error = fields.get('error');
        const object = [fields.get('namespace'), fields.get('name')].filter(Boolean).join('/');
        const what = [fields.get('resource'), object].filter(Boolean).join(' ');
        const item = what ? ` [${what}]` : '';
        out.push({
            level: 'error',
            scope: 'log',
            message: clean(`${msg}${error ? `: ${error}` : ''}${item}`)
        });
    }
    return out;
}
/** Caps the list (errors first, in Velero's order), counting what was left out. */
function capMessages(messages, unavailable) {
    const ordered = [
        ...messages.filter(m => m.level === 'error'),
        ...messages.filter(m => m.level === 'warning')
    ];
    const kept = ordered.slice(0, VELERO_FILE_LIMITS.maxMessages);
    return {
        messages: kept,
        omitted: ordered.length - kept.length,
        ...(unavailable ? { unavailable } : {})
    };
}
/** `error (namespace shop): …` lines for a log. */
function messageLines(details) {
    const lines = details.messages.map(m => `${m.level} (${m.scope}): ${m.message}`);
    if (details.omitted > 0)
        lines.push(`… and ${details.omitted} more`);
    if (details.unavailable)
        lines.push(`(Velero's messages could not be read: ${details.unavailable})`);
    return lines;
}


/***/ }),

/***/ 31765:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ll: () => (/* binding */ VeleroProvider),
/* harmony export */   jN: () => (/* binding */ SCHEDULE_LABEL)
/* harmony export */ });
/* unused harmony exports LOCATION_LABEL, DEFAULT_LOCATION, veleroBackupInfo, locationProblem */
/* harmony import */ var _cluster_conflict_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(55146);
/* harmony import */ var _cluster_wait_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(973);
/* harmony import */ var _wait_usable_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71110);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _text_one_line_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(73854);
/* harmony import */ var _util_json_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(74976);
/* harmony import */ var _naming_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(94388);
/* harmony import */ var _label_contract_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(39511);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(81151);
/* harmony import */ var _velero_files_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5467);










const GROUP = 'velero.io';
const VERSION = 'v1';
/** `velero backup create --from-schedule S` labels the backup with the schedule's name. */
const SCHEDULE_LABEL = 'velero.io/schedule-name';
/** Velero labels every Backup with the name of its storage location. */
const LOCATION_LABEL = 'velero.io/storage-location';
/**
 * The location of a Backup that names none and of a cluster without a location marked default:
 * the server flag --default-backup-storage-location, "default" unless changed
 * (pkg/controller/backup_controller.go, prepareBackupRequest).
 */
const DEFAULT_LOCATION = 'default';
/** Velero phases after which a backup will not become Completed. */
const BACKUP_FAILED = new Set(['Failed', 'PartiallyFailed', 'FailedValidation']);
const RESTORE_DONE = new Set(['Completed', 'PartiallyFailed', 'Failed', 'FailedValidation']);
/** Velero's own words on a failed Backup or Restore: failureReason and validation errors. */
function failureMessages(status) {
    const validation = Array.isArray(status.validationErrors) ? status.validationErrors : [];
    return [status.failureReason, ...validation].filter((m) => typeof m === 'string' && m !== '');
}
/**
 * Usable = `status.phase: Completed`, not expired, not being deleted (ARCHITECTURE.md, "Backups": Velero's CRDs
 * have no status subresource; status is read from the object itself).
 */
function veleroBackupInfo(object, keys, now) {
    const status = object.status ?? {};
    const phase = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_8__/* .str */ .gx)(status.phase) ?? 'New';
    const expiresAt = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_8__/* .str */ .gx)(status.expiration);
    const labels = object.metadata.labels ?? {};
    const annotations = object.metadata.annotations ?? {};
    let unusableReason;
    if (object.metadata.deletionTimestamp || phase === 'Deleting')
        unusableReason = _model_js__WEBPACK_IMPORTED_MODULE_6__/* .BEING_DELETED */ .IA;
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
    const startedAt = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_8__/* .str */ .gx)(status.startTimestamp) ?? object.metadata.creationTimestamp;
    if (startedAt)
        info.startedAt = startedAt;
    const location = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_8__/* .str */ .gx)(object.spec?.storageLocation) || labels[LOCATION_LABEL];
    if (location)
        info.storageLocation = location;
    if (expiresAt)
        info.expiresAt = expiresAt;
    if (unusableReason)
        info.unusableReason = unusableReason;
    const failure = failureMessages(status).join('; ');
    if (failure)
        info.failure = failure;
    return (0,_label_contract_js__WEBPACK_IMPORTED_MODULE_5__/* .readRecord */ .aE)(info, keys);
}
/**
 * Why Velero cannot use a BackupStorageLocation, or undefined when it can: it must exist and be
 * `Available` (Velero refuses backups and restores otherwise: "backup can't be created because
 * BackupStorageLocation x is in Unavailable status", "The BSL x is unavailable, cannot retrieve
 * the backup"); a backup also needs it ReadWrite. A location not validated yet (no phase) is
 * left to Velero.
 */
function locationProblem(name, location, namespace, forBackup) {
    if (!location)
        return `backup storage location ${name} does not exist in namespace ${namespace}`;
    const phase = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_8__/* .str */ .gx)(location.status?.phase);
    if (phase === 'Unavailable') {
        const message = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_8__/* .str */ .gx)(location.status?.message);
        const validated = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_8__/* .str */ .gx)(location.status?.lastValidationTime);
        return `backup storage location ${name} is Unavailable${validated ? ` (validated ${validated})` : ''}${message ? `: ${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_9__/* .oneLine */ .TN)(message)}` : ''}`;
    }
    if (forBackup && (0,_util_json_js__WEBPACK_IMPORTED_MODULE_8__/* .str */ .gx)(location.spec?.accessMode) === 'ReadOnly')
        return `backup storage location ${name} is ReadOnly (spec.accessMode): Velero takes no backups to it`;
    return undefined;
}
/** What to do about a location problem, for a refusal. */
const LOCATION_ADVICE = 'fix the location (bucket, credentials, the object store address) until Velero reports it Available (velero backup-location get), or use one that is';
/** Velero's restore phases after which its results file may hold messages. */
const RESTORE_RAN = new Set(['Completed', 'PartiallyFailed', 'Failed']);
class VeleroProvider {
    api;
    namespace;
    keys;
    now;
    options;
    kind = 'velero';
    backups;
    restores;
    schedules;
    locations;
    /** Locations read during this run (for the CA certificate of a file download). */
    seenLocations = new Map();
    constructor(api, namespace, keys, now = () => new Date(), options = {}) {
        this.api = api;
        this.namespace = namespace;
        this.keys = keys;
        this.now = now;
        this.options = options;
        const ref = (plural) => ({ group: GROUP, version: VERSION, plural, namespace });
        this.backups = ref('backups');
        this.restores = ref('restores');
        this.schedules = ref('schedules');
        this.locations = ref('backupstoragelocations');
    }
    /**
     * Every backup; one whose storage location Velero cannot use is not usable (a restore of it
     * would end FailedValidation), so the choice passes on to one that can be restored.
     */
    async list(labelSelector) {
        const [backups, locations] = await Promise.all([
            this.api.list(this.backups, labelSelector),
            this.api.list(this.locations)
        ]);
        const byName = new Map(locations.map(l => [l.metadata.name, l]));
        for (const [name, location] of byName)
            this.seenLocations.set(name, location);
        return backups.map(b => {
            const info = veleroBackupInfo(b, this.keys, this.now());
            if (info.usable) {
                const name = info.storageLocation ?? DEFAULT_LOCATION;
                const problem = locationProblem(name, byName.get(name), this.namespace, false);
                if (problem) {
                    info.usable = false;
                    info.unusableReason = problem;
                }
            }
            return info;
        });
    }
    /** The location a new backup of `template` goes to: its own, else the one marked default. */
    async backupLocation(template) {
        const named = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_8__/* .str */ .gx)(template.storageLocation);
        if (named)
            return { name: named, location: await this.readLocation(named) };
        const all = await this.api.list(this.locations);
        const marked = all.find(l => l.spec?.default === true);
        const name = marked?.metadata.name ?? DEFAULT_LOCATION;
        return { name, location: marked ?? all.find(l => l.metadata.name === name) };
    }
    /** A location as the API server has it now, remembered for a later file download. */
    async readLocation(name) {
        const location = await this.api.get(this.locations, name);
        if (location)
            this.seenLocations.set(name, location);
        return location;
    }
    /** Refuses to restore a backup whose location Velero cannot read, naming it and why. */
    async checkRestoreLocation(backup) {
        const name = backup.storageLocation ?? DEFAULT_LOCATION;
        const problem = locationProblem(name, await this.readLocation(name), this.namespace, false);
        if (problem)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`cannot restore backup ${backup.name}: ${problem}. Velero would refuse the restore; ${LOCATION_ADVICE}`);
    }
    async get(name) {
        const object = await this.api.get(this.backups, name);
        return object ? veleroBackupInfo(object, this.keys, this.now()) : undefined;
    }
    /** The newest backup of a schedule (by start time). */
    async newestOf(schedule) {
        return (0,_model_js__WEBPACK_IMPORTED_MODULE_6__/* .newestBackup */ .RO)(await this.list(`${SCHEDULE_LABEL}=${schedule}`));
    }
    /**
     * Creates the pre-release backup the way `velero backup create --from-schedule` does, with
     * our labels and annotations set at creation, so that they are stored with the backup.
     */
    async create(schedule, labels, annotations) {
        const source = await this.api.get(this.schedules, schedule);
        if (!source)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`schedule ${schedule} does not exist in namespace ${this.namespace}`);
        if ((0,_util_json_js__WEBPACK_IMPORTED_MODULE_8__/* .str */ .gx)(source.status?.phase) === 'FailedValidation') {
            const errors = Array.isArray(source.status?.validationErrors)
                ? source.status.validationErrors.filter((e) => typeof e === 'string')
                : [];
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`schedule ${schedule} in namespace ${this.namespace} failed Velero's validation${errors.length ? `: ${errors.map(_text_one_line_js__WEBPACK_IMPORTED_MODULE_9__/* .oneLine */ .TN).join('; ')}` : ''}; fix the schedule (velero schedule describe ${schedule})`);
        }
        const template = (source.spec?.template ?? {});
        const { name: locationName, location } = await this.backupLocation(template);
        const problem = locationProblem(locationName, location, this.namespace, true);
        if (problem)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`cannot take a backup from schedule ${schedule}: ${problem}. Velero would refuse the backup (FailedValidation); ${LOCATION_ADVICE}`);
        return (0,_naming_js__WEBPACK_IMPORTED_MODULE_4__/* .createUnderFreeName */ .Q)((0,_naming_js__WEBPACK_IMPORTED_MODULE_4__/* .scheduledBackupName */ .v)(schedule, this.now()), `a backup of schedule ${schedule}`, this.namespace, async (name) => {
            const body = {
                apiVersion: `${GROUP}/${VERSION}`,
                kind: 'Backup',
                metadata: {
                    name,
                    namespace: this.namespace,
                    labels: { ...(source.metadata.labels ?? {}), [SCHEDULE_LABEL]: schedule, ...labels },
                    annotations
                },
                spec: template
            };
            return veleroBackupInfo(await this.api.create(this.backups, body), this.keys, this.now());
        });
    }
    /** Waits until the backup is usable; a terminal failure or a deletion ends the wait. */
    async waitUsable(name, options) {
        const never = (backup) => BACKUP_FAILED.has(backup.phase) || backup.unusableReason?.startsWith('expired') === true;
        return (0,_wait_usable_js__WEBPACK_IMPORTED_MODULE_2__/* .waitUntilUsable */ .S)(name, `backup ${name} to complete`, () => this.get(name), never, options);
    }
    /**
     * Adds labels and annotations to an existing backup with optimistic locking: the patch carries
     * the resourceVersion read, and a conflict (409) reads again and retries.
     */
    async record(name, labels, annotations, check) {
        return (0,_cluster_conflict_js__WEBPACK_IMPORTED_MODULE_0__/* .retryOnConflict */ .S)(async () => {
            const object = await this.api.get(this.backups, name);
            if (!object)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`backup ${name} does not exist in namespace ${this.namespace}`);
            check(veleroBackupInfo(object, this.keys, this.now()));
            const patched = await this.api.mergePatch(this.backups, name, {
                metadata: { resourceVersion: object.metadata.resourceVersion, labels, annotations }
            });
            return veleroBackupInfo(patched, this.keys, this.now());
        });
    }
    /**
     * What Velero says about a failed backup beyond its status: for FailedValidation, the state of
     * its storage location; for Failed and PartiallyFailed, the errors of its results file, else
     * the error entries of its log (`velero backup describe`, `velero backup logs`).
     */
    async explainFailure(backup, logger) {
        if (backup.phase === 'FailedValidation') {
            const messages = await this.locationMessages(backup.storageLocation ?? DEFAULT_LOCATION, true);
            return messages.length ? (0,_velero_files_js__WEBPACK_IMPORTED_MODULE_7__/* .capMessages */ .RD)(messages) : undefined;
        }
        if (backup.phase !== 'Failed' && backup.phase !== 'PartiallyFailed')
            return undefined;
        let unavailable;
        try {
            const results = await this.file('BackupResults', backup.name, backup.storageLocation, logger);
            const errors = results ? (0,_velero_files_js__WEBPACK_IMPORTED_MODULE_7__/* .parseResults */ .c2)(results.toString('utf8')) : [];
            if (errors.some(m => m.level === 'error'))
                return (0,_velero_files_js__WEBPACK_IMPORTED_MODULE_7__/* .capMessages */ .RD)(errors);
            const log = await this.file('BackupLog', backup.name, backup.storageLocation, logger);
            const logged = log ? (0,_velero_files_js__WEBPACK_IMPORTED_MODULE_7__/* .logErrors */ .GP)(log.toString('utf8')) : [];
            if (logged.length || errors.length)
                return (0,_velero_files_js__WEBPACK_IMPORTED_MODULE_7__/* .capMessages */ .RD)([...logged, ...errors]);
            if (!results && !log)
                unavailable = 'object storage holds neither its results nor its log';
        }
        catch (error) {
            unavailable = (0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_9__/* .oneLine */ .TN)((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .getErrorMessage */ .u1)(error));
        }
        return unavailable ? (0,_velero_files_js__WEBPACK_IMPORTED_MODULE_7__/* .capMessages */ .RD)([], unavailable) : undefined;
    }
    /** A location problem as a message (for the interpretation of FailedValidation). */
    async locationMessages(name, forBackup) {
        const problem = locationProblem(name, await this.readLocation(name), this.namespace, forBackup);
        return problem ? [{ level: 'error', scope: `storage location ${name}`, message: problem }] : [];
    }
    /** One of Velero's files, through a DownloadRequest and the signed URL. */
    async file(kind, name, locationName, logger) {
        const reader = this.options.reader;
        if (!reader)
            throw new Error('no reader for signed URLs was given');
        const where = locationName ?? DEFAULT_LOCATION;
        const location = this.seenLocations.get(where) ?? (await this.readLocation(where));
        const caCert = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_8__/* .str */ .gx)(location?.spec?.objectStorage?.caCert);
        return (0,_velero_files_js__WEBPACK_IMPORTED_MODULE_7__/* .fetchVeleroFile */ .UP)({
            api: this.api,
            reader,
            namespace: this.namespace,
            ...(caCert ? { caCert: Buffer.from(caCert, 'base64').toString('utf8') } : {})
        }, kind, name, { logger });
    }
    async restorePlan(backup, request, name) {
        await this.checkRestoreLocation(backup);
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
        if (request.includeClusterResources === false)
            spec.includeClusterResources = false;
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
        await this.checkRestoreLocation(backup);
        await this.api.create(this.restores, this.restoreObject(backup, request, name));
        return this.waitRestore(name, options);
    }
    async findRestores(labelSelector) {
        return (await this.api.list(this.restores, labelSelector))
            .map(object => {
            const phase = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_8__/* .str */ .gx)(object.status?.phase) ?? 'New';
            const record = {
                name: object.metadata.name,
                backup: (0,_util_json_js__WEBPACK_IMPORTED_MODULE_8__/* .str */ .gx)(object.spec?.backupName) ?? '',
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
        const done = await (0,_cluster_wait_js__WEBPACK_IMPORTED_MODULE_1__/* .pollUntil */ .g3)(`restore ${name} to finish`, async () => {
            const object = await this.api.get(this.restores, name);
            if (object === undefined)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`restore ${name} disappeared from namespace ${this.namespace}`);
            const phase = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_8__/* .str */ .gx)(object.status?.phase);
            return phase && RESTORE_DONE.has(phase) ? object : undefined;
        }, options);
        const status = done.status ?? {};
        const phase = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_8__/* .str */ .gx)(status.phase) ?? 'unknown';
        const messages = failureMessages(status);
        const warnings = typeof status.warnings === 'number' ? status.warnings : 0;
        const errors = typeof status.errors === 'number' ? status.errors : 0;
        const result = {
            name,
            namespace: this.namespace,
            phase,
            succeeded: phase === 'Completed',
            warnings,
            errors,
            messages,
            created: [`restores.velero.io/${name}`]
        };
        const details = await this.restoreDetails(done, phase, warnings + errors, options.logger);
        if (details)
            result.details = details;
        return result;
    }
    /**
     * Velero's messages on a restore: the results file when it ran and counted warnings or errors
     * or failed (`velero restore describe`); for FailedValidation, the state of the backup's
     * storage location. A file that cannot be read is said so; it never changes the result.
     */
    async restoreDetails(restore, phase, counted, logger) {
        if (phase !== 'FailedValidation' &&
            (!RESTORE_RAN.has(phase) || (phase === 'Completed' && counted === 0)))
            return undefined;
        const backupName = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_8__/* .str */ .gx)(restore.spec?.backupName);
        const backup = backupName ? await this.get(backupName) : undefined;
        if (phase === 'FailedValidation') {
            const messages = backup?.storageLocation
                ? await this.locationMessages(backup.storageLocation, false)
                : [];
            return messages.length ? (0,_velero_files_js__WEBPACK_IMPORTED_MODULE_7__/* .capMessages */ .RD)(messages) : undefined;
        }
        try {
            const file = await this.file('RestoreResults', restore.metadata.name, backup?.storageLocation, logger);
            if (!file)
                return (0,_velero_files_js__WEBPACK_IMPORTED_MODULE_7__/* .capMessages */ .RD)([], 'object storage holds no results file for this restore');
            return (0,_velero_files_js__WEBPACK_IMPORTED_MODULE_7__/* .capMessages */ .RD)((0,_velero_files_js__WEBPACK_IMPORTED_MODULE_7__/* .parseResults */ .c2)(file.toString('utf8')));
        }
        catch (error) {
            const reason = (0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_9__/* .oneLine */ .TN)((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .getErrorMessage */ .u1)(error));
            logger.warning(`could not read Velero's results of restore ${restore.metadata.name}: ${reason}`);
            return (0,_velero_files_js__WEBPACK_IMPORTED_MODULE_7__/* .capMessages */ .RD)([], reason);
        }
    }
}


/***/ }),

/***/ 71110:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ waitUntilUsable)
/* harmony export */ });
/* harmony import */ var _cluster_wait_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(973);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81151);


/**
 * Reads the backup until it is usable. It ends early, with the provider's reason, once
 * it is being deleted or disappears (both as `deleted`), or `terminal` says it never will be
 * (failed, expired).
 */
function waitUntilUsable(name, what, read, terminal, options) {
    return (0,_cluster_wait_js__WEBPACK_IMPORTED_MODULE_0__/* .pollUntil */ .g3)(what, async () => {
        const backup = await read();
        if (!backup)
            throw new _model_js__WEBPACK_IMPORTED_MODULE_1__/* .BackupFailedError */ .GE(name, 'deleted', 'it is gone');
        if (backup.usable)
            return backup;
        if ((0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .isBeingDeleted */ .vx)(backup))
            throw new _model_js__WEBPACK_IMPORTED_MODULE_1__/* .BackupFailedError */ .GE(name, 'deleted', `it is being deleted, phase ${backup.phase}`);
        if (terminal(backup))
            throw new _model_js__WEBPACK_IMPORTED_MODULE_1__/* .BackupFailedError */ .GE(name, backup.phase, backup.failure ??
                (backup.unusableReason === `phase ${backup.phase}` ? '' : (backup.unusableReason ?? '')));
        return undefined;
    }, options);
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
    return error instanceof _api_js__WEBPACK_IMPORTED_MODULE_1__/* .ClusterApiError */ .V || TRANSPORT_ERROR.test((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorMessage */ .u1)(error));
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
            lastProblem = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorMessage */ .u1)(error);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${source} is not JSON (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorMessage */ .u1)(error)}): pass the ${LEDGER_FILE} that revoke wrote`);
    }
    if (!(0,_util_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(value) || value.schema !== LEDGER_SCHEMA || !Array.isArray(value.revocations))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${source} is not a known-good revocation ledger (expected "schema": "${LEDGER_SCHEMA}" and a revocations array): pass the ${LEDGER_FILE} that revoke wrote`);
    try {
        return {
            schema: LEDGER_SCHEMA,
            revocations: value.revocations.map((r, i) => readRevocation(r, `revocations[${i}]`))
        };
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${source}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorMessage */ .u1)(error)}`);
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


/***/ }),

/***/ 26518:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   UU: () => (/* binding */ humanDuration),
/* harmony export */   ce: () => (/* binding */ compactTimestamp)
/* harmony export */ });
const UNITS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/** `90s`, `30m`, `1h30m`, `7d`, `500ms` or plain seconds → milliseconds; undefined if malformed. */
function parseDuration(text) {
    const trimmed = text.trim();
    if (/^\d+$/.test(trimmed))
        return Number(trimmed) * 1000;
    if (!/^(\d+(ms|s|m|h|d))+$/.test(trimmed))
        return undefined;
    let total = 0;
    for (const match of trimmed.matchAll(/(\d+)(ms|s|m|h|d)/g))
        total += Number(match[1]) * UNITS[match[2]];
    return total;
}
/** `20261125T083000`-style compact UTC timestamp for object names. */
function compactTimestamp(at) {
    return at.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}
/** A span of time as people read it: `3d 4h`, `5h 12m`, `40s`. */
function humanDuration(ms) {
    const sign = ms < 0 ? '-' : '';
    let rest = Math.round(Math.abs(ms) / 1000);
    const parts = [];
    for (const [unit, seconds] of [
        ['d', 86_400],
        ['h', 3600],
        ['m', 60],
        ['s', 1]
    ]) {
        const n = Math.floor(rest / seconds);
        rest -= n * seconds;
        if (n > 0)
            parts.push(`${n}${unit}`);
        if (parts.length === 2)
            break;
    }
    return `${sign}${parts.join(' ') || '0s'}`;
}


/***/ })

};
