export const id = 923;
export const ids = [923];
export const modules = {

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

/***/ 65668:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ag: () => (/* binding */ rfc3339),
/* harmony export */   fl: () => (/* binding */ enforceRetention),
/* harmony export */   rH: () => (/* binding */ scheduleOf)
/* harmony export */ });
/* unused harmony exports protectedSet, planRetention */
/* harmony import */ var _cluster_conflict_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(55146);
/* harmony import */ var _text_one_line_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(73854);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81151);
/* harmony import */ var _selection_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(39360);
/* harmony import */ var _velero_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(31765);
/* harmony import */ var _velero_ref_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74437);






/** The schedule a backup was taken from (Velero's label), '' for none. */
function scheduleOf(backup) {
    return backup.labels[_velero_js__WEBPACK_IMPORTED_MODULE_3__/* .SCHEDULE_LABEL */ .jN] ?? '';
}
/**
 * Which backups can be protected: verdict clean (after revocations from every source),
 * Completed, not being deleted. An expired backup that garbage collection has not reached yet
 * still has its data: it can be saved.
 */
function protectable(candidate) {
    const { backup } = candidate;
    return candidate.verdict === 'clean' && backup.phase === 'Completed' && !(0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .isBeingDeleted */ .vx)(backup);
}
/** RFC 3339 in whole seconds, as Velero writes its times. */
function rfc3339(at) {
    return at.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/** The newest `keep` protectable backups of each schedule, by name. */
function protectedSet(candidates, keep) {
    const kept = new Set();
    const perSchedule = new Map();
    for (const candidate of [...candidates].sort(_selection_js__WEBPACK_IMPORTED_MODULE_2__/* .newestCandidateFirst */ .yf)) {
        if (!protectable(candidate))
            continue;
        const schedule = scheduleOf(candidate.backup);
        const count = perSchedule.get(schedule) ?? 0;
        if (count >= keep)
            continue;
        perSchedule.set(schedule, count + 1);
        kept.add(candidate.backup.name);
    }
    return kept;
}
/** What the guard would change: pure, so that its decisions are tested without a cluster. */
function planRetention(candidates, keys, options) {
    const kept = protectedSet(candidates, options.keep);
    const now = options.now.getTime();
    const actions = [];
    for (const { backup } of [...candidates].sort(_selection_js__WEBPACK_IMPORTED_MODULE_2__/* .newestCandidateFirst */ .yf)) {
        const original = backup.annotations[keys.originalExpiration];
        const schedule = scheduleOf(backup);
        if (kept.has(backup.name)) {
            // No expiration: Velero never collects it (a TTL of 0).
            if (backup.expiresAt === undefined)
                continue;
            const expires = Date.parse(backup.expiresAt);
            if (!Number.isNaN(expires) && expires - now >= options.marginMs)
                continue;
            actions.push({
                kind: 'extend',
                backup: backup.name,
                schedule,
                from: backup.expiresAt,
                to: rfc3339(new Date(now + 2 * options.marginMs))
            });
        }
        else if (original !== undefined && !(0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .isBeingDeleted */ .vx)(backup)) {
            actions.push({
                kind: 'release',
                backup: backup.name,
                schedule,
                ...(backup.expiresAt ? { from: backup.expiresAt } : {}),
                to: original
            });
        }
    }
    return actions;
}
/**
 * Writes one action with optimistic locking: status and annotation in one merge patch (Velero's
 * Backup has no status subresource, so status is part of the object), with the resourceVersion
 * read; a conflict reads again. The original expiration is recorded only the first time, so a
 * second extension keeps the one Velero gave.
 */
async function apply(api, ref, keys, action) {
    return (0,_cluster_conflict_js__WEBPACK_IMPORTED_MODULE_0__/* .retryOnConflict */ .S)(async () => {
        const current = await api.get(ref, action.backup);
        if (!current || current.metadata.deletionTimestamp)
            return false;
        const annotations = current.metadata.annotations ?? {};
        const expiration = typeof current.status?.expiration === 'string' ? current.status.expiration : undefined;
        const recorded = annotations[keys.originalExpiration];
        if (action.kind === 'extend') {
            if (current.status?.phase !== 'Completed')
                return false;
            await api.mergePatch(ref, action.backup, {
                metadata: {
                    resourceVersion: current.metadata.resourceVersion,
                    annotations: { [keys.originalExpiration]: recorded ?? expiration ?? action.from ?? '' }
                },
                status: { expiration: action.to }
            });
        }
        else {
            if (recorded === undefined)
                return false;
            await api.mergePatch(ref, action.backup, {
                metadata: {
                    resourceVersion: current.metadata.resourceVersion,
                    annotations: { [keys.originalExpiration]: null }
                },
                status: { expiration: recorded }
            });
        }
        return true;
    });
}
/** Applies the plan, one backup at a time; returns what was done. */
async function enforceRetention(api, namespace, keys, candidates, options, logger) {
    if (options.keep <= 0)
        return [];
    const ref = (0,_velero_ref_js__WEBPACK_IMPORTED_MODULE_4__/* .veleroRef */ .N)('backups', namespace);
    const done = [];
    for (const action of planRetention(candidates, keys, options)) {
        if (!(await apply(api, ref, keys, action)))
            continue;
        done.push(action);
        logger.info(action.kind === 'extend'
            ? `retention guard: backup ${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .TN)(action.backup)} is one of the newest ${options.keep} clean backups of ${action.schedule ? `schedule ${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .TN)(action.schedule)}` : 'the backups of no schedule'}: expiration ${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .TN)(action.from ?? '')} → ${action.to}`
            : `retention guard: backup ${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .TN)(action.backup)} has ${options.keep} newer clean backups: its original expiration ${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .TN)(action.to)} is back`);
    }
    return done;
}


