export const id = 7;
export const ids = [7];
export const modules = {

/***/ 91173:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ chooseBackup)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _text_one_line_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73854);
/* harmony import */ var _selection_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(39360);
/* harmony import */ var _verdicts_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70274);




/** The newest usable backup with verdict clean, or refuses with every backup's reason. */
async function latestKnownGood(provider, sources, logger) {
    const candidates = await (0,_verdicts_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveVerdicts */ .t)(await provider.list(), sources, logger);
    const selection = (0,_selection_js__WEBPACK_IMPORTED_MODULE_1__/* .selectKnownGood */ .Ju)(candidates);
    const notes = new Map(selection.considered.map(c => [c.candidate.backup.name, c.reason]));
    if (!selection.chosen) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`no usable backup with verdict clean in namespace ${provider.namespace} (${candidates.length} considered): ${selection.considered.map(c => `${c.candidate.backup.name}: ${c.reason}`).join('; ') || 'there are none'}`);
    }
    return { chosen: selection.chosen, candidates, notes };
}
/** A backup named by the user: usable, and clean unless allow-unverified says otherwise. */
async function named(provider, name, options, sources, logger) {
    const backup = await provider.get(name);
    if (!backup)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`backup ${name} does not exist in namespace ${provider.namespace}`);
    const [candidate] = await (0,_verdicts_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveVerdicts */ .t)([backup], sources, logger);
    if (candidate.verdict === 'revoked')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`backup ${backup.name} is ${(0,_selection_js__WEBPACK_IMPORTED_MODULE_1__/* .revokedNote */ .zf)(candidate)}; a revoked release is never restored, allow-unverified or not: choose a backup from before it`);
    if (!backup.usable)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`backup ${backup.name} cannot be restored: ${backup.unusableReason ?? backup.phase}`);
    if (candidate.verdict !== 'clean') {
        if (!options.allowUnverified) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`backup ${backup.name} has verdict ${candidate.verdict}: set allow-unverified (with a reason) to restore it anyway`);
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
function chooseBackup(provider, options, sources, logger) {
    return options.name === undefined
        ? latestKnownGood(provider, sources, logger)
        : named(provider, options.name, options, sources, logger);
}


/***/ }),

/***/ 89939:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GW: () => (/* binding */ scratchNamespace),
/* harmony export */   L: () => (/* binding */ sourceNamespace),
/* harmony export */   _8: () => (/* binding */ parseExpected),
/* harmony export */   or: () => (/* binding */ countCheck)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74976);


/** The short forms `--expect` takes, as kubectl spells them. */
const KINDS = Object.assign(Object.create(null), {
    configmap: { apiVersion: 'v1', kind: 'ConfigMap' },
    cm: { apiVersion: 'v1', kind: 'ConfigMap' },
    secret: { apiVersion: 'v1', kind: 'Secret' },
    service: { apiVersion: 'v1', kind: 'Service' },
    svc: { apiVersion: 'v1', kind: 'Service' },
    serviceaccount: { apiVersion: 'v1', kind: 'ServiceAccount' },
    sa: { apiVersion: 'v1', kind: 'ServiceAccount' },
    persistentvolumeclaim: { apiVersion: 'v1', kind: 'PersistentVolumeClaim' },
    pvc: { apiVersion: 'v1', kind: 'PersistentVolumeClaim' },
    pod: { apiVersion: 'v1', kind: 'Pod' },
    deployment: { apiVersion: 'apps/v1', kind: 'Deployment' },
    deploy: { apiVersion: 'apps/v1', kind: 'Deployment' },
    statefulset: { apiVersion: 'apps/v1', kind: 'StatefulSet' },
    sts: { apiVersion: 'apps/v1', kind: 'StatefulSet' },
    daemonset: { apiVersion: 'apps/v1', kind: 'DaemonSet' },
    ds: { apiVersion: 'apps/v1', kind: 'DaemonSet' },
    job: { apiVersion: 'batch/v1', kind: 'Job' },
    cronjob: { apiVersion: 'batch/v1', kind: 'CronJob' },
    ingress: { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress' },
    role: { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role' },
    rolebinding: { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'RoleBinding' }
});
const NAME = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;
/**
 * `kind/name` (a short form above, singular or plural), or `apiVersion/Kind/name` for any other
 * kind (`v1/ConfigMap/orders`, `cert-manager.io/v1/Certificate/web`). A string is what is wrong.
 */
function parseExpected(text) {
    const parts = text.trim().split('/');
    const name = parts[parts.length - 1] ?? '';
    if (!NAME.test(name) || name.length > 253)
        return 'expected kind/name with a Kubernetes name';
    if (parts.length === 2) {
        const key = parts[0].toLowerCase();
        const known = KINDS[key] ?? KINDS[key.replace(/s$/, '')];
        if (!known)
            return `unknown kind ${JSON.stringify(parts[0])}: use one of ${Object.keys(KINDS).join(', ')}, or apiVersion/Kind/name`;
        return { ...known, name, text };
    }
    if (parts.length === 3 || parts.length === 4) {
        const kind = parts[parts.length - 2];
        if (!/^[A-Z][A-Za-z0-9]*$/.test(kind))
            return 'expected apiVersion/Kind/name with the Kind as the API spells it (e.g. v1/ConfigMap/orders)';
        return { apiVersion: parts.slice(0, -2).join('/'), kind, name, text };
    }
    return 'expected kind/name or apiVersion/Kind/name';
}
/** `<source>-drill-<random>`, at most 63 characters (a namespace is a DNS label). */
function scratchNamespace(source) {
    const suffix = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(3).toString('hex');
    return `${source.slice(0, 63 - '-drill-'.length - suffix.length).replace(/-+$/, '')}-drill-${suffix}`;
}
/** The namespace of the backup a drill restores: the one asked for, or the backup's only one. */
function sourceNamespace(backup, asked) {
    const included = Array.isArray(backup.spec?.includedNamespaces)
        ? backup.spec.includedNamespaces.filter((n) => typeof n === 'string')
        : [];
    const all = included.length === 0 || included.includes('*');
    if (asked) {
        if (!all && !included.includes(asked))
            return {
                problem: `backup ${backup.metadata.name} holds namespaces ${included.join(', ')}, not ${asked}`
            };
        return { namespace: asked };
    }
    if (!all && included.length === 1)
        return { namespace: included[0] };
    return {
        problem: `backup ${backup.metadata.name} holds ${all ? 'every namespace' : `namespaces ${included.join(', ')}`}: name the one to drill with restore-namespaces`
    };
}
/** Velero's count of what it restored (Restore status.progress) against what it found to restore. */
function countCheck(restore, backup) {
    const progress = (restore.status?.progress ?? {});
    const restored = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_1__/* .num */ .bu)(progress.itemsRestored);
    const total = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_1__/* .num */ .bu)(progress.totalItems);
    const backedUp = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_1__/* .num */ .bu)((backup.status?.progress ?? {}).itemsBackedUp);
    if (restored === undefined || total === undefined)
        return {
            name: 'items',
            passed: false,
            detail: 'the Restore reports no progress (status.progress)'
        };
    const passed = restored === total && restored > 0 && (backedUp === undefined || restored <= backedUp);
    return {
        name: 'items',
        passed,
        detail: `${restored} of ${total} items restored; the backup holds ${backedUp ?? 'an unknown number of'} items`
    };
}


