export const id = 126;
export const ids = [126];
export const modules = {

/***/ 1126:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  health: () => (/* binding */ health)
});

// EXTERNAL MODULE: ./src/catalog/catalog.ts + 3 modules
var catalog_catalog = __webpack_require__(58923);
// EXTERNAL MODULE: ./src/text/one-line.ts
var one_line = __webpack_require__(73854);
// EXTERNAL MODULE: ./src/util/duration.ts
var duration = __webpack_require__(26518);
// EXTERNAL MODULE: ./src/util/json.ts
var json = __webpack_require__(74976);
// EXTERNAL MODULE: ./node_modules/croner/dist/croner.js
var croner = __webpack_require__(55814);
;// CONCATENATED MODULE: ./src/backup/cron.ts


/** robfig/cron's descriptors (robfig/cron v3 parser.go, parseDescriptor). */
const DESCRIPTORS = {
    '@yearly': '0 0 1 1 *',
    '@annually': '0 0 1 1 *',
    '@monthly': '0 0 1 * *',
    '@weekly': '0 0 * * 0',
    '@daily': '0 0 * * *',
    '@midnight': '0 0 * * *',
    '@hourly': '0 * * * *'
};
/** A fixed delay (`@every 1h30m`): robfig's ConstantDelaySchedule, whole seconds, at least 1 s. */
function every(expression, text) {
    const ms = (0,duration/* parseDuration */.E9)(text);
    if (ms === undefined || ms <= 0)
        throw new Error(`@every needs a duration such as 30m or 1h30m, not ${JSON.stringify(text)}`);
    const delay = Math.max(1000, Math.round(ms / 1000) * 1000);
    return {
        expression,
        next: after => new Date(Math.floor(after.getTime() / 1000) * 1000 + delay)
    };
}
/** Parses `spec.schedule`; throws an Error saying what is wrong with it. */
function parseCron(expression) {
    let rest = expression.trim();
    let timezone = 'UTC';
    const zone = /^(?:CRON_TZ|TZ)=(\S+)\s+(.*)$/.exec(rest);
    if (zone) {
        timezone = zone[1];
        rest = zone[2].trim();
        try {
            new Intl.DateTimeFormat('en', { timeZone: timezone });
        }
        catch {
            throw new Error(`unknown time zone ${JSON.stringify(timezone)}`);
        }
    }
    if (rest.startsWith('@every '))
        return every(expression, rest.slice('@every '.length).trim());
    const pattern = rest.startsWith('@') ? DESCRIPTORS[rest.toLowerCase()] : rest;
    if (pattern === undefined)
        throw new Error(`unknown descriptor ${JSON.stringify(rest)}`);
    // robfig reads `?` as `*`; croner would put the current time there.
    const cron = new croner/* Cron */.l4(pattern.replace(/\?/g, '*'), {
        paused: true,
        mode: '5-part',
        timezone,
        domAndDow: false
    });
    return {
        expression,
        next: after => {
            const run = cron.nextRun(after);
            if (!run)
                throw new Error(`schedule ${JSON.stringify(expression)} never runs again`);
            return run;
        }
    };
}

// EXTERNAL MODULE: ./src/backup/model.ts
var model = __webpack_require__(81151);
// EXTERNAL MODULE: ./src/backup/retention.ts
var backup_retention = __webpack_require__(65668);
// EXTERNAL MODULE: ./src/backup/selection.ts
var selection = __webpack_require__(39360);
;// CONCATENATED MODULE: ./src/backup/health.ts