/***/ }),

/***/ 39360:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ju: () => (/* binding */ selectKnownGood),
/* harmony export */   yf: () => (/* binding */ newestCandidateFirst),
/* harmony export */   zf: () => (/* binding */ revokedNote)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81151);

/** Candidates in the one backup order (newest first). */
function newestCandidateFirst(a, b) {
    return (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .newestFirst */ .ll)(a.backup, b.backup);
}
/** Why a revoked backup is not taken: the source that revoked it and its reason. */
function revokedNote(candidate) {
    return `revoked (${candidate.source}): ${candidate.revokedReason ?? 'no reason given'}`;
}
/**
 * The newest usable backup whose verdict is clean. Pure: the caller has already resolved each
 * backup's verdict (revoked by any source, else label, else commit status, else unverified).
 * Revoked, blocked, unknown and unverified backups are never chosen.
 */
function selectKnownGood(candidates) {
    const considered = [];
    let chosen;
    for (const candidate of [...candidates].sort(newestCandidateFirst)) {
        let reason;
        if (candidate.verdict === 'revoked')
            reason = revokedNote(candidate);
        else if (!candidate.backup.usable)
            reason = `not usable: ${candidate.backup.unusableReason ?? candidate.backup.phase}`;
        else if (candidate.verdict !== 'clean')
            reason = `verdict ${candidate.verdict}`;
        else if (chosen)
            reason = 'clean and usable, but older';
        else {
            chosen = candidate;
            reason = `chosen: newest usable backup with verdict clean (from ${candidate.source})`;
        }
        considered.push({ candidate, reason });
    }
    return chosen ? { chosen, considered } : { considered };
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
/* harmony import */ var _velero_ref_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(74437);
/* harmony import */ var _velero_files_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5467);











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
        this.backups = (0,_velero_ref_js__WEBPACK_IMPORTED_MODULE_10__/* .veleroRef */ .N)('backups', namespace);
        this.restores = (0,_velero_ref_js__WEBPACK_IMPORTED_MODULE_10__/* .veleroRef */ .N)('restores', namespace);
        this.schedules = (0,_velero_ref_js__WEBPACK_IMPORTED_MODULE_10__/* .veleroRef */ .N)('schedules', namespace);
        this.locations = (0,_velero_ref_js__WEBPACK_IMPORTED_MODULE_10__/* .veleroRef */ .N)('backupstoragelocations', namespace);
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
                apiVersion: _velero_ref_js__WEBPACK_IMPORTED_MODULE_10__/* .VELERO_API_VERSION */ .s,
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
            apiVersion: _velero_ref_js__WEBPACK_IMPORTED_MODULE_10__/* .VELERO_API_VERSION */ .s,
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

/***/ 58923:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  O: () => (/* binding */ openCatalog)
});

// UNUSED EXPORTS: Catalog

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

// EXTERNAL MODULE: ./src/backup/provider-messages.ts
var provider_messages = __webpack_require__(54846);
// EXTERNAL MODULE: ./src/backup/retention.ts
var backup_retention = __webpack_require__(65668);
// EXTERNAL MODULE: ./src/cluster/wait.ts
var wait = __webpack_require__(973);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
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
        throw new errors/* ConfigurationError */.j1(`ledger ${path} cannot be read (${(0,errors/* getErrorMessage */.u1)(error)}): pass the ${ledger_ledger/* LEDGER_FILE */.th} that revoke wrote, e.g. downloaded from its artifact`);
    }
    return (0,ledger_ledger/* parseLedger */.h8)(text, `ledger ${path}`);
}

// EXTERNAL MODULE: ./src/ledger/store.ts
var store = __webpack_require__(40492);
// EXTERNAL MODULE: ./src/catalog/choice.ts
var choice = __webpack_require__(84720);
// EXTERNAL MODULE: ./src/catalog/label.ts
var label = __webpack_require__(63137);
// EXTERNAL MODULE: ./src/catalog/restore-plan.ts
var restore_plan = __webpack_require__(82878);
// EXTERNAL MODULE: ./src/catalog/revocation.ts + 1 modules
var revocation = __webpack_require__(54544);
// EXTERNAL MODULE: ./src/catalog/verdicts.ts
var verdicts = __webpack_require__(82145);
;// CONCATENATED MODULE: ./src/catalog/catalog.ts













