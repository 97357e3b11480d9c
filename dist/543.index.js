export const id = 543;
export const ids = [543];
export const modules = {

/***/ 81151:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GE: () => (/* binding */ BackupFailedError),
/* harmony export */   IA: () => (/* binding */ BEING_DELETED),
/* harmony export */   In: () => (/* binding */ EXISTING_RESOURCE_POLICIES),
/* harmony export */   NJ: () => (/* binding */ BACKUP_KINDS),
/* harmony export */   RO: () => (/* binding */ newestBackup),
/* harmony export */   ll: () => (/* binding */ newestFirst),
/* harmony export */   vx: () => (/* binding */ isBeingDeleted)
/* harmony export */ });
const BACKUP_KINDS = ['velero', 'csi'];
/** Velero's `spec.existingResourcePolicy`: `none` never overwrites an existing object. */
const EXISTING_RESOURCE_POLICIES = ['none', 'update'];
/** The unusable reason of a backup that is being deleted, whatever the provider. */
const BEING_DELETED = 'being deleted';
function isBeingDeleted(backup) {
    return backup.unusableReason === BEING_DELETED;
}
function startTime(backup) {
    const value = Date.parse(backup.startedAt ?? '');
    return Number.isNaN(value) ? Number.NEGATIVE_INFINITY : value;
}
/**
 * The one ordering of backups: newest start first; a backup without a (valid) start time is
 * older than any with one; equal times by name, so the order never depends on listing order.
 */
function newestFirst(a, b) {
    return startTime(b) - startTime(a) || (a.name < b.name ? 1 : a.name > b.name ? -1 : 0);
}
/** The backup that started last, if any. */
function newestBackup(backups) {
    return [...backups].sort(newestFirst)[0];
}
/** Terminal outcomes of creating a backup: failed, or deleted while it was awaited. */
class BackupFailedError extends Error {
    backup;
    phase;
    constructor(backup, phase, detail) {
        super(phase === 'deleted'
            ? `backup ${backup} was deleted while waiting for it to complete${detail ? ` (${detail})` : ''}: nothing to record a verdict on; take a new backup`
            : `backup ${backup} ended ${phase}${detail ? `: ${detail}` : ''}`);
        this.backup = backup;
        this.phase = phase;
        this.name = 'BackupFailedError';
    }
}


/***/ }),

/***/ 92294:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Lo: () => (/* binding */ COMMANDS),
  mc: () => (/* binding */ INPUTS),
  Qh: () => (/* binding */ INPUT_NAMES),
  Gl: () => (/* binding */ appliesTo),
  VC: () => (/* binding */ defaultText),
  q0: () => (/* binding */ describe),
  wD: () => (/* binding */ isExpressionDefault),
  j8: () => (/* binding */ outputDef)
});

// UNUSED EXPORTS: CLUSTER_COMMANDS, OUTPUTS

// EXTERNAL MODULE: ./src/backup/model.ts
var model = __webpack_require__(81151);
;// CONCATENATED MODULE: ./src/policy/policy.ts
const FAIL_ON_VALUES = ['critical', 'high', 'medium', 'low', 'note', 'none'];
function defaultPolicy() {
    return {
        failOn: 'high',
        maxCounts: {},
        newOnly: false,
        include: [],
        exclude: [],
        allowRules: [],
        denyRules: [],
        countSuppressed: false
    };
}

;// CONCATENATED MODULE: ./src/report/review-filter.ts
/**
 * reviewdog's filter modes: which findings become review comments. A module of its own so that
 * the input table (`config/inputs.ts`) names them without loading the review comments' code.
 */
const REVIEW_FILTERS = ['off', 'added', 'diff_context', 'file', 'nofilter'];

;// CONCATENATED MODULE: ./src/config/inputs.ts
/**
 * Every input of the action, which is also a flag of the CLI (`fail-on` ⇔ `--fail-on`; a
 * multi-line input is a repeatable flag), and every output. The single source for `action.yml`,
 * the README tables and `--help` (`npm run docs` regenerates the first two; a test checks they
 * match). Names are types: reading an input that is not here is a compile error, and each
 * command's reader refuses inputs that do not apply to it (ARCHITECTURE.md, "Configuration").
 */



