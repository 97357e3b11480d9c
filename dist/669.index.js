export const id = 669;
export const ids = [669];
export const modules = {

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

/***/ 32669:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   listBackups: () => (/* binding */ listBackups)
/* harmony export */ });
/* harmony import */ var _backup_create_provider_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33972);
/* harmony import */ var _backup_label_contract_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(39511);
/* harmony import */ var _backup_sources_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(25182);
/* harmony import */ var _backup_table_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(50626);
/* harmony import */ var _backup_verdicts_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(70274);
/* harmony import */ var _command_summary_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(47645);






/** The report stage: every backup with its verdict, so a person sees what is safe to restore. */
async function listBackups(config, deps) {
    const provider = (0,_backup_create_provider_js__WEBPACK_IMPORTED_MODULE_0__/* .createProvider */ .Q)(deps.cluster, config.backups, { now: deps.now });
    const sources = await (0,_backup_sources_js__WEBPACK_IMPORTED_MODULE_2__/* .verdictSources */ .U)(deps.cluster, config.backups.namespace, (0,_backup_label_contract_js__WEBPACK_IMPORTED_MODULE_1__/* .recordKeys */ .IH)(config.backups.labelPrefix), {
        ...(deps.verdictLookup ? { lookup: deps.verdictLookup } : {}),
        ...(config.ledgerFile ? { ledgerFile: config.ledgerFile } : {})
    });
    const candidates = await (0,_backup_verdicts_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveVerdicts */ .t)(await provider.list(config.selector), sources, deps.logger);
    deps.logger.info((0,_backup_table_js__WEBPACK_IMPORTED_MODULE_3__/* .backupsTable */ .G)(candidates, new Map(), 'text'));
    const heading = `## known-good backups (${provider.kind}, namespace ${provider.namespace})`;
    await (0,_command_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .writeSummary */ .S)(deps, `${heading}\n\n${(0,_backup_table_js__WEBPACK_IMPORTED_MODULE_3__/* .backupsTable */ .G)(candidates)}\n`);
    return { status: 'ok', outputs: { backups: JSON.stringify((0,_backup_table_js__WEBPACK_IMPORTED_MODULE_3__/* .backupRows */ .o)(candidates)) } };
}


/***/ })

};