/** Velero's phases after which a backup will not change. */
const FINISHED = new Set(['Completed', 'PartiallyFailed', 'Failed', 'FailedValidation']);
function scheduleInfo(object) {
    const errors = object.status?.validationErrors;
    const info = {
        name: object.metadata.name,
        expression: (0,json/* str */.gx)(object.spec?.schedule) ?? '',
        paused: object.spec?.paused === true,
        validationErrors: Array.isArray(errors)
            ? errors.filter((e) => typeof e === 'string')
            : []
    };
    const phase = (0,json/* str */.gx)(object.status?.phase);
    if (phase)
        info.phase = phase;
    if (object.metadata.creationTimestamp)
        info.createdAt = object.metadata.creationTimestamp;
    return info;
}
const ref = (backup) => ({
    name: backup.name,
    phase: backup.phase,
    ...(backup.startedAt ? { startedAt: backup.startedAt } : {})
});
function time(text) {
    const value = Date.parse(text ?? '');
    return Number.isNaN(value) ? undefined : value;
}
const ago = (ms) => `${(0,duration/* humanDuration */.UU)(ms)} ago`;
/** The schedule's backups (Velero's schedule-name label), newest first. */
function backupsOf(candidates, schedule) {
    return candidates
        .filter(c => (0,backup_retention/* scheduleOf */.rH)(c.backup) === schedule)
        .map(c => c.backup)
        .sort(model/* newestFirst */.ll);
}
function scheduleAge(schedule, backups, options, report) {
    const subject = `schedule ${schedule.name}`;
    const result = (status, message) => ({
        check: 'schedule-age',
        subject,
        status,
        message
    });
    if (schedule.phase === 'FailedValidation')
        return result('failed', `Velero refuses the schedule: ${schedule.validationErrors.join('; ') || 'FailedValidation'}; fix spec.schedule`);
    if (schedule.paused)
        return result('not checked', 'paused (spec.paused: true)');
    let cron;
    try {
        cron = parseCron(schedule.expression);
    }
    catch (error) {
        return result('failed', `cannot read spec.schedule ${JSON.stringify(schedule.expression)}: ${error instanceof Error ? error.message : String(error)}`);
    }
    const newest = backups[0];
    const base = time(newest?.startedAt) ?? time(schedule.createdAt);
    if (base === undefined)
        return result('not checked', 'neither a backup nor a creation time');
    const due = cron.next(new Date(base));
    const interval = cron.next(due).getTime() - due.getTime();
    const deadline = due.getTime() + (options.tolerance - 1) * interval;
    const now = options.now.getTime();
    report.intervalSeconds = Math.round(interval / 1000);
    report.dueAt = due.toISOString();
    if (newest)
        report.ageSeconds = Math.round((now - base) / 1000);
    const every = `cron ${JSON.stringify(schedule.expression)}, every ${(0,duration/* humanDuration */.UU)(interval)}`;
    if (now <= deadline)
        return result('ok', newest
            ? `newest backup ${newest.name} started ${ago(now - base)} (${every})`
            : `no backup yet; the first is due ${due.toISOString()} (${every})`);
    return result('failed', newest
        ? `newest backup ${newest.name} started ${ago(now - base)}, more than ${options.tolerance} intervals (${every}); Velero should have started one at ${due.toISOString()}: is Velero running, is the schedule's storage location available?`
        : `no backup since the schedule was created ${ago(now - base)}, more than ${options.tolerance} intervals (${every}): is Velero running?`);
}
function lastBackup(schedule, backups, report) {
    const subject = `schedule ${schedule.name}`;
    const finished = backups.filter(b => FINISHED.has(b.phase));
    const last = finished[0];
    const completed = finished.findIndex(b => b.phase === 'Completed');
    report.failuresSinceCompleted = completed === -1 ? finished.length : completed;
    if (!last)
        return {
            check: 'last-backup',
            subject,
            status: 'not checked',
            message: 'no finished backup yet'
        };
    report.lastFinished = { ...ref(last), ...(last.failure ? { failure: last.failure } : {}) };
    if (last.phase === 'Completed')
        return {
            check: 'last-backup',
            subject,
            status: 'ok',
            message: `last backup ${last.name} Completed`
        };
    const since = completed === -1
        ? `none of its ${finished.length} finished backups Completed`
        : `${report.failuresSinceCompleted} failed since the last Completed one, ${finished[completed].name}`;
    return {
        check: 'last-backup',
        subject,
        status: 'failed',
        message: `last backup ${last.name} ended ${last.phase}${last.failure ? `: ${(0,one_line/* oneLine */.TN)(last.failure)}` : ''} (${since}); see velero backup logs ${last.name}`
    };
}
function countVerdicts(candidates) {
    const counts = Object.create(null);
    for (const verdict of ['clean', 'blocked', 'unknown', 'revoked', 'unverified'])
        counts[verdict] = 0;
    for (const c of candidates)
        counts[c.verdict] = (counts[c.verdict] ?? 0) + 1;
    return counts;
}
function drillOf(backup, keys) {
    const at = backup.annotations[keys.drilledAt];
    const result = backup.annotations[keys.drillResult];
    if (at === undefined || time(at) === undefined)
        return undefined;
    return { backup: backup.name, at, result: result === 'passed' ? 'passed' : 'failed' };
}
/** The newest drill recorded on any of the backups. */
function lastDrill(candidates, keys) {
    return candidates
        .map(c => drillOf(c.backup, keys))
        .filter((d) => d !== undefined)
        .sort((a, b) => time(b.at) - time(a.at))[0];
}
function groupReport(schedule, candidates, keys) {
    const sorted = [...candidates].sort(selection/* newestCandidateFirst */.yf);
    const group = {
        schedule,
        backups: candidates.length,
        verdicts: countVerdicts(candidates),
        protectedBackups: candidates.filter(c => c.backup.annotations[keys.originalExpiration] !== undefined).length
    };
    if (sorted[0])
        group.newestBackup = ref(sorted[0].backup);
    const chosen = (0,selection/* selectKnownGood */.Ju)(candidates).chosen?.backup;
    if (chosen)
        group.knownGood = {
            name: chosen.name,
            protected: chosen.annotations[keys.originalExpiration] !== undefined,
            ...(chosen.startedAt ? { startedAt: chosen.startedAt } : {}),
            ...(chosen.expiresAt ? { expiresAt: chosen.expiresAt } : {})
        };
    const drill = lastDrill(candidates, keys);
    if (drill)
        group.lastDrill = drill;
    return group;
}
function knownGoodChecks(namespace, candidates, keys, options) {
    const subject = `namespace ${namespace}`;
    const chosen = (0,selection/* selectKnownGood */.Ju)(candidates).chosen?.backup;
    const now = options.now.getTime();
    const limit = (0,duration/* humanDuration */.UU)(options.maxKnownGoodAgeMs);
    if (!chosen) {
        const counts = countVerdicts(candidates);
        const summary = Object.entries(counts)
            .filter(([, n]) => n > 0)
            .map(([v, n]) => `${n} ${v}`)
            .join(', ');
        return [
            {
                check: 'known-good-age',
                subject,
                status: 'failed',
                message: `no usable backup with verdict clean (${candidates.length} backups${summary ? `: ${summary}` : ''}); take one with label-backup --create after a clean scan`
            },
            {
                check: 'known-good-expiry',
                subject,
                status: 'not checked',
                message: 'there is no known-good backup'
            }
        ];
    }
    const started = time(chosen.startedAt);
    const age = started === undefined
        ? {
            check: 'known-good-age',
            subject,
            status: 'failed',
            message: `newest known-good ${chosen.name} has no start time`
        }
        : now - started > options.maxKnownGoodAgeMs
            ? {
                check: 'known-good-age',
                subject,
                status: 'failed',
                message: `newest known-good ${chosen.name} started ${ago(now - started)}, older than max-known-good-age ${limit}: a restore would lose more than the team accepts`
            }
            : {
                check: 'known-good-age',
                subject,
                status: 'ok',
                message: `newest known-good ${chosen.name} started ${ago(now - started)} (limit ${limit})`
            };
    const expires = time(chosen.expiresAt);
    const protectedNote = chosen.annotations[keys.originalExpiration] !== undefined
        ? ', protected by the retention guard'
        : '';
    const expiry = expires === undefined
        ? {
            check: 'known-good-expiry',
            subject,
            status: 'ok',
            message: `newest known-good ${chosen.name} does not expire`
        }
        : expires - now < options.marginMs
            ? {
                check: 'known-good-expiry',
                subject,
                status: 'failed',
                message: `newest known-good ${chosen.name} expires in ${(0,duration/* humanDuration */.UU)(expires - now)} (${chosen.expiresAt}): Velero's garbage collection deletes it then; set protect-known-good to keep it`
            }
            : {
                check: 'known-good-expiry',
                subject,
                status: 'ok',
                message: `newest known-good ${chosen.name} expires in ${(0,duration/* humanDuration */.UU)(expires - now)}${protectedNote}`
            };
    return [age, expiry];
}
function locationReport(object) {
    const phase = (0,json/* str */.gx)(object.status?.phase) ?? 'not validated';
    const report = {
        name: object.metadata.name,
        provider: (0,json/* str */.gx)(object.spec?.provider) ?? '',
        phase,
        available: phase === 'Available',
        default: object.spec?.default === true
    };
    const validated = (0,json/* str */.gx)(object.status?.lastValidationTime);
    if (validated)
        report.lastValidationTime = validated;
    const message = (0,json/* str */.gx)(object.status?.message);
    if (message)
        report.message = message;
    return report;
}
/** Velero's --store-validation-frequency default (pkg/cmd/server/config). */
const DEFAULT_VALIDATION_MS = 60_000;
function storageChecks(locations, namespace, now) {
    if (locations.length === 0)
        return [
            {
                check: 'storage',
                subject: `namespace ${namespace}`,
                status: 'failed',
                message: 'no BackupStorageLocation: Velero has nowhere to write backups'
            }
        ];
    return locations.map(object => {
        const location = locationReport(object);
        const subject = `backupstoragelocation ${location.name}`;
        const validated = time(location.lastValidationTime);
        const when = validated === undefined ? 'never validated' : `validated ${ago(now.getTime() - validated)}`;
        if (!location.available)
            return {
                check: 'storage',
                subject,
                status: 'failed',
                message: `${location.phase} (${when})${location.message ? `: ${(0,one_line/* oneLine */.TN)(location.message)}` : ''}`
            };
        const frequency = (0,duration/* parseDuration */.E9)((0,json/* str */.gx)(object.spec?.validationFrequency) ?? '') ?? DEFAULT_VALIDATION_MS;
        const stale = frequency > 0 && validated !== undefined && now.getTime() - validated > 3 * frequency + 60_000;
        return {
            check: 'storage',
            subject,
            status: stale ? 'warning' : 'ok',
            message: stale
                ? `Available, but ${when} while Velero validates every ${(0,duration/* humanDuration */.UU)(frequency)}: is Velero running?`
                : `Available (${when})`
        };
    });
}
function postureChecks(input, options) {
    const blocking = options.requireEncryption ? 'failed' : 'warning';
    const out = [];
    for (const location of input.posture) {
        const subject = `backupstoragelocation ${location.location}`;
        if (location.state === 'not checked') {
            out.push({
                check: 'posture',
                subject,
                status: 'not checked',
                message: `provider ${JSON.stringify(location.provider)}: not checked (only the aws provider's settings are known)`
            });
            continue;
        }
        if (location.findings.length === 0)
            out.push({ check: 'posture', subject, status: 'ok', message: 'https, encrypted at rest' });
        for (const finding of location.findings)
            out.push({
                check: 'posture',
                subject,
                status: blocking,
                message: `${finding.field}: ${finding.message}`
            });
    }
    const repo = input.repository;
    const subject = 'secret velero-repo-credentials';
    if (repo.state === 'not checked')
        out.push({
            check: 'posture',
            subject,
            status: 'not checked',
            message: repo.reason ?? 'not read'
        });
    else if (repo.finding)
        out.push({
            check: 'posture',
            subject,
            status: blocking,
            message: `${repo.finding.field}: ${repo.finding.message}`
        });
    else
        out.push({ check: 'posture', subject, status: 'ok', message: 'not the default password' });
    return out;
}
function drillCheck(namespace, candidates, keys, now) {
    const subject = `namespace ${namespace}`;
    const drill = lastDrill(candidates, keys);
    if (!drill)
        return {
            check: 'drill',
            subject,
            status: 'warning',
            message: 'no restore drill recorded on any backup: run the drill command on a schedule'
        };
    const when = `${ago(now.getTime() - time(drill.at))} (${drill.at})`;
    return drill.result === 'passed'
        ? {
            check: 'drill',
            subject,
            status: 'ok',
            message: `last drill, of ${drill.backup}, passed ${when}`
        }
        : {
            check: 'drill',
            subject,
            status: 'failed',
            message: `last drill, of ${drill.backup}, failed ${when}: see the drill run's log, run the drill again after fixing it`
        };
}
/** Every check, and the report around them. */
function evaluateHealth(input, options) {
    const { namespace, keys } = input;
    const scope = options.schedules ? new Set(options.schedules) : undefined;
    const candidates = scope
        ? input.candidates.filter(c => scope.has((0,backup_retention/* scheduleOf */.rH)(c.backup)))
        : input.candidates;
    const schedules = input.schedules.filter(s => !scope || scope.has(s.name));
    const checks = [];
    for (const name of options.schedules ?? [])
        if (!input.schedules.some(s => s.name === name))
            checks.push({
                check: 'schedule-age',
                subject: `schedule ${name}`,
                status: 'failed',
                message: `no schedule ${name} in namespace ${namespace}: check the schedules input`
            });
    const scheduleReports = [];
    for (const schedule of schedules) {
        const backups = backupsOf(candidates, schedule.name);
        const report = {
            name: schedule.name,
            expression: schedule.expression,
            paused: schedule.paused,
            failuresSinceCompleted: 0
        };
        if (backups[0])
            report.newestBackup = ref(backups[0]);
        checks.push(scheduleAge(schedule, backups, options, report));
        checks.push(lastBackup(schedule, backups, report));
        scheduleReports.push(report);
    }
    checks.push(...knownGoodChecks(namespace, candidates, keys, options));
    checks.push(...storageChecks(input.locations, namespace, options.now));
    checks.push(...postureChecks(input, options));
    checks.push(drillCheck(namespace, candidates, keys, options.now));
    const judged = checks.map(c => options.skip.has(c.check)
        ? { ...c, status: 'off', message: `switched off (skip-checks); ${c.message}` }
        : c);
    const names = new Set([
        ...schedules.map(s => s.name),
        ...candidates.map(c => (0,backup_retention/* scheduleOf */.rH)(c.backup))
    ]);
    const groups = [...names].sort().map(name => groupReport(name, candidates.filter(c => (0,backup_retention/* scheduleOf */.rH)(c.backup) === name), keys));
    return {
        namespace,
        at: options.now.toISOString(),
        healthy: !judged.some(c => c.status === 'failed'),
        checks: judged,
        schedules: scheduleReports,
        groups,
        locations: input.locations.map(locationReport),
        posture: { locations: input.posture, repository: input.repository }
    };
}
/** Each failed check as one line: `check: subject: what is wrong`. */
function failedLines(report) {
    return report.checks
        .filter(c => c.status === 'failed')
        .map(c => (0,one_line/* oneLine */.TN)(`${c.check}: ${c.subject}: ${c.message}`));
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
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

// EXTERNAL MODULE: ./src/backup/velero-ref.ts
var velero_ref = __webpack_require__(74437);
;// CONCATENATED MODULE: ./src/backup/health-facts.ts





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
        if (!(error instanceof errors/* ConfigurationError */.j1))
            throw error;
        return {
            state: 'not checked',
            reason: `could not read Secret ${REPOSITORY_SECRET}: ${(0,one_line/* oneLine */.TN)((0,errors/* getErrorMessage */.u1)(error))}`
        };
    }
}
/** The schedules, the locations (unless both checks that read them are off), the repository. */
async function readHealthFacts(api, namespace, skip) {
    const schedules = (await api.list((0,velero_ref/* veleroRef */.N)('schedules', namespace))).map(scheduleInfo);
    const needLocations = !(skip.has('storage') && skip.has('posture'));
    const locations = needLocations
        ? await api.list((0,velero_ref/* veleroRef */.N)('backupstoragelocations', namespace))
        : [];
    const repository = skip.has('posture')
        ? { state: 'not checked', reason: 'switched off' }
        : await repositoryPosture(api, namespace);
    return { schedules, locations, repository };
}