/***/ }),

/***/ 58210:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ restoreName),
/* harmony export */   q: () => (/* binding */ planRestore)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26518);
/* harmony import */ var _choose_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(91173);



/**
 * Like `velero restore create --from-backup`, plus a random suffix: two restores of one backup
 * in the same second must not collide.
 */
function restoreName(backup, now) {
    const suffix = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(3).toString('hex');
    return `${backup}-restore-${(0,_util_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .compactTimestamp */ .ce)(now)}-${suffix}`.slice(0, 253).toLowerCase();
}
/** Chooses the backup (refusing with every backup's reason) and describes its Restore. Changes nothing. */
async function planRestore(provider, keys, options, sources, logger, now) {
    const choice = await (0,_choose_js__WEBPACK_IMPORTED_MODULE_2__/* .chooseBackup */ .S)(provider, {
        ...(options.backup !== undefined ? { name: options.backup } : {}),
        allowUnverified: options.allowUnverified,
        reason: options.reason
    }, sources, logger);
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

/***/ 65668:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ag: () => (/* binding */ rfc3339),
/* harmony export */   fl: () => (/* binding */ enforceRetention),
/* harmony export */   rH: () => (/* binding */ scheduleOf)
/* harmony export */ });
/* unused harmony exports protectedSet, planRetention */
/* harmony import */ var _cluster_conflict_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(55146);
/* harmony import */ var _text_one_line_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(73854);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81151);
/* harmony import */ var _selection_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(39360);
/* harmony import */ var _velero_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(31765);





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
    const ref = { group: 'velero.io', version: 'v1', plural: 'backups', namespace };
    const done = [];
    for (const action of planRetention(candidates, keys, options)) {
        if (!(await apply(api, ref, keys, action)))
            continue;
        done.push(action);
        logger.info(action.kind === 'extend'
            ? `retention guard: backup ${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_4__/* .oneLine */ .TN)(action.backup)} is one of the newest ${options.keep} clean backups of ${action.schedule ? `schedule ${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_4__/* .oneLine */ .TN)(action.schedule)}` : 'the backups of no schedule'}: expiration ${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_4__/* .oneLine */ .TN)(action.from ?? '')} → ${action.to}`
            : `retention guard: backup ${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_4__/* .oneLine */ .TN)(action.backup)} has ${options.keep} newer clean backups: its original expiration ${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_4__/* .oneLine */ .TN)(action.to)} is back`);
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
        throw new errors/* ConfigurationError */.j1(`ledger ${path} cannot be read (${(0,errors/* getErrorMessage */.u1)(error)}): pass the ${ledger_ledger/* LEDGER_FILE */.th} that revoke wrote, e.g. downloaded from its artifact`);
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