const COMMANDS = [
    'scan',
    'label-backup',
    'restore',
    'backups',
    'rotate-certs',
    'revoke',
    'incident',
    'health',
    'drill'
];
const SCAN = ['scan'];
/** Commands that talk to a cluster. */
const CLUSTER_COMMANDS = [
    'label-backup',
    'restore',
    'backups',
    'rotate-certs',
    'revoke',
    'incident',
    'health',
    'drill'
];
/** Commands that work on backups (a provider in a namespace, our labels on them). */
const BACKUP_COMMANDS = ['label-backup', 'restore', 'backups', 'revoke', 'incident'];
/** Backup commands that know Velero only (schedules, storage locations, restores into a scratch namespace). */
const VELERO_COMMANDS = ['health', 'drill'];
/** Where the backups are and how we mark them. */
const BACKUP_TARGET_COMMANDS = [...BACKUP_COMMANDS, ...VELERO_COMMANDS];
const INPUTS = {
    command: {
        kind: 'enum',
        values: COMMANDS,
        description: 'What to do.',
        default: 'scan',
        commands: 'all',
        actionOnly: true
    },
    sarif: {
        kind: 'list',
        description: 'SARIF files, directories (every *.sarif, *.sarif.json, *.sarif.gz below) or globs, one per line, relative to the workspace. Plain or gzip. A pattern that matches no file makes the verdict unknown.',
        commands: SCAN
    },
    'path-map': {
        kind: 'list',
        description: "Paths from the scanner's machine or container, `from=to` one per line (e.g. `/src=.` for `docker run -v $PWD:/src`): a finding under `from` is at `to` (relative to the workspace) here. Without it, a path outside the workspace is mapped only when it is safe: through the run's own %SRCROOT%, or by the longest suffix that names a file in the workspace when every path of the run agrees on one root.",
        commands: SCAN
    },
    'fail-on': {
        kind: 'enum',
        values: FAIL_ON_VALUES,
        anyCase: true,
        description: 'Lowest severity that blocks; none: severity never blocks (max-counts and deny-rules still do).',
        default: 'high',
        commands: SCAN
    },
    'max-counts': {
        kind: 'list',
        description: 'Per-severity allowance, e.g. `high=2, medium=10`: block only when more are counted. Overrides fail-on for the severities named.',
        commands: SCAN
    },
    'new-only': {
        kind: 'boolean',
        description: "Count only findings whose SARIF baselineState is new (or not given); 'unchanged' and 'updated' ones do not count.",
        default: false,
        commands: SCAN
    },
    'include-paths': {
        kind: 'list',
        description: 'Path globs, one per line: when given, only findings in matching files count.',
        commands: SCAN
    },
    'exclude-paths': {
        kind: 'list',
        description: 'Path globs, one per line, whose findings do not count (e.g. `test/**`).',
        commands: SCAN
    },
    'allow-rules': {
        kind: 'list',
        description: 'Rule ids or globs (`tool:rule` to name the tool), one per line, whose findings never block.',
        commands: SCAN
    },
    'deny-rules': {
        kind: 'list',
        description: 'Rule ids or globs (`tool:rule` to name the tool), one per line, whose counted findings always block.',
        commands: SCAN
    },
    'count-suppressed': {
        kind: 'boolean',
        description: 'Count findings that the tool reports as suppressed (accepted suppressions).',
        default: false,
        commands: SCAN
    },
    annotations: {
        kind: 'boolean',
        description: 'Write the most severe findings as workflow-command annotations (GitHub shows 10 per level per step).',
        default: true,
        commands: SCAN
    },
    'output-dir': {
        kind: 'string',
        description: 'Directory for the report files, relative to the workspace: scan writes the verdict JSON, Markdown, merged SARIF, JUnit XML and GitLab Code Quality JSON; revoke writes the revocation ledger (revocations.json).',
        default: 'known-good-report',
        commands: ['scan', 'revoke', 'incident']
    },
    'github-token': {
        kind: 'string',
        description: "Token for GitHub: scan writes the check run, pull request comment, review comments, commit status and labels (checks: write, pull-requests: write, statuses: write; with code-scanning also security-events: write; see Permissions); restore, backups, health and drill read the commit status known-good/verdict of the backups' commits (statuses: read); revoke and incident set it to failure on the revoked commits (statuses: write).",
        default: '${{ github.token }}',
        commands: ['scan', 'restore', 'backups', 'revoke', 'incident', 'health', 'drill'],
        actionOnly: true,
        secret: true
    },
    'check-name': {
        kind: 'string',
        description: 'Name of the check run (and of the sticky comment it owns).',
        default: 'known-good',
        commands: SCAN,
        actionOnly: true
    },
    comment: {
        kind: 'boolean',
        description: 'Keep one sticky pull request comment with the verdict, updated in place on every run.',
        default: true,
        commands: SCAN,
        actionOnly: true
    },
    'review-comments': {
        kind: 'enum',
        values: REVIEW_FILTERS,
        description: 'Review comments on the pull request: added (findings on added lines), diff_context (on lines inside diff hunks), file (also file-level comments for other lines of changed files), nofilter (same as file: GitHub takes review comments only on changed files).',
        default: 'off',
        commands: SCAN,
        actionOnly: true
    },
    'commit-status': {
        kind: 'boolean',
        description: 'Set the commit status known-good/verdict on the commit: the durable record that restore consults.',
        default: true,
        commands: SCAN,
        actionOnly: true
    },
    'pr-labels': {
        kind: 'boolean',
        description: 'Label the pull request known-good:clean, known-good:blocked or known-good:unknown.',
        default: false,
        commands: SCAN,
        actionOnly: true
    },
    'upload-artifact': {
        kind: 'boolean',
        description: 'Upload the verdict JSON, merged SARIF and Markdown report as a workflow artifact.',
        default: true,
        commands: SCAN,
        actionOnly: true
    },
    'artifact-name': {
        kind: 'string',
        description: 'Name of the report artifact.',
        default: 'known-good-report',
        commands: SCAN,
        actionOnly: true
    },
    'max-annotations': {
        kind: 'integer',
        min: 0,
        description: 'Check run annotations at most (50 per request; GitHub writes are spaced a second apart, so 1,000 take about 20 s): findings on lines the pull request changed first, then the most severe. The check run summary says how many are not annotated and where the full list is; 0 sends none.',
        default: 1000,
        commands: SCAN,
        actionOnly: true
    },
    'code-scanning': {
        kind: 'boolean',
        description: 'Upload the findings to GitHub code scanning (needs security-events: write): one category per tool and run, split into several uploads where GitHub limits require, then wait up to 2 minutes for processing. Without the permission: one warning, the verdict is unchanged.',
        default: false,
        commands: SCAN,
        actionOnly: true
    },
    'api-timeout': {
        kind: 'duration',
        description: 'How long one request to GitHub or the artifact service may take, answer and body included. A request that takes longer is given up and not retried: its channel is skipped with a warning, the verdict is unchanged.',
        default: '60s',
        commands: ['scan', 'restore', 'backups', 'revoke', 'incident', 'health', 'drill'],
        actionOnly: true
    },
    'reporting-timeout': {
        kind: 'duration',
        description: 'How long scan may report to GitHub in all (check run, comment, reviews, status, labels, artifact, code scanning). The verdict outputs are set before reporting starts; what is not done in time is skipped with a warning, the verdict is unchanged.',
        default: '5m',
        commands: SCAN,
        actionOnly: true
    },
    kubeconfig: {
        kind: 'string',
        description: 'Kubeconfig content (YAML or base64) from a secret. Without it: kubeconfig-path, then $KUBECONFIG (as set by azure/aks-set-context, google-github-actions/get-gke-credentials or aws eks update-kubeconfig), then the in-cluster service account. Tokens and keys are masked.',
        commands: CLUSTER_COMMANDS,
        secret: true
    },
    'kubeconfig-path': {
        kind: 'string',
        description: 'Path of a kubeconfig file.',
        commands: CLUSTER_COMMANDS
    },
    context: {
        kind: 'string',
        description: 'Kubeconfig context to use (default: its current-context).',
        commands: CLUSTER_COMMANDS
    },
    'insecure-skip-tls-verify': {
        kind: 'boolean',
        description: 'Do not verify the API server certificate. Insecure: anyone on the network path can read and change the traffic. Always warned about.',
        default: false,
        commands: CLUSTER_COMMANDS
    },
    provider: {
        kind: 'enum',
        values: model/* BACKUP_KINDS */.NJ,
        description: 'Backup system: velero (Backup/Restore/Schedule objects) or csi (VolumeSnapshots of PVCs).',
        default: 'velero',
        commands: BACKUP_COMMANDS
    },
    'backup-namespace': {
        kind: 'string',
        description: "Where the backups live: Velero's namespace, or for csi the application's namespace (its PVCs and VolumeSnapshots).",
        default: 'velero',
        commands: BACKUP_TARGET_COMMANDS
    },
    'label-prefix': {
        kind: 'string',
        description: 'Prefix of the labels and annotations written on cluster objects (a stable contract: select on it).',
        default: 'known-good.dev/',
        commands: BACKUP_TARGET_COMMANDS
    },
    'verdict-file': {
        kind: 'string',
        description: "The scan's verdict record (verdict.json) to put on the backup.",
        default: 'known-good-report/verdict.json',
        commands: ['label-backup']
    },
    'backup-name': {
        kind: 'string',
        description: 'The pre-release backup to label, by name.',
        commands: ['label-backup']
    },
    'backup-selector': {
        kind: 'string',
        description: 'Label selector: label-backup takes the newest matching backup; backups lists only matching ones.',
        commands: ['label-backup', 'backups']
    },
    schedule: {
        kind: 'string',
        description: 'Velero schedule: label its newest backup, or with create, take a new backup from its template (named like velero backup create --from-schedule).',
        commands: ['label-backup']
    },
    'pvc-selector': {
        kind: 'string',
        description: 'csi with create: label selector of the PVCs to snapshot.',
        commands: ['label-backup']
    },
    'snapshot-class': {
        kind: 'string',
        description: 'csi with create: VolumeSnapshotClass to use (default: the cluster default).',
        commands: ['label-backup']
    },
    create: {
        kind: 'boolean',
        description: 'Create the pre-release backup now (from schedule, or of the PVCs pvc-selector picks) with the verdict labels set at creation, so they are stored with the backup.',
        default: false,
        commands: ['label-backup']
    },
    wait: {
        kind: 'boolean',
        description: 'Wait until the backup is usable (Completed / readyToUse) before labelling it done.',
        default: true,
        commands: ['label-backup']
    },
    backup: {
        kind: 'string',
        description: 'Which backup to restore (or drill): latest-known-good (the newest usable backup with verdict clean) or a name.',
        default: 'latest-known-good',
        commands: ['restore', 'incident', 'drill']
    },
    reason: {
        kind: 'string',
        description: 'Why: recorded on the Restore (restore) or with the revocation, on the backups, the commit statuses and in the ledger (revoke). Required for both.',
        commands: ['restore', 'revoke', 'incident']
    },
    'restore-namespaces': {
        kind: 'list',
        description: "Restore only these namespaces, one per line (default: everything in the backup). drill: the one namespace of the backup to restore into the scratch namespace (default: the backup's only namespace).",
        commands: ['restore', 'incident', 'drill']
    },
    'namespace-mapping': {
        kind: 'list',
        description: 'old=new, one per line: restore a namespace (Velero) or a PVC (csi) under another name.',
        commands: ['restore', 'incident']
    },
    'existing-resource-policy': {
        kind: 'enum',
        values: model/* EXISTING_RESOURCE_POLICIES */.In,
        description: 'none: Velero never overwrites existing objects; update: it updates them.',
        default: 'none',
        commands: ['restore', 'incident']
    },
    'dry-run': {
        kind: 'boolean',
        description: 'Change nothing: restore shows the backup it would choose and the full object it would create; revoke lists the commits, backups and statuses it would mark.',
        default: false,
        commands: ['restore', 'revoke', 'incident']
    },
    'allow-unverified': {
        kind: 'boolean',
        description: 'Allow restoring a named backup whose verdict is blocked, unknown or missing. Needs a reason.',
        default: false,
        commands: ['restore', 'incident']
    },
    commits: {
        kind: 'list',
        description: 'revoke: the commit SHAs of the compromised releases, one per line (or repeat the flag).',
        commands: ['revoke', 'incident']
    },
    'introduced-in': {
        kind: 'string',
        description: 'revoke: the commit that introduced the vulnerability; every commit that contains it (by git ancestry in the workspace, which needs the full history: fetch-depth: 0) is revoked.',
        commands: ['revoke', 'incident']
    },
    'fixed-in': {
        kind: 'string',
        description: 'revoke with introduced-in: the commit that fixed it; commits that contain the fix are not revoked.',
        commands: ['revoke', 'incident']
    },
    'incident-id': {
        kind: 'string',
        description: 'incident: names the incident (lower-case letters, digits, . and -): its Restore, its revocation and its progress carry it, so that running it again continues where it stopped instead of starting over.',
        default: '${{ github.run_id }}',
        cliDefault: '$GITHUB_RUN_ID, $CI_PIPELINE_ID or $BUILD_NUMBER',
        commands: ['incident']
    },
    schedules: {
        kind: 'list',
        description: 'incident: the Velero schedules to pause while it runs, one per line (default: every schedule of the backup namespace that is not paused); only those it paused are resumed. health: the schedules to check, with their backups (default: every schedule, and the backups of none).',
        commands: ['incident', 'health']
    },
    ledger: {
        kind: 'string',
        description: "A revocation ledger file (revocations.json, written by revoke) to honour besides the cluster's own ledger: for a fresh cluster that has only the bucket.",
        commands: ['restore', 'backups', 'incident', 'health', 'drill']
    },
    timeout: {
        kind: 'duration',
        description: 'How long to wait for a backup to become usable, a restore (or drill) to finish or certificates to be re-issued.',
        default: '30m',
        commands: ['label-backup', 'restore', 'rotate-certs', 'incident', 'drill']
    },
    namespaces: {
        kind: 'list',
        description: 'rotate-certs: namespaces of the certificates, one per line.',
        commands: ['rotate-certs', 'incident']
    },
    certificates: {
        kind: 'list',
        description: 'rotate-certs: certificate names, one per line (default: every certificate the selector picks in the namespaces).',
        commands: ['rotate-certs', 'incident']
    },
    'certificate-selector': {
        kind: 'string',
        description: 'rotate-certs: label selector of the certificates.',
        commands: ['rotate-certs', 'incident']
    },
    renew: {
        kind: 'boolean',
        description: 'rotate-certs: re-issue the certificates (as cmctl renew does) and wait until each really has a new revision and a new certificate in its Secret. Off by default; in Actions it runs only after a merge (push to the default branch, a merged pull request) or on workflow_dispatch.',
        default: false,
        commands: ['rotate-certs']
    },
    'restart-workloads': {
        kind: 'boolean',
        description: 'rotate-certs: restart (like kubectl rollout restart) the Deployments, StatefulSets and DaemonSets that use a renewed Secret through subPath mounts or env, and wait for their rollout. Workloads annotated for Reloader are left to it; paused ones are reported.',
        default: true,
        commands: ['rotate-certs', 'incident']
    },
    'expiry-warning-days': {
        kind: 'integer',
        min: 0,
        description: 'rotate-certs: warn about certificates that expire within this many days.',
        default: 30,
        commands: ['rotate-certs', 'incident']
    },
    concurrency: {
        kind: 'integer',
        min: 1,
        description: 'rotate-certs: certificates renewed at once.',
        default: 10,
        commands: ['rotate-certs', 'incident']
    },
    workspace: {
        kind: 'string',
        description: 'Repository root that SARIF paths and the verdict file are relative to; for revoke, the git history that decides which commits contain introduced-in.',
        default: '${{ github.workspace }}',
        cliDefault: 'the current directory',
        commands: ['scan', 'label-backup', 'revoke', 'incident']
    },
    commit: {
        kind: 'string',
        description: 'Commit SHA the verdict is for.',
        default: '${{ github.event.pull_request.head.sha || github.sha }}',
        cliDefault: '$GITHUB_SHA, $CI_COMMIT_SHA or $GIT_COMMIT',
        commands: ['scan', 'label-backup']
    },
    'run-url': {
        kind: 'string',
        description: 'Link to the CI run, recorded with the verdict (and on a restore or revocation).',
        default: '${{ github.server_url }}/${{ github.repository }}/actions/runs/${{ github.run_id }}',
        cliDefault: '$CI_JOB_URL (GitLab) or $BUILD_URL (Jenkins)',
        commands: ['scan', 'label-backup', 'restore', 'revoke', 'incident', 'drill']
    },
    'schedule-tolerance': {
        kind: 'number',
        above: 1,
        description: "health: how old a schedule's newest backup may get, in intervals of its own cron schedule, before the schedule counts as stale (1.5: one run missed, with half an interval to spare).",
        default: 1.5,
        commands: ['health']
    },
    'max-known-good-age': {
        kind: 'duration',
        description: 'health: the oldest the newest usable clean backup may be (the recovery point objective the team accepts).',
        default: '48h',
        commands: ['health']
    },
    'protect-known-good': {
        kind: 'integer',
        min: 0,
        description: "Retention guard: keep the newest N usable clean backups of each schedule from Velero's garbage collection (their status.expiration is extended, the original kept in an annotation, and given back once N newer clean backups exist). Blocked, unknown, unverified and revoked backups are never protected. 0: off.",
        default: 0,
        commands: ['health', 'label-backup']
    },
    'protect-margin': {
        kind: 'duration',
        description: 'Retention guard: a protected backup that expires within this margin gets an expiration of twice the margin from now. Run the guard more often than the margin.',
        default: '72h',
        commands: ['health', 'label-backup']
    },
    'skip-checks': {
        kind: 'list',
        description: 'health: checks to switch off, one per line: schedule-age, last-backup, known-good-age, known-good-expiry, storage, posture, drill.',
        commands: ['health']
    },
    'require-encryption': {
        kind: 'boolean',
        description: 'health: storage posture findings (plain http, no server-side encryption, the default repository password) fail the check instead of warning.',
        default: false,
        commands: ['health']
    },
    'metrics-file': {
        kind: 'string',
        description: "health: write the metrics in Prometheus text format to this file, atomically (for node_exporter's textfile collector: a file ending in .prom in its directory).",
        commands: ['health']
    },
    expect: {
        kind: 'list',
        description: 'drill: objects that must exist in the scratch namespace after the restore, one per line as kind/name (e.g. configmap/orders, deployment/web).',
        commands: ['drill']
    },
    keep: {
        kind: 'boolean',
        description: 'drill: keep the scratch namespace for inspection instead of deleting it (delete it yourself afterwards).',
        default: false,
        commands: ['drill']
    }
};
const INPUT_NAMES = Object.keys(INPUTS);
/** True when the input is read by `command`. */
function appliesTo(name, command) {
    const commands = INPUTS[name].commands;
    return commands === 'all' || commands.includes(command);
}
/** A default that the runner fills in (`${{ … }}`): always "given" in Actions, never a value here. */
function isExpressionDefault(def) {
    return def.kind === 'string' && def.default?.includes('${{') === true;
}
/** The description with what the table knows: allowed values, the unit, the minimum. */
function describe(def) {
    switch (def.kind) {
        case 'enum':
            return `${def.description} One of: ${def.values.join(', ')}.`;
        case 'integer':
            return `${def.description} A whole number of at least ${def.min}.`;
        case 'duration':
            return `${def.description} A duration: 90s, 30m, 1h30m, 7d.`;
        case 'number':
            return `${def.description} A number greater than ${def.above}.`;
        default:
            return def.description;
    }
}
/** The default as action.yml writes it. */
function defaultText(def) {
    if (def.kind === 'list')
        return undefined;
    return def.default === undefined ? undefined : String(def.default);
}
const OUTPUTS = {
    verdict: {
        description: '`clean`, `blocked` or `unknown` (scan); the verdict of the backup labelled (label-backup) or chosen (restore).',
        commands: ['scan', 'label-backup', 'restore']
    },
    reasons: { description: 'Why, one reason per line.', commands: SCAN },
    counts: {
        description: 'JSON: counted findings per severity, plus totals (findings, blocking, suppressed, excluded, allowed, existing, fixed, duplicates).',
        commands: SCAN,
        json: true
    },
    'verdict-file': { description: 'Path of the verdict record (JSON).', commands: SCAN },
    'sarif-file': { description: 'Path of the merged SARIF.', commands: SCAN },
    'sarif-sha256': {
        description: 'SHA-256 over the SHA-256 of every input SARIF file.',
        commands: SCAN
    },
    'report-dir': { description: 'Directory holding every report file.', commands: SCAN },
    'check-run-id': { description: 'Id of the check run (action).', commands: SCAN },
    'check-run-url': { description: 'Link to the check run (action).', commands: SCAN },
    'comment-url': {
        description: 'Link to the sticky pull request comment (action).',
        commands: SCAN
    },
    'review-comments': {
        description: 'Number of review comments posted by this run (action).',
        commands: SCAN
    },
    'artifact-id': { description: 'Id of the uploaded report artifact (action).', commands: SCAN },
    'artifact-url': { description: 'Link to the uploaded report artifact (action).', commands: SCAN },
    'code-scanning-ids': {
        description: 'JSON: the ids of the code scanning SARIF uploads (action, code-scanning).',
        commands: SCAN,
        json: true
    },
    'code-scanning-urls': {
        description: 'JSON: the API links of the code scanning SARIF uploads, where their processing status is (action, code-scanning).',
        commands: SCAN,
        json: true
    },
    'code-scanning-status': {
        description: '`complete`, `failed` (GitHub refused the analysis; the warning says why) or `pending` (still processing when the wait ended) (action, code-scanning).',
        commands: SCAN
    },
    'github-degraded': {
        description: '`true` when GitHub refused writes (403/404, e.g. a fork pull request) and only the job summary and annotations carry the verdict.',
        commands: SCAN
    },
    'backup-name': {
        description: 'The backup labelled (label-backup) or chosen (restore, drill).',
        commands: ['label-backup', 'restore', 'incident', 'drill']
    },
    'backup-created': {
        description: '`true` when label-backup created the backup.',
        commands: ['label-backup']
    },
    labels: {
        description: 'JSON: the labels written on the backup.',
        commands: ['label-backup'],
        json: true
    },
    'restore-name': {
        description: 'The Restore (or, for csi, the restore id of the new PVCs).',
        commands: ['restore', 'incident', 'drill']
    },
    'restore-phase': {
        description: 'Terminal phase of the restore (`DryRun` for a dry run).',
        commands: ['restore', 'incident', 'drill']
    },
    'restore-warnings': {
        description: 'Warnings the restore reported.',
        commands: ['restore', 'incident', 'drill']
    },
    'restore-errors': {
        description: 'Errors the restore reported.',
        commands: ['restore', 'incident', 'drill']
    },
    'restore-messages': {
        description: "JSON: what Velero said about the restore (`errors`, `warnings`: each `{scope, message}` with scope status, velero, cluster or namespace <name>; `omitted`; `unavailable` when its results file could not be read). Velero's Restore counts them; the text is in its results file in object storage, read as `velero restore describe` does.",
        commands: ['restore'],
        json: true
    },
    'backup-messages': {
        description: 'JSON: what Velero said about a backup that failed, in the same form as restore-messages (from its status, its storage location, its results file or the errors of its log).',
        commands: ['label-backup'],
        json: true
    },
    plan: {
        description: 'JSON (dry run): the objects the restore would create.',
        commands: ['restore'],
        json: true
    },
    backups: {
        description: 'JSON: every backup with its phase, usability and verdict.',
        commands: ['backups', 'restore', 'incident'],
        json: true
    },
    renewed: {
        description: 'JSON: the certificates re-issued, with their old and new revision.',
        commands: ['rotate-certs', 'incident'],
        json: true
    },
    skipped: {
        description: 'JSON: the certificates not renewed, with the reason (e.g. already issuing).',
        commands: ['rotate-certs', 'incident'],
        json: true
    },
    restarted: {
        description: 'JSON: the workloads restarted (or reported, when they cannot be restarted) and why.',
        commands: ['rotate-certs', 'incident'],
        json: true
    },
    'revocation-id': {
        description: 'Id of the revocation in the ledger (the same inputs give the same id).',
        commands: ['revoke', 'incident']
    },
    'revoked-commits': {
        description: 'JSON: the full SHAs of the commits revoked.',
        commands: ['revoke', 'incident'],
        json: true
    },
    'revoked-backups': {
        description: 'JSON: the backups marked revoked, with the verdict each had before (or, in a dry run, would be).',
        commands: ['revoke', 'incident'],
        json: true
    },
    'ledger-file': {
        description: 'Path of the revocation ledger written (revocations.json).',
        commands: ['revoke', 'incident']
    },
    'incident-id': {
        description: 'The incident (the incident-id input, or the CI run id).',
        commands: ['incident']
    },
    'incident-file': {
        description: 'Path of incident.json: the timeline of every step, the evidence an auditor asks for.',
        commands: ['incident']
    },
    'incident-report': {
        description: 'Path of incident.md, the same timeline for people.',
        commands: ['incident']
    },
    'failed-step': {
        description: 'The step that failed (run the incident again with the same incident-id to continue).',
        commands: ['incident']
    },
    'paused-schedules': {
        description: 'JSON: the schedules the incident paused (and resumed).',
        commands: ['incident'],
        json: true
    },
    expiry: {
        description: 'JSON: every selected certificate with its expiry, renewal time, days left and warning.',
        commands: ['rotate-certs', 'incident'],
        json: true
    },
    healthy: {
        description: '`true` when no health check failed, else `false`.',
        commands: ['health']
    },
    'failed-checks': {
        description: 'JSON: each failed check as one line (check: what is wrong and what to change).',
        commands: ['health'],
        json: true
    },
    health: {
        description: 'JSON: the whole report: every check, schedule, group of backups, storage location and posture finding.',
        commands: ['health'],
        json: true
    },
    'metrics-file': {
        description: 'Path of the Prometheus text file written (with metrics-file).',
        commands: ['health']
    },
    'protected-backups': {
        description: 'JSON: what the retention guard did: the backups whose expiration it extended or gave back, with the times.',
        commands: ['health', 'label-backup'],
        json: true
    },
    'drill-namespace': {
        description: 'The scratch namespace the drill restored into (gone unless keep).',
        commands: ['drill']
    },
    'drill-result': {
        description: '`passed` or `failed`, as recorded on the backup.',
        commands: ['drill']
    },
    'drill-checks': {
        description: 'JSON: what the drill verified (restore phase, item counts, each expected object) and the outcome of each.',
        commands: ['drill'],
        json: true
    }
};
function outputDef(name) {
    return OUTPUTS[name];
}