/**
 * Which backups can be trusted (ARCHITECTURE.md, "Catalog"): each backup with its verdict from
 * every source (its label, the ledger, its commit's status), the choice of the one to restore,
 * the Restore that would bring it back, and revocations. The ledger and the commit statuses
 * are read once, when first needed, so a command that never asks reads neither.
 */
class Catalog {
    deps;
    settings;
    keys;
    provider;
    evidence;
    /** Revocations a dry run would have added: left out of every choice all the same. */
    pending;
    constructor(deps, settings) {
        this.deps = deps;
        this.settings = settings;
        this.keys = (0,label_contract/* recordKeys */.IH)(settings.backups.labelPrefix);
        this.provider = createProvider(deps.cluster, settings.backups, {
            now: deps.now,
            reader: deps.signedUrls,
            ...(settings.snapshotClass ? { snapshotClass: settings.snapshotClass } : {})
        });
    }
    /** The backups (of a label selector), each with the verdict that counts for it. */
    async candidates(selector) {
        const evidence = await this.readEvidence();
        return (0,verdicts/* resolveVerdicts */.t)(await this.provider.list(selector), evidence, this.deps.logger);
    }
    /** Which backup a restore takes (a named one, or the newest known-good), and why. */
    async choose(options) {
        const evidence = await this.readEvidence();
        return (0,choice/* chooseBackup */.S)(this.provider, options, evidence, this.deps.logger);
    }
    /** The choice and the Restore that would bring it back. Changes nothing. */
    async planRestore(options) {
        const evidence = await this.readEvidence();
        return (0,restore_plan/* planRestore */.q)(this.provider, this.keys, options, evidence, this.deps.logger, this.deps.now());
    }
    /** The objects the planned Restore would create, changing nothing (a dry run). */
    restoreObjects(plan) {
        return this.provider.restorePlan(plan.chosen.backup, plan.request, plan.name);
    }
    /** Restores the planned backup and waits, within `timeoutMs`, until it has finished. */
    restore(plan, timeoutMs) {
        return this.provider.restore(plan.chosen.backup, plan.request, plan.name, this.wait('restore', timeoutMs));
    }
    /** How a backup or restore is awaited: within `timeoutMs`, polling at the command's interval. */
    wait(what, timeoutMs) {
        return {
            timeoutMs,
            intervalMs: this.deps.pollIntervalMs ?? wait/* POLL_INTERVAL_MS */.fv[what],
            logger: this.deps.logger
        };
    }
    /** Records a scan's verdict on the pre-release backup (catalog/label.ts). */
    recordVerdict(target, record, identity) {
        return (0,label/* recordVerdict */.p0)(this.provider, this.keys, target, record, identity, this.deps.logger);
    }
    /** What the backup system said about a backup that ended without becoming usable. */
    async explainFailure(error) {
        const { provider } = this;
        const current = error.phase === 'deleted' ? undefined : await provider.get(error.backup);
        const details = current && provider.explainFailure
            ? await provider.explainFailure(current, this.deps.logger)
            : undefined;
        return (0,provider_messages/* allMessages */.gN)(current?.failure ? [current.failure] : [], details);
    }
    /** The retention guard (backup/retention.ts) over these candidates: what it changed. */
    protect(candidates, retention) {
        const { cluster, logger, now } = this.deps;
        const { namespace } = this.settings.backups;
        return (0,backup_retention/* enforceRetention */.fl)(cluster, namespace, this.keys, candidates, { ...retention, now: now() }, logger);
    }
    /** The retention guard over the backups of one schedule (Velero's label; '' for none). */
    async protectSchedule(schedule, retention) {
        const candidates = await this.candidates();
        return this.protect(candidates.filter(c => (0,backup_retention/* scheduleOf */.rH)(c.backup) === schedule), retention);
    }
    /**
     * Revokes releases (catalog/revocation.ts). A dry run changes nothing, yet its revocation is
     * left out of later choices of this catalog as if it had been applied.
     */
    async revoke(settings, deps) {
        const outcome = await (0,revocation/* revokeReleases */.Fk)(this.provider, this.keys, settings, deps);
        if (settings.dryRun)
            this.pending = (0,ledger_ledger/* mergeLedgers */.dR)(this.pending ?? { schema: ledger_ledger/* LEDGER_SCHEMA */.sk, revocations: [] }, {
                schema: ledger_ledger/* LEDGER_SCHEMA */.sk,
                revocations: [outcome.entry]
            });
        this.evidence = undefined;
        return outcome;
    }
    readEvidence() {
        this.evidence ??= this.loadEvidence();
        return this.evidence;
    }
    /** The commit statuses (with a token), the cluster's ledger and a ledger file. */
    async loadEvidence() {
        const { ledgerFile, backups } = this.settings;
        const file = ledgerFile ? readLedgerFile(ledgerFile) : undefined;
        const loaded = await (0,store/* loadLedger */.OO)(this.deps.cluster, backups.namespace, file);
        const ledger = this.pending ? (0,ledger_ledger/* mergeLedgers */.dR)(loaded, this.pending) : loaded;
        const lookup = this.deps.verdictLookup;
        return { ledger, keys: this.keys, ...(lookup ? { lookup } : {}) };
    }
}
/** The catalog of one command's backups; it reads nothing until asked. */
function openCatalog(deps, settings) {
    return new Catalog(deps, settings);
}