/***/ 49121:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K8: () => (/* binding */ messagesOutput),
/* harmony export */   MD: () => (/* binding */ messagesMarkdown),
/* harmony export */   aH: () => (/* binding */ speaker),
/* harmony export */   e7: () => (/* binding */ firstErrors),
/* harmony export */   gN: () => (/* binding */ allMessages),
/* harmony export */   hA: () => (/* binding */ logMessages)
/* harmony export */ });
/* harmony import */ var _backup_velero_files_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5467);
/* harmony import */ var _text_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(67388);
/* harmony import */ var _text_one_line_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73854);



/** Who speaks in these messages: `Velero`, or `the provider` (CSI). */
function speaker(kind) {
    return kind === 'velero' ? 'Velero' : 'the provider';
}
/**
 * What the backup system said about a restore or backup: the messages of its status (failure
 * reason, validation errors) and those of its files (Velero's results and logs), as one list.
 */
function allMessages(status, details) {
    const fromStatus = status.map(message => ({
        level: 'error',
        scope: 'status',
        message: (0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .TN)(message)
    }));
    return {
        messages: [...fromStatus, ...(details?.messages ?? [])],
        omitted: details?.omitted ?? 0,
        ...(details?.unavailable ? { unavailable: details.unavailable } : {})
    };
}
/** The `restore-messages` / `backup-messages` output: errors and warnings, each where and what. */
function messagesOutput(all) {
    const pick = (level) => all.messages.filter(m => m.level === level).map(({ scope, message }) => ({ scope, message }));
    return JSON.stringify({
        errors: pick('error'),
        warnings: pick('warning'),
        omitted: all.omitted,
        ...(all.unavailable ? { unavailable: all.unavailable } : {})
    });
}
/** Writes the messages to the log, one a line (untrusted text made one line). */
function logMessages(logger, what, all) {
    const lines = (0,_backup_velero_files_js__WEBPACK_IMPORTED_MODULE_0__/* .messageLines */ .VL)(all);
    if (lines.length)
        logger.info(`${what}:\n${lines.map(line => `  ${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .TN)(line)}`).join('\n')}`);
}
/** The messages as a Markdown list for the job summary (escaped: they come from the cluster). */
function messagesMarkdown(all) {
    return (0,_backup_velero_files_js__WEBPACK_IMPORTED_MODULE_0__/* .messageLines */ .VL)(all).map(line => `- ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(line, 1000)}`);
}
/** The first errors, for a failure message (the output and the log have them all). */
function firstErrors(all, count = 3) {
    const errors = all.messages.filter(m => m.level === 'error');
    const shown = errors.slice(0, count).map(m => `${m.scope}: ${m.message}`);
    const more = errors.length - shown.length + all.omitted;
    return `${shown.join('; ')}${more > 0 ? ` (and ${more} more messages)` : ''}`;
}


/***/ }),

/***/ 71007:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   drill: () => (/* binding */ drill)
/* harmony export */ });
/* unused harmony export SCRATCH_ROLE */
/* harmony import */ var _backup_choose_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91173);
/* harmony import */ var _backup_create_provider_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33972);
/* harmony import */ var _backup_drill_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(89939);
/* harmony import */ var _backup_label_contract_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(39511);
/* harmony import */ var _backup_restore_plan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(58210);
/* harmony import */ var _backup_retention_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(65668);
/* harmony import */ var _backup_sources_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(25182);
/* harmony import */ var _cluster_api_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(83074);
/* harmony import */ var _cluster_wait_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(973);
/* harmony import */ var _command_provider_messages_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(49121);
/* harmony import */ var _command_summary_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(47645);
/* harmony import */ var _config_restore_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(21556);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(83916);
/* harmony import */ var _text_escape_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(67388);
/* harmony import */ var _text_one_line_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(73854);















/**
 * The ClusterRole the drill binds to itself inside its scratch namespace, and only there
 * (deploy/rbac.yaml): read what was restored, delete the namespace when done.
 */
