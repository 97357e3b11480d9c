export const id = 669;
export const ids = [669];
export const modules = {

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