/***/ }),

/***/ 84720:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ chooseBackup)
/* harmony export */ });
/* harmony import */ var _backup_selection_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(39360);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _text_one_line_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73854);
/* harmony import */ var _verdicts_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(82145);




/** The newest usable backup with verdict clean, or refuses with every backup's reason. */
async function latestKnownGood(provider, evidence, logger) {
    const candidates = await (0,_verdicts_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveVerdicts */ .t)(await provider.list(), evidence, logger);
    const selection = (0,_backup_selection_js__WEBPACK_IMPORTED_MODULE_0__/* .selectKnownGood */ .Ju)(candidates);
    const notes = new Map(selection.considered.map(c => [c.candidate.backup.name, c.reason]));
    if (!selection.chosen) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`no usable backup with verdict clean in namespace ${provider.namespace} (${candidates.length} considered): ${selection.considered.map(c => `${c.candidate.backup.name}: ${c.reason}`).join('; ') || 'there are none'}`);
    }
    return { chosen: selection.chosen, candidates, notes };
}
/** A backup named by the user: usable, and clean unless allow-unverified says otherwise. */
async function named(provider, name, options, evidence, logger) {
    const backup = await provider.get(name);
    if (!backup)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`backup ${name} does not exist in namespace ${provider.namespace}`);
    const [candidate] = await (0,_verdicts_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveVerdicts */ .t)([backup], evidence, logger);
    if (candidate.verdict === 'revoked')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`backup ${backup.name} is ${(0,_backup_selection_js__WEBPACK_IMPORTED_MODULE_0__/* .revokedNote */ .zf)(candidate)}; a revoked release is never restored, allow-unverified or not: choose a backup from before it`);
    if (!backup.usable)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`backup ${backup.name} cannot be restored: ${backup.unusableReason ?? backup.phase}`);
    if (candidate.verdict !== 'clean') {
        if (!options.allowUnverified) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`backup ${backup.name} has verdict ${candidate.verdict}: set allow-unverified (with a reason) to restore it anyway`);
        }
        logger.warning(`restoring backup ${backup.name} whose verdict is ${candidate.verdict}, as allow-unverified asks; reason: ${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_3__/* .oneLine */ .TN)(options.reason)}`);
    }
    return {
        chosen: candidate,
        candidates: [candidate],
        notes: new Map([[backup.name, 'named by the backup input']])
    };
}
/** Which backup a restore takes, and why every other one was not taken. */
function chooseBackup(provider, options, evidence, logger) {
    return options.name === undefined
        ? latestKnownGood(provider, evidence, logger)
        : named(provider, options.name, options, evidence, logger);
}


/***/ }),

/***/ 63137:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ labelHeading),
/* harmony export */   M3: () => (/* binding */ failedBackupReport),
/* harmony export */   b: () => (/* binding */ labelSummary),
/* harmony export */   jT: () => (/* binding */ labelOutputs),
/* harmony export */   p0: () => (/* binding */ recordVerdict)
/* harmony export */ });
/* harmony import */ var _backup_label_contract_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(39511);
/* harmony import */ var _backup_model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81151);
/* harmony import */ var _backup_provider_messages_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54846);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _text_escape_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(67388);
/* harmony import */ var _text_one_line_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(73854);






/** Finds the pre-release backup the inputs name (by name, selector or schedule). */
async function findBackup(provider, target) {
    if (target.kind === 'name') {
        const backup = await provider.get(target.name);
        if (!backup)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`backup ${target.name} does not exist in namespace ${provider.namespace}`);
        return backup;
    }
    const found = target.kind === 'selector'
        ? (0,_backup_model_js__WEBPACK_IMPORTED_MODULE_1__/* .newestBackup */ .RO)(await provider.list(target.selector))
        : await provider.newestOf(target.schedule);
    if (!found)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`no backup matches ${target.kind === 'selector' ? `selector ${target.selector}` : `schedule ${target.schedule}`} in namespace ${provider.namespace}`);
    return found;
}
/** The verdict must be the one of the commit being released. */
function checkCommit(commit, recorded) {
    if (commit &&
        recorded &&
        commit !== recorded &&
        !recorded.startsWith(commit) &&
        !commit.startsWith(recorded)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`verdict-file is for commit ${recorded}, but this deploy is for ${commit}: pass the verdict of the commit being released`);
    }
}
/** A backup belongs to one release: never relabel one that carries another commit's verdict. */
function refuseOtherCommit(keys, labels) {
    return (current) => {
        const other = current.commit;
        const mine = labels[keys.commit];
        if (other && mine && other !== mine) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`backup ${current.name} already carries the verdict of commit ${other}; a backup belongs to one release: label the backup taken for ${mine}`);
        }
    };
}
/**
 * Records a scan's verdict on the pre-release backup. A backup we create carries the verdict
 * from creation (stored with it); one labelled afterwards carries a cluster-local index only,
 * and the commit status stays the authoritative record.
 */
