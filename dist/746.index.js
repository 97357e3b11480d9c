export const id = 746;
export const ids = [746,747];
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

/***/ 75497:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fk: () => (/* binding */ revokeReleases),
/* harmony export */   HV: () => (/* binding */ revocationOutputs),
/* harmony export */   Py: () => (/* binding */ revocationTable)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _backup_create_provider_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33972);
/* harmony import */ var _backup_label_contract_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(39511);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _github_commit_status_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(37593);
/* harmony import */ var _ledger_ledger_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(82420);
/* harmony import */ var _ledger_revocation_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(58249);
/* harmony import */ var _ledger_store_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(40492);
/* harmony import */ var _report_file_writer_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2796);
/* harmony import */ var _text_escape_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(67388);
/* harmony import */ var _text_one_line_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(73854);











function logPlan(plan, deps, dryRun) {
    const { logger } = deps;
    logger.info(`${dryRun ? 'would revoke' : 'revoking'} ${plan.commits.length} commit(s) as ${plan.id}`);
    for (const commit of plan.commits)
        logger.info(`  commit ${commit}`);
    for (const { backup, previous, already } of plan.backups)
        logger.info(`  backup ${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_9__/* .oneLine */ .TN)(backup.name)} (commit ${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_9__/* .oneLine */ .TN)(backup.commit ?? '?')}): ${previous ?? 'no verdict'} → revoked${already ? ' (already)' : ''}`);
    if (plan.backups.length === 0)
        logger.info('  no backup is of these commits: the revocation is recorded all the same (ledger, commit statuses), so that none taken from them is ever restored');
    for (const { backup, commit } of plan.undecided)
        logger.warning(`backup ${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_9__/* .oneLine */ .TN)(backup)} names commit ${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_9__/* .oneLine */ .TN)(commit)}, which the workspace's history does not have: it is not revoked; fetch that history or name the commit with commits`);
}
/** Sets the commit status of each commit to failure, "revoked: <reason>"; a refusal is a warning. */
async function writeStatuses(commits, reason, runUrl, deps) {
    if (!deps.github)
        return 0;
    let written = 0;
    for (const sha of commits) {
        try {
            await deps.github.api.createStatus(sha, 'failure', _github_commit_status_js__WEBPACK_IMPORTED_MODULE_10__/* .STATUS_CONTEXT */ .j, (0,_github_commit_status_js__WEBPACK_IMPORTED_MODULE_10__/* .revokedDescription */ .Dv)(reason), runUrl);
            written++;
        }
        catch (error) {
            deps.logger.warning(`could not set the commit status of ${sha} to revoked (${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_9__/* .oneLine */ .TN)((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .getErrorMessage */ .u)(error))}): the ledger still records it`);
        }
    }
    return written;
}
/**
 * Plans a revocation and, unless it is a dry run, applies it: backups marked revoked, the
 * ledger ConfigMap and file, the commit statuses, and the file as an artifact in Actions.
 */
