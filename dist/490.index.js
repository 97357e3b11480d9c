export const id = 490;
export const ids = [490];
export const modules = {

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

/***/ 15490:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  labelBackup: () => (/* binding */ labelBackup)
});

// EXTERNAL MODULE: ./src/backup/create-provider.ts + 1 modules
var create_provider = __webpack_require__(33972);
// EXTERNAL MODULE: ./src/backup/label-contract.ts
var label_contract = __webpack_require__(39511);
// EXTERNAL MODULE: ./src/backup/model.ts
var model = __webpack_require__(81151);
// EXTERNAL MODULE: ./src/backup/retention.ts
var retention = __webpack_require__(65668);
// EXTERNAL MODULE: ./src/backup/sources.ts + 1 modules
var backup_sources = __webpack_require__(25182);
// EXTERNAL MODULE: ./src/backup/verdicts.ts
var verdicts = __webpack_require__(70274);
// EXTERNAL MODULE: ./src/cluster/wait.ts
var wait = __webpack_require__(973);
// EXTERNAL MODULE: ./src/command/provider-messages.ts
var provider_messages = __webpack_require__(49121);
// EXTERNAL MODULE: ./src/command/summary.ts
var summary = __webpack_require__(47645);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/text/escape.ts
var text_escape = __webpack_require__(67388);
// EXTERNAL MODULE: ./src/text/one-line.ts
var one_line = __webpack_require__(73854);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/policy/verdict.ts
var verdict = __webpack_require__(75187);
// EXTERNAL MODULE: ./src/verdict/record.ts
var verdict_record = __webpack_require__(26768);
;// CONCATENATED MODULE: ./src/verdict/file.ts




/** Reads the verdict record a scan wrote (verdict.json), refusing anything else. */
function readVerdictFile(path) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`verdict-file ${path} cannot be read (${(0,errors/* getErrorMessage */.u1)(error)}): pass the verdict.json that the scan wrote, e.g. downloaded from its artifact`);
    }
    let record;
    try {
        record = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`verdict-file ${path} is not JSON: ${(0,errors/* getErrorMessage */.u1)(error)}`);
    }
    if (record.schema !== verdict_record/* VERDICT_SCHEMA */.CS || !verdict/* VERDICTS */.bk.some(v => v === record.verdict)) {
        throw new errors/* ConfigurationError */.j1(`verdict-file ${path} is not a known-good verdict record (expected "schema": "${verdict_record/* VERDICT_SCHEMA */.CS}" and a verdict)`);
    }
    return record;
}

;// CONCATENATED MODULE: ./src/commands/label-backup.ts













/** Finds the pre-release backup the inputs name (by name, selector or schedule). */
async function findBackup(provider, target) {
    if (target.kind === 'name') {
        const backup = await provider.get(target.name);
        if (!backup)
            throw new errors/* ConfigurationError */.j1(`backup ${target.name} does not exist in namespace ${provider.namespace}`);
        return backup;
    }
    const found = target.kind === 'selector'
        ? (0,model/* newestBackup */.RO)(await provider.list(target.selector))
        : await provider.newestOf(target.schedule);
    if (!found)
        throw new errors/* ConfigurationError */.j1(`no backup matches ${target.kind === 'selector' ? `selector ${target.selector}` : `schedule ${target.schedule}`} in namespace ${provider.namespace}`);
    return found;
}
/** The verdict must be the one of the commit being released. */
function checkCommit(commit, recorded) {
    if (commit &&
        recorded &&
        commit !== recorded &&
        !recorded.startsWith(commit) &&
        !commit.startsWith(recorded)) {
        throw new errors/* ConfigurationError */.j1(`verdict-file is for commit ${recorded}, but this deploy is for ${commit}: pass the verdict of the commit being released`);
    }
}
/** A backup belongs to one release: never relabel one that carries another commit's verdict. */
function refuseOtherCommit(keys, labels) {
    return (current) => {
        const other = current.commit;
        const mine = labels[keys.commit];
        if (other && mine && other !== mine) {
            throw new errors/* ConfigurationError */.j1(`backup ${current.name} already carries the verdict of commit ${other}; a backup belongs to one release: label the backup taken for ${mine}`);
        }
    };
}
/**
 * The deploy job's stage: record the scan's verdict on the pre-release backup. A backup we create
 * carries the verdict from creation (stored with it); one labelled afterwards carries a
 * cluster-local index only, and the commit status stays the authoritative record.
 */