async function recordVerdict(provider, keys, target, record, identity, logger) {
    const commit = identity.commit;
    checkCommit(commit, record.identity?.commit);
    const { labels, annotations } = (0,_backup_label_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .verdictMetadata */ .dr)(record, keys, commit ?? record.identity?.commit, identity.runUrl);
    if (target.kind === 'create') {
        const backup = await provider.create(target.source, labels, annotations);
        logger.info(`created backup ${backup.name} with verdict ${record.verdict} set at creation`);
        return { backup, created: true, labels };
    }
    const found = await findBackup(provider, target);
    const backup = await provider.record(found.name, labels, annotations, refuseOtherCommit(keys, labels));
    logger.warning(`labelled existing backup ${backup.name} with verdict ${record.verdict}: labels added after a backup completed live only in this cluster ` +
        '(the copy in object storage does not have them); the commit status known-good/verdict and the verdict artifact stay the authoritative record.');
    return { backup, created: false, labels };
}
/** The label-backup outputs of a recorded verdict. */
function labelOutputs(labelled, verdict) {
    return {
        'backup-name': labelled.backup.name,
        'backup-created': String(labelled.created),
        labels: JSON.stringify(labelled.labels),
        verdict
    };
}
/** The first line of label-backup's job summary: which backup, of which provider, where. */
function labelHeading(backup, provider) {
    return `## known-good label-backup\n\nBackup ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeMarkdown */ .FV)(backup.name)} (${provider.kind}, namespace ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeMarkdown */ .FV)(provider.namespace)})`;
}
/** label-backup's job summary once the verdict is recorded (and the retention guard has run). */
function labelSummary(heading, backup, labelled, verdict, protectedBackups) {
    const how = labelled.created ? ' (set at creation)' : ' (labelled afterwards: a local index only)';
    const guard = protectedBackups?.length
        ? `\nRetention guard: ${protectedBackups.length} change${protectedBackups.length === 1 ? '' : 's'} (see the output protected-backups).\n`
        : '';
    return `${heading}: ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeMarkdown */ .FV)(backup.phase)}, verdict ${verdict}${how}.\n${guard}`;
}
/**
 * A backup the verdict was for ended without becoming usable (failed, deleted while awaited):
 * what the backup system said, in the log, and the summary and the failure of the step.
 */
function failedBackupReport(error, kind, said, heading, logger) {
    (0,_backup_provider_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .logMessages */ .hA)(logger, `what ${(0,_backup_provider_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .speaker */ .aH)(kind)} said about backup ${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .TN)(error.backup)}`, said);
    const listed = (0,_backup_provider_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .messagesMarkdown */ .MD)(said);
    const why = (0,_backup_provider_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .firstErrors */ .e7)({ ...said, messages: said.messages.filter(m => m.scope !== 'status') });
    return {
        summary: [`${heading}: ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeMarkdown */ .FV)(error.message)}`, '', ...listed, ''].join('\n'),
        failure: `${error.message}${why ? `; ${why}` : ''}${listed.length ? '; every message is in the output backup-messages' : ''}`
    };
}


/***/ }),

/***/ 82878:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ restoreName),
/* harmony export */   q: () => (/* binding */ planRestore)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26518);
/* harmony import */ var _choice_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(84720);



/**
 * Like `velero restore create --from-backup`, plus a random suffix: two restores of one backup
 * in the same second must not collide.
 */
function restoreName(backup, now) {
    const suffix = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(3).toString('hex');
    return `${backup}-restore-${(0,_util_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .compactTimestamp */ .ce)(now)}-${suffix}`.slice(0, 253).toLowerCase();
}
/** Chooses the backup (refusing with every backup's reason) and describes its Restore. Changes nothing. */
async function planRestore(provider, keys, options, evidence, logger, now) {
    const choice = await (0,_choice_js__WEBPACK_IMPORTED_MODULE_2__/* .chooseBackup */ .S)(provider, {
        ...(options.backup !== undefined ? { name: options.backup } : {}),
        allowUnverified: options.allowUnverified,
        reason: options.reason
    }, evidence, logger);
    const annotations = {
        [keys.reason]: options.reason,
        [keys.requestedBy]: options.identity.actor ?? 'unknown'
    };
    if (options.identity.runUrl)
        annotations[keys.runUrl] = options.identity.runUrl;
    const verdict = choice.chosen.verdict;
    const request = {
        namespaces: options.namespaces,
        mapping: options.mapping,
        existingResourcePolicy: options.existingResourcePolicy,
        annotations,
        labels: {
            ...options.labels,
            [keys.verdict]: verdict === 'unverified' || verdict === 'revoked' ? 'unknown' : verdict
        }
    };
    return { ...choice, request, name: restoreName(choice.chosen.backup.name, now) };
}


