export const id = 612;
export const ids = [612,747];
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

/***/ 50626:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ backupsTable),
/* harmony export */   o: () => (/* binding */ backupRows)
/* harmony export */ });
/* harmony import */ var _text_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67388);
/* harmony import */ var _text_one_line_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73854);
/* harmony import */ var _selection_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(39360);



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
        .sort(_selection_js__WEBPACK_IMPORTED_MODULE_1__/* .newestCandidateFirst */ .yf)
        .map(c => backupCells(c, notes.get(c.backup.name) ?? ''));
    if (format === 'markdown') {
        return [
            `| ${BACKUP_COLUMNS.join(' | ')} |`,
            `|${' --- |'.repeat(BACKUP_COLUMNS.length)}`,
            ...rows.map(cells => `| ${cells.map(c => (0,_text_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(c, 200)).join(' | ')} |`)
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
    return [...candidates].sort(_selection_js__WEBPACK_IMPORTED_MODULE_1__/* .newestCandidateFirst */ .yf).map(c => ({
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
            deps.logger.warning(`could not set the commit status of ${sha} to revoked (${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_9__/* .oneLine */ .TN)((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .getErrorMessage */ .u1)(error))}): the ledger still records it`);
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
            deps.logger.warning(`could not upload the ledger as an artifact: ${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_9__/* .oneLine */ .TN)((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .getErrorMessage */ .u1)(error))}`);
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

/***/ 64612:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  incident: () => (/* binding */ incident)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/backup/create-provider.ts + 1 modules
var create_provider = __webpack_require__(33972);
// EXTERNAL MODULE: ./src/backup/label-contract.ts
var label_contract = __webpack_require__(39511);
// EXTERNAL MODULE: ./src/backup/restore-plan.ts
var restore_plan = __webpack_require__(58210);
// EXTERNAL MODULE: ./src/command/provider-messages.ts
var provider_messages = __webpack_require__(49121);
// EXTERNAL MODULE: ./src/cluster/conflict.ts
var conflict = __webpack_require__(55146);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/backup/schedules.ts


function schedulesRef(namespace) {
    return { group: 'velero.io', version: 'v1', plural: 'schedules', namespace };
}
/** The Velero schedules of a namespace, paused or not (`spec.paused`). */
async function listSchedules(api, namespace) {
    return (await api.list(schedulesRef(namespace)))
        .map(s => ({ name: s.metadata.name, paused: s.spec?.paused === true }))
        .sort((a, b) => (a.name < b.name ? -1 : 1));
}
/**
 * Pauses or resumes a schedule (`spec.paused`, as `velero schedule pause` does), with the
 * resourceVersion read: a conflict reads again.
 */
async function setPaused(api, namespace, name, paused) {
    const ref = schedulesRef(namespace);
    await (0,conflict/* retryOnConflict */.S)(async () => {
        const current = await api.get(ref, name);
        if (!current)
            throw new errors/* ConfigurationError */.j1(`schedule ${name} does not exist in namespace ${namespace}`);
        return api.mergePatch(ref, name, {
            metadata: { resourceVersion: current.metadata.resourceVersion },
            spec: { paused }
        });
    });
}

// EXTERNAL MODULE: ./src/backup/sources.ts + 1 modules
var backup_sources = __webpack_require__(25182);
// EXTERNAL MODULE: ./src/backup/table.ts
var table = __webpack_require__(50626);
// EXTERNAL MODULE: ./src/certs/rotation.ts + 6 modules
var rotation = __webpack_require__(41029);
// EXTERNAL MODULE: ./src/cluster/wait.ts
var cluster_wait = __webpack_require__(973);
// EXTERNAL MODULE: ./src/command/revocation.ts
var revocation = __webpack_require__(75497);
// EXTERNAL MODULE: ./src/command/summary.ts
var summary = __webpack_require__(47645);
// EXTERNAL MODULE: ./src/text/escape.ts
var text_escape = __webpack_require__(67388);
// EXTERNAL MODULE: ./src/util/json.ts
var json = __webpack_require__(74976);
;// CONCATENATED MODULE: ./src/incident/timeline.ts
/**
 * An incident's record: every step with when it ran and how it ended, kept in the ledger
 * ConfigMap while the incident runs (so that running it again continues it) and written as
 * incident.json and incident.md at the end: the evidence an auditor asks for.
 */



const INCIDENT_SCHEMA = 'known-good.incident/v1';
/** The playbook, in order. */
const STEPS = [
    'pause-schedules',
    'revoke',
    'plan',
    'restore',
    'rotate-certificates',
    'resume-schedules'
];
/** Steps whose work is not repeated once done (the others are cheap and safe to run again). */
const ONCE = new Set(['revoke', 'restore', 'rotate-certificates']);
function newRecord(id, reason, at, identity) {
    return {
        schema: INCIDENT_SCHEMA,
        id,
        reason,
        ...(identity.actor ? { requestedBy: identity.actor } : {}),
        ...(identity.runUrl ? { runUrl: identity.runUrl } : {}),
        startedAt: at.toISOString(),
        attempts: 0,
        steps: [],
        pausedSchedules: []
    };
}
/** Reads a record kept in the ledger ConfigMap, refusing one that is not ours. */
function parseRecord(text, source) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`${source} is not JSON: ${(0,errors/* getErrorMessage */.u1)(error)}`);
    }
    if (!(0,json/* isObject */.Gv)(value) ||
        value.schema !== INCIDENT_SCHEMA ||
        (0,json/* str */.gx)(value.id) === undefined ||
        !Array.isArray(value.steps))
        throw new errors/* ConfigurationError */.j1(`${source} is not a known-good incident record`);
    return value;
}
/** The last time a step was done (in any run of the incident), if it was. */
function doneBefore(record, step) {
    return [...record.steps].reverse().find(s => s.step === step && s.result === 'done');
}
function duration(step) {
    const ms = Date.parse(step.endedAt) - Date.parse(step.startedAt);
    return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}
/** The record for people: what happened, in order, and what was restored and renewed. */
function renderRecord(record) {
    const lines = [
        `## known-good incident ${(0,text_escape/* escapeMarkdown */.FV)(record.id, 63)}: ${record.result ?? 'running'}`,
        '',
        `Reason: ${(0,text_escape/* escapeMarkdown */.FV)(record.reason, 1000)}`,
        ...(record.requestedBy ? [`Requested by: ${(0,text_escape/* escapeMarkdown */.FV)(record.requestedBy, 100)}`] : []),
        `Started ${record.startedAt}${record.endedAt ? `, ended ${record.endedAt}` : ''}; run ${record.attempts} of this incident.`,
        '',
        '| # | Step | Result | Started | Took | Detail |',
        '| ---: | --- | --- | --- | ---: | --- |'
    ];
    record.steps.forEach((s, i) => lines.push(`| ${i + 1} | ${s.step} | ${s.result}${s.attempt > 1 ? ` (run ${s.attempt})` : ''} | ${s.startedAt} | ${duration(s)} | ${(0,text_escape/* escapeMarkdown */.FV)(s.detail, 1000)} |`));
    lines.push('');
    if (record.backup)
        lines.push(`Backup restored: ${(0,text_escape/* escapeMarkdown */.FV)(record.backup.name, 253)} (${(0,text_escape/* escapeMarkdown */.FV)(record.backup.why, 500)}).`);
    if (record.restore)
        lines.push(`Restore: ${(0,text_escape/* escapeMarkdown */.FV)(record.restore.name, 253)}, ${(0,text_escape/* escapeMarkdown */.FV)(record.restore.phase ?? 'not finished')}${record.restore.warnings !== undefined ? `, ${record.restore.warnings} warnings, ${record.restore.errors ?? 0} errors` : ''}.`);
    if (record.revokedCommits?.length)
        lines.push(`Revoked commits: ${record.revokedCommits.map(c => `\`${c.replace(/[^0-9a-f]/g, '')}\``).join(', ')}.`);
    if (record.renewedCertificates?.length)
        lines.push(`Certificates renewed: ${record.renewedCertificates.map(c => (0,text_escape/* escapeMarkdown */.FV)(`${c.namespace}/${c.name} (revision ${c.oldRevision} → ${c.newRevision})`, 300)).join(', ')}.`);
    if (record.pausedSchedules.length)
        lines.push(`Schedules paused and resumed: ${record.pausedSchedules.map(s => (0,text_escape/* escapeMarkdown */.FV)(s, 253)).join(', ')}.`);
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/ledger/ledger.ts
var ledger = __webpack_require__(82420);
// EXTERNAL MODULE: ./src/ledger/revocation.ts
var ledger_revocation = __webpack_require__(58249);
// EXTERNAL MODULE: ./src/ledger/store.ts
var store = __webpack_require__(40492);
// EXTERNAL MODULE: ./src/report/file-writer.ts
var file_writer = __webpack_require__(2796);
// EXTERNAL MODULE: ./src/text/one-line.ts
var one_line = __webpack_require__(73854);
;// CONCATENATED MODULE: ./src/commands/incident.ts



















/** A step that did not succeed: the later ones do not run. */
class StepFailed extends Error {
    step;
    constructor(step, message) {
        super(message);
        this.step = step;
        this.name = 'StepFailed';
    }
}
/** Where the record is kept while the incident runs: a key of the ledger ConfigMap. */
function recordKey(id) {
    return `incident.${id}.json`;
}
async function loadRecord(config, deps) {
    const configMap = await deps.cluster.getConfigMap(config.backups.namespace, store/* LEDGER_CONFIGMAP */.X4);
    const text = configMap?.data?.[recordKey(config.id)];
    return text === undefined
        ? newRecord(config.id, config.reason, deps.now(), config.identity)
        : parseRecord(text, `incident ${config.id} in configmap ${store/* LEDGER_CONFIGMAP */.X4} (namespace ${config.backups.namespace})`);
}
/** Runs the playbook's steps in order, each timed and recorded; a dry run records nothing. */
class Playbook {
    config;
    deps;
    record;
    outputs;
    attempt;
    constructor(config, deps, record) {
        this.config = config;
        this.deps = deps;
        this.record = record;
        this.attempt = ++record.attempts;
        this.outputs = { 'incident-id': config.id };
    }
    async save() {
        if (this.config.dryRun)
            return;
        const text = JSON.stringify(this.record);
        await (0,store/* updateLedgerConfigMap */.J$)(this.deps.cluster, this.config.backups.namespace, data => ({
            ...data,
            [recordKey(this.config.id)]: text
        }));
    }
    push(step, result, started, detail) {
        const record = {
            step,
            result,
            startedAt: started.toISOString(),
            endedAt: this.deps.now().toISOString(),
            detail,
            attempt: this.attempt
        };
        this.record.steps.push(record);
        this.deps.logger.info(`incident ${this.config.id}, ${step}: ${result}: ${(0,one_line/* oneLine */.TN)(detail)}`);
    }
    /**
     * Runs a step. `work` returns what it did, or undefined when there was nothing to do (the
     * step is recorded as skipped with `skipWhy`). A step of ONCE done in an earlier run is not
     * repeated.
     */
    async step(name, work) {
        const started = this.deps.now();
        const earlier = ONCE.has(name) ? doneBefore(this.record, name) : undefined;
        if (earlier && earlier.attempt < this.attempt) {
            this.push(name, 'skipped', started, `done in run ${earlier.attempt}: ${earlier.detail}`);
            return;
        }
        try {
            const done = await work();
            if (typeof done === 'string')
                this.push(name, 'done', started, done);
            else
                this.push(name, 'skipped', started, done.skipped);
        }
        catch (error) {
            const message = (0,errors/* getErrorMessage */.u1)(error);
            this.push(name, 'failed', started, message);
            await this.save().catch(() => undefined);
            throw new StepFailed(name, message);
        }
        await this.save();
    }
    stopAfterDryRun() {
        const at = this.deps.now();
        for (const step of STEPS.slice(STEPS.indexOf('restore')))
            this.push(step, 'stopped', at, 'dry run: stopped after the plan');
    }
}
/** Step 1: pause the schedules, so that the compromised state does not become the newest backup. */
async function pauseSchedules(config, deps, record) {
    if (config.dryRun)
        return { skipped: 'dry run: no schedule paused' };
    if (config.backups.provider !== 'velero')
        return { skipped: `${config.backups.provider} has no schedules` };
    const all = await listSchedules(deps.cluster, config.backups.namespace);
    const missing = config.schedules.filter(name => !all.some(s => s.name === name));
    if (missing.length > 0)
        throw new Error(`schedule ${missing.join(', ')} does not exist in namespace ${config.backups.namespace}`);
    const wanted = all.filter(s => config.schedules.length === 0 || config.schedules.includes(s.name));
    const paused = [];
    for (const schedule of wanted.filter(s => !s.paused)) {
        await setPaused(deps.cluster, config.backups.namespace, schedule.name, true);
        paused.push(schedule.name);
    }
    // Those an earlier run paused and could not resume are still ours to resume.
    record.pausedSchedules = [...new Set([...record.pausedSchedules, ...paused])].sort();
    return paused.length > 0
        ? `paused ${paused.join(', ')}`
        : { skipped: `no schedule to pause (${wanted.length} already paused or none)` };
}
/** Step 6: resume what this incident paused (only those, and only while they are paused). */
async function resumeSchedules(config, deps, record) {
    if (record.pausedSchedules.length === 0)
        return { skipped: 'this incident paused no schedule' };
    const paused = new Set((await listSchedules(deps.cluster, config.backups.namespace))
        .filter(s => s.paused)
        .map(s => s.name));
    const resumed = [];
    for (const name of record.pausedSchedules.filter(n => paused.has(n))) {
        await setPaused(deps.cluster, config.backups.namespace, name, false);
        resumed.push(name);
    }
    return resumed.length > 0
        ? `resumed ${resumed.join(', ')}`
        : { skipped: 'the schedules this incident paused run again already' };
}
async function choose(config, deps, provider, keys, pending) {
    const sources = await (0,backup_sources/* verdictSources */.U)(deps.cluster, config.backups.namespace, keys, {
        ...(deps.verdictLookup ? { lookup: deps.verdictLookup } : {}),
        ...(config.restore.ledgerFile ? { ledgerFile: config.restore.ledgerFile } : {}),
        ...(pending ? { extra: pending } : {})
    });
    return (0,restore_plan/* planRestore */.q)(provider, keys, {
        ...(config.restore.backup ? { backup: config.restore.backup } : {}),
        reason: config.reason,
        allowUnverified: config.restore.allowUnverified,
        namespaces: config.restore.namespaces,
        mapping: config.restore.mapping,
        existingResourcePolicy: config.restore.existingResourcePolicy,
        identity: config.identity,
        labels: { [keys.incident]: (0,label_contract/* labelValue */.w)(config.id) }
    }, sources, deps.logger, deps.now());
}
/** Step 4: restore the chosen backup, once: a Restore of this incident from an earlier run is reused. */
async function restoreStep(config, deps, provider, keys, plan, playbook) {
    const wait = {
        timeoutMs: config.timeoutMs,
        intervalMs: deps.pollIntervalMs ?? cluster_wait/* POLL_INTERVAL_MS */.fv.restore,
        logger: deps.logger
    };
    const earlier = await provider.findRestores(`${keys.incident}=${(0,label_contract/* labelValue */.w)(config.id)}`);
    const done = earlier.find(r => r.succeeded);
    const running = earlier.find(r => !r.finished);
    const outputs = playbook.outputs;
    let result;
    if (done) {
        playbook.record.restore = { name: done.name, phase: done.phase };
        outputs['restore-name'] = done.name;
        outputs['restore-phase'] = done.phase;
        return { skipped: `restore ${done.name} of this incident already ended ${done.phase}` };
    }
    else if (running) {
        deps.logger.info(`waiting for restore ${running.name}, started by an earlier run of this incident`);
        playbook.record.restore = { name: running.name };
        result = await provider.waitRestore(running.name, wait);
    }
    else {
        playbook.record.restore = { name: plan.name };
        await playbook.save();
        result = await provider.restore(plan.chosen.backup, plan.request, plan.name, wait);
    }
    playbook.record.restore = {
        name: result.name,
        phase: result.phase,
        warnings: result.warnings,
        errors: result.errors
    };
    Object.assign(outputs, {
        'restore-name': result.name,
        'restore-phase': result.phase,
        'restore-warnings': String(result.warnings),
        'restore-errors': String(result.errors)
    });
    const said = (0,provider_messages/* firstErrors */.e7)((0,provider_messages/* allMessages */.gN)(result.messages, result.details));
    const detail = `restore ${result.name} of backup ${running?.backup ?? plan.chosen.backup.name}: ${result.phase}, ${result.warnings} warnings, ${result.errors} errors${said ? ` (${said})` : ''}`;
    if (!result.succeeded)
        throw new Error(detail);
    return detail;
}
async function writeRecord(config, record, outputs) {
    const json = (0,external_node_path_.join)(config.outputDir, 'incident.json');
    const markdown = (0,external_node_path_.join)(config.outputDir, 'incident.md');
    (0,file_writer/* writeFileAtomically */.lo)(json, out => out.write(`${JSON.stringify(record, null, 2)}\n`));
    (0,file_writer/* writeFileAtomically */.lo)(markdown, out => out.write(renderRecord(record)));
    outputs['incident-file'] = json;
    outputs['incident-report'] = markdown;
}
/**
 * The incident playbook as one command: pause the schedules, revoke (optional), plan, restore
 * the newest known-good backup, rotate the certificates (optional), resume the schedules, and
 * write the record. A failed step stops the later ones, resumes what it paused and says which
 * step failed; running it again with the same incident-id continues without repeating the
 * steps that are done.
 */
async function incident(config, deps) {
    const keys = (0,label_contract/* recordKeys */.IH)(config.backups.labelPrefix);
    const provider = (0,create_provider/* createProvider */.Q)(deps.cluster, config.backups, {
        now: deps.now,
        reader: deps.signedUrls
    });
    const record = await loadRecord(config, deps);
    if (record.result === 'done' && !config.dryRun) {
        deps.logger.info(`incident ${config.id} is done (it ended at ${record.endedAt ?? '?'}): nothing to do again; its record is written once more`);
        const outputs = {
            'incident-id': config.id,
            'paused-schedules': JSON.stringify(record.pausedSchedules),
            ...(record.backup ? { 'backup-name': record.backup.name } : {}),
            ...(record.restore ? { 'restore-name': record.restore.name } : {}),
            ...(record.restore?.phase ? { 'restore-phase': record.restore.phase } : {})
        };
        await writeRecord(config, record, outputs);
        await (0,summary/* writeSummary */.S)(deps, renderRecord(record));
        return { status: 'ok', outputs };
    }
    const playbook = new Playbook(config, deps, record);
    const outputs = playbook.outputs;
    let failed;
    let pending;
    try {
        await playbook.step('pause-schedules', () => pauseSchedules(config, deps, record));
        await playbook.step('revoke', async () => {
            if (!config.revocation)
                return { skipped: 'no commits named: nothing revoked' };
            const outcome = await (0,revocation/* revokeReleases */.Fk)({ ...config, target: config.revocation, id: config.id }, config.dryRun, deps);
            Object.assign(outputs, (0,revocation/* revocationOutputs */.HV)(outcome));
            record.revokedCommits = outcome.plan.commits;
            // A dry run applies nothing: the plan still has to leave out what would be revoked.
            if (config.dryRun)
                pending = {
                    schema: ledger/* LEDGER_SCHEMA */.sk,
                    revocations: [
                        (0,ledger_revocation/* revocationEntry */.Bp)(outcome.plan, { ...config.revocation, reason: config.reason }, deps.now(), config.identity)
                    ]
                };
            const backups = outcome.plan.backups.filter(b => !b.already).length;
            return `${config.dryRun ? 'would revoke' : 'revoked'} ${outcome.plan.commits.length} commit(s), ${backups} backup(s)`;
        });
        let plan;
        await playbook.step('plan', async () => {
            plan = await choose(config, deps, provider, keys, pending);
            const why = plan.notes.get(plan.chosen.backup.name) ?? '';
            record.backup = { name: plan.chosen.backup.name, why };
            outputs['backup-name'] = plan.chosen.backup.name;
            outputs.backups = JSON.stringify((0,table/* backupRows */.o)(plan.candidates));
            deps.logger.info((0,table/* backupsTable */.G)(plan.candidates, plan.notes, 'text'));
            const skipped = plan.candidates.length - 1;
            return `backup ${plan.chosen.backup.name}: ${why}; ${skipped} other backup(s) not taken (see the table)`;
        });
        if (config.dryRun) {
            playbook.stopAfterDryRun();
        }
        else {
            await playbook.step('restore', () => restoreStep(config, deps, provider, keys, plan, playbook));
            await playbook.step('rotate-certificates', async () => {
                if (!config.rotation)
                    return { skipped: 'no namespaces given: certificates left as they are' };
                const result = await (0,rotation/* rotateCertificates */.Qs)(deps.cluster, config.rotation, deps);
                (0,rotation/* logRotation */.V$)(result, deps.logger);
                Object.assign(outputs, (0,rotation/* rotationOutputs */.bu)(result));
                record.renewedCertificates = (0,rotation/* renewedList */.Hg)(result);
                record.restartedWorkloads = result.restarts.map(r => ({
                    kind: r.kind,
                    namespace: r.namespace,
                    name: r.name,
                    action: r.action
                }));
                if (result.failure)
                    throw new Error(result.failure);
                return `renewed ${record.renewedCertificates.length} of ${result.renewals.length} certificate(s), restarted ${result.restarts.filter(r => r.action === 'restarted').length} workload(s)`;
            });
        }
    }
    catch (error) {
        if (!(error instanceof StepFailed))
            throw error;
        failed = error;
    }
    // Whatever happened: what this incident paused is resumed (a dry run paused nothing).
    if (!config.dryRun) {
        try {
            await playbook.step('resume-schedules', () => resumeSchedules(config, deps, record));
        }
        catch (error) {
            if (!(error instanceof StepFailed))
                throw error;
            failed ??= error;
        }
    }
    outputs['paused-schedules'] = JSON.stringify(record.pausedSchedules);
    record.result = config.dryRun ? 'dry-run' : failed ? 'failed' : 'done';
    record.endedAt = deps.now().toISOString();
    await playbook.save();
    await writeRecord(config, record, outputs);
    await (0,summary/* writeSummary */.S)(deps, renderRecord(record));
    if (failed) {
        outputs['failed-step'] = failed.step;
        return {
            status: 'failed',
            outputs,
            failure: `incident ${config.id}: step ${failed.step} failed: ${failed.message}. The schedules it paused are resumed; run the incident again with incident-id ${config.id} to continue (steps that are done are not repeated).`
        };
    }
    return { status: 'ok', outputs };
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
                    ? new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('git is not on PATH: revoke by ancestry reads the repository history')
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
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`more than ${MAX_DESCENDANTS} commits contain ${ancestor} on the way to HEAD: name the affected commits with the commits input instead`);
            return [ancestor.toLowerCase(), ...commits.map(c => c.toLowerCase())];
        }
    };
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${input} ${sha} is not a commit of the workspace's repository${history.shallow ? ` (a shallow clone: ${_git_ancestry_js__WEBPACK_IMPORTED_MODULE_2__.FULL_HISTORY})` : ''}: check the SHA`);
    }
    if (FULL_SHA.test(sha))
        return sha;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${input} ${sha} is a short SHA and the workspace is not a git repository that could expand it: give the full 40-digit SHA`);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`introduced-in ${introduced} is an ancestor neither of HEAD nor of any backup's commit: is it the right commit, and is its branch checked out?`);
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`introduced-in needs the repository's history, and the workspace is not a git repository: run in a checkout (${_git_ancestry_js__WEBPACK_IMPORTED_MODULE_2__.FULL_HISTORY})`);
        if (history.shallow)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`introduced-in needs the whole history, and the workspace is a shallow clone, which cannot tell which commits contain another: ${_git_ancestry_js__WEBPACK_IMPORTED_MODULE_2__.FULL_HISTORY}`);
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

