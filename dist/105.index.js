export const id = 105;
export const ids = [105];
export const modules = {

/***/ 39360:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ selectKnownGood),
/* harmony export */   y: () => (/* binding */ newestCandidateFirst)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81151);

/** Candidates in the one backup order (newest first). */
function newestCandidateFirst(a, b) {
    return (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .newestFirst */ .ll)(a.backup, b.backup);
}
/**
 * The newest usable backup whose verdict is clean. Pure: the caller has already resolved each
 * backup's verdict (label, else commit status, else unverified). Blocked, unknown and unverified
 * backups are never chosen.
 */
function selectKnownGood(candidates) {
    const considered = [];
    let chosen;
    for (const candidate of [...candidates].sort(newestCandidateFirst)) {
        let reason;
        if (!candidate.backup.usable)
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
        `${verdict}${source === 'commit status' ? ' (commit status)' : ''}`,
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
        .sort(_selection_js__WEBPACK_IMPORTED_MODULE_0__/* .newestCandidateFirst */ .y)
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
    return [...candidates].sort(_selection_js__WEBPACK_IMPORTED_MODULE_0__/* .newestCandidateFirst */ .y).map(({ backup, verdict, source }) => ({
        name: backup.name,
        phase: backup.phase,
        usable: backup.usable,
        ...(backup.unusableReason ? { unusableReason: backup.unusableReason } : {}),
        verdict,
        verdictSource: source,
        ...(backup.commit ? { commit: backup.commit } : {}),
        ...(backup.startedAt ? { startedAt: backup.startedAt } : {}),
        ...(backup.expiresAt ? { expiresAt: backup.expiresAt } : {})
    }));
}


/***/ }),

/***/ 70274:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ resolveVerdicts)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _text_one_line_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73854);


/**
 * Each backup's verdict: its label, else the durable record of its commit (the commit status
 * the scan set), else `unverified`. A lookup that fails leaves the backup unverified.
 */