/***/ }),

/***/ 54544:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  nH: () => (/* binding */ logRevoked),
  HV: () => (/* binding */ revocationOutputs),
  Vr: () => (/* binding */ revocationSummary),
  Fk: () => (/* binding */ revokeReleases)
});

// UNUSED EXPORTS: revocationTable

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/github/commit-status.ts
var commit_status = __webpack_require__(37593);
// EXTERNAL MODULE: ./src/ledger/ledger.ts
var ledger_ledger = __webpack_require__(82420);
// EXTERNAL MODULE: ./src/ledger/store.ts
var store = __webpack_require__(40492);
// EXTERNAL MODULE: ./src/report/file-writer.ts
var file_writer = __webpack_require__(2796);
// EXTERNAL MODULE: ./src/text/escape.ts
var text_escape = __webpack_require__(67388);
// EXTERNAL MODULE: ./src/text/one-line.ts
var one_line = __webpack_require__(73854);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/catalog/revocation-plan.ts



/** What to say when the history cannot answer: the checkout has to change. */
const FULL_HISTORY = 'check out with fetch-depth: 0 (actions/checkout) or run git fetch --unshallow';
const FULL_SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
/** The same request gives the same id: re-running a revoke adds nothing to the ledger. */
function revocationId(request) {
    const canonical = JSON.stringify([
        [...request.commits].sort(),
        request.introducedIn ?? '',
        request.fixedIn ?? '',
        request.reason
    ]);
    return `rev-${(0,external_node_crypto_.createHash)('sha256').update(canonical).digest('hex').slice(0, 16)}`;
}
function commitOf(backup) {
    return backup.commitSha ?? backup.commit;
}
/** A commit named by the user: its full SHA, from the history when there is one. */
async function resolveNamed(sha, input, history) {
    if (history) {
        const full = await history.resolve(sha);
        if (full)
            return full;
        throw new errors/* ConfigurationError */.j1(`${input} ${sha} is not a commit of the workspace's repository${history.shallow ? ` (a shallow clone: ${FULL_HISTORY})` : ''}: check the SHA`);
    }
    if (FULL_SHA.test(sha))
        return sha;
    throw new errors/* ConfigurationError */.j1(`${input} ${sha} is a short SHA and the workspace is not a git repository that could expand it: give the full 40-digit SHA`);
}
/** Every commit that contains `introduced` and not `fixed`, among HEAD's history and the backups'. */
async function byAncestry(history, introduced, fixed, backups) {
    const commits = new Set();
    const undecided = [];
    const affected = async (commit) => (await history.contains(commit, introduced)) &&
        !(fixed !== undefined && (await history.contains(commit, fixed)));
    for (const commit of await history.descendants(introduced))
        if (await affected(commit))
            commits.add(commit);
    let reaches = await history.contains('HEAD', introduced);
    for (const backup of backups) {
        const named = commitOf(backup);
        if (named === undefined)
            continue;
        const full = await history.resolve(named);
        if (full === undefined) {
            undecided.push({ backup: backup.name, commit: named });
            continue;
        }
        if (await history.contains(full, introduced))
            reaches = true;
        if (await affected(full))
            commits.add(full);
    }
    if (!reaches)
        throw new errors/* ConfigurationError */.j1(`introduced-in ${introduced} is an ancestor neither of HEAD nor of any backup's commit: is it the right commit, and is its branch checked out?`);
    return { commits, undecided };
}
/**
 * What a revocation covers: the commits (named, or every one that contains introduced-in and
 * not fixed-in) and the backups of those commits. Changes nothing.
 */
