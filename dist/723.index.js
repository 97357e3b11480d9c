export const id = 723;
export const ids = [723];
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

/***/ 34723:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  restore: () => (/* binding */ restore_restore)
});

// EXTERNAL MODULE: ./src/catalog/catalog.ts + 3 modules
var catalog_catalog = __webpack_require__(58923);
// EXTERNAL MODULE: ./src/backup/provider-messages.ts
var provider_messages = __webpack_require__(54846);
// EXTERNAL MODULE: ./src/text/escape.ts
var text_escape = __webpack_require__(67388);
// EXTERNAL MODULE: ./src/text/one-line.ts
var one_line = __webpack_require__(73854);
// EXTERNAL MODULE: ./src/catalog/table.ts
var table = __webpack_require__(49239);
;// CONCATENATED MODULE: ./src/catalog/restore-report.ts




/** What the log says of the choice: the backup and why. */
function chosenLine(plan) {
    const name = plan.chosen.backup.name;
    return `chosen backup: ${(0,one_line/* oneLine */.TN)(name)} (${(0,one_line/* oneLine */.TN)(plan.notes.get(name) ?? '')})`;
}
/** The outputs of a choice: the backup, its verdict, and every backup considered. */
function choiceOutputs(plan) {
    return {
        'backup-name': plan.chosen.backup.name,
        verdict: plan.chosen.verdict,
        backups: JSON.stringify((0,table/* backupRows */.oO)(plan.candidates))
    };
}
/** The restore command's job summary: the table of the choice, then what was (or would be) done. */
function restoreSummary(plan, dryRun, done) {
    return [
        `## known-good restore${dryRun ? ' (dry run)' : ''}`,
        '',
        (0,table/* backupsTable */.G0)(plan.candidates, plan.notes),
        '',
        ...done
    ].join('\n');
}
/** A dry run's outputs and summary lines: the objects the restore would create. */
function dryRunReport(plan, objects) {
    return {
        outputs: {
            'restore-name': plan.name,
            'restore-phase': 'DryRun',
            plan: JSON.stringify(objects)
        },
        lines: ['Would create:', '', (0,text_escape/* preBlock */.DI)(JSON.stringify(objects, null, 2))]
    };
}
/** The outputs of a restore that ran, with every message the backup system gave. */
function restoreOutputs(result, said) {
    return {
        'restore-name': result.name,
        'restore-phase': result.phase,
        'restore-warnings': String(result.warnings),
        'restore-errors': String(result.errors),
        'restore-messages': (0,provider_messages/* messagesOutput */.K8)(said)
    };
}
/** The summary lines of a restore that ran: its outcome and what the backup system said. */
function restoredLines(result, kind, said) {
    const lines = [
        `Restore ${(0,text_escape/* escapeMarkdown */.FV)(result.name)}: ${(0,text_escape/* escapeMarkdown */.FV)(result.phase)}, ${result.warnings} warnings, ${result.errors} errors.`
    ];
    const listed = (0,provider_messages/* messagesMarkdown */.MD)(said);
    if (listed.length)
        lines.push('', `What ${(0,provider_messages/* speaker */.aH)(kind)} said:`, '', ...listed);
    return lines;
}
/** The log of a restore that ran: its outcome, then each message. */
function logRestore(logger, kind, result, said) {
    logger.info(`restore ${(0,one_line/* oneLine */.TN)(result.name)}: ${result.phase} (${result.warnings} warnings, ${result.errors} errors)`);
    (0,provider_messages/* logMessages */.hA)(logger, `what ${(0,provider_messages/* speaker */.aH)(kind)} said about restore ${(0,one_line/* oneLine */.TN)(result.name)}`, said);
}
/** Why the step fails when the restore did not succeed: the first errors, the rest in the output. */
function restoreFailure(plan, result, said) {
    const why = (0,provider_messages/* firstErrors */.e7)(said);
    return `restore ${result.name} of backup ${plan.chosen.backup.name} ended ${result.phase} (${result.errors} errors, ${result.warnings} warnings)${why ? `: ${why}` : ''}; every message is in the output restore-messages`;
}

// EXTERNAL MODULE: ./src/config/restore.ts
var restore = __webpack_require__(21556);
// EXTERNAL MODULE: ./src/commands/summary.ts
var summary = __webpack_require__(6226);
;// CONCATENATED MODULE: ./src/commands/restore.ts