/***/ }),

/***/ 83916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f8: () => (/* binding */ errorKind),
/* harmony export */   j1: () => (/* binding */ ConfigurationError),
/* harmony export */   s7: () => (/* binding */ ServiceUnreachableError),
/* harmony export */   u1: () => (/* binding */ getErrorMessage)
/* harmony export */ });
/**
 * A problem the user can fix (bad input, bad SARIF, a missing permission). Its message says
 * what to change. `input` names the input at fault, as the input table spells it, when there
 * is one: `--json` hands it to a pipeline (ARCHITECTURE.md, "Errors").
 */
class ConfigurationError extends Error {
    input;
    constructor(message, options) {
        super(message, options);
        this.name = 'ConfigurationError';
        this.input = options?.input;
    }
}
/**
 * A service did not answer or refused us: DNS, a refused or reset connection, TLS, a timeout,
 * 401/403 on the first call. Not the user's input and not a bug: its own exit code, and a
 * message that names the server and the cause, never a secret.
 */
class ServiceUnreachableError extends Error {
    service;
    server;
    reason;
    constructor(service, server, reason, options) {
        super(`${SERVICE_NAMES[service]} at ${server} is unreachable: ${reason}`, options);
        this.service = service;
        this.server = server;
        this.reason = reason;
        this.name = 'ServiceUnreachableError';
    }
}
const SERVICE_NAMES = {
    kubernetes: 'the Kubernetes API server',
    github: 'the GitHub API',
    gitlab: 'the GitLab API'
};
function errorKind(error) {
    if (error instanceof ConfigurationError)
        return 'configuration';
    if (error instanceof ServiceUnreachableError)
        return 'unreachable';
    return 'unexpected';
}
/** The message of anything thrown, including values that are not `Error`s. */
function getErrorMessage(error) {
    // Not only `instanceof Error`: errors from another realm (a VM context, a worker) are Errors too.
    if (error instanceof Error)
        return error.message;
    if (typeof error === 'string')
        return error;
    const message = error?.message;
    if (typeof message === 'string')
        return message;
    try {
        return `non-Error thrown: ${JSON.stringify(error)}`;
    }
    catch {
        return `non-Error thrown: ${String(error)}`;
    }
}