const SCRATCH_ROLE = 'known-good-drill-scratch';
const velero = (plural, namespace) => ({
    group: 'velero.io',
    version: 'v1',
    plural,
    namespace
});
/** How long a new RoleBinding may take to reach the authorizer (it reads from a cache). */
const RBAC_PROPAGATION_MS = 15_000;
/** The scratch namespace, labelled as ours, and our read access to it. */
async function createScratch(api, keys, name, backup, source) {
    await api.createNamespace({
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: {
            name,
            labels: { [keys.drill]: (0,_backup_label_contract_js__WEBPACK_IMPORTED_MODULE_3__/* .labelValue */ .w)(backup), 'app.kubernetes.io/managed-by': 'known-good' },
            annotations: { [keys.drill]: `restore drill of backup ${backup}, namespace ${source}` }
        }
    });
    const user = await api.whoAmI();
    await api.createRoleBinding(name, {
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'RoleBinding',
        metadata: { name: 'known-good-drill', labels: { [keys.drill]: (0,_backup_label_contract_js__WEBPACK_IMPORTED_MODULE_3__/* .labelValue */ .w)(backup) } },
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: SCRATCH_ROLE },
        subjects: [{ apiGroup: 'rbac.authorization.k8s.io', kind: 'User', name: user }]
    });
}
/** Reads an expected object; a 403 right after the RoleBinding was made is retried briefly. */
async function expectedCheck(api, namespace, expected, deps) {
    const found = await (0,_cluster_wait_js__WEBPACK_IMPORTED_MODULE_8__/* .pollUntil */ .g3)(`read access to ${expected.text} in namespace ${namespace}`, async () => {
        try {
            return { object: await api.getObject(expected, namespace, expected.name) };
        }
        catch (error) {
            if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_12__/* .ConfigurationError */ .j1 && /\(403:/.test(error.message))
                return undefined;
            throw error;
        }
    }, { timeoutMs: RBAC_PROPAGATION_MS, intervalMs: 1000, logger: deps.logger });
    return {
        name: `expect ${expected.text}`,
        passed: found.object !== undefined,
        detail: found.object
            ? `${expected.kind} ${expected.name} exists in ${namespace}`
            : `${expected.kind} ${expected.name} is not in ${namespace} after the restore`
    };
}
function restoreCheck(result) {
    const passed = result.succeeded && result.errors === 0;
    const why = (0,_command_provider_messages_js__WEBPACK_IMPORTED_MODULE_9__/* .firstErrors */ .e7)((0,_command_provider_messages_js__WEBPACK_IMPORTED_MODULE_9__/* .allMessages */ .gN)(result.messages, result.details));
    return {
        name: 'restore',
        passed,
        detail: `Restore ${result.name} ended ${result.phase} with ${result.warnings} warnings and ${result.errors} errors${why ? `: ${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_14__/* .oneLine */ .TN)(why)}` : ''}`
    };
}
/** Records the outcome on the backup: drilled-at and drill-result annotations. */
async function recordDrill(deps, config, keys, backup, passed) {
    const provider = (0,_backup_create_provider_js__WEBPACK_IMPORTED_MODULE_1__/* .createProvider */ .Q)(deps.cluster, config.backups, { now: deps.now });
    await provider.record(backup, {}, { [keys.drilledAt]: (0,_backup_retention_js__WEBPACK_IMPORTED_MODULE_5__/* .rfc3339 */ .ag)(deps.now()), [keys.drillResult]: passed ? 'passed' : 'failed' }, () => undefined);
}
/**
 * The drill stage: restore the newest known-good backup into a scratch namespace of its own
 * (namespace mapping, no cluster-scoped object), check what came back, delete the namespace and
 * record the result on the backup. It never writes to the backup's own namespace: the Restore
 * includes only that namespace, mapped to the scratch one.
 */
