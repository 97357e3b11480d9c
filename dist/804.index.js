export const id = 804;
export const ids = [804];
export const modules = {

/***/ 12804:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  health: () => (/* binding */ health_health)
});

// UNUSED EXPORTS: healthMetrics

// EXTERNAL MODULE: ./src/backup/create-provider.ts + 1 modules
var create_provider = __webpack_require__(33972);
// EXTERNAL MODULE: ./src/backup/health.ts + 1 modules
var health = __webpack_require__(76623);
// EXTERNAL MODULE: ./src/backup/label-contract.ts
var label_contract = __webpack_require__(39511);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/util/json.ts
var json = __webpack_require__(74976);
;// CONCATENATED MODULE: ./src/backup/posture.ts


/** The Secret and key Velero keeps the repository password in (pkg/repository/keys/keys.go). */
const REPOSITORY_SECRET = 'velero-repo-credentials';
const REPOSITORY_PASSWORD_KEY = 'repository-password';
/**
 * SHA-256 of Velero's default repository password (`encryptionKey` in
 * pkg/repository/keys/keys.go of Velero v1.18.3): compared as a digest so that the password
 * itself appears nowhere in this code or its output.
 */
const DEFAULT_REPOSITORY_PASSWORD_SHA256 = '0938e9d99fe8eac6b7f0c2f7626a4e364c89f3be450ce9e6d81184f0c120b8b8';
/** Velero accepts the AWS plugin as `aws` or `velero.io/aws`. */
const AWS_PROVIDERS = new Set(['aws', 'velero.io/aws']);
function configOf(location) {
    const config = location.spec?.config;
    return config !== null && typeof config === 'object' ? config : {};
}
/** The findings for one BackupStorageLocation. */
function locationPosture(location) {
    const name = location.metadata.name;
    const provider = (0,json/* str */.gx)(location.spec?.provider) ?? '';
    if (!AWS_PROVIDERS.has(provider))
        return { location: name, provider, state: 'not checked', findings: [] };
    const config = configOf(location);
    const object = `backupstoragelocation/${name}`;
    const findings = [];
    const s3Url = (0,json/* str */.gx)(config.s3Url);
    if (s3Url !== undefined && /^http:\/\//i.test(s3Url.trim()))
        findings.push({
            object,
            field: 'spec.config.s3Url',
            message: `s3Url ${s3Url} is plain http: backups travel unencrypted; use an https endpoint`
        });
    if ((0,json/* str */.gx)(config.insecureSkipTLSVerify)?.toLowerCase() === 'true')
        findings.push({
            object,
            field: 'spec.config.insecureSkipTLSVerify',
            message: 'insecureSkipTLSVerify is true: the store is not authenticated; remove it and give the CA in spec.objectStorage.caCert'
        });
    const atRest = ['serverSideEncryption', 'kmsKeyId', 'customerKeyEncryptionFile'].some(key => ((0,json/* str */.gx)(config[key]) ?? '') !== '');
    if (!atRest)
        findings.push({
            object,
            field: 'spec.config.serverSideEncryption',
            message: "no serverSideEncryption, kmsKeyId or customerKeyEncryptionFile: at rest the backups have only the bucket's default encryption, if any; set serverSideEncryption (AES256, or aws:kms with kmsKeyId) or customerKeyEncryptionFile"
        });
    return { location: name, provider, state: 'checked', findings };
}
/** The finding on the repository password, if any; `undefined` when it is not the default. */
function repositoryFinding(secret, namespace) {
    const object = `secret/${REPOSITORY_SECRET} (namespace ${namespace})`;
    const field = `data.${REPOSITORY_PASSWORD_KEY}`;
    if (secret.state === 'missing')
        return {
            object,
            field,
            message: `it does not exist yet: Velero creates it with its published static default password at the first file-system backup; create it first with a password of your own`
        };
    if (secret.state !== 'found')
        return undefined;
    const digest = (0,external_node_crypto_.createHash)('sha256')
        .update(secret.password ?? '')
        .digest('hex');
    if (digest !== DEFAULT_REPOSITORY_PASSWORD_SHA256)
        return undefined;
    return {
        object,
        field,
        message: "the repository password is still Velero's published static default: anyone who can read the bucket can decrypt the file-system backups; set a password of your own before the first file-system backup (a repository keeps the password it was created with)"
    };
}
/** Decodes the password from the Secret's data (base64), without keeping the Secret. */
function repositoryPassword(data) {
    const encoded = data?.[REPOSITORY_PASSWORD_KEY];
    return encoded === undefined ? undefined : Buffer.from(encoded, 'base64').toString('utf8');
}

// EXTERNAL MODULE: ./src/backup/retention.ts
var backup_retention = __webpack_require__(65668);
// EXTERNAL MODULE: ./src/backup/sources.ts + 1 modules
var backup_sources = __webpack_require__(25182);
// EXTERNAL MODULE: ./src/backup/verdicts.ts
var verdicts = __webpack_require__(70274);
// EXTERNAL MODULE: ./src/command/summary.ts
var summary = __webpack_require__(47645);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./node_modules/prom-client/index.js
var prom_client = __webpack_require__(95222);
// EXTERNAL MODULE: ./src/report/file-writer.ts
var file_writer = __webpack_require__(2796);
;// CONCATENATED MODULE: ./src/report/prometheus.ts


/** The metric names and their help: the README documents the same table. */
const METRICS = {
    lastBackup: {
        name: 'known_good_last_backup_timestamp_seconds',
        help: 'Start time of the newest backup of the schedule, whatever its phase or verdict.'
    },
    lastClean: {
        name: 'known_good_last_clean_backup_timestamp_seconds',
        help: 'Start time of the newest usable backup with verdict clean (what restore latest-known-good takes); 0 when there is none.'
    },
    cleanExpiry: {
        name: 'known_good_clean_backup_expiry_timestamp_seconds',
        help: "When Velero's garbage collection deletes the newest usable clean backup (status.expiration); +Inf when it never expires."
    },
    backups: {
        name: 'known_good_backups',
        help: 'Backups of the schedule by verdict (revocations from every source counted).'
    },
    lastDrill: {
        name: 'known_good_last_drill_timestamp_seconds',
        help: 'When the newest restore drill recorded on the backups of the schedule ran.'
    },
    lastDrillSuccess: {
        name: 'known_good_last_drill_success',
        help: '1 when that drill passed, 0 when it failed.'
    },
    protectedBackups: {
        name: 'known_good_protected_backups',
        help: 'Backups whose expiration the retention guard (protect-known-good) holds.'
    },
    storageAvailable: {
        name: 'known_good_storage_location_available',
        help: 'BackupStorageLocation phase: 1 Available, 0 otherwise.'
    },
    storageValidated: {
        name: 'known_good_storage_location_last_validation_timestamp_seconds',
        help: 'When Velero last validated the BackupStorageLocation.'
    },
    checkFailed: {
        name: 'known_good_health_check_failed',
        help: 'Health checks that failed in the last health run, by check name (1 failed, 0 not).'
    }
};
/** Renders the metrics; families without a sample are left out. */
async function renderMetrics(metrics) {
    const registry = new prom_client.Registry();
    const gauges = new Map();
    const set = (metric, labelNames, labels, value) => {
        let gauge = gauges.get(metric.name);
        if (!gauge) {
            gauge = new prom_client.Gauge({ name: metric.name, help: metric.help, labelNames, registers: [registry] });
            gauges.set(metric.name, gauge);
        }
        gauge.set(labels, value);
    };
    const group = ['namespace', 'schedule'];
    for (const g of metrics.groups) {
        const labels = { namespace: g.namespace, schedule: g.schedule };
        if (g.lastBackup !== undefined)
            set(METRICS.lastBackup, group, labels, g.lastBackup);
        set(METRICS.lastClean, group, labels, g.lastClean);
        if (g.cleanExpiry !== undefined)
            set(METRICS.cleanExpiry, group, labels, g.cleanExpiry);
        for (const [verdict, count] of Object.entries(g.verdicts))
            set(METRICS.backups, [...group, 'verdict'], { ...labels, verdict }, count);
        if (g.lastDrill) {
            set(METRICS.lastDrill, group, labels, g.lastDrill.at);
            set(METRICS.lastDrillSuccess, group, labels, g.lastDrill.passed ? 1 : 0);
        }
        set(METRICS.protectedBackups, group, labels, g.protectedBackups);
    }
    const location = ['namespace', 'location'];
    for (const l of metrics.locations) {
        const labels = { namespace: l.namespace, location: l.location };
        set(METRICS.storageAvailable, location, labels, l.available ? 1 : 0);
        if (l.lastValidation !== undefined)
            set(METRICS.storageValidated, location, labels, l.lastValidation);
    }
    for (const c of metrics.checks)
        set(METRICS.checkFailed, ['namespace', 'check'], { namespace: c.namespace, check: c.check }, c.failed ? 1 : 0);
    return registry.metrics();
}
/**
 * Writes the text to a temporary file beside `path` and renames it into place, as
 * node_exporter's textfile collector asks (its README: "atomically … mv"); the temporary name
 * does not end in `.prom`, so the collector never reads half a file.
 */
function writeMetricsFile(path, text) {
    (0,file_writer/* writeFileAtomically */.lo)(path, writer => writer.write(text));
}

// EXTERNAL MODULE: ./src/text/escape.ts
var text_escape = __webpack_require__(67388);
// EXTERNAL MODULE: ./src/text/one-line.ts
var one_line = __webpack_require__(73854);
;// CONCATENATED MODULE: ./src/commands/health.ts












const velero = (plural, namespace) => ({
    group: 'velero.io',
    version: 'v1',
    plural,
    namespace
});
/** Reads the repository password's digest; a refusal is "not checked", never "ok". */
async function repositoryPosture(api, namespace) {
    try {
        const secret = await api.getSecret(namespace, REPOSITORY_SECRET);
        const password = secret ? repositoryPassword(secret.data) : undefined;
        const finding = repositoryFinding(secret
            ? { state: 'found', ...(password !== undefined ? { password } : {}) }
            : { state: 'missing' }, namespace);
        return finding ? { state: 'checked', finding } : { state: 'checked' };
    }
    catch (error) {
        if (!(error instanceof errors/* ConfigurationError */.j))
            throw error;
        return {
            state: 'not checked',
            reason: `could not read Secret ${REPOSITORY_SECRET}: ${(0,one_line/* oneLine */.TN)((0,errors/* getErrorMessage */.u)(error))}`
        };
    }
}
async function candidatesOf(config, deps, keys) {
    const provider = (0,create_provider/* createProvider */.Q)(deps.cluster, config.backups, { now: deps.now });
    const sources = await (0,backup_sources/* verdictSources */.U)(deps.cluster, config.backups.namespace, keys, {
        ...(deps.verdictLookup ? { lookup: deps.verdictLookup } : {}),
        ...(config.ledgerFile ? { ledgerFile: config.ledgerFile } : {})
    });
    return async () => (0,verdicts/* resolveVerdicts */.t)(await provider.list(), sources, deps.logger);
}
const seconds = (text) => {
    const value = Date.parse(text ?? '');
    return Number.isNaN(value) ? undefined : value / 1000;
};
/** The report as metrics (README, "Backup health", lists the names and labels). */
function healthMetrics(report) {
    const namespace = report.namespace;
    const failed = new Map();
    for (const c of report.checks)
        failed.set(c.check, (failed.get(c.check) ?? false) || c.status === 'failed');
    return {
        groups: report.groups.map(g => ({
            namespace,
            schedule: g.schedule,
            ...(seconds(g.newestBackup?.startedAt) !== undefined
                ? { lastBackup: seconds(g.newestBackup?.startedAt) }
                : {}),
            lastClean: seconds(g.knownGood?.startedAt) ?? 0,
            ...(g.knownGood
                ? { cleanExpiry: seconds(g.knownGood.expiresAt) ?? Number.POSITIVE_INFINITY }
                : {}),
            verdicts: g.verdicts,
            ...(g.lastDrill
                ? { lastDrill: { at: seconds(g.lastDrill.at), passed: g.lastDrill.result === 'passed' } }
                : {}),
            protectedBackups: g.protectedBackups
        })),
        locations: report.locations.map(l => ({
            namespace,
            location: l.name,
            available: l.available,
            ...(seconds(l.lastValidationTime) !== undefined
                ? { lastValidation: seconds(l.lastValidationTime) }
                : {})
        })),
        checks: [...failed].map(([check, isFailed]) => ({ namespace, check, failed: isFailed }))
    };
}
const MARK = {
    ok: 'ok',
    failed: 'FAILED',
    warning: 'warning',
    'not checked': 'not checked',
    off: 'off'
};
function health_summary(report, retention) {
    const lines = [
        `## known-good health (namespace ${(0,text_escape/* escapeMarkdown */.FV)(report.namespace)}): ${report.healthy ? 'healthy' : 'unhealthy'}`,
        '',
        '| Check | Subject | Result | Detail |',
        '| --- | --- | --- | --- |',
        ...report.checks.map(c => `| ${c.check} | ${(0,text_escape/* escapeMarkdown */.FV)(c.subject, 200)} | ${MARK[c.status]} | ${(0,text_escape/* escapeMarkdown */.FV)(c.message, 500)} |`),
        ''
    ];
    if (retention.length > 0) {
        lines.push('Retention guard:', '');
        for (const a of retention)
            lines.push(`- ${a.kind === 'extend' ? 'kept' : 'released'} ${(0,text_escape/* escapeMarkdown */.FV)(a.backup)}: expiration ${(0,text_escape/* escapeMarkdown */.FV)(a.from ?? '—')} → ${(0,text_escape/* escapeMarkdown */.FV)(a.to)}`);
        lines.push('');
    }
    return lines.join('\n');
}
/**
 * The monitoring stage: is there a recent known-good backup that will still be there tomorrow,
 * do the schedules run, is the storage reachable and how is it protected, did the last drill
 * pass. With protect-known-good it also keeps the newest clean backups from expiring.
 */
async function health_health(config, deps) {
    const { logger, cluster } = deps;
    const namespace = config.backups.namespace;
    const keys = (0,label_contract/* recordKeys */.IH)(config.backups.labelPrefix);
    const read = await candidatesOf(config, deps, keys);
    let candidates = await read();
    // The guard keeps to the schedules in scope, as the checks do.
    const scope = config.schedules ? new Set(config.schedules) : undefined;
    const retention = await (0,backup_retention/* enforceRetention */.fl)(cluster, namespace, keys, scope ? candidates.filter(c => scope.has((0,backup_retention/* scheduleOf */.rH)(c.backup))) : candidates, { ...config.retention, now: deps.now() }, logger);
    if (retention.length > 0)
        candidates = await read();
    const schedules = (await cluster.list(velero('schedules', namespace))).map(health/* scheduleInfo */.cD);
    const needLocations = !(config.skip.has('storage') && config.skip.has('posture'));
    const locations = needLocations
        ? await cluster.list(velero('backupstoragelocations', namespace))
        : [];
    const repository = config.skip.has('posture')
        ? { state: 'not checked', reason: 'switched off' }
        : await repositoryPosture(cluster, namespace);
    const report = (0,health/* evaluateHealth */.IL)({
        namespace,
        keys,
        schedules,
        candidates,
        locations,
        posture: locations.map(locationPosture),
        repository
    }, {
        tolerance: config.tolerance,
        maxKnownGoodAgeMs: config.maxKnownGoodAgeMs,
        marginMs: config.retention.marginMs,
        requireEncryption: config.requireEncryption,
        skip: config.skip,
        now: deps.now(),
        ...(config.schedules ? { schedules: config.schedules } : {})
    });
    for (const c of report.checks) {
        const line = `${c.check}: ${(0,one_line/* oneLine */.TN)(c.subject)}: ${MARK[c.status]}: ${(0,one_line/* oneLine */.TN)(c.message)}`;
        // Failed checks reach the log as errors through the entry point (one line each).
        if (c.status === 'warning')
            logger.warning(line);
        else
            logger.info(line);
    }
    const outputs = {
        healthy: String(report.healthy),
        'failed-checks': JSON.stringify((0,health/* failedLines */.TW)(report)),
        health: JSON.stringify(report),
        'protected-backups': JSON.stringify(retention)
    };
    if (config.metricsFile) {
        writeMetricsFile(config.metricsFile, await renderMetrics(healthMetrics(report)));
        outputs['metrics-file'] = config.metricsFile;
        logger.info(`metrics written to ${config.metricsFile}`);
    }
    await (0,summary/* writeSummary */.S)(deps, health_summary(report, retention));
    if (report.healthy)
        return { status: 'ok', outputs };
    return { status: 'unhealthy', outputs, failure: (0,health/* failedLines */.TW)(report).join('\n') };
}


/***/ })

};