async function planRevocation(provider, request, history, id = revocationId(request)) {
    const backups = await provider.list();
    const named = [];
    for (const sha of request.commits)
        named.push(await resolveNamed(sha, 'commit', history));
    const commits = new Set(named);
    let undecided = [];
    if (request.introducedIn !== undefined) {
        if (!history)
            throw new errors/* ConfigurationError */.j1(`introduced-in needs the repository's history, and the workspace is not a git repository: run in a checkout (${FULL_HISTORY})`);
        if (history.shallow)
            throw new errors/* ConfigurationError */.j1(`introduced-in needs the whole history, and the workspace is a shallow clone, which cannot tell which commits contain another: ${FULL_HISTORY}`);
        const introduced = await resolveNamed(request.introducedIn, 'introduced-in', history);
        const fixed = request.fixedIn === undefined
            ? undefined
            : await resolveNamed(request.fixedIn, 'fixed-in', history);
        const found = await byAncestry(history, introduced, fixed, backups);
        for (const commit of found.commits)
            commits.add(commit);
        undecided = found.undecided;
    }
    const revoked = backups.flatMap(backup => {
        const commit = commitOf(backup);
        if (commit === undefined || ![...commits].some(c => (0,ledger_ledger/* sameCommit */.Kd)(c, commit)))
            return [];
        const entry = { backup, already: backup.verdict === 'revoked' };
        if (backup.verdict !== undefined)
            entry.previous = backup.verdict;
        return [entry];
    });
    return { id, commits: [...commits].sort(), named, backups: revoked, undecided };
}
/** The ledger entry of a plan. */
function revocationEntry(plan, request, at, identity) {
    const entry = {
        id: plan.id,
        commits: plan.commits,
        reason: request.reason,
        revokedAt: at.toISOString()
    };
    if (identity.actor)
        entry.revokedBy = identity.actor;
    if (identity.runUrl)
        entry.runUrl = identity.runUrl;
    if (request.introducedIn)
        entry.introducedIn = request.introducedIn;
    if (request.fixedIn)
        entry.fixedIn = request.fixedIn;
    return entry;
}
/**
 * Marks the backups of a plan revoked: label `verdict: revoked`, annotations with when, why and
 * by whom, and the verdict each had before. Optimistic locking (a conflict reads again); a
 * backup already revoked keeps its first revocation's record.
 */
async function markRevoked(provider, keys, plan, entry) {
    const marked = [];
    for (const { backup, previous, already } of plan.backups) {
        if (already)
            continue;
        const annotations = {
            [keys.revokedAt]: entry.revokedAt,
            [keys.revokedReason]: entry.reason,
            [keys.revokedBy]: entry.revokedBy ?? 'unknown',
            [keys.previousVerdict]: previous ?? 'none'
        };
        marked.push(await provider.record(backup.name, { [keys.verdict]: 'revoked' }, annotations, () => { }));
    }
    return marked;
}
/**
 * The commits whose status known-good/verdict a revocation sets: those the user named and those
 * of the backups it covers, as full SHAs (what restore and a fresh cluster look up). Commits
 * found only by ancestry, with no backup, are in the ledger.
 */
function statusCommits(plan) {
    const wanted = new Set(plan.named);
    for (const { backup } of plan.backups) {
        const commit = commitOf(backup);
        const full = commit === undefined ? undefined : plan.commits.find(c => (0,ledger_ledger/* sameCommit */.Kd)(c, commit));
        if (full)
            wanted.add(full);
    }
    return [...wanted].sort();
}

;// CONCATENATED MODULE: ./src/catalog/revocation.ts









function logPlan(plan, logger, dryRun) {
    logger.info(`${dryRun ? 'would revoke' : 'revoking'} ${plan.commits.length} commit(s) as ${plan.id}`);
    for (const commit of plan.commits)
        logger.info(`  commit ${commit}`);
    for (const { backup, previous, already } of plan.backups)
        logger.info(`  backup ${(0,one_line/* oneLine */.TN)(backup.name)} (commit ${(0,one_line/* oneLine */.TN)(backup.commit ?? '?')}): ${previous ?? 'no verdict'} → revoked${already ? ' (already)' : ''}`);
    if (plan.backups.length === 0)
        logger.info('  no backup is of these commits: the revocation is recorded all the same (ledger, commit statuses), so that none taken from them is ever restored');
    for (const { backup, commit } of plan.undecided)
        logger.warning(`backup ${(0,one_line/* oneLine */.TN)(backup)} names commit ${(0,one_line/* oneLine */.TN)(commit)}, which the workspace's history does not have: it is not revoked; fetch that history or name the commit with commits`);
}
/** Sets the commit status of each commit to failure, "revoked: <reason>"; a refusal is a warning. */
async function writeStatuses(commits, reason, runUrl, deps) {
    if (!deps.github)
        return 0;
    let written = 0;
    for (const sha of commits) {
        try {
            await deps.github.api.createStatus(sha, 'failure', commit_status/* STATUS_CONTEXT */.j, (0,commit_status/* revokedDescription */.Dv)(reason), runUrl);
            written++;
        }
        catch (error) {
            deps.logger.warning(`could not set the commit status of ${sha} to revoked (${(0,one_line/* oneLine */.TN)((0,errors/* getErrorMessage */.u1)(error))}): the ledger still records it`);
        }
    }
    return written;
}
/** Uploads the ledger file as an artifact (Actions); a refusal is a warning. */
async function uploadLedger(file, plan, outputDir, deps) {
    if (!deps.github?.artifacts)
        return;
    try {
        await deps.github.artifacts.upload(`known-good-revocations-${plan.id}`, [file], outputDir);
    }
    catch (error) {
        deps.logger.warning(`could not upload the ledger as an artifact: ${(0,one_line/* oneLine */.TN)((0,errors/* getErrorMessage */.u1)(error))}`);
    }
}
/**
 * Plans a revocation and, unless it is a dry run, applies it: backups marked revoked, the
 * ledger ConfigMap and file, the commit statuses, and the file as an artifact in Actions.
 */