async function drill(config, deps) {
    const { logger, cluster } = deps;
    const namespace = config.backups.namespace;
    const keys = (0,_backup_label_contract_js__WEBPACK_IMPORTED_MODULE_3__/* .recordKeys */ .IH)(config.backups.labelPrefix);
    // With the signed-URL reader a failed drill restore says what Velero said, as restore does.
    const provider = (0,_backup_create_provider_js__WEBPACK_IMPORTED_MODULE_1__/* .createProvider */ .Q)(cluster, config.backups, {
        now: deps.now,
        reader: deps.signedUrls
    });
    const sources = await (0,_backup_sources_js__WEBPACK_IMPORTED_MODULE_6__/* .verdictSources */ .U)(cluster, namespace, keys, {
        ...(deps.verdictLookup ? { lookup: deps.verdictLookup } : {}),
        ...(config.ledgerFile ? { ledgerFile: config.ledgerFile } : {})
    });
    const { chosen } = await (0,_backup_choose_js__WEBPACK_IMPORTED_MODULE_0__/* .chooseBackup */ .S)(provider, {
        ...(config.backup === _config_restore_js__WEBPACK_IMPORTED_MODULE_11__/* .LATEST_KNOWN_GOOD */ .y$ ? {} : { name: config.backup }),
        allowUnverified: false,
        reason: 'restore drill'
    }, sources, logger);
    const backupName = chosen.backup.name;
    const backupObject = await cluster.get(velero('backups', namespace), backupName);
    if (!backupObject)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_12__/* .ConfigurationError */ .j1(`backup ${backupName} disappeared from namespace ${namespace}`);
    const source = (0,_backup_drill_js__WEBPACK_IMPORTED_MODULE_2__/* .sourceNamespace */ .L)(backupObject, config.sourceNamespace);
    if ('problem' in source)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_12__/* .ConfigurationError */ .j1(source.problem);
    const scratch = (0,_backup_drill_js__WEBPACK_IMPORTED_MODULE_2__/* .scratchNamespace */ .GW)(source.namespace);
    logger.info(`drill: restoring backup ${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_14__/* .oneLine */ .TN)(backupName)} (namespace ${source.namespace}) into scratch namespace ${scratch}`);
    const checks = [];
    let result;
    const name = (0,_backup_restore_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .restoreName */ .Q)(backupName, deps.now()).replace('-restore-', '-drill-');
    try {
        await createScratch(cluster, keys, scratch, backupName, source.namespace);
        const request = {
            namespaces: [source.namespace],
            mapping: new Map([[source.namespace, scratch]]),
            existingResourcePolicy: 'none',
            includeClusterResources: false,
            annotations: {
                [keys.reason]: `restore drill into scratch namespace ${scratch}`,
                [keys.requestedBy]: config.identity.actor ?? 'unknown',
                ...(config.identity.runUrl ? { [keys.runUrl]: config.identity.runUrl } : {})
            },
            labels: { [keys.verdict]: 'clean', [keys.drill]: (0,_backup_label_contract_js__WEBPACK_IMPORTED_MODULE_3__/* .labelValue */ .w)(backupName) }
        };
        result = await provider.restore(chosen.backup, request, name, {
            timeoutMs: config.timeoutMs,
            intervalMs: deps.pollIntervalMs ?? _cluster_wait_js__WEBPACK_IMPORTED_MODULE_8__/* .POLL_INTERVAL_MS */ .fv.restore,
            logger
        });
        checks.push(restoreCheck(result));
        const restoreObject = await cluster.get(velero('restores', namespace), name);
        if (restoreObject)
            checks.push((0,_backup_drill_js__WEBPACK_IMPORTED_MODULE_2__/* .countCheck */ .or)(restoreObject, backupObject));
        for (const expected of config.expect)
            checks.push(await expectedCheck(cluster, scratch, expected, deps));
    }
    catch (error) {
        // What the user must fix (a permission, a name) is no verdict on the backup: not recorded.
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_12__/* .ConfigurationError */ .j1)
            throw error;
        checks.push({ name: 'drill', passed: false, detail: (0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_14__/* .oneLine */ .TN)((0,_errors_js__WEBPACK_IMPORTED_MODULE_12__/* .getErrorMessage */ .u1)(error)) });
    }
    finally {
        if (!config.keep) {
            try {
                await cluster.deleteNamespace(scratch);
            }
            catch (error) {
                // Forbidden or gone: say so; the drill's result stands.
                logger.warning(`could not delete scratch namespace ${scratch}${(0,_cluster_api_js__WEBPACK_IMPORTED_MODULE_7__/* .apiStatus */ .$)(error) ? ` (HTTP ${(0,_cluster_api_js__WEBPACK_IMPORTED_MODULE_7__/* .apiStatus */ .$)(error)})` : ''}: ${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_14__/* .oneLine */ .TN)((0,_errors_js__WEBPACK_IMPORTED_MODULE_12__/* .getErrorMessage */ .u1)(error))}; delete it yourself`);
            }
        }
    }
    const passed = checks.length > 0 && checks.every(c => c.passed);
    await recordDrill(deps, config, keys, backupName, passed);
    for (const c of checks)
        logger.info(`drill ${c.name}: ${c.passed ? 'passed' : 'FAILED'}: ${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_14__/* .oneLine */ .TN)(c.detail)}`);
    logger.info(`drill of backup ${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_14__/* .oneLine */ .TN)(backupName)}: ${passed ? 'passed' : 'failed'}; scratch namespace ${scratch} ${config.keep ? 'kept' : 'deleted'}`);
    const outputs = {
        'backup-name': backupName,
        'restore-name': name,
        'drill-namespace': scratch,
        'drill-result': passed ? 'passed' : 'failed',
        'drill-checks': JSON.stringify(checks)
    };
    if (result) {
        outputs['restore-phase'] = result.phase;
        outputs['restore-warnings'] = String(result.warnings);
        outputs['restore-errors'] = String(result.errors);
    }
    await (0,_command_summary_js__WEBPACK_IMPORTED_MODULE_10__/* .writeSummary */ .S)(deps, [
        `## known-good restore drill: ${passed ? 'passed' : 'failed'}`,
        '',
        `Backup ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_13__/* .escapeMarkdown */ .FV)(backupName)}, namespace ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_13__/* .escapeMarkdown */ .FV)(source.namespace)} → scratch namespace ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_13__/* .escapeMarkdown */ .FV)(scratch)} (${config.keep ? 'kept' : 'deleted'}).`,
        '',
        '| Check | Result | Detail |',
        '| --- | --- | --- |',
        ...checks.map(c => `| ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_13__/* .escapeMarkdown */ .FV)(c.name)} | ${c.passed ? 'passed' : 'FAILED'} | ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_13__/* .escapeMarkdown */ .FV)(c.detail, 500)} |`),
        ''
    ].join('\n'));
    if (passed)
        return { status: 'ok', outputs };
    return {
        status: 'failed',
        outputs,
        failure: `drill of backup ${backupName} failed: ${checks
            .filter(c => !c.passed)
            .map(c => `${c.name}: ${c.detail}`)
            .join('; ')}`
    };
}


/***/ }),

