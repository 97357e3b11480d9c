export const id = 669;
export const ids = [669];
export const modules = {

/***/ 49239:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G0: () => (/* binding */ backupsTable),
/* harmony export */   IB: () => (/* binding */ backupsSummary),
/* harmony export */   oO: () => (/* binding */ backupRows)
/* harmony export */ });
/* harmony import */ var _backup_selection_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(39360);
/* harmony import */ var _text_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(67388);
/* harmony import */ var _text_one_line_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73854);



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
        .sort(_backup_selection_js__WEBPACK_IMPORTED_MODULE_0__/* .newestCandidateFirst */ .yf)
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
    return [...candidates].sort(_backup_selection_js__WEBPACK_IMPORTED_MODULE_0__/* .newestCandidateFirst */ .yf).map(c => ({
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
/** The backups command's job summary: where the backups are, and the table. */
function backupsSummary(provider, candidates) {
    return `## known-good backups (${provider.kind}, namespace ${provider.namespace})\n\n${backupsTable(candidates)}\n`;
}


/***/ }),

/***/ 32669:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   listBackups: () => (/* binding */ listBackups)
/* harmony export */ });
/* harmony import */ var _catalog_catalog_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58923);
/* harmony import */ var _catalog_table_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49239);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6226);



/** The report stage: every backup with its verdict, so a person sees what is safe to restore. */
async function listBackups(config, deps) {
    const catalog = (0,_catalog_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .openCatalog */ .O)(deps, config);
    const candidates = await catalog.candidates(config.selector);
    deps.logger.info((0,_catalog_table_js__WEBPACK_IMPORTED_MODULE_1__/* .backupsTable */ .G0)(candidates, new Map(), 'text'));
    await (0,_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .writeSummary */ .S)(deps, (0,_catalog_table_js__WEBPACK_IMPORTED_MODULE_1__/* .backupsSummary */ .IB)(catalog.provider, candidates));
    return { status: 'ok', outputs: { backups: JSON.stringify((0,_catalog_table_js__WEBPACK_IMPORTED_MODULE_1__/* .backupRows */ .oO)(candidates)) } };
}


/***/ })

};
