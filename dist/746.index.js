export const id = 746;
export const ids = [746];
export const modules = {

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


/***/ })

};