/***/ 5040:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C8: () => (/* binding */ parseConnection),
/* harmony export */   cJ: () => (/* binding */ parseVeleroTarget),
/* harmony export */   zq: () => (/* binding */ parseBackupTarget)
/* harmony export */ });
/** How to reach the cluster, as the user gave it. */
function parseConnection(reader) {
    const connection = {
        insecureSkipTlsVerify: reader.boolean('insecure-skip-tls-verify')
    };
    const kubeconfig = reader.string('kubeconfig');
    const kubeconfigPath = reader.string('kubeconfig-path');
    const context = reader.string('context');
    if (kubeconfig)
        connection.kubeconfig = kubeconfig;
    if (kubeconfigPath)
        connection.kubeconfigPath = kubeconfigPath;
    if (context)
        connection.context = context;
    return connection;
}
function parseLabelPrefix(reader) {
    const labelPrefix = reader.string('label-prefix');
    if (!/^([a-z0-9]([-a-z0-9.]*[a-z0-9])?\/)?$/.test(labelPrefix) || labelPrefix.length > 254) {
        reader.fail('label-prefix', labelPrefix, 'expected a DNS subdomain followed by /, e.g. known-good.dev/');
    }
    return labelPrefix;
}
function parseBackupTarget(reader) {
    const labelPrefix = parseLabelPrefix(reader);
    return {
        provider: reader.enum('provider'),
        namespace: reader.string('backup-namespace'),
        labelPrefix
    };
}
/** The backup target of a command that knows Velero only (health, drill): no provider input. */
function parseVeleroTarget(reader) {
    const labelPrefix = parseLabelPrefix(reader);
    return { provider: 'velero', namespace: reader.string('backup-namespace'), labelPrefix };
}


/***/ }),

/***/ 99550:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  a: () => (/* binding */ parseIdentity),
  V: () => (/* binding */ parseWorkspace)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/run-identity.ts
function first(env, ...names) {
    for (const name of names) {
        const value = env[name];
        if (value !== undefined && value.trim() !== '')
            return value.trim();
    }
    return undefined;
}
/** What GitHub Actions, GitLab CI and Jenkins tell a job about itself. */
function identityFromEnv(env) {
    const identity = {
        commit: first(env, 'GITHUB_SHA', 'CI_COMMIT_SHA', 'GIT_COMMIT'),
        repository: first(env, 'GITHUB_REPOSITORY', 'CI_PROJECT_PATH', 'JOB_NAME'),
        runId: first(env, 'GITHUB_RUN_ID', 'CI_PIPELINE_ID', 'BUILD_NUMBER'),
        runAttempt: first(env, 'GITHUB_RUN_ATTEMPT'),
        eventName: first(env, 'GITHUB_EVENT_NAME', 'CI_PIPELINE_SOURCE'),
        ref: first(env, 'GITHUB_REF', 'CI_COMMIT_REF_NAME', 'GIT_BRANCH'),
        workflow: first(env, 'GITHUB_WORKFLOW'),
        actor: first(env, 'GITHUB_ACTOR', 'GITLAB_USER_LOGIN', 'BUILD_USER_ID', 'USER')
    };
    const server = first(env, 'GITHUB_SERVER_URL');
    if (server && identity.repository && identity.runId && env.GITHUB_ACTIONS === 'true') {
        identity.runUrl = `${server}/${identity.repository}/actions/runs/${identity.runId}`;
    }
    else {
        identity.runUrl = first(env, 'CI_JOB_URL', 'BUILD_URL');
    }
    for (const key of Object.keys(identity)) {
        if (identity[key] === undefined)
            delete identity[key];
    }
    return identity;
}

// EXTERNAL MODULE: ./src/config/inputs.ts + 2 modules
var inputs = __webpack_require__(92294);
;// CONCATENATED MODULE: ./src/config/common.ts




/** The repository root (an existing directory); `cwd` unless the input names another. */
function parseWorkspace(reader, cwd) {
    const text = reader.string('workspace') ?? cwd;
    const path = (0,external_node_path_.resolve)(cwd, text);
    const isDirectory = (0,external_node_fs_.statSync)(path, { throwIfNoEntry: false })?.isDirectory() === true;
    if (!isDirectory)
        reader.fail('workspace', text, 'expected an existing directory (the repository root)');
    return path;
}
/** Which run this is: the CI's environment, with the commit and run-url inputs over it. */
function parseIdentity(reader, env) {
    const identity = identityFromEnv(env);
    if ((0,inputs/* appliesTo */.Gl)('commit', reader.command)) {
        const commit = reader.string('commit');
        if (commit !== undefined) {
            if (!/^[0-9a-f]{7,64}$/i.test(commit))
                reader.fail('commit', commit, 'expected a commit SHA (7 to 64 hex digits)');
            identity.commit = commit.toLowerCase();
        }
    }
    if ((0,inputs/* appliesTo */.Gl)('run-url', reader.command)) {
        const runUrl = reader.string('run-url');
        if (runUrl !== undefined) {
            if (!/^https?:\/\/\S+$/i.test(runUrl))
                reader.fail('run-url', runUrl, 'expected an http(s) URL');
            identity.runUrl = runUrl;
        }
    }
    return identity;
}


/***/ }),

/***/ 89463:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ parseGitHubConnection),
/* harmony export */   a: () => (/* binding */ parseGitHubScan)
/* harmony export */ });
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _github_event_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(85015);