function restoreOptions(config) {
    return {
        ...(config.backup === restore/* LATEST_KNOWN_GOOD */.y$ ? {} : { backup: config.backup }),
        reason: config.reason,
        allowUnverified: config.allowUnverified,
        namespaces: config.namespaces,
        mapping: config.mapping,
        existingResourcePolicy: config.existingResourcePolicy,
        identity: config.identity
    };
}
/** A dry run: the objects the restore would create, in the log, the summary and an output. */
async function dryRun(catalog, plan, deps) {
    const objects = await catalog.restoreObjects(plan);
    deps.logger.info(`dry run: would create\n${JSON.stringify(objects, null, 2)}`);
    const report = dryRunReport(plan, objects);
    await (0,summary/* writeSummary */.S)(deps, restoreSummary(plan, true, report.lines));
    return { status: 'ok', outputs: { ...choiceOutputs(plan), ...report.outputs } };
}
/** The workflow_dispatch stage: restore the newest known-good backup (or a named one). */
async function restore_restore(config, deps) {
    const catalog = (0,catalog_catalog/* openCatalog */.O)(deps, config);
    const plan = await catalog.planRestore(restoreOptions(config));
    deps.logger.info(chosenLine(plan));
    if (config.dryRun)
        return dryRun(catalog, plan, deps);
    const result = await catalog.restore(plan, config.timeoutMs);
    const said = (0,provider_messages/* allMessages */.gN)(result.messages, result.details);
    const kind = catalog.provider.kind;
    await (0,summary/* writeSummary */.S)(deps, restoreSummary(plan, false, restoredLines(result, kind, said)));
    logRestore(deps.logger, kind, result, said);
    const outputs = { ...choiceOutputs(plan), ...restoreOutputs(result, said) };
    if (result.succeeded)
        return { status: 'ok', outputs };
    return { status: 'failed', outputs, failure: restoreFailure(plan, result, said) };
}


/***/ }),

/***/ 5040:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C8: () => (/* binding */ parseConnection),
/* harmony export */   cJ: () => (/* binding */ parseVeleroTarget),
/* harmony export */   zq: () => (/* binding */ parseBackupTarget)
/* harmony export */ });
/** How to reach the cluster, as the user gave it. */
function parseConnection(reader) {
    const connection = {
        insecureSkipTlsVerify: reader.boolean('insecure-skip-tls-verify')
    };
    const kubeconfig = reader.string('kubeconfig');
    const kubeconfigPath = reader.string('kubeconfig-path');
    const context = reader.string('context');
    if (kubeconfig)
        connection.kubeconfig = kubeconfig;
    if (kubeconfigPath)
        connection.kubeconfigPath = kubeconfigPath;
    if (context)
        connection.context = context;
    return connection;
}
function parseLabelPrefix(reader) {
    const labelPrefix = reader.string('label-prefix');
    if (!/^([a-z0-9]([-a-z0-9.]*[a-z0-9])?\/)?$/.test(labelPrefix) || labelPrefix.length > 254) {
        reader.fail('label-prefix', labelPrefix, 'expected a DNS subdomain followed by /, e.g. known-good.dev/');
    }
    return labelPrefix;
}
function parseBackupTarget(reader) {
    const labelPrefix = parseLabelPrefix(reader);
    return {
        provider: reader.enum('provider'),
        namespace: reader.string('backup-namespace'),
        labelPrefix
    };
}
/** The backup target of a command that knows Velero only (health, drill): no provider input. */
function parseVeleroTarget(reader) {
    const labelPrefix = parseLabelPrefix(reader);
    return { provider: 'velero', namespace: reader.string('backup-namespace'), labelPrefix };
}


/***/ }),

/***/ 99550:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  a: () => (/* binding */ parseIdentity),
  V: () => (/* binding */ parseWorkspace)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/run-identity.ts