// EXTERNAL MODULE: ./src/text/escape.ts
var text_escape = __webpack_require__(67388);
;// CONCATENATED MODULE: ./src/backup/health-report.ts



const MARK = {
    ok: 'ok',
    failed: 'FAILED',
    warning: 'warning',
    'not checked': 'not checked',
    off: 'off'
};
/** Each check, one line; failed checks reach the log as errors through the entry point. */
function logChecks(report, logger) {
    for (const c of report.checks) {
        const line = `${c.check}: ${(0,one_line/* oneLine */.TN)(c.subject)}: ${MARK[c.status]}: ${(0,one_line/* oneLine */.TN)(c.message)}`;
        if (c.status === 'warning')
            logger.warning(line);
        else
            logger.info(line);
    }
}
/** The health outputs (health also sets metrics-file when it writes one). */
function healthOutputs(report, retention) {
    return {
        healthy: String(report.healthy),
        'failed-checks': JSON.stringify(failedLines(report)),
        health: JSON.stringify(report),
        'protected-backups': JSON.stringify(retention)
    };
}
/** The health command's job summary: each check, then what the retention guard changed. */
function healthSummary(report, retention) {
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

// EXTERNAL MODULE: ./node_modules/prom-client/index.js
var prom_client = __webpack_require__(95222);
// EXTERNAL MODULE: ./src/report/file-writer.ts
var file_writer = __webpack_require__(2796);
;// CONCATENATED MODULE: ./src/report/prometheus.ts


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

// EXTERNAL MODULE: ./src/commands/summary.ts
var summary = __webpack_require__(6226);
;// CONCATENATED MODULE: ./src/commands/health.ts








/** The backups with their verdicts, after the retention guard ran on those in scope. */
async function guardedCandidates(config, catalog) {
    const candidates = await catalog.candidates();
    // The guard keeps to the schedules in scope, as the checks do.
    const scope = config.schedules ? new Set(config.schedules) : undefined;
    const inScope = scope ? candidates.filter(c => scope.has((0,backup_retention/* scheduleOf */.rH)(c.backup))) : candidates;
    const retention = await catalog.protect(inScope, config.retention);
    return { candidates: retention.length > 0 ? await catalog.candidates() : candidates, retention };
}
function healthOptions(config, now) {
    return {
        tolerance: config.tolerance,
        maxKnownGoodAgeMs: config.maxKnownGoodAgeMs,
        marginMs: config.retention.marginMs,
        requireEncryption: config.requireEncryption,
        skip: config.skip,
        now,
        ...(config.schedules ? { schedules: config.schedules } : {})
    };
}
/**
 * The monitoring stage: is there a recent known-good backup that will still be there tomorrow,
 * do the schedules run, is the storage reachable and how is it protected, did the last drill
 * pass. With protect-known-good it also keeps the newest clean backups from expiring.
 */
async function health(config, deps) {
    const namespace = config.backups.namespace;
    const catalog = (0,catalog_catalog/* openCatalog */.O)(deps, config);
    const { candidates, retention } = await guardedCandidates(config, catalog);
    const facts = await readHealthFacts(deps.cluster, namespace, config.skip);
    const posture = facts.locations.map(locationPosture);
    const input = { namespace, keys: catalog.keys, candidates, posture, ...facts };
    const report = evaluateHealth(input, healthOptions(config, deps.now()));
    logChecks(report, deps.logger);
    const outputs = healthOutputs(report, retention);
    if (config.metricsFile) {
        writeMetricsFile(config.metricsFile, await renderMetrics(healthMetrics(report)));
        outputs['metrics-file'] = config.metricsFile;
        deps.logger.info(`metrics written to ${config.metricsFile}`);
    }
    await (0,summary/* writeSummary */.S)(deps, healthSummary(report, retention));
    if (report.healthy)
        return { status: 'ok', outputs };
    return { status: 'unhealthy', outputs, failure: failedLines(report).join('\n') };
}


/***/ })

};