/***/ }),

/***/ 86999:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ neutraliseCommands),
/* harmony export */   C: () => (/* binding */ ConsoleLogger)
/* harmony export */ });
/**
 * A line that the Actions runner would read as a workflow command (`::name ...::`) once its
 * leading white space is trimmed. Prefixing a zero-width space keeps the text readable while the
 * runner no longer sees `::` at the start.
 */
function neutraliseCommands(text) {
    return text
        .split('\n')
        .map(line => (line.trimStart().startsWith('::') ? `\u200b${line}` : line))
        .join('\n');
}
/** Prints lines for a terminal or another CI's log (stderr when stdout carries `--json` output). */
class ConsoleLogger {
    out;
    verbose;
    secrets = [];
    constructor(out, verbose = false) {
        this.out = out;
        this.verbose = verbose;
    }
    write(line) {
        this.out(`${line}\n`);
    }
    debug(message) {
        if (this.verbose)
            this.write(this.redact(`debug: ${message}`));
    }
    info(message) {
        this.write(this.redact(message));
    }
    warning(message) {
        this.write(this.redact(`warning: ${message}`));
    }
    error(message) {
        this.write(this.redact(`error: ${message}`));
    }
    mask(secret) {
        if (secret.length > 0)
            this.secrets.push(secret);
    }
    redact(text) {
        return this.secrets.reduce((out, secret) => out.split(secret).join('***'), text);
    }
}


/***/ })

};