function first(env, ...names) {
    for (const name of names) {
        const value = env[name];
        if (value !== undefined && value.trim() !== '')
            return value.trim();
    }
    return undefined;
}
/** What GitHub Actions, GitLab CI and Jenkins tell a job about itself. */
function identityFromEnv(env) {
    const identity = {
        commit: first(env, 'GITHUB_SHA', 'CI_COMMIT_SHA', 'GIT_COMMIT'),
        repository: first(env, 'GITHUB_REPOSITORY', 'CI_PROJECT_PATH', 'JOB_NAME'),
        runId: first(env, 'GITHUB_RUN_ID', 'CI_PIPELINE_ID', 'BUILD_NUMBER'),
        runAttempt: first(env, 'GITHUB_RUN_ATTEMPT'),
        eventName: first(env, 'GITHUB_EVENT_NAME', 'CI_PIPELINE_SOURCE'),
        ref: first(env, 'GITHUB_REF', 'CI_COMMIT_REF_NAME', 'GIT_BRANCH'),
        workflow: first(env, 'GITHUB_WORKFLOW'),
        actor: first(env, 'GITHUB_ACTOR', 'GITLAB_USER_LOGIN', 'BUILD_USER_ID', 'USER')
    };
    const server = first(env, 'GITHUB_SERVER_URL');
    if (server && identity.repository && identity.runId && env.GITHUB_ACTIONS === 'true') {
        identity.runUrl = `${server}/${identity.repository}/actions/runs/${identity.runId}`;
    }
    else {
        identity.runUrl = first(env, 'CI_JOB_URL', 'BUILD_URL');
    }
    for (const key of Object.keys(identity)) {
        if (identity[key] === undefined)
            delete identity[key];
    }
    return identity;
}

// EXTERNAL MODULE: ./src/config/inputs.ts + 2 modules
var inputs = __webpack_require__(92294);
;// CONCATENATED MODULE: ./src/config/common.ts




/** The repository root (an existing directory); `cwd` unless the input names another. */
function parseWorkspace(reader, cwd) {
    const text = reader.string('workspace') ?? cwd;
    const path = (0,external_node_path_.resolve)(cwd, text);
    const isDirectory = (0,external_node_fs_.statSync)(path, { throwIfNoEntry: false })?.isDirectory() === true;
    if (!isDirectory)
        reader.fail('workspace', text, 'expected an existing directory (the repository root)');
    return path;
}
/** Which run this is: the CI's environment, with the commit and run-url inputs over it. */
function parseIdentity(reader, env) {
    const identity = identityFromEnv(env);
    if ((0,inputs/* appliesTo */.Gl)('commit', reader.command)) {
        const commit = reader.string('commit');
        if (commit !== undefined) {
            if (!/^[0-9a-f]{7,64}$/i.test(commit))
                reader.fail('commit', commit, 'expected a commit SHA (7 to 64 hex digits)');
            identity.commit = commit.toLowerCase();
        }
    }
    if ((0,inputs/* appliesTo */.Gl)('run-url', reader.command)) {
        const runUrl = reader.string('run-url');
        if (runUrl !== undefined) {
            if (!/^https?:\/\/\S+$/i.test(runUrl))
                reader.fail('run-url', runUrl, 'expected an http(s) URL');
            identity.runUrl = runUrl;
        }
    }
    return identity;
}


/***/ }),

/***/ 89463:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ parseGitHubConnection),
/* harmony export */   a: () => (/* binding */ parseGitHubScan)
/* harmony export */ });
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _github_event_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(85015);



/** The token and the repository, when the action was given a token; undefined otherwise. */
function parseGitHubConnection(reader, env) {
    if (reader.platform !== 'action')
        return undefined;
    // Read before the token, so that a bad value is an error even without one.
    const apiTimeoutMs = reader.duration('api-timeout');
    const token = reader.string('github-token');
    if (token === undefined)
        return undefined;
    const slug = env.GITHUB_REPOSITORY ?? '';
    const match = /^([\w.-]+)\/([\w.-]+)$/.exec(slug);
    if (!match)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`GITHUB_REPOSITORY is ${JSON.stringify(slug)}: expected owner/name (is this running in GitHub Actions?)`);
    return {
        token,
        apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
        serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, ''),
        repository: { owner: match[1], repo: match[2] },
        apiTimeoutMs
    };
}
/**
 * Code scanning gets the commit and ref the workflow run checked out (GITHUB_SHA, GITHUB_REF:
 * for a pull request its merge commit and refs/pull/<n>/merge), as github/codeql-action's
 * upload-sarif does by default, and the workspace as checkout_uri.
 */