async function labelBackup(config, deps) {
    const { logger } = deps;
    const record = readVerdictFile(config.verdictFile);
    const commit = config.identity.commit;
    checkCommit(commit, record.identity?.commit);
    const keys = (0,label_contract/* recordKeys */.IH)(config.backups.labelPrefix);
    const { labels, annotations } = (0,label_contract/* verdictMetadata */.dr)(record, keys, commit ?? record.identity?.commit, config.identity.runUrl);
    const target = config.target;
    const provider = (0,create_provider/* createProvider */.Q)(deps.cluster, config.backups, {
        now: deps.now,
        reader: deps.signedUrls,
        ...(target.kind === 'create' && target.snapshotClass
            ? { snapshotClass: target.snapshotClass }
            : {})
    });
    let backup;
    if (target.kind === 'create') {
        backup = await provider.create(target.source, labels, annotations);
        logger.info(`created backup ${backup.name} with verdict ${record.verdict} set at creation`);
    }
    else {
        const found = await findBackup(provider, target);
        backup = await provider.record(found.name, labels, annotations, refuseOtherCommit(keys, labels));
        logger.warning(`labelled existing backup ${backup.name} with verdict ${record.verdict}: labels added after a backup completed live only in this cluster ` +
            '(the copy in object storage does not have them); the commit status known-good/verdict and the verdict artifact stay the authoritative record.');
    }
    const outputs = {
        'backup-name': backup.name,
        'backup-created': String(target.kind === 'create'),
        labels: JSON.stringify(labels),
        verdict: record.verdict
    };
    const heading = `## known-good label-backup\n\nBackup ${(0,text_escape/* escapeMarkdown */.FV)(backup.name)} (${provider.kind}, namespace ${(0,text_escape/* escapeMarkdown */.FV)(provider.namespace)})`;
    if (config.wait) {
        try {
            backup = await provider.waitUsable(backup.name, {
                timeoutMs: config.timeoutMs,
                intervalMs: deps.pollIntervalMs ?? wait/* POLL_INTERVAL_MS */.fv.backup,
                logger
            });
        }
        catch (error) {
            if (!(error instanceof model/* BackupFailedError */.GE))
                throw error;
            return failed(error, provider, deps, outputs, heading);
        }
    }
    logger.info(`backup ${(0,one_line/* oneLine */.TN)(backup.name)}: ${backup.phase}, verdict ${record.verdict}`);
    if (config.retention.keep > 0 && provider.kind !== 'velero')
        logger.warning('protect-known-good is ignored with provider csi: VolumeSnapshots do not expire by themselves');
    const protectedBackups = config.retention.keep > 0 && provider.kind === 'velero'
        ? await guardSchedule(config, deps, provider, keys, backup)
        : undefined;
    if (protectedBackups)
        outputs['protected-backups'] = JSON.stringify(protectedBackups);
    await (0,summary/* writeSummary */.S)(deps, `${heading}: ${(0,text_escape/* escapeMarkdown */.FV)(backup.phase)}, verdict ${record.verdict}${target.kind === 'create' ? ' (set at creation)' : ' (labelled afterwards: a local index only)'}.\n` +
        (protectedBackups?.length
            ? `\nRetention guard: ${protectedBackups.length} change${protectedBackups.length === 1 ? '' : 's'} (see the output protected-backups).\n`
            : ''));
    return { status: 'ok', outputs };
}
/** The retention guard on the schedule of the backup just labelled (Velero only). */
async function guardSchedule(config, deps, provider, keys, backup) {
    const schedule = (0,retention/* scheduleOf */.rH)(backup);
    const sources = await (0,backup_sources/* verdictSources */.U)(deps.cluster, config.backups.namespace, keys, {
        ...(deps.verdictLookup ? { lookup: deps.verdictLookup } : {})
    });
    const candidates = (await (0,verdicts/* resolveVerdicts */.t)(await provider.list(), sources, deps.logger)).filter(c => (0,retention/* scheduleOf */.rH)(c.backup) === schedule);
    return (0,retention/* enforceRetention */.fl)(deps.cluster, config.backups.namespace, keys, candidates, { ...config.retention, now: deps.now() }, deps.logger);
}
/**
 * The backup the verdict was for ended without becoming usable (failed, deleted while awaited):
 * the step fails with what the backup system said, in the log, the summary and an output.
 */
async function failed(error, provider, deps, outputs, heading) {
    const { logger } = deps;
    const current = error.phase === 'deleted' ? undefined : await provider.get(error.backup);
    const details = current && provider.explainFailure ? await provider.explainFailure(current, logger) : undefined;
    const said = (0,provider_messages/* allMessages */.gN)(current?.failure ? [current.failure] : [], details);
    outputs['backup-messages'] = (0,provider_messages/* messagesOutput */.K8)(said);
    (0,provider_messages/* logMessages */.hA)(logger, `what ${(0,provider_messages/* speaker */.aH)(provider.kind)} said about backup ${(0,one_line/* oneLine */.TN)(error.backup)}`, said);
    const listed = (0,provider_messages/* messagesMarkdown */.MD)(said);
    await (0,summary/* writeSummary */.S)(deps, [`${heading}: ${(0,text_escape/* escapeMarkdown */.FV)(error.message)}`, '', ...listed, ''].join('\n'));
    const why = (0,provider_messages/* firstErrors */.e7)({ ...said, messages: said.messages.filter(m => m.scope !== 'status') });
    return {
        status: 'failed',
        outputs,
        failure: `${error.message}${why ? `; ${why}` : ''}${listed.length ? '; every message is in the output backup-messages' : ''}`
    };
}


/***/ })

};