async function revokeReleases(settings, dryRun, deps) {
    const keys = (0,_backup_label_contract_js__WEBPACK_IMPORTED_MODULE_2__/* .recordKeys */ .IH)(settings.backups.labelPrefix);
    const provider = (0,_backup_create_provider_js__WEBPACK_IMPORTED_MODULE_1__/* .createProvider */ .Q)(deps.cluster, settings.backups, { now: deps.now });
    const history = await deps.history(settings.workspace);
    const request = { ...settings.target, reason: settings.reason };
    const plan = await (0,_ledger_revocation_js__WEBPACK_IMPORTED_MODULE_5__/* .planRevocation */ .E2)(provider, request, history, settings.id);
    logPlan(plan, deps, dryRun);
    if (dryRun)
        return { plan };
    const entry = (0,_ledger_revocation_js__WEBPACK_IMPORTED_MODULE_5__/* .revocationEntry */ .Bp)(plan, request, deps.now(), settings.identity);
    await (0,_ledger_revocation_js__WEBPACK_IMPORTED_MODULE_5__/* .markRevoked */ ._9)(provider, keys, plan, entry);
    const ledger = await (0,_ledger_store_js__WEBPACK_IMPORTED_MODULE_6__/* .recordRevocations */ .Hh)(deps.cluster, settings.backups.namespace, [entry], {
        'app.kubernetes.io/managed-by': 'known-good'
    });
    const commits = (0,_ledger_revocation_js__WEBPACK_IMPORTED_MODULE_5__/* .statusCommits */ .$e)(plan);
    const written = await writeStatuses(commits, settings.reason, settings.identity.runUrl, deps);
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(settings.outputDir, _ledger_ledger_js__WEBPACK_IMPORTED_MODULE_4__/* .LEDGER_FILE */ .th);
    (0,_report_file_writer_js__WEBPACK_IMPORTED_MODULE_7__/* .writeFileAtomically */ .lo)(file, out => out.write((0,_ledger_ledger_js__WEBPACK_IMPORTED_MODULE_4__/* .serialiseLedger */ .dU)(ledger)));
    if (deps.github?.artifacts) {
        try {
            await deps.github.artifacts.upload(`known-good-revocations-${plan.id}`, [file], settings.outputDir);
        }
        catch (error) {
            deps.logger.warning(`could not upload the ledger as an artifact: ${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_9__/* .oneLine */ .TN)((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .getErrorMessage */ .u)(error))}`);
        }
    }
    return { plan, applied: { ledger, file, statuses: { written, of: commits.length } } };
}
/** The revocation as a Markdown table, for job summaries and the incident report. */
function revocationTable(plan) {
    const rows = plan.backups.map(({ backup, previous, already }) => `| ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_8__/* .escapeMarkdown */ .FV)(backup.name, 200)} | ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_8__/* .escapeMarkdown */ .FV)(backup.commit ?? '—', 64)} | ${previous ?? '—'} | ${already ? 'already revoked' : 'revoked'} |`);
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

/***/ 21746:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   revoke: () => (/* binding */ revoke)
/* harmony export */ });
/* harmony import */ var _command_revocation_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75497);
/* harmony import */ var _command_summary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47645);
/* harmony import */ var _ledger_ledger_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(82420);
/* harmony import */ var _text_escape_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(67388);




/**
 * Marks releases compromised after the fact: their backups become `revoked` (never restored),
 * the revocation goes into the ledger (the cluster's ConfigMap and `revocations.json`), and the
 * commit statuses say so, so that a cluster that only has the bucket refuses them too.
 */
async function revoke(config, deps) {
    const outcome = await (0,_command_revocation_js__WEBPACK_IMPORTED_MODULE_0__/* .revokeReleases */ .Fk)(config, config.dryRun, deps);
    const { plan, applied } = outcome;
    const summary = [
        `## known-good revoke${config.dryRun ? ' (dry run)' : ''}: ${plan.commits.length} commit(s)`,
        '',
        `Reason: ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(config.reason, 1000)}`,
        '',
        (0,_command_revocation_js__WEBPACK_IMPORTED_MODULE_0__/* .revocationTable */ .Py)(plan),
        ''
    ];
    if (applied) {
        summary.push(`Ledger: configmap known-good-ledger in namespace ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(config.backups.namespace, 253)} and ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(_ledger_ledger_js__WEBPACK_IMPORTED_MODULE_2__/* .LEDGER_FILE */ .th)} (${applied.ledger.revocations.length} revocation(s) in all).`, deps.github
            ? `Commit statuses known-good/verdict set to failure: ${applied.statuses.written} of ${applied.statuses.of}.`
            : 'No GitHub token: commit statuses were not changed (the ledger is the record).');
        deps.logger.info(`revoked ${plan.backups.filter(b => !b.already).length} backup(s); ledger written to ${applied.file}`);
    }
    await (0,_command_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .writeSummary */ .S)(deps, summary.join('\n'));
    return { status: 'ok', outputs: (0,_command_revocation_js__WEBPACK_IMPORTED_MODULE_0__/* .revocationOutputs */ .HV)(outcome) };
}


/***/ }),

/***/ 64747:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FULL_HISTORY: () => (/* binding */ FULL_HISTORY),
/* harmony export */   GIT_TIMEOUT_MS: () => (/* binding */ GIT_TIMEOUT_MS),
/* harmony export */   MAX_DESCENDANTS: () => (/* binding */ MAX_DESCENDANTS),
/* harmony export */   gitAncestry: () => (/* binding */ gitAncestry)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);