async function resolveVerdicts(backups, lookup, logger) {
    const candidates = [];
    for (const backup of backups) {
        if (backup.verdict) {
            candidates.push({ backup, verdict: backup.verdict, source: 'label' });
            continue;
        }
        const sha = backup.commitSha ?? backup.commit;
        let verdict = 'unverified';
        if (sha && lookup) {
            try {
                verdict = (await lookup.verdictOf(sha)) ?? 'unverified';
            }
            catch (error) {
                logger.warning(`could not read the commit status of ${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(sha)} for backup ${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(backup.name)}: ${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorMessage */ .u)(error))}`);
            }
        }
        candidates.push({
            backup,
            verdict,
            source: verdict === 'unverified' ? 'none' : 'commit status'
        });
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

/***/ 79105:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  restore: () => (/* binding */ restore_restore)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
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
async function latestKnownGood(provider, lookup, logger) {
    const candidates = await (0,verdicts/* resolveVerdicts */.t)(await provider.list(), lookup, logger);
    const selection = (0,backup_selection/* selectKnownGood */.J)(candidates);
    const notes = new Map(selection.considered.map(c => [c.candidate.backup.name, c.reason]));
    if (!selection.chosen) {
        throw new errors/* ConfigurationError */.j(`no usable backup with verdict clean in namespace ${provider.namespace} (${candidates.length} considered): ${selection.considered.map(c => `${c.candidate.backup.name}: ${c.reason}`).join('; ') || 'there are none'}`);
    }
    return { chosen: selection.chosen, candidates, notes };
}
/** A backup named by the user: usable, and clean unless allow-unverified says otherwise. */
async function named(provider, name, options, lookup, logger) {
    const backup = await provider.get(name);
    if (!backup)
        throw new errors/* ConfigurationError */.j(`backup ${name} does not exist in namespace ${provider.namespace}`);
    const [candidate] = await (0,verdicts/* resolveVerdicts */.t)([backup], lookup, logger);
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
function chooseBackup(provider, options, lookup, logger) {
    return options.name === undefined
        ? latestKnownGood(provider, lookup, logger)
        : named(provider, options.name, options, lookup, logger);
}

// EXTERNAL MODULE: ./src/backup/create-provider.ts + 3 modules
var create_provider = __webpack_require__(30848);
// EXTERNAL MODULE: ./src/backup/label-contract.ts
var label_contract = __webpack_require__(39511);
// EXTERNAL MODULE: ./src/backup/table.ts
var table = __webpack_require__(50626);
// EXTERNAL MODULE: ./src/cluster/wait.ts
var wait = __webpack_require__(973);
// EXTERNAL MODULE: ./src/command/summary.ts
var command_summary = __webpack_require__(47645);
// EXTERNAL MODULE: ./src/config/restore.ts
var restore = __webpack_require__(21556);
// EXTERNAL MODULE: ./src/text/escape.ts
var text_escape = __webpack_require__(67388);
// EXTERNAL MODULE: ./src/util/duration.ts
var duration = __webpack_require__(26518);
;// CONCATENATED MODULE: ./src/commands/restore.ts











/** Like `velero restore create --from-backup`, plus a random suffix: two restores of one backup in the same second must not collide. */
function restoreName(backup, now) {
    const suffix = (0,external_node_crypto_.randomBytes)(3).toString('hex');
    return `${backup}-restore-${(0,duration/* compactTimestamp */.c)(now)}-${suffix}`.slice(0, 253).toLowerCase();
}
/** The workflow_dispatch stage: restore the newest known-good backup (or a named one). */
async function restore_restore(config, deps) {
    const { logger } = deps;
    const keys = (0,label_contract/* recordKeys */.IH)(config.backups.labelPrefix);
    const provider = (0,create_provider/* createProvider */.Q)(deps.cluster, config.backups, { now: deps.now });
    const { chosen, candidates, notes } = await chooseBackup(provider, {
        ...(config.backup === restore/* LATEST_KNOWN_GOOD */.y ? {} : { name: config.backup }),
        allowUnverified: config.allowUnverified,
        reason: config.reason
    }, deps.verdictLookup, logger);
    const annotations = {
        [keys.reason]: config.reason,
        [keys.requestedBy]: config.identity.actor ?? 'unknown'
    };
    if (config.identity.runUrl)
        annotations[keys.runUrl] = config.identity.runUrl;
    const request = {
        namespaces: config.namespaces,
        mapping: config.mapping,
        existingResourcePolicy: config.existingResourcePolicy,
        annotations,
        labels: { [keys.verdict]: chosen.verdict === 'unverified' ? 'unknown' : chosen.verdict }
    };
    const name = restoreName(chosen.backup.name, deps.now());
    const outputs = {
        'backup-name': chosen.backup.name,
        verdict: chosen.verdict,
        backups: JSON.stringify((0,table/* backupRows */.o)(candidates))
    };
    logger.info(`chosen backup: ${(0,one_line/* oneLine */.TN)(chosen.backup.name)} (${(0,one_line/* oneLine */.TN)(notes.get(chosen.backup.name) ?? '')})`);
    const summary = [
        `## known-good restore${config.dryRun ? ' (dry run)' : ''}`,
        '',
        (0,table/* backupsTable */.G)(candidates, notes),
        ''
    ];
    if (config.dryRun) {
        const plan = await provider.restorePlan(chosen.backup, request, name);
        logger.info(`dry run: would create\n${JSON.stringify(plan, null, 2)}`);
        outputs['restore-name'] = name;
        outputs['restore-phase'] = 'DryRun';
        outputs.plan = JSON.stringify(plan);
        summary.push('Would create:', '', (0,text_escape/* preBlock */.DI)(JSON.stringify(plan, null, 2)));
        await (0,command_summary/* writeSummary */.S)(deps, summary.join('\n'));
        return { status: 'ok', outputs };
    }
    const result = await provider.restore(chosen.backup, request, name, {
        timeoutMs: config.timeoutMs,
        intervalMs: deps.pollIntervalMs ?? wait/* POLL_INTERVAL_MS */.fv.restore,
        logger
    });
    Object.assign(outputs, {
        'restore-name': result.name,
        'restore-phase': result.phase,
        'restore-warnings': String(result.warnings),
        'restore-errors': String(result.errors)
    });
    summary.push(`Restore ${(0,text_escape/* escapeMarkdown */.FV)(result.name)}: ${(0,text_escape/* escapeMarkdown */.FV)(result.phase)}, ${result.warnings} warnings, ${result.errors} errors.`);
    for (const message of result.messages)
        summary.push(`- ${(0,text_escape/* escapeMarkdown */.FV)(message, 500)}`);
    await (0,command_summary/* writeSummary */.S)(deps, summary.join('\n'));
    logger.info(`restore ${(0,one_line/* oneLine */.TN)(result.name)}: ${result.phase} (${result.warnings} warnings, ${result.errors} errors)`);
    if (!result.succeeded) {
        return {
            status: 'failed',
            outputs,
            failure: `restore ${result.name} from backup ${chosen.backup.name} ended ${result.phase}${result.messages.length ? `: ${result.messages.join('; ')}` : ''}`
        };
    }
    return { status: 'ok', outputs };
}


/***/ })

};
