export const id = 669;
export const ids = [669];
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

/***/ 32669:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   listBackups: () => (/* binding */ listBackups)
/* harmony export */ });
/* harmony import */ var _backup_create_provider_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30848);
/* harmony import */ var _backup_table_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50626);
/* harmony import */ var _backup_verdicts_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70274);
/* harmony import */ var _command_summary_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(47645);




/** The report stage: every backup with its verdict, so a person sees what is safe to restore. */
async function listBackups(config, deps) {
    const provider = (0,_backup_create_provider_js__WEBPACK_IMPORTED_MODULE_0__/* .createProvider */ .Q)(deps.cluster, config.backups, { now: deps.now });
    const candidates = await (0,_backup_verdicts_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveVerdicts */ .t)(await provider.list(config.selector), deps.verdictLookup, deps.logger);
    deps.logger.info((0,_backup_table_js__WEBPACK_IMPORTED_MODULE_1__/* .backupsTable */ .G)(candidates, new Map(), 'text'));
    const heading = `## known-good backups (${provider.kind}, namespace ${provider.namespace})`;
    await (0,_command_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .writeSummary */ .S)(deps, `${heading}\n\n${(0,_backup_table_js__WEBPACK_IMPORTED_MODULE_1__/* .backupsTable */ .G)(candidates)}\n`);
    return { status: 'ok', outputs: { backups: JSON.stringify((0,_backup_table_js__WEBPACK_IMPORTED_MODULE_1__/* .backupRows */ .o)(candidates)) } };
}


/***/ })

};