function codeScanningTarget(reader, env, workspace) {
    const ref = env.GITHUB_REF ?? '';
    const commitSha = env.GITHUB_SHA ?? '';
    if (!/^refs\/(heads|tags|pull)\/\S+$/.test(ref) || !/^[0-9a-f]{40}$/i.test(commitSha))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${reader.label('code-scanning')} needs the ref and commit of the run: GITHUB_REF is ${JSON.stringify(ref)} and GITHUB_SHA ${JSON.stringify(commitSha)} (expected refs/heads/…, refs/tags/… or refs/pull/…, and a 40-digit SHA, as the runner sets them)`);
    return { ref, commitSha: commitSha.toLowerCase(), checkoutUri: (0,node_url__WEBPACK_IMPORTED_MODULE_0__.pathToFileURL)(workspace).href };
}
function parseFeedback(reader) {
    const feedback = {
        checkName: reader.string('check-name'),
        comment: reader.boolean('comment'),
        reviewComments: reader.enum('review-comments'),
        commitStatus: reader.boolean('commit-status'),
        prLabels: reader.boolean('pr-labels'),
        uploadArtifact: reader.boolean('upload-artifact'),
        artifactName: reader.string('artifact-name'),
        maxAnnotations: reader.integer('max-annotations')
    };
    return { feedback, codeScanning: reader.boolean('code-scanning') };
}
function parseGitHubScan(reader, env, readEvent, identity, workspace) {
    if (reader.platform !== 'action')
        return undefined;
    // Read on every action run, so that a bad value is an error even without a token.
    const reportingTimeoutMs = reader.duration('reporting-timeout');
    const { feedback, codeScanning } = parseFeedback(reader);
    const connection = parseGitHubConnection(reader, env);
    if (connection === undefined)
        return undefined;
    if (codeScanning)
        feedback.codeScanning = codeScanningTarget(reader, env, workspace);
    const pullRequest = (0,_github_event_js__WEBPACK_IMPORTED_MODULE_2__/* .pullRequestFromEvent */ .vR)(env.GITHUB_EVENT_NAME, readEvent());
    const sha = pullRequest?.headSha ?? identity.commit ?? env.GITHUB_SHA;
    if (sha === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('no commit to report on: set the commit input or GITHUB_SHA');
    const config = { ...connection, sha, feedback, reportingTimeoutMs };
    if (pullRequest)
        config.pullRequest = pullRequest;
    return config;
}


/***/ }),

/***/ 21556:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Au: () => (/* binding */ parseRestore),
/* harmony export */   KV: () => (/* binding */ parseMapping),
/* harmony export */   y$: () => (/* binding */ LATEST_KNOWN_GOOD)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _cluster_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5040);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99550);
/* harmony import */ var _github_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(89463);




/** The `backup` input's word for "the newest usable backup with verdict clean". */
const LATEST_KNOWN_GOOD = 'latest-known-good';
function parseMapping(reader) {
    const mapping = new Map();
    for (const entry of reader.list('namespace-mapping')) {
        const match = /^([a-z0-9-]+)\s*=\s*([a-z0-9-]+)$/.exec(entry);
        if (!match)
            reader.fail('namespace-mapping', entry, 'expected old=new with Kubernetes names');
        mapping.set(match[1], match[2]);
    }
    return mapping;
}
function parseRestore(reader, env, cwd) {
    const reason = reader.string('reason');
    if (reason === undefined)
        reader.required('reason', ' for restore: say why, it is recorded on the restore');
    const config = {
        command: 'restore',
        identity: (0,_common_js__WEBPACK_IMPORTED_MODULE_1__/* .parseIdentity */ .a)(reader, env),
        connection: (0,_cluster_js__WEBPACK_IMPORTED_MODULE_3__/* .parseConnection */ .C8)(reader),
        backups: (0,_cluster_js__WEBPACK_IMPORTED_MODULE_3__/* .parseBackupTarget */ .zq)(reader),
        timeoutMs: reader.duration('timeout'),
        backup: reader.string('backup'),
        reason,
        namespaces: reader.list('restore-namespaces'),
        mapping: parseMapping(reader),
        existingResourcePolicy: reader.enum('existing-resource-policy'),
        dryRun: reader.boolean('dry-run'),
        allowUnverified: reader.boolean('allow-unverified')
    };
    const ledger = reader.string('ledger');
    if (ledger)
        config.ledgerFile = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, ledger);
    const github = (0,_github_js__WEBPACK_IMPORTED_MODULE_2__/* .parseGitHubConnection */ .B)(reader, env);
    if (github)
        config.github = github;
    return config;
}


/***/ }),

/***/ 85015:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CO: () => (/* binding */ renewalSkipReason),
/* harmony export */   vR: () => (/* binding */ pullRequestFromEvent),
/* harmony export */   zh: () => (/* binding */ readEventFile)
/* harmony export */ });
/* unused harmony export MAX_EVENT_BYTES */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _text_one_line_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73854);
/* harmony import */ var _util_json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74976);




/**
 * "Payloads are capped at 25 MB" (https://docs.github.com/en/webhooks/webhook-events-and-payloads#payload-cap):
 * an event file larger than that is not one the runner wrote.
 */
const MAX_EVENT_BYTES = 25 * 1024 * 1024;
function eventError(path, problem) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`GITHUB_EVENT_PATH is ${JSON.stringify((0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_2__/* .truncate */ .xv)((0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .TN)(path), 300))}: ${problem}. The runner writes the webhook payload of the event there; outside GitHub Actions unset GITHUB_EVENT_PATH, or point it at that JSON file`);
}
/**
 * The webhook payload the runner wrote for the event, read by us (no library reads it at load
 * time). Unset: undefined. Set but unreadable, not a file, too large or not JSON: a
 * ConfigurationError that names GITHUB_EVENT_PATH.
 */
function readEventFile(path) {
    if (path === undefined || path === '')
        return undefined;
    let size;
    try {
        const stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path);
        if (!stats.isFile())
            throw eventError(path, 'it is not a regular file');
        size = stats.size;
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1)
            throw error;
        throw eventError(path, `it cannot be read (${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .TN)((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .getErrorMessage */ .u1)(error))})`);
    }
    if (size > MAX_EVENT_BYTES)
        throw eventError(path, `it holds ${size} bytes, more than a webhook payload (25 MB)`);
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch (error) {
        throw eventError(path, `it cannot be read (${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .TN)((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .getErrorMessage */ .u1)(error))})`);
    }
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw eventError(path, `it is not JSON (${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_2__/* .truncate */ .xv)((0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .TN)((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .getErrorMessage */ .u1)(error)), 200)})`);
    }
}
/** The pull request of a `pull_request` / `pull_request_target` event payload, if any. */
function pullRequestFromEvent(eventName, event) {
    const pull = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_3__/* .asObject */ .eB)((0,_util_json_js__WEBPACK_IMPORTED_MODULE_3__/* .asObject */ .eB)(event).pull_request);
    const head = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_3__/* .asObject */ .eB)(pull.head);
    if (typeof pull.number !== 'number' || typeof head.sha !== 'string')
        return undefined;
    const headRepo = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_3__/* .asObject */ .eB)(head.repo).full_name;
    const baseRepo = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_3__/* .asObject */ .eB)((0,_util_json_js__WEBPACK_IMPORTED_MODULE_3__/* .asObject */ .eB)(pull.base).repo).full_name;
    // pull_request_target runs with the base repository's token, which can write.
    const fork = eventName === 'pull_request' && (typeof headRepo !== 'string' || headRepo !== baseRepo);
    return { number: pull.number, headSha: head.sha, fork };
}
/**
 * In Actions, renewal runs after a merge (a push to the default branch, a merged pull request)
 * or when a person or a schedule asks (workflow_dispatch, schedule); any other event only
 * reports expiry. Returns why renewal is skipped, or undefined when it runs.
 */
function renewalSkipReason(platform, env, event) {
    // Outside Actions the person running the CLI decides.
    if (platform !== 'action')
        return undefined;
    const name = env.GITHUB_EVENT_NAME;
    const payload = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_3__/* .asObject */ .eB)(event);
    if (name === 'workflow_dispatch' || name === 'schedule')
        return undefined;
    if (name === 'push') {
        const defaultBranch = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_3__/* .asObject */ .eB)(payload.repository).default_branch;
        return typeof defaultBranch === 'string' && env.GITHUB_REF === `refs/heads/${defaultBranch}`
            ? undefined
            : `a push to ${env.GITHUB_REF ?? 'a ref'} is not a merge to the default branch`;
    }
    if (name === 'pull_request' || name === 'pull_request_target') {
        const pull = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_3__/* .asObject */ .eB)(payload.pull_request);
        return payload.action === 'closed' && pull.merged === true
            ? undefined
            : 'the pull request is not merged';
    }
    return `event ${name ?? 'unknown'} is not after a merge`;
}


/***/ })

};
