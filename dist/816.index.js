export const id = 816;
export const ids = [816];
export const modules = {

/***/ 10391:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  q: () => (/* binding */ planRestore)
});

// UNUSED EXPORTS: restoreName

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/util/duration.ts
var duration = __webpack_require__(26518);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/text/one-line.ts
var one_line = __webpack_require__(73854);
// EXTERNAL MODULE: ./src/backup/selection.ts
var backup_selection = __webpack_require__(39360);
// EXTERNAL MODULE: ./src/backup/verdicts.ts
var verdicts = __webpack_require__(70274);
;// CONCATENATED MODULE: ./src/backup/choose.ts




/** The newest usable backup with verdict clean, or refuses with every backup's reason. */
async function latestKnownGood(provider, sources, logger) {
    const candidates = await (0,verdicts/* resolveVerdicts */.t)(await provider.list(), sources, logger);
    const selection = (0,backup_selection/* selectKnownGood */.Ju)(candidates);
    const notes = new Map(selection.considered.map(c => [c.candidate.backup.name, c.reason]));
    if (!selection.chosen) {
        throw new errors/* ConfigurationError */.j(`no usable backup with verdict clean in namespace ${provider.namespace} (${candidates.length} considered): ${selection.considered.map(c => `${c.candidate.backup.name}: ${c.reason}`).join('; ') || 'there are none'}`);
    }
    return { chosen: selection.chosen, candidates, notes };
}
/** A backup named by the user: usable, and clean unless allow-unverified says otherwise. */
async function named(provider, name, options, sources, logger) {
    const backup = await provider.get(name);
    if (!backup)
        throw new errors/* ConfigurationError */.j(`backup ${name} does not exist in namespace ${provider.namespace}`);
    const [candidate] = await (0,verdicts/* resolveVerdicts */.t)([backup], sources, logger);
    if (candidate.verdict === 'revoked')
        throw new errors/* ConfigurationError */.j(`backup ${backup.name} is ${(0,backup_selection/* revokedNote */.zf)(candidate)}; a revoked release is never restored, allow-unverified or not: choose a backup from before it`);
    if (!backup.usable)
        throw new errors/* ConfigurationError */.j(`backup ${backup.name} cannot be restored: ${backup.unusableReason ?? backup.phase}`);
    if (candidate.verdict !== 'clean') {
        if (!options.allowUnverified) {
            throw new errors/* ConfigurationError */.j(`backup ${backup.name} has verdict ${candidate.verdict}: set allow-unverified (with a reason) to restore it anyway`);
        }
        logger.warning(`restoring backup ${backup.name} whose verdict is ${candidate.verdict}, as allow-unverified asks; reason: ${(0,one_line/* oneLine */.TN)(options.reason)}`);
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

;// CONCATENATED MODULE: ./src/backup/restore-plan.ts



/**
 * Like `velero restore create --from-backup`, plus a random suffix: two restores of one backup
 * in the same second must not collide.
 */
function restoreName(backup, now) {
    const suffix = (0,external_node_crypto_.randomBytes)(3).toString('hex');
    return `${backup}-restore-${(0,duration/* compactTimestamp */.c)(now)}-${suffix}`.slice(0, 253).toLowerCase();
}
/** Chooses the backup (refusing with every backup's reason) and describes its Restore. Changes nothing. */
async function planRestore(provider, keys, options, sources, logger, now) {
    const choice = await chooseBackup(provider, {
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

/***/ 50626:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ backupsTable),
/* harmony export */   o: () => (/* binding */ backupRows)
/* harmony export */ });
/* harmony import */ var _text_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(67388);
/* harmony import */ var _text_one_line_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73854);
/* harmony import */ var _selection_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(39360);



function backupCells(candidate, note) {
    const { backup, verdict, source } = candidate;
    return [
        backup.name,
        backup.phase,
        backup.usable ? 'yes' : `no (${backup.unusableReason ?? ''})`,
        `${verdict}${source === 'commit status' || source === 'ledger' ? ` (${source})` : ''}`,
        backup.commit ?? '—',
        backup.startedAt ?? '—',
        backup.expiresAt ?? '—',
        note
    ];
}
const BACKUP_COLUMNS = ['Backup', 'Phase', 'Usable', 'Verdict', 'Commit', 'Started', 'Expires', ''];
/** Backups and verdicts, newest first: Markdown for summaries, aligned text for a terminal. */
function backupsTable(candidates, notes = new Map(), format = 'markdown') {
    const rows = [...candidates]
        .sort(_selection_js__WEBPACK_IMPORTED_MODULE_0__/* .newestCandidateFirst */ .yf)
        .map(c => backupCells(c, notes.get(c.backup.name) ?? ''));
    if (format === 'markdown') {
        return [
            `| ${BACKUP_COLUMNS.join(' | ')} |`,
            `|${' --- |'.repeat(BACKUP_COLUMNS.length)}`,
            ...rows.map(cells => `| ${cells.map(c => (0,_text_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(c, 200)).join(' | ')} |`)
        ].join('\n');
    }
    const table = [BACKUP_COLUMNS, ...rows.map(cells => cells.map(c => (0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .TN)(c)))];
    const widths = BACKUP_COLUMNS.map((_, i) => Math.max(...table.map(row => row[i].length)));
    return table
        .map(row => row
        .map((cell, i) => cell.padEnd(widths[i]))
        .join('  ')
        .trimEnd())
        .join('\n');
}
/** The `backups` output: one row per backup, newest first. */
function backupRows(candidates) {
    return [...candidates].sort(_selection_js__WEBPACK_IMPORTED_MODULE_0__/* .newestCandidateFirst */ .yf).map(c => ({
        name: c.backup.name,
        phase: c.backup.phase,
        usable: c.backup.usable,
        ...(c.backup.unusableReason ? { unusableReason: c.backup.unusableReason } : {}),
        verdict: c.verdict,
        verdictSource: c.source,
        ...(c.revokedReason ? { revokedReason: c.revokedReason } : {}),
        ...(c.backup.commit ? { commit: c.backup.commit } : {}),
        ...(c.backup.startedAt ? { startedAt: c.backup.startedAt } : {}),
        ...(c.backup.expiresAt ? { expiresAt: c.backup.expiresAt } : {})
    }));
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

/***/ 80816:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   restore: () => (/* binding */ restore)
/* harmony export */ });
/* harmony import */ var _backup_create_provider_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30848);
/* harmony import */ var _backup_label_contract_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(39511);
/* harmony import */ var _backup_restore_plan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10391);
/* harmony import */ var _backup_sources_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(25182);
/* harmony import */ var _backup_table_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(50626);
/* harmony import */ var _cluster_wait_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(973);
/* harmony import */ var _command_summary_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(47645);
/* harmony import */ var _config_restore_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(21556);
/* harmony import */ var _text_escape_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(67388);
/* harmony import */ var _text_one_line_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(73854);










