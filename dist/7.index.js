export const id = 7;
export const ids = [7];
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

/***/ 71007:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   drill: () => (/* binding */ drill)
/* harmony export */ });
/* unused harmony export SCRATCH_ROLE */
/* harmony import */ var _backup_choose_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91173);
/* harmony import */ var _backup_create_provider_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33972);
/* harmony import */ var _backup_drill_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(89939);
/* harmony import */ var _backup_label_contract_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(39511);
/* harmony import */ var _backup_restore_plan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(58210);
/* harmony import */ var _backup_retention_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(65668);
/* harmony import */ var _backup_sources_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(25182);
/* harmony import */ var _cluster_api_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(83074);
/* harmony import */ var _cluster_wait_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(973);
/* harmony import */ var _command_provider_messages_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(49121);
/* harmony import */ var _command_summary_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(47645);
/* harmony import */ var _config_restore_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(21556);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(83916);
/* harmony import */ var _text_escape_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(67388);
/* harmony import */ var _text_one_line_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(73854);















/**
 * The ClusterRole the drill binds to itself inside its scratch namespace, and only there
 * (deploy/rbac.yaml): read what was restored, delete the namespace when done.
 */
const SCRATCH_ROLE = 'known-good-drill-scratch';
const velero = (plural, namespace) => ({
    group: 'velero.io',
    version: 'v1',
    plural,
    namespace
});
/** How long a new RoleBinding may take to reach the authorizer (it reads from a cache). */
const RBAC_PROPAGATION_MS = 15_000;
/** The scratch namespace, labelled as ours, and our read access to it. */
async function createScratch(api, keys, name, backup, source) {
    await api.createNamespace({
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: {
            name,
            labels: { [keys.drill]: (0,_backup_label_contract_js__WEBPACK_IMPORTED_MODULE_3__/* .labelValue */ .w)(backup), 'app.kubernetes.io/managed-by': 'known-good' },
            annotations: { [keys.drill]: `restore drill of backup ${backup}, namespace ${source}` }
        }
    });
    const user = await api.whoAmI();
    await api.createRoleBinding(name, {
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'RoleBinding',
        metadata: { name: 'known-good-drill', labels: { [keys.drill]: (0,_backup_label_contract_js__WEBPACK_IMPORTED_MODULE_3__/* .labelValue */ .w)(backup) } },
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: SCRATCH_ROLE },
        subjects: [{ apiGroup: 'rbac.authorization.k8s.io', kind: 'User', name: user }]
    });
}
/** Reads an expected object; a 403 right after the RoleBinding was made is retried briefly. */
async function expectedCheck(api, namespace, expected, deps) {
    const found = await (0,_cluster_wait_js__WEBPACK_IMPORTED_MODULE_8__/* .pollUntil */ .g3)(`read access to ${expected.text} in namespace ${namespace}`, async () => {
        try {
            return { object: await api.getObject(expected, namespace, expected.name) };
        }
        catch (error) {
            if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_12__/* .ConfigurationError */ .j && /\(403:/.test(error.message))
                return undefined;
            throw error;
        }
    }, { timeoutMs: RBAC_PROPAGATION_MS, intervalMs: 1000, logger: deps.logger });
    return {
        name: `expect ${expected.text}`,
        passed: found.object !== undefined,
        detail: found.object
            ? `${expected.kind} ${expected.name} exists in ${namespace}`
            : `${expected.kind} ${expected.name} is not in ${namespace} after the restore`
    };
}
function restoreCheck(result) {
    const passed = result.succeeded && result.errors === 0;
    const why = (0,_command_provider_messages_js__WEBPACK_IMPORTED_MODULE_9__/* .firstErrors */ .e7)((0,_command_provider_messages_js__WEBPACK_IMPORTED_MODULE_9__/* .allMessages */ .gN)(result.messages, result.details));
    return {
        name: 'restore',
        passed,
        detail: `Restore ${result.name} ended ${result.phase} with ${result.warnings} warnings and ${result.errors} errors${why ? `: ${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_14__/* .oneLine */ .TN)(why)}` : ''}`
    };
}
/** Records the outcome on the backup: drilled-at and drill-result annotations. */
async function recordDrill(deps, config, keys, backup, passed) {
    const provider = (0,_backup_create_provider_js__WEBPACK_IMPORTED_MODULE_1__/* .createProvider */ .Q)(deps.cluster, config.backups, { now: deps.now });
    await provider.record(backup, {}, { [keys.drilledAt]: (0,_backup_retention_js__WEBPACK_IMPORTED_MODULE_5__/* .rfc3339 */ .ag)(deps.now()), [keys.drillResult]: passed ? 'passed' : 'failed' }, () => undefined);
}
/**
 * The drill stage: restore the newest known-good backup into a scratch namespace of its own
 * (namespace mapping, no cluster-scoped object), check what came back, delete the namespace and
 * record the result on the backup. It never writes to the backup's own namespace: the Restore
 * includes only that namespace, mapped to the scratch one.
 */
