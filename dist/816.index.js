export const id = 816;
export const ids = [816];
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`no usable backup with verdict clean in namespace ${provider.namespace} (${candidates.length} considered): ${selection.considered.map(c => `${c.candidate.backup.name}: ${c.reason}`).join('; ') || 'there are none'}`);
    }
    return { chosen: selection.chosen, candidates, notes };
}
/** A backup named by the user: usable, and clean unless allow-unverified says otherwise. */
async function named(provider, name, options, sources, logger) {
    const backup = await provider.get(name);
    if (!backup)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`backup ${name} does not exist in namespace ${provider.namespace}`);
    const [candidate] = await (0,_verdicts_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveVerdicts */ .t)([backup], sources, logger);
    if (candidate.verdict === 'revoked')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`backup ${backup.name} is ${(0,_selection_js__WEBPACK_IMPORTED_MODULE_1__/* .revokedNote */ .zf)(candidate)}; a revoked release is never restored, allow-unverified or not: choose a backup from before it`);
    if (!backup.usable)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`backup ${backup.name} cannot be restored: ${backup.unusableReason ?? backup.phase}`);
    if (candidate.verdict !== 'clean') {
        if (!options.allowUnverified) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`backup ${backup.name} has verdict ${candidate.verdict}: set allow-unverified (with a reason) to restore it anyway`);
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

/***/ 80816:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   restore: () => (/* binding */ restore)
/* harmony export */ });
/* harmony import */ var _backup_create_provider_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33972);
/* harmony import */ var _backup_label_contract_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(39511);
/* harmony import */ var _backup_restore_plan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58210);
/* harmony import */ var _backup_sources_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(25182);
/* harmony import */ var _backup_table_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(50626);
/* harmony import */ var _cluster_wait_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(973);
/* harmony import */ var _command_provider_messages_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(49121);
/* harmony import */ var _command_summary_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(47645);
/* harmony import */ var _config_restore_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(21556);
/* harmony import */ var _text_escape_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(67388);
/* harmony import */ var _text_one_line_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(73854);











/** The workflow_dispatch stage: restore the newest known-good backup (or a named one). */
async function restore(config, deps) {
    const { logger } = deps;
    const keys = (0,_backup_label_contract_js__WEBPACK_IMPORTED_MODULE_1__/* .recordKeys */ .IH)(config.backups.labelPrefix);
    const provider = (0,_backup_create_provider_js__WEBPACK_IMPORTED_MODULE_0__/* .createProvider */ .Q)(deps.cluster, config.backups, {
        now: deps.now,
        reader: deps.signedUrls
    });
    const sources = await (0,_backup_sources_js__WEBPACK_IMPORTED_MODULE_3__/* .verdictSources */ .U)(deps.cluster, config.backups.namespace, keys, {
        ...(deps.verdictLookup ? { lookup: deps.verdictLookup } : {}),
        ...(config.ledgerFile ? { ledgerFile: config.ledgerFile } : {})
    });
    const plan = await (0,_backup_restore_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .planRestore */ .q)(provider, keys, {
        ...(config.backup === _config_restore_js__WEBPACK_IMPORTED_MODULE_8__/* .LATEST_KNOWN_GOOD */ .y$ ? {} : { backup: config.backup }),
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
    logger.info(`chosen backup: ${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_10__/* .oneLine */ .TN)(chosen.backup.name)} (${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_10__/* .oneLine */ .TN)(notes.get(chosen.backup.name) ?? '')})`);
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
        await (0,_command_summary_js__WEBPACK_IMPORTED_MODULE_7__/* .writeSummary */ .S)(deps, summary.join('\n'));
        return { status: 'ok', outputs };
    }
    const result = await provider.restore(chosen.backup, request, name, {
        timeoutMs: config.timeoutMs,
        intervalMs: deps.pollIntervalMs ?? _cluster_wait_js__WEBPACK_IMPORTED_MODULE_5__/* .POLL_INTERVAL_MS */ .fv.restore,
        logger
    });
    const said = (0,_command_provider_messages_js__WEBPACK_IMPORTED_MODULE_6__/* .allMessages */ .gN)(result.messages, result.details);
    Object.assign(outputs, {
        'restore-name': result.name,
        'restore-phase': result.phase,
        'restore-warnings': String(result.warnings),
        'restore-errors': String(result.errors),
        'restore-messages': (0,_command_provider_messages_js__WEBPACK_IMPORTED_MODULE_6__/* .messagesOutput */ .K8)(said)
    });
    summary.push(`Restore ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_9__/* .escapeMarkdown */ .FV)(result.name)}: ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_9__/* .escapeMarkdown */ .FV)(result.phase)}, ${result.warnings} warnings, ${result.errors} errors.`);
    const listed = (0,_command_provider_messages_js__WEBPACK_IMPORTED_MODULE_6__/* .messagesMarkdown */ .MD)(said);
    if (listed.length)
        summary.push('', `What ${(0,_command_provider_messages_js__WEBPACK_IMPORTED_MODULE_6__/* .speaker */ .aH)(provider.kind)} said:`, '', ...listed);
    await (0,_command_summary_js__WEBPACK_IMPORTED_MODULE_7__/* .writeSummary */ .S)(deps, summary.join('\n'));
    logger.info(`restore ${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_10__/* .oneLine */ .TN)(result.name)}: ${result.phase} (${result.warnings} warnings, ${result.errors} errors)`);
    (0,_command_provider_messages_js__WEBPACK_IMPORTED_MODULE_6__/* .logMessages */ .hA)(logger, `what ${(0,_command_provider_messages_js__WEBPACK_IMPORTED_MODULE_6__/* .speaker */ .aH)(provider.kind)} said about restore ${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_10__/* .oneLine */ .TN)(result.name)}`, said);
    if (!result.succeeded) {
        const why = (0,_command_provider_messages_js__WEBPACK_IMPORTED_MODULE_6__/* .firstErrors */ .e7)(said);
        return {
            status: 'failed',
            outputs,
            failure: `restore ${result.name} of backup ${chosen.backup.name} ended ${result.phase} (${result.errors} errors, ${result.warnings} warnings)${why ? `: ${why}` : ''}; every message is in the output restore-messages`
        };
    }
    return { status: 'ok', outputs };
}


/***/ })

};