/** The workflow_dispatch stage: restore the newest known-good backup (or a named one). */
async function restore(config, deps) {
    const { logger } = deps;
    const keys = (0,_backup_label_contract_js__WEBPACK_IMPORTED_MODULE_1__/* .recordKeys */ .IH)(config.backups.labelPrefix);
    const provider = (0,_backup_create_provider_js__WEBPACK_IMPORTED_MODULE_0__/* .createProvider */ .Q)(deps.cluster, config.backups, { now: deps.now });
    const sources = await (0,_backup_sources_js__WEBPACK_IMPORTED_MODULE_3__/* .verdictSources */ .U)(deps.cluster, config.backups.namespace, keys, {
        ...(deps.verdictLookup ? { lookup: deps.verdictLookup } : {}),
        ...(config.ledgerFile ? { ledgerFile: config.ledgerFile } : {})
    });
    const plan = await (0,_backup_restore_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .planRestore */ .q)(provider, keys, {
        ...(config.backup === _config_restore_js__WEBPACK_IMPORTED_MODULE_7__/* .LATEST_KNOWN_GOOD */ .y$ ? {} : { backup: config.backup }),
        reason: config.reason,
        allowUnverified: config.allowUnverified,
        namespaces: config.namespaces,
        mapping: config.mapping,
        existingResourcePolicy: config.existingResourcePolicy,
        identity: config.identity
    }, sources, logger, deps.now());
    const { chosen, candidates, notes, request, name } = plan;
    const outputs = {
        'backup-name': chosen.backup.name,
        verdict: chosen.verdict,
        backups: JSON.stringify((0,_backup_table_js__WEBPACK_IMPORTED_MODULE_4__/* .backupRows */ .o)(candidates))
    };
    logger.info(`chosen backup: ${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_8__/* .oneLine */ .TN)(chosen.backup.name)} (${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_8__/* .oneLine */ .TN)(notes.get(chosen.backup.name) ?? '')})`);
    const summary = [
        `## known-good restore${config.dryRun ? ' (dry run)' : ''}`,
        '',
        (0,_backup_table_js__WEBPACK_IMPORTED_MODULE_4__/* .backupsTable */ .G)(candidates, notes),
        ''
    ];
    if (config.dryRun) {
        const plan = await provider.restorePlan(chosen.backup, request, name);
        logger.info(`dry run: would create\n${JSON.stringify(plan, null, 2)}`);
        outputs['restore-name'] = name;
        outputs['restore-phase'] = 'DryRun';
        outputs.plan = JSON.stringify(plan);
        summary.push('Would create:', '', (0,_text_escape_js__WEBPACK_IMPORTED_MODULE_9__/* .preBlock */ .DI)(JSON.stringify(plan, null, 2)));
        await (0,_command_summary_js__WEBPACK_IMPORTED_MODULE_6__/* .writeSummary */ .S)(deps, summary.join('\n'));
        return { status: 'ok', outputs };
    }
    const result = await provider.restore(chosen.backup, request, name, {
        timeoutMs: config.timeoutMs,
        intervalMs: deps.pollIntervalMs ?? _cluster_wait_js__WEBPACK_IMPORTED_MODULE_5__/* .POLL_INTERVAL_MS */ .fv.restore,
        logger
    });
    Object.assign(outputs, {
        'restore-name': result.name,
        'restore-phase': result.phase,
        'restore-warnings': String(result.warnings),
        'restore-errors': String(result.errors)
    });
    summary.push(`Restore ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_9__/* .escapeMarkdown */ .FV)(result.name)}: ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_9__/* .escapeMarkdown */ .FV)(result.phase)}, ${result.warnings} warnings, ${result.errors} errors.`);
    for (const message of result.messages)
        summary.push(`- ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_9__/* .escapeMarkdown */ .FV)(message, 500)}`);
    await (0,_command_summary_js__WEBPACK_IMPORTED_MODULE_6__/* .writeSummary */ .S)(deps, summary.join('\n'));
    logger.info(`restore ${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_8__/* .oneLine */ .TN)(result.name)}: ${result.phase} (${result.warnings} warnings, ${result.errors} errors)`);
    if (!result.succeeded) {
        return {
            status: 'failed',
            outputs,
            failure: `restore ${result.name} from backup ${chosen.backup.name} ended ${result.phase}${result.messages.length ? `: ${result.messages.join('; ')}` : ''}`
        };
    }
    return { status: 'ok', outputs };
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