/** A bound on every git call: a history query that takes longer is not answered. */
const GIT_TIMEOUT_MS = 60_000;
/** More commits than this on the way from introduced-in to HEAD is not one incident. */
const MAX_DESCENDANTS = 10_000;
const HEX = /^[0-9a-f]{7,64}$/i;
/** Runs git without a shell (arguments are passed as they are), with a bound. */
function git(workspace, args) {
    return new Promise((resolve, reject) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', ['-C', workspace, ...args], {
            timeout: GIT_TIMEOUT_MS,
            maxBuffer: 64 * 1024 * 1024,
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0' }
        }, (error, stdout, stderr) => {
            if (error && typeof error.code !== 'number') {
                reject(error.code === 'ENOENT'
                    ? new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j('git is not on PATH: revoke by ancestry reads the repository history')
                    : error.killed
                        ? new Error(`git ${args[0]} did not answer within ${GIT_TIMEOUT_MS / 1000} s`)
                        : error);
                return;
            }
            resolve({ code: typeof error?.code === 'number' ? error.code : 0, stdout, stderr });
        });
    });
}
/** What to say when the history cannot answer: the checkout has to change. */
const FULL_HISTORY = 'check out with fetch-depth: 0 (actions/checkout) or run git fetch --unshallow';
/** The workspace's git history, or undefined when the workspace is not a git repository. */
async function gitAncestry(workspace) {
    const shallow = await git(workspace, ['rev-parse', '--is-shallow-repository']);
    if (shallow.code !== 0)
        return undefined;
    return {
        shallow: shallow.stdout.trim() === 'true',
        async resolve(sha) {
            if (!HEX.test(sha) && sha !== 'HEAD')
                return undefined;
            const result = await git(workspace, ['rev-parse', '--verify', '--quiet', `${sha}^{commit}`]);
            return result.code === 0 ? result.stdout.trim().toLowerCase() : undefined;
        },
        async contains(commit, ancestor) {
            if (!(HEX.test(commit) || commit === 'HEAD') || !HEX.test(ancestor))
                return false;
            const result = await git(workspace, ['merge-base', '--is-ancestor', ancestor, commit]);
            if (result.code === 0)
                return true;
            if (result.code === 1)
                return false;
            throw new Error(`git merge-base: ${result.stderr.trim()}`);
        },
        async descendants(ancestor) {
            if (!HEX.test(ancestor))
                return [];
            const result = await git(workspace, ['rev-list', '--ancestry-path', `${ancestor}..HEAD`]);
            if (result.code !== 0)
                throw new Error(`git rev-list: ${result.stderr.trim()}`);
            const commits = result.stdout.split('\n').filter(Boolean);
            if (commits.length > MAX_DESCENDANTS)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`more than ${MAX_DESCENDANTS} commits contain ${ancestor} on the way to HEAD: name the affected commits with the commits input instead`);
            return [ancestor.toLowerCase(), ...commits.map(c => c.toLowerCase())];
        }
    };
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

/***/ 58249:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ statusCommits),
/* harmony export */   Bp: () => (/* binding */ revocationEntry),
/* harmony export */   E2: () => (/* binding */ planRevocation),
/* harmony export */   _9: () => (/* binding */ markRevoked)
/* harmony export */ });
/* unused harmony export revocationId */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _git_ancestry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64747);
/* harmony import */ var _ledger_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(82420);




const FULL_SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
/** The same request gives the same id: re-running a revoke adds nothing to the ledger. */
function revocationId(request) {
    const canonical = JSON.stringify([
        [...request.commits].sort(),
        request.introducedIn ?? '',
        request.fixedIn ?? '',
        request.reason
    ]);
    return `rev-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(canonical).digest('hex').slice(0, 16)}`;
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`${input} ${sha} is not a commit of the workspace's repository${history.shallow ? ` (a shallow clone: ${_git_ancestry_js__WEBPACK_IMPORTED_MODULE_2__.FULL_HISTORY})` : ''}: check the SHA`);
    }
    if (FULL_SHA.test(sha))
        return sha;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`${input} ${sha} is a short SHA and the workspace is not a git repository that could expand it: give the full 40-digit SHA`);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`introduced-in ${introduced} is an ancestor neither of HEAD nor of any backup's commit: is it the right commit, and is its branch checked out?`);
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`introduced-in needs the repository's history, and the workspace is not a git repository: run in a checkout (${_git_ancestry_js__WEBPACK_IMPORTED_MODULE_2__.FULL_HISTORY})`);
        if (history.shallow)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`introduced-in needs the whole history, and the workspace is a shallow clone, which cannot tell which commits contain another: ${_git_ancestry_js__WEBPACK_IMPORTED_MODULE_2__.FULL_HISTORY}`);
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
        if (commit === undefined || ![...commits].some(c => (0,_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .sameCommit */ .Kd)(c, commit)))
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
        const full = commit === undefined ? undefined : plan.commits.find(c => (0,_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .sameCommit */ .Kd)(c, commit));
        if (full)
            wanted.add(full);
    }
    return [...wanted].sort();
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