async function drill(config, deps) {
    const { logger, cluster } = deps;
    const namespace = config.backups.namespace;
    const keys = (0,_backup_label_contract_js__WEBPACK_IMPORTED_MODULE_3__/* .recordKeys */ .IH)(config.backups.labelPrefix);
    // With the signed-URL reader a failed drill restore says what Velero said, as restore does.
    const provider = (0,_backup_create_provider_js__WEBPACK_IMPORTED_MODULE_1__/* .createProvider */ .Q)(cluster, config.backups, {
        now: deps.now,
        reader: deps.signedUrls
    });
    const sources = await (0,_backup_sources_js__WEBPACK_IMPORTED_MODULE_6__/* .verdictSources */ .U)(cluster, namespace, keys, {
        ...(deps.verdictLookup ? { lookup: deps.verdictLookup } : {}),
        ...(config.ledgerFile ? { ledgerFile: config.ledgerFile } : {})
    });
    const { chosen } = await (0,_backup_choose_js__WEBPACK_IMPORTED_MODULE_0__/* .chooseBackup */ .S)(provider, {
        ...(config.backup === _config_restore_js__WEBPACK_IMPORTED_MODULE_11__/* .LATEST_KNOWN_GOOD */ .y$ ? {} : { name: config.backup }),
        allowUnverified: false,
        reason: 'restore drill'
    }, sources, logger);
    const backupName = chosen.backup.name;
    const backupObject = await cluster.get(velero('backups', namespace), backupName);
    if (!backupObject)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_12__/* .ConfigurationError */ .j(`backup ${backupName} disappeared from namespace ${namespace}`);
    const source = (0,_backup_drill_js__WEBPACK_IMPORTED_MODULE_2__/* .sourceNamespace */ .L)(backupObject, config.sourceNamespace);
    if ('problem' in source)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_12__/* .ConfigurationError */ .j(source.problem);
    const scratch = (0,_backup_drill_js__WEBPACK_IMPORTED_MODULE_2__/* .scratchNamespace */ .GW)(source.namespace);
    logger.info(`drill: restoring backup ${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_14__/* .oneLine */ .TN)(backupName)} (namespace ${source.namespace}) into scratch namespace ${scratch}`);
    const checks = [];
    let result;
    const name = (0,_backup_restore_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .restoreName */ .Q)(backupName, deps.now()).replace('-restore-', '-drill-');
    try {
        await createScratch(cluster, keys, scratch, backupName, source.namespace);
        const request = {
            namespaces: [source.namespace],
            mapping: new Map([[source.namespace, scratch]]),
            existingResourcePolicy: 'none',
            includeClusterResources: false,
            annotations: {
                [keys.reason]: `restore drill into scratch namespace ${scratch}`,
                [keys.requestedBy]: config.identity.actor ?? 'unknown',
                ...(config.identity.runUrl ? { [keys.runUrl]: config.identity.runUrl } : {})
            },
            labels: { [keys.verdict]: 'clean', [keys.drill]: (0,_backup_label_contract_js__WEBPACK_IMPORTED_MODULE_3__/* .labelValue */ .w)(backupName) }
        };
        result = await provider.restore(chosen.backup, request, name, {
            timeoutMs: config.timeoutMs,
            intervalMs: deps.pollIntervalMs ?? _cluster_wait_js__WEBPACK_IMPORTED_MODULE_8__/* .POLL_INTERVAL_MS */ .fv.restore,
            logger
        });
        checks.push(restoreCheck(result));
        const restoreObject = await cluster.get(velero('restores', namespace), name);
        if (restoreObject)
            checks.push((0,_backup_drill_js__WEBPACK_IMPORTED_MODULE_2__/* .countCheck */ .or)(restoreObject, backupObject));
        for (const expected of config.expect)
            checks.push(await expectedCheck(cluster, scratch, expected, deps));
    }
    catch (error) {
        // What the user must fix (a permission, a name) is no verdict on the backup: not recorded.
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_12__/* .ConfigurationError */ .j)
            throw error;
        checks.push({ name: 'drill', passed: false, detail: (0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_14__/* .oneLine */ .TN)((0,_errors_js__WEBPACK_IMPORTED_MODULE_12__/* .getErrorMessage */ .u)(error)) });
    }
    finally {
        if (!config.keep) {
            try {
                await cluster.deleteNamespace(scratch);
            }
            catch (error) {
                // Forbidden or gone: say so; the drill's result stands.
                logger.warning(`could not delete scratch namespace ${scratch}${(0,_cluster_api_js__WEBPACK_IMPORTED_MODULE_7__/* .apiStatus */ .$)(error) ? ` (HTTP ${(0,_cluster_api_js__WEBPACK_IMPORTED_MODULE_7__/* .apiStatus */ .$)(error)})` : ''}: ${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_14__/* .oneLine */ .TN)((0,_errors_js__WEBPACK_IMPORTED_MODULE_12__/* .getErrorMessage */ .u)(error))}; delete it yourself`);
            }
        }
    }
    const passed = checks.length > 0 && checks.every(c => c.passed);
    await recordDrill(deps, config, keys, backupName, passed);
    for (const c of checks)
        logger.info(`drill ${c.name}: ${c.passed ? 'passed' : 'FAILED'}: ${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_14__/* .oneLine */ .TN)(c.detail)}`);
    logger.info(`drill of backup ${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_14__/* .oneLine */ .TN)(backupName)}: ${passed ? 'passed' : 'failed'}; scratch namespace ${scratch} ${config.keep ? 'kept' : 'deleted'}`);
    const outputs = {
        'backup-name': backupName,
        'restore-name': name,
        'drill-namespace': scratch,
        'drill-result': passed ? 'passed' : 'failed',
        'drill-checks': JSON.stringify(checks)
    };
    if (result) {
        outputs['restore-phase'] = result.phase;
        outputs['restore-warnings'] = String(result.warnings);
        outputs['restore-errors'] = String(result.errors);
    }
    await (0,_command_summary_js__WEBPACK_IMPORTED_MODULE_10__/* .writeSummary */ .S)(deps, [
        `## known-good restore drill: ${passed ? 'passed' : 'failed'}`,
        '',
        `Backup ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_13__/* .escapeMarkdown */ .FV)(backupName)}, namespace ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_13__/* .escapeMarkdown */ .FV)(source.namespace)} → scratch namespace ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_13__/* .escapeMarkdown */ .FV)(scratch)} (${config.keep ? 'kept' : 'deleted'}).`,
        '',
        '| Check | Result | Detail |',
        '| --- | --- | --- |',
        ...checks.map(c => `| ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_13__/* .escapeMarkdown */ .FV)(c.name)} | ${c.passed ? 'passed' : 'FAILED'} | ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_13__/* .escapeMarkdown */ .FV)(c.detail, 500)} |`),
        ''
    ].join('\n'));
    if (passed)
        return { status: 'ok', outputs };
    return {
        status: 'failed',
        outputs,
        failure: `drill of backup ${backupName} failed: ${checks
            .filter(c => !c.passed)
            .map(c => `${c.name}: ${c.detail}`)
            .join('; ')}`
    };
}


/***/ })

};