async function revokeReleases(provider, keys, settings, deps) {
    const history = await deps.history(settings.workspace);
    const request = { ...settings.target, reason: settings.reason };
    const plan = await planRevocation(provider, request, history, settings.id);
    logPlan(plan, deps.logger, settings.dryRun);
    const entry = revocationEntry(plan, request, deps.now(), settings.identity);
    if (settings.dryRun)
        return { plan, entry };
    await markRevoked(provider, keys, plan, entry);
    const ledger = await (0,store/* recordRevocations */.Hh)(deps.cluster, settings.namespace, [entry], {
        'app.kubernetes.io/managed-by': 'known-good'
    });
    const commits = statusCommits(plan);
    const written = await writeStatuses(commits, settings.reason, settings.identity.runUrl, deps);
    const file = (0,external_node_path_.join)(settings.outputDir, ledger_ledger/* LEDGER_FILE */.th);
    (0,file_writer/* writeFileAtomically */.lo)(file, out => out.write((0,ledger_ledger/* serialiseLedger */.dU)(ledger)));
    await uploadLedger(file, plan, settings.outputDir, deps);
    return { plan, entry, applied: { ledger, file, statuses: { written, of: commits.length } } };
}
/** The revocation as a Markdown table, for job summaries and the incident report. */
function revocationTable(plan) {
    const rows = plan.backups.map(({ backup, previous, already }) => `| ${(0,text_escape/* escapeMarkdown */.FV)(backup.name, 200)} | ${(0,text_escape/* escapeMarkdown */.FV)(backup.commit ?? '—', 64)} | ${previous ?? '—'} | ${already ? 'already revoked' : 'revoked'} |`);
    return [
        '| Backup | Commit | Verdict before | Now |',
        '| --- | --- | --- | --- |',
        ...(rows.length > 0 ? rows : ['| (none) | | | |'])
    ].join('\n');
}
/** The revoke outputs of an outcome (revoke and incident set the same ones). */
function revocationOutputs(outcome) {
    return {
        'revocation-id': outcome.plan.id,
        'revoked-commits': JSON.stringify(outcome.plan.commits),
        'revoked-backups': JSON.stringify(outcome.plan.backups.map(b => ({
            name: b.backup.name,
            previous: b.previous ?? null,
            already: b.already
        }))),
        ...(outcome.applied ? { 'ledger-file': outcome.applied.file } : {})
    };
}
/** The revoke command's job summary. */
function revocationSummary(outcome, settings, github) {
    const { plan, applied } = outcome;
    const summary = [
        `## known-good revoke${settings.dryRun ? ' (dry run)' : ''}: ${plan.commits.length} commit(s)`,
        '',
        `Reason: ${(0,text_escape/* escapeMarkdown */.FV)(settings.reason, 1000)}`,
        '',
        revocationTable(plan),
        ''
    ];
    if (applied)
        summary.push(`Ledger: configmap ${store/* LEDGER_CONFIGMAP */.X4} in namespace ${(0,text_escape/* escapeMarkdown */.FV)(settings.namespace, 253)} and ${(0,text_escape/* escapeMarkdown */.FV)(ledger_ledger/* LEDGER_FILE */.th)} (${applied.ledger.revocations.length} revocation(s) in all).`, github
            ? `Commit statuses known-good/verdict set to failure: ${applied.statuses.written} of ${applied.statuses.of}.`
            : 'No GitHub token: commit statuses were not changed (the ledger is the record).');
    return summary.join('\n');
}
/** What an applied revocation changed, in the log (a dry run's plan is logged already). */
function logRevoked({ plan, applied }, logger) {
    if (!applied)
        return;
    const backups = plan.backups.filter(b => !b.already).length;
    logger.info(`revoked ${backups} backup(s); ledger written to ${applied.file}`);
}


/***/ }),

/***/ 82145:
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
                logger.warning(`could not read the commit status of ${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .TN)(sha)} for backup ${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .TN)(backup)}: ${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .TN)((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorMessage */ .u1)(error))}`);
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
async function resolveVerdicts(backups, evidence, logger) {
    const status = evidence.lookup ? cachedLookup(evidence.lookup, logger) : undefined;
    const candidates = [];
    for (const backup of backups) {
        const sha = backup.commitSha ?? backup.commit;
        if (backup.verdict === 'revoked') {
            const reason = evidence.keys ? backup.annotations[evidence.keys.revokedReason] : undefined;
            candidates.push({
                backup,
                verdict: 'revoked',
                source: 'label',
                ...(reason ? { revokedReason: reason } : {})
            });
            continue;
        }
        const revocation = evidence.ledger ? (0,_ledger_ledger_js__WEBPACK_IMPORTED_MODULE_1__/* .revocationFor */ .aM)(evidence.ledger, sha) : undefined;
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


/***/ })

};