/** The token and the repository, when the action was given a token; undefined otherwise. */
function parseGitHubConnection(reader, env) {
    if (reader.platform !== 'action')
        return undefined;
    // Read before the token, so that a bad value is an error even without one.
    const apiTimeoutMs = reader.duration('api-timeout');
    const token = reader.string('github-token');
    if (token === undefined)
        return undefined;
    const slug = env.GITHUB_REPOSITORY ?? '';
    const match = /^([\w.-]+)\/([\w.-]+)$/.exec(slug);
    if (!match)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`GITHUB_REPOSITORY is ${JSON.stringify(slug)}: expected owner/name (is this running in GitHub Actions?)`);
    return {
        token,
        apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
        serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, ''),
        repository: { owner: match[1], repo: match[2] },
        apiTimeoutMs
    };
}
/**
 * Code scanning gets the commit and ref the workflow run checked out (GITHUB_SHA, GITHUB_REF:
 * for a pull request its merge commit and refs/pull/<n>/merge), as github/codeql-action's
 * upload-sarif does by default, and the workspace as checkout_uri.
 */
function codeScanningTarget(reader, env, workspace) {
    const ref = env.GITHUB_REF ?? '';
    const commitSha = env.GITHUB_SHA ?? '';
    if (!/^refs\/(heads|tags|pull)\/\S+$/.test(ref) || !/^[0-9a-f]{40}$/i.test(commitSha))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${reader.label('code-scanning')} needs the ref and commit of the run: GITHUB_REF is ${JSON.stringify(ref)} and GITHUB_SHA ${JSON.stringify(commitSha)} (expected refs/heads/…, refs/tags/… or refs/pull/…, and a 40-digit SHA, as the runner sets them)`);
    return { ref, commitSha: commitSha.toLowerCase(), checkoutUri: (0,node_url__WEBPACK_IMPORTED_MODULE_0__.pathToFileURL)(workspace).href };
}
function parseFeedback(reader) {
    const feedback = {
        checkName: reader.string('check-name'),
        comment: reader.boolean('comment'),
        reviewComments: reader.enum('review-comments'),
        commitStatus: reader.boolean('commit-status'),
        prLabels: reader.boolean('pr-labels'),
        uploadArtifact: reader.boolean('upload-artifact'),
        artifactName: reader.string('artifact-name'),
        maxAnnotations: reader.integer('max-annotations')
    };
    return { feedback, codeScanning: reader.boolean('code-scanning') };
}
function parseGitHubScan(reader, env, readEvent, identity, workspace) {
    if (reader.platform !== 'action')
        return undefined;
    // Read on every action run, so that a bad value is an error even without a token.
    const reportingTimeoutMs = reader.duration('reporting-timeout');
    const { feedback, codeScanning } = parseFeedback(reader);
    const connection = parseGitHubConnection(reader, env);
    if (connection === undefined)
        return undefined;
    if (codeScanning)
        feedback.codeScanning = codeScanningTarget(reader, env, workspace);
    const pullRequest = (0,_github_event_js__WEBPACK_IMPORTED_MODULE_2__/* .pullRequestFromEvent */ .vR)(env.GITHUB_EVENT_NAME, readEvent());
    const sha = pullRequest?.headSha ?? identity.commit ?? env.GITHUB_SHA;
    if (sha === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('no commit to report on: set the commit input or GITHUB_SHA');
    const config = { ...connection, sha, feedback, reportingTimeoutMs };
    if (pullRequest)
        config.pullRequest = pullRequest;
    return config;
}


/***/ }),

/***/ 21556:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Au: () => (/* binding */ parseRestore),
/* harmony export */   KV: () => (/* binding */ parseMapping),
/* harmony export */   y$: () => (/* binding */ LATEST_KNOWN_GOOD)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _cluster_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5040);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99550);
/* harmony import */ var _github_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(89463);




/** The `backup` input's word for "the newest usable backup with verdict clean". */
const LATEST_KNOWN_GOOD = 'latest-known-good';
function parseMapping(reader) {
    const mapping = new Map();
    for (const entry of reader.list('namespace-mapping')) {
        const match = /^([a-z0-9-]+)\s*=\s*([a-z0-9-]+)$/.exec(entry);
        if (!match)
            reader.fail('namespace-mapping', entry, 'expected old=new with Kubernetes names');
        mapping.set(match[1], match[2]);
    }
    return mapping;
}
function parseRestore(reader, env, cwd) {
    const reason = reader.string('reason');
    if (reason === undefined)
        reader.required('reason', ' for restore: say why, it is recorded on the restore');
    const config = {
        command: 'restore',
        identity: (0,_common_js__WEBPACK_IMPORTED_MODULE_1__/* .parseIdentity */ .a)(reader, env),
        connection: (0,_cluster_js__WEBPACK_IMPORTED_MODULE_3__/* .parseConnection */ .C8)(reader),
        backups: (0,_cluster_js__WEBPACK_IMPORTED_MODULE_3__/* .parseBackupTarget */ .zq)(reader),
        timeoutMs: reader.duration('timeout'),
        backup: reader.string('backup'),
        reason,
        namespaces: reader.list('restore-namespaces'),
        mapping: parseMapping(reader),
        existingResourcePolicy: reader.enum('existing-resource-policy'),
        dryRun: reader.boolean('dry-run'),
        allowUnverified: reader.boolean('allow-unverified')
    };
    const ledger = reader.string('ledger');
    if (ledger)
        config.ledgerFile = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, ledger);
    const github = (0,_github_js__WEBPACK_IMPORTED_MODULE_2__/* .parseGitHubConnection */ .B)(reader, env);
    if (github)
        config.github = github;
    return config;
}


/***/ }),

/***/ 85015:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CO: () => (/* binding */ renewalSkipReason),
/* harmony export */   vR: () => (/* binding */ pullRequestFromEvent),
/* harmony export */   zh: () => (/* binding */ readEventFile)
/* harmony export */ });
/* unused harmony export MAX_EVENT_BYTES */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _text_one_line_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73854);
/* harmony import */ var _util_json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74976);




/**
 * "Payloads are capped at 25 MB" (https://docs.github.com/en/webhooks/webhook-events-and-payloads#payload-cap):
 * an event file larger than that is not one the runner wrote.
 */
const MAX_EVENT_BYTES = 25 * 1024 * 1024;
function eventError(path, problem) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`GITHUB_EVENT_PATH is ${JSON.stringify((0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_2__/* .truncate */ .xv)((0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .TN)(path), 300))}: ${problem}. The runner writes the webhook payload of the event there; outside GitHub Actions unset GITHUB_EVENT_PATH, or point it at that JSON file`);
}
/**
 * The webhook payload the runner wrote for the event, read by us (no library reads it at load
 * time). Unset: undefined. Set but unreadable, not a file, too large or not JSON: a
 * ConfigurationError that names GITHUB_EVENT_PATH.
 */
function readEventFile(path) {
    if (path === undefined || path === '')
        return undefined;
    let size;
    try {
        const stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path);
        if (!stats.isFile())
            throw eventError(path, 'it is not a regular file');
        size = stats.size;
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1)
            throw error;
        throw eventError(path, `it cannot be read (${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .TN)((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .getErrorMessage */ .u1)(error))})`);
    }
    if (size > MAX_EVENT_BYTES)
        throw eventError(path, `it holds ${size} bytes, more than a webhook payload (25 MB)`);
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch (error) {
        throw eventError(path, `it cannot be read (${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .TN)((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .getErrorMessage */ .u1)(error))})`);
    }
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw eventError(path, `it is not JSON (${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_2__/* .truncate */ .xv)((0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .TN)((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .getErrorMessage */ .u1)(error)), 200)})`);
    }
}
/** The pull request of a `pull_request` / `pull_request_target` event payload, if any. */
function pullRequestFromEvent(eventName, event) {
    const pull = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_3__/* .asObject */ .eB)((0,_util_json_js__WEBPACK_IMPORTED_MODULE_3__/* .asObject */ .eB)(event).pull_request);
    const head = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_3__/* .asObject */ .eB)(pull.head);
    if (typeof pull.number !== 'number' || typeof head.sha !== 'string')
        return undefined;
    const headRepo = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_3__/* .asObject */ .eB)(head.repo).full_name;
    const baseRepo = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_3__/* .asObject */ .eB)((0,_util_json_js__WEBPACK_IMPORTED_MODULE_3__/* .asObject */ .eB)(pull.base).repo).full_name;
    // pull_request_target runs with the base repository's token, which can write.
    const fork = eventName === 'pull_request' && (typeof headRepo !== 'string' || headRepo !== baseRepo);
    return { number: pull.number, headSha: head.sha, fork };
}
/**
 * In Actions, renewal runs after a merge (a push to the default branch, a merged pull request)
 * or when a person or a schedule asks (workflow_dispatch, schedule); any other event only
 * reports expiry. Returns why renewal is skipped, or undefined when it runs.
 */
function renewalSkipReason(platform, env, event) {
    // Outside Actions the person running the CLI decides.
    if (platform !== 'action')
        return undefined;
    const name = env.GITHUB_EVENT_NAME;
    const payload = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_3__/* .asObject */ .eB)(event);
    if (name === 'workflow_dispatch' || name === 'schedule')
        return undefined;
    if (name === 'push') {
        const defaultBranch = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_3__/* .asObject */ .eB)(payload.repository).default_branch;
        return typeof defaultBranch === 'string' && env.GITHUB_REF === `refs/heads/${defaultBranch}`
            ? undefined
            : `a push to ${env.GITHUB_REF ?? 'a ref'} is not a merge to the default branch`;
    }
    if (name === 'pull_request' || name === 'pull_request_target') {
        const pull = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_3__/* .asObject */ .eB)(payload.pull_request);
        return payload.action === 'closed' && pull.merged === true
            ? undefined
            : 'the pull request is not merged';
    }
    return `event ${name ?? 'unknown'} is not after a merge`;
}


/***/ })

};