/***/ 2796:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lo: () => (/* binding */ writeFileAtomically)
/* harmony export */ });
/* unused harmony exports randomSuffix, ChunkedFileWriter */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _util_appender_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77145);




/** One report file's write buffer. */
const BUFFER_BYTES = 1 << 18;
/** Names tried for the temporary file before giving up (each taken one is someone else's). */
const TEMP_ATTEMPTS = 8;
/** An unpredictable suffix: nobody can plant a file or a link at the name beforehand. */
function randomSuffix() {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(8).toString('hex');
}
/**
 * Creates the temporary file exclusively (O_CREAT | O_EXCL): a name that exists, a symbolic
 * link included (even one to a missing file), is never opened, so nothing is written through a
 * link planted there. A taken name is skipped for another.
 */
function openTemp(path, suffix) {
    for (let attempt = 1;; attempt++) {
        const temp = `${path}.${suffix()}.tmp`;
        try {
            return { fd: (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(temp, 'wx', 0o644), temp };
        }
        catch (error) {
            if (error.code !== 'EEXIST' || attempt >= TEMP_ATTEMPTS)
                throw error;
        }
    }
}
/**
 * Writes a large text file piece by piece (a report of a million findings would not fit in one
 * string) to a temporary name, renamed into place on `close`: a reader never sees half a file.
 * Each piece is encoded into one reused buffer as it is given (`Appender`), so the pieces of a
 * report do not stay on the heap. The rename replaces whatever is at `path`, a symbolic link
 * too, without following it.
 */
class ChunkedFileWriter {
    path;
    fd;
    temp;
    out;
    constructor(path, suffix = randomSuffix) {
        this.path = path;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), { recursive: true });
        ({ fd: this.fd, temp: this.temp } = openTemp(path, suffix));
        this.out = new _util_appender_js__WEBPACK_IMPORTED_MODULE_3__/* .Appender */ .w(this.fd, BUFFER_BYTES);
    }
    /** Bytes given so far, written or still in the buffer. */
    get bytes() {
        return this.out.end;
    }
    write(text) {
        this.out.append(text);
    }
    close() {
        try {
            this.out.flush();
        }
        catch (error) {
            this.abort();
            throw error;
        }
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(this.fd);
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(this.temp, this.path);
        }
        catch (error) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(this.temp, { force: true });
            throw error;
        }
    }
    abort() {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(this.fd);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(this.temp, { force: true });
    }
}
/** Writes `produce`'s output to `path`, or nothing at all if it throws. */
function writeFileAtomically(path, produce) {
    const writer = new ChunkedFileWriter(path);
    try {
        produce(writer);
    }
    catch (error) {
        writer.abort();
        throw error;
    }
    writer.close();
    return writer.bytes;
}


/***/ })

};
