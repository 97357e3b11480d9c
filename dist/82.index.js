export const id = 82;
export const ids = [82];
export const modules = {

/***/ 89939:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GW: () => (/* binding */ scratchNamespace),
/* harmony export */   Jr: () => (/* binding */ restoreCheck),
/* harmony export */   L: () => (/* binding */ sourceNamespace),
/* harmony export */   M0: () => (/* binding */ drillSummary),
/* harmony export */   _8: () => (/* binding */ parseExpected),
/* harmony export */   eN: () => (/* binding */ logDrill),
/* harmony export */   or: () => (/* binding */ countCheck),
/* harmony export */   os: () => (/* binding */ drillPassed),
/* harmony export */   s3: () => (/* binding */ drillFailure),
/* harmony export */   yQ: () => (/* binding */ drillOutputs)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _text_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(67388);
/* harmony import */ var _text_one_line_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(73854);
/* harmony import */ var _util_json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74976);
/* harmony import */ var _provider_messages_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54846);





/** The short forms `--expect` takes, as kubectl spells them. */
const KINDS = Object.assign(Object.create(null), {
    configmap: { apiVersion: 'v1', kind: 'ConfigMap' },
    cm: { apiVersion: 'v1', kind: 'ConfigMap' },
    secret: { apiVersion: 'v1', kind: 'Secret' },
    service: { apiVersion: 'v1', kind: 'Service' },
    svc: { apiVersion: 'v1', kind: 'Service' },
    serviceaccount: { apiVersion: 'v1', kind: 'ServiceAccount' },
    sa: { apiVersion: 'v1', kind: 'ServiceAccount' },
    persistentvolumeclaim: { apiVersion: 'v1', kind: 'PersistentVolumeClaim' },
    pvc: { apiVersion: 'v1', kind: 'PersistentVolumeClaim' },
    pod: { apiVersion: 'v1', kind: 'Pod' },
    deployment: { apiVersion: 'apps/v1', kind: 'Deployment' },
    deploy: { apiVersion: 'apps/v1', kind: 'Deployment' },
    statefulset: { apiVersion: 'apps/v1', kind: 'StatefulSet' },
    sts: { apiVersion: 'apps/v1', kind: 'StatefulSet' },
    daemonset: { apiVersion: 'apps/v1', kind: 'DaemonSet' },
    ds: { apiVersion: 'apps/v1', kind: 'DaemonSet' },
    job: { apiVersion: 'batch/v1', kind: 'Job' },
    cronjob: { apiVersion: 'batch/v1', kind: 'CronJob' },
    ingress: { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress' },
    role: { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role' },
    rolebinding: { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'RoleBinding' }
});
const NAME = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;
/**
 * `kind/name` (a short form above, singular or plural), or `apiVersion/Kind/name` for any other
 * kind (`v1/ConfigMap/orders`, `cert-manager.io/v1/Certificate/web`). A string is what is wrong.
 */
function parseExpected(text) {
    const parts = text.trim().split('/');
    const name = parts[parts.length - 1] ?? '';
    if (!NAME.test(name) || name.length > 253)
        return 'expected kind/name with a Kubernetes name';
    if (parts.length === 2) {
        const key = parts[0].toLowerCase();
        const known = KINDS[key] ?? KINDS[key.replace(/s$/, '')];
        if (!known)
            return `unknown kind ${JSON.stringify(parts[0])}: use one of ${Object.keys(KINDS).join(', ')}, or apiVersion/Kind/name`;
        return { ...known, name, text };
    }
    if (parts.length === 3 || parts.length === 4) {
        const kind = parts[parts.length - 2];
        if (!/^[A-Z][A-Za-z0-9]*$/.test(kind))
            return 'expected apiVersion/Kind/name with the Kind as the API spells it (e.g. v1/ConfigMap/orders)';
        return { apiVersion: parts.slice(0, -2).join('/'), kind, name, text };
    }
    return 'expected kind/name or apiVersion/Kind/name';
}
/** `<source>-drill-<random>`, at most 63 characters (a namespace is a DNS label). */
function scratchNamespace(source) {
    const suffix = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(3).toString('hex');
    return `${source.slice(0, 63 - '-drill-'.length - suffix.length).replace(/-+$/, '')}-drill-${suffix}`;
}
/** The namespace of the backup a drill restores: the one asked for, or the backup's only one. */
function sourceNamespace(backup, asked) {
    const included = Array.isArray(backup.spec?.includedNamespaces)
        ? backup.spec.includedNamespaces.filter((n) => typeof n === 'string')
        : [];
    const all = included.length === 0 || included.includes('*');
    if (asked) {
        if (!all && !included.includes(asked))
            return {
                problem: `backup ${backup.metadata.name} holds namespaces ${included.join(', ')}, not ${asked}`
            };
        return { namespace: asked };
    }
    if (!all && included.length === 1)
        return { namespace: included[0] };
    return {
        problem: `backup ${backup.metadata.name} holds ${all ? 'every namespace' : `namespaces ${included.join(', ')}`}: name the one to drill with restore-namespaces`
    };
}
/** Velero's count of what it restored (Restore status.progress) against what it found to restore. */
function countCheck(restore, backup) {
    const progress = (restore.status?.progress ?? {});
    const restored = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(progress.itemsRestored);
    const total = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(progress.totalItems);
    const backedUp = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)((backup.status?.progress ?? {}).itemsBackedUp);
    if (restored === undefined || total === undefined)
        return {
            name: 'items',
            passed: false,
            detail: 'the Restore reports no progress (status.progress)'
        };
    const passed = restored === total && restored > 0 && (backedUp === undefined || restored <= backedUp);
    return {
        name: 'items',
        passed,
        detail: `${restored} of ${total} items restored; the backup holds ${backedUp ?? 'an unknown number of'} items`
    };
}
/** Whether the restore itself succeeded, without an error. */
function restoreCheck(result) {
    const passed = result.succeeded && result.errors === 0;
    const why = (0,_provider_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .firstErrors */ .e7)((0,_provider_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .allMessages */ .gN)(result.messages, result.details));
    return {
        name: 'restore',
        passed,
        detail: `Restore ${result.name} ended ${result.phase} with ${result.warnings} warnings and ${result.errors} errors${why ? `: ${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_4__/* .oneLine */ .TN)(why)}` : ''}`
    };
}
function drillPassed(checks) {
    return checks.length > 0 && checks.every(c => c.passed);
}
function logDrill(outcome, logger) {
    for (const c of outcome.checks)
        logger.info(`drill ${c.name}: ${c.passed ? 'passed' : 'FAILED'}: ${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_4__/* .oneLine */ .TN)(c.detail)}`);
    logger.info(`drill of backup ${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_4__/* .oneLine */ .TN)(outcome.backup)}: ${drillPassed(outcome.checks) ? 'passed' : 'failed'}; scratch namespace ${outcome.scratch} ${outcome.kept ? 'kept' : 'deleted'}`);
}
function drillOutputs(outcome) {
    const { result } = outcome;
    return {
        'backup-name': outcome.backup,
        'restore-name': outcome.restoreName,
        'drill-namespace': outcome.scratch,
        'drill-result': drillPassed(outcome.checks) ? 'passed' : 'failed',
        'drill-checks': JSON.stringify(outcome.checks),
        ...(result
            ? {
                'restore-phase': result.phase,
                'restore-warnings': String(result.warnings),
                'restore-errors': String(result.errors)
            }
            : {})
    };
}
/** The drill command's job summary: the backup, the scratch namespace, each check. */
function drillSummary(outcome) {
    return [
        `## known-good restore drill: ${drillPassed(outcome.checks) ? 'passed' : 'failed'}`,
        '',
        `Backup ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(outcome.backup)}, namespace ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(outcome.source)} → scratch namespace ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(outcome.scratch)} (${outcome.kept ? 'kept' : 'deleted'}).`,
        '',
        '| Check | Result | Detail |',
        '| --- | --- | --- |',
        ...outcome.checks.map(c => `| ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(c.name)} | ${c.passed ? 'passed' : 'FAILED'} | ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(c.detail, 500)} |`),
        ''
    ].join('\n');
}
/** Why a drill that did not pass fails the step: each failed check. */
function drillFailure(outcome) {
    const failed = outcome.checks.filter(c => !c.passed).map(c => `${c.name}: ${c.detail}`);
    return `drill of backup ${outcome.backup} failed: ${failed.join('; ')}`;
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
