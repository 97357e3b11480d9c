export const id = 893;
export const ids = [893];
export const modules = {

/***/ 89939:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GW: () => (/* binding */ scratchNamespace),
/* harmony export */   L: () => (/* binding */ sourceNamespace),
/* harmony export */   _8: () => (/* binding */ parseExpected),
/* harmony export */   or: () => (/* binding */ countCheck)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74976);


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
    const restored = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_1__/* .num */ .bu)(progress.itemsRestored);
    const total = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_1__/* .num */ .bu)(progress.totalItems);
    const backedUp = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_1__/* .num */ .bu)((backup.status?.progress ?? {}).itemsBackedUp);
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


/***/ }),

/***/ 76623:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TX: () => (/* binding */ HEALTH_CHECKS),
  IL: () => (/* binding */ evaluateHealth),
  TW: () => (/* binding */ failedLines),
  cD: () => (/* binding */ scheduleInfo)
});

// UNUSED EXPORTS: lastDrill, locationReport

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
var retention = __webpack_require__(65668);
// EXTERNAL MODULE: ./src/backup/selection.ts
var selection = __webpack_require__(39360);
;// CONCATENATED MODULE: ./src/backup/health.ts







/**
 * Backup health: one report per backup namespace, grouped by Velero schedule. Pure: the health
 * command reads the cluster and hands everything here, so every decision is tested on plain
 * objects.
 */
const HEALTH_CHECKS = [
    'schedule-age',
    'last-backup',
    'known-good-age',
    'known-good-expiry',
    'storage',
    'posture',
    'drill'
];
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
        .filter(c => (0,retention/* scheduleOf */.rH)(c.backup) === schedule)
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
        ? input.candidates.filter(c => scope.has((0,retention/* scheduleOf */.rH)(c.backup)))
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
        ...candidates.map(c => (0,retention/* scheduleOf */.rH)(c.backup))
    ]);
    const groups = [...names].sort().map(name => groupReport(name, candidates.filter(c => (0,retention/* scheduleOf */.rH)(c.backup) === name), keys));
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


/***/ }),

/***/ 39511:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IH: () => (/* binding */ recordKeys),
/* harmony export */   aE: () => (/* binding */ readRecord),
/* harmony export */   dr: () => (/* binding */ verdictMetadata),
/* harmony export */   w: () => (/* binding */ labelValue)
/* harmony export */ });
/* unused harmony exports DEFAULT_PREFIX, SHORT_SHA_LENGTH, BACKUP_VERDICTS, asVerdict */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _policy_verdict_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75187);
/* harmony import */ var _verdict_record_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26768);



/**
 * What we write on cluster objects: a contract users select on (ARCHITECTURE.md, "The label
 * contract"), so it stays stable.
 * `kubectl get backups -n velero -l known-good.dev/verdict=clean` lists the safe backups.
 */
const DEFAULT_PREFIX = 'known-good.dev/';
/** Label values are at most 63 characters; a short commit is the first 12 hex digits. */
const SHORT_SHA_LENGTH = 12;
function recordKeys(prefix = DEFAULT_PREFIX) {
    const key = (name) => `${prefix}${name}`;
    return {
        verdict: key('verdict'),
        commit: key('commit'),
        commitSha: key('commit-sha'),
        runUrl: key('run-url'),
        counts: key('counts'),
        policy: key('policy'),
        sarifSha256: key('sarif-sha256'),
        scannedAt: key('scanned-at'),
        requestedBy: key('requested-by'),
        reason: key('reason'),
        revokedAt: key('revoked-at'),
        revokedReason: key('revoked-reason'),
        revokedBy: key('revoked-by'),
        previousVerdict: key('previous-verdict'),
        backup: key('backup'),
        snapshots: key('snapshots'),
        restore: key('restore'),
        incident: key('incident'),
        originalExpiration: key('original-expiration'),
        drilledAt: key('drilled-at'),
        drillResult: key('drill-result'),
        drill: key('drill')
    };
}
/**
 * A label value for a name that may be longer than the 63 characters a label takes: the name
 * itself when it fits, else its start and a digest of the whole.
 */
function labelValue(name) {
    if (name.length <= 63)
        return name;
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(name).digest('hex').slice(0, 10);
    return `${name.slice(0, 52).replace(/[^a-zA-Z0-9]+$/, '')}-${digest}`;
}
/** The verdict label's values: a scan's verdicts and `revoked`. */
const BACKUP_VERDICTS = [..._policy_verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .VERDICTS */ .bk, 'revoked'];
function asVerdict(value) {
    return BACKUP_VERDICTS.find(v => v === value);
}
/** Copies what we wrote on a backup (verdict, commit) from its labels and annotations into it. */
function readRecord(info, keys) {
    const verdict = asVerdict(info.labels[keys.verdict]);
    if (verdict)
        info.verdict = verdict;
    if (info.labels[keys.commit])
        info.commit = info.labels[keys.commit];
    if (info.annotations[keys.commitSha])
        info.commitSha = info.annotations[keys.commitSha];
    return info;
}
/**
 * What label-backup writes on a backup: labels for selection (verdict, short commit),
 * annotations for detail (counts, policy, digest, time, full commit, run).
 */
function verdictMetadata(record, keys, commit, runUrl) {
    const labels = { [keys.verdict]: record.verdict };
    const annotations = {
        [keys.counts]: JSON.stringify((0,_verdict_record_js__WEBPACK_IMPORTED_MODULE_2__/* .countsOutput */ .kB)(record)),
        [keys.policy]: JSON.stringify(record.policy),
        [keys.sarifSha256]: record.sarifSha256,
        [keys.scannedAt]: record.scannedAt
    };
    if (commit) {
        labels[keys.commit] = commit.slice(0, SHORT_SHA_LENGTH);
        annotations[keys.commitSha] = commit;
    }
    if (runUrl)
        annotations[keys.runUrl] = runUrl;
    return { labels, annotations };
}


/***/ }),

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

/***/ 94388:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ createUnderFreeName),
/* harmony export */   v: () => (/* binding */ scheduledBackupName)
/* harmony export */ });
/* harmony import */ var _cluster_api_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83074);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _text_one_line_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73854);
/* harmony import */ var _util_duration_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26518);




// How both providers name the backups they create.
/** Names tried for one backup when the first is taken: `<name>`, `<name>-2`, … */
const MAX_NAME_ATTEMPTS = 5;
/**
 * Creates a backup under `base`, or the next free `<base>-<n>` while the API server answers 409
 * (AlreadyExists): the name has a one-second grain, and Velero's own scheduled backup or another
 * run may have taken it in the same second. `what` names the backup in the error after the last.
 */
async function createUnderFreeName(base, what, namespace, create) {
    for (let attempt = 1;; attempt++) {
        try {
            return await create(attempt === 1 ? base : `${base}-${attempt}`);
        }
        catch (error) {
            if ((0,_cluster_api_js__WEBPACK_IMPORTED_MODULE_0__/* .apiStatus */ .$)(error) !== 409)
                throw error;
            if (attempt >= MAX_NAME_ATTEMPTS)
                throw new Error(`cannot create ${what}: the names ${base} to ${base}-${attempt} are taken in namespace ${namespace} (${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_3__/* .oneLine */ .TN)((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .getErrorMessage */ .u)(error))}); run again a second later`, { cause: error });
        }
    }
}
/** `S-<yyyymmddhhmmss>` in UTC, as `velero backup create --from-schedule` names backups. */
function scheduledBackupName(schedule, at) {
    return `${schedule}-${(0,_util_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .compactTimestamp */ .ce)(at)}`;
}


/***/ }),

/***/ 65668:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ag: () => (/* binding */ rfc3339),
/* harmony export */   fl: () => (/* binding */ enforceRetention),
/* harmony export */   rH: () => (/* binding */ scheduleOf)
/* harmony export */ });
/* unused harmony exports protectedSet, planRetention */
/* harmony import */ var _cluster_conflict_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(55146);
/* harmony import */ var _text_one_line_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(73854);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81151);
/* harmony import */ var _selection_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(39360);
/* harmony import */ var _velero_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(31765);





/** The schedule a backup was taken from (Velero's label), '' for none. */
function scheduleOf(backup) {
    return backup.labels[_velero_js__WEBPACK_IMPORTED_MODULE_3__/* .SCHEDULE_LABEL */ .jN] ?? '';
}
/**
 * Which backups can be protected: verdict clean (after revocations from every source),
 * Completed, not being deleted. An expired backup that garbage collection has not reached yet
 * still has its data: it can be saved.
 */
function protectable(candidate) {
    const { backup } = candidate;
    return candidate.verdict === 'clean' && backup.phase === 'Completed' && !(0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .isBeingDeleted */ .vx)(backup);
}
/** RFC 3339 in whole seconds, as Velero writes its times. */
function rfc3339(at) {
    return at.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/** The newest `keep` protectable backups of each schedule, by name. */
function protectedSet(candidates, keep) {
    const kept = new Set();
    const perSchedule = new Map();
    for (const candidate of [...candidates].sort(_selection_js__WEBPACK_IMPORTED_MODULE_2__/* .newestCandidateFirst */ .yf)) {
        if (!protectable(candidate))
            continue;
        const schedule = scheduleOf(candidate.backup);
        const count = perSchedule.get(schedule) ?? 0;
        if (count >= keep)
            continue;
        perSchedule.set(schedule, count + 1);
        kept.add(candidate.backup.name);
    }
    return kept;
}
/** What the guard would change: pure, so that its decisions are tested without a cluster. */
function planRetention(candidates, keys, options) {
    const kept = protectedSet(candidates, options.keep);
    const now = options.now.getTime();
    const actions = [];
    for (const { backup } of [...candidates].sort(_selection_js__WEBPACK_IMPORTED_MODULE_2__/* .newestCandidateFirst */ .yf)) {
        const original = backup.annotations[keys.originalExpiration];
        const schedule = scheduleOf(backup);
        if (kept.has(backup.name)) {
            // No expiration: Velero never collects it (a TTL of 0).
            if (backup.expiresAt === undefined)
                continue;
            const expires = Date.parse(backup.expiresAt);
            if (!Number.isNaN(expires) && expires - now >= options.marginMs)
                continue;
            actions.push({
                kind: 'extend',
                backup: backup.name,
                schedule,
                from: backup.expiresAt,
                to: rfc3339(new Date(now + 2 * options.marginMs))
            });
        }
        else if (original !== undefined && !(0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .isBeingDeleted */ .vx)(backup)) {
            actions.push({
                kind: 'release',
                backup: backup.name,
                schedule,
                ...(backup.expiresAt ? { from: backup.expiresAt } : {}),
                to: original
            });
        }
    }
    return actions;
}
/**
 * Writes one action with optimistic locking: status and annotation in one merge patch (Velero's
 * Backup has no status subresource, so status is part of the object), with the resourceVersion
 * read; a conflict reads again. The original expiration is recorded only the first time, so a
 * second extension keeps the one Velero gave.
 */
async function apply(api, ref, keys, action) {
    return (0,_cluster_conflict_js__WEBPACK_IMPORTED_MODULE_0__/* .retryOnConflict */ .S)(async () => {
        const current = await api.get(ref, action.backup);
        if (!current || current.metadata.deletionTimestamp)
            return false;
        const annotations = current.metadata.annotations ?? {};
        const expiration = typeof current.status?.expiration === 'string' ? current.status.expiration : undefined;
        const recorded = annotations[keys.originalExpiration];
        if (action.kind === 'extend') {
            if (current.status?.phase !== 'Completed')
                return false;
            await api.mergePatch(ref, action.backup, {
                metadata: {
                    resourceVersion: current.metadata.resourceVersion,
                    annotations: { [keys.originalExpiration]: recorded ?? expiration ?? action.from ?? '' }
                },
                status: { expiration: action.to }
            });
        }
        else {
            if (recorded === undefined)
                return false;
            await api.mergePatch(ref, action.backup, {
                metadata: {
                    resourceVersion: current.metadata.resourceVersion,
                    annotations: { [keys.originalExpiration]: null }
                },
                status: { expiration: recorded }
            });
        }
        return true;
    });
}
/** Applies the plan, one backup at a time; returns what was done. */
async function enforceRetention(api, namespace, keys, candidates, options, logger) {
    if (options.keep <= 0)
        return [];
    const ref = { group: 'velero.io', version: 'v1', plural: 'backups', namespace };
    const done = [];
    for (const action of planRetention(candidates, keys, options)) {
        if (!(await apply(api, ref, keys, action)))
            continue;
        done.push(action);
        logger.info(action.kind === 'extend'
            ? `retention guard: backup ${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_4__/* .oneLine */ .TN)(action.backup)} is one of the newest ${options.keep} clean backups of ${action.schedule ? `schedule ${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_4__/* .oneLine */ .TN)(action.schedule)}` : 'the backups of no schedule'}: expiration ${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_4__/* .oneLine */ .TN)(action.from ?? '')} → ${action.to}`
            : `retention guard: backup ${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_4__/* .oneLine */ .TN)(action.backup)} has ${options.keep} newer clean backups: its original expiration ${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_4__/* .oneLine */ .TN)(action.to)} is back`);
    }
    return done;
}


/***/ }),

/***/ 39360:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ju: () => (/* binding */ selectKnownGood),
/* harmony export */   yf: () => (/* binding */ newestCandidateFirst),
/* harmony export */   zf: () => (/* binding */ revokedNote)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81151);

/** Candidates in the one backup order (newest first). */
function newestCandidateFirst(a, b) {
    return (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .newestFirst */ .ll)(a.backup, b.backup);
}
/** Why a revoked backup is not taken: the source that revoked it and its reason. */
function revokedNote(candidate) {
    return `revoked (${candidate.source}): ${candidate.revokedReason ?? 'no reason given'}`;
}
/**
 * The newest usable backup whose verdict is clean. Pure: the caller has already resolved each
 * backup's verdict (revoked by any source, else label, else commit status, else unverified).
 * Revoked, blocked, unknown and unverified backups are never chosen.
 */
function selectKnownGood(candidates) {
    const considered = [];
    let chosen;
    for (const candidate of [...candidates].sort(newestCandidateFirst)) {
        let reason;
        if (candidate.verdict === 'revoked')
            reason = revokedNote(candidate);
        else if (!candidate.backup.usable)
            reason = `not usable: ${candidate.backup.unusableReason ?? candidate.backup.phase}`;
        else if (candidate.verdict !== 'clean')
            reason = `verdict ${candidate.verdict}`;
        else if (chosen)
            reason = 'clean and usable, but older';
        else {
            chosen = candidate;
            reason = `chosen: newest usable backup with verdict clean (from ${candidate.source})`;
        }
        considered.push({ candidate, reason });
    }
    return chosen ? { chosen, considered } : { considered };
}


/***/ }),

/***/ 5467:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GP: () => (/* binding */ logErrors),
/* harmony export */   RD: () => (/* binding */ capMessages),
/* harmony export */   UP: () => (/* binding */ fetchVeleroFile),
/* harmony export */   VL: () => (/* binding */ messageLines),
/* harmony export */   c2: () => (/* binding */ parseResults)
/* harmony export */ });
/* unused harmony export VELERO_FILE_LIMITS */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _cluster_wait_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(973);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _text_one_line_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(73854);
/* harmony import */ var _util_json_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74976);
/**
 * Velero's own words on a restore or backup, which are not on the API objects: `status.errors`
 * and `status.warnings` are counts, the messages are files in object storage. They are fetched
 * the way Velero's client does (`velero restore describe`, `velero backup logs`: Velero's
 * pkg/cmd/util/downloadrequest/downloadrequest.go): create a DownloadRequest for the file, wait
 * until Velero has written a pre-signed URL into its status, GET that URL, gunzip. The results
 * file is JSON `{"errors": Result, "warnings": Result}` with Result `{velero?: [], cluster?: [],
 * namespaces?: {ns: []}}` (pkg/util/results/result.go); a log is logrus text, one entry a line.
 */






/**
 * Bounds. Velero's own client waits up to a minute for the URL; a results file of a large
 * restore with many conflicts can be megabytes, so the body and its unpacked size are capped.
 */
const VELERO_FILE_LIMITS = {
    /** Until Velero has signed the URL (it does within a second when the location is usable). */
    urlTimeoutMs: 30_000,
    downloadTimeoutMs: 30_000,
    maxBytes: 16 * 1024 * 1024,
    maxUnpackedBytes: 64 * 1024 * 1024,
    /** Messages kept (errors first), each cut to this length. */
    maxMessages: 100,
    maxMessageLength: 1000
};
const DOWNLOAD_REQUEST_LENGTH = 253;
/** The URL's signature (X-Amz-Signature and the like) is what grants access: mask it too. */
function maskUrl(url, logger) {
    logger.mask(url);
    try {
        for (const [key, value] of new URL(url).searchParams)
            if (/signature|token|credential|sig$/i.test(key) && value.length >= 8)
                logger.mask(value);
    }
    catch {
        // Not a URL: masked as a whole above.
    }
}
/**
 * Fetches one of Velero's files for the object `name` (a Restore or a Backup): undefined when
 * object storage has no such file. Throws when Velero gives no URL in time or the download
 * fails. The DownloadRequest is deleted afterwards (Velero would delete it after 10 minutes).
 */
async function fetchVeleroFile(source, kind, name, wait) {
    const ref = {
        group: 'velero.io',
        version: 'v1',
        plural: 'downloadrequests',
        namespace: source.namespace
    };
    const suffix = `-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}`;
    const requestName = `${name.slice(0, DOWNLOAD_REQUEST_LENGTH - suffix.length)}${suffix}`;
    await source.api.create(ref, {
        apiVersion: 'velero.io/v1',
        kind: 'DownloadRequest',
        metadata: { name: requestName, namespace: source.namespace },
        spec: { target: { kind, name } }
    });
    try {
        const url = await (0,_cluster_wait_js__WEBPACK_IMPORTED_MODULE_2__/* .pollUntil */ .g3)(`Velero to sign a download URL for the ${kind} of ${name} (DownloadRequest ${requestName})`, async () => {
            const request = await source.api.get(ref, requestName);
            if (!request)
                throw new Error(`DownloadRequest ${requestName} disappeared`);
            const signed = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(request.status?.downloadURL);
            return signed && (0,_util_json_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(request.status?.phase) === 'Processed' ? signed : undefined;
        }, {
            timeoutMs: VELERO_FILE_LIMITS.urlTimeoutMs,
            intervalMs: 500,
            logger: wait.logger,
            ...(wait.sleep ? { sleep: wait.sleep } : {}),
            ...(wait.now ? { now: wait.now } : {})
        });
        maskUrl(url, wait.logger);
        const file = await source.reader.read(url, {
            timeoutMs: VELERO_FILE_LIMITS.downloadTimeoutMs,
            maxBytes: VELERO_FILE_LIMITS.maxBytes,
            ...(source.caCert ? { caCert: source.caCert } : {})
        });
        if (!file.found)
            return undefined;
        // Every file but BackupContents is gzip (downloadrequest.go decompresses all others).
        try {
            return (0,node_zlib__WEBPACK_IMPORTED_MODULE_1__.gunzipSync)(file.body, { maxOutputLength: VELERO_FILE_LIMITS.maxUnpackedBytes });
        }
        catch (error) {
            throw new Error(error.code === 'ERR_BUFFER_TOO_LARGE'
                ? `the ${kind} file unpacks to more than ${VELERO_FILE_LIMITS.maxUnpackedBytes} bytes, more than is read here`
                : `the ${kind} file is not gzip: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .getErrorMessage */ .u)(error)}`, { cause: error });
        }
    }
    finally {
        await source.api.delete(ref, requestName).catch((error) => {
            wait.logger.debug(`could not delete DownloadRequest ${requestName}: ${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .TN)((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .getErrorMessage */ .u)(error))}`);
        });
    }
}
const clean = (text) => (0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_5__/* .truncate */ .xv)((0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .TN)(text), VELERO_FILE_LIMITS.maxMessageLength);
function resultMessages(level, result) {
    if (!(0,_util_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isObject */ .Gv)(result))
        return [];
    const out = [];
    const add = (scope, list) => {
        if (!Array.isArray(list))
            return;
        for (const m of list)
            if (typeof m === 'string')
                out.push({ level, scope, message: clean(m) });
    };
    add('velero', result.velero);
    add('cluster', result.cluster);
    if ((0,_util_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isObject */ .Gv)(result.namespaces))
        for (const [namespace, list] of Object.entries(result.namespaces))
            add(`namespace ${clean(namespace)}`, list);
    return out;
}
/** The messages of a results file (RestoreResults, BackupResults): errors, then warnings. */
function parseResults(text) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        throw new Error(`the results file is not JSON: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .getErrorMessage */ .u)(error)}`, { cause: error });
    }
    if (!(0,_util_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isObject */ .Gv)(parsed))
        throw new Error('the results file is not a JSON object');
    return [...resultMessages('error', parsed.errors), ...resultMessages('warning', parsed.warnings)];
}
const LOGFMT = /([A-Za-z_][\w.-]*)=("(?:[^"\\]|\\.)*"|\S*)/g;
function unquote(value) {
    if (!value.startsWith('"'))
        return value;
    try {
        return JSON.parse(value);
    }
    catch {
        // Go's %q may use escapes JSON has not (\x..): keep the text readable.
        return value.slice(1, -1).replace(/\\(.)/g, '$1');
    }
}
/**
 * The error entries of a Velero log (logrus text format: `time=… level=error msg="…" error="…"
 * resource=…`): level error, fatal or panic, as `msg: error [resource namespace/name]`.
 */
function logErrors(text) {
    const out = [];
    for (const line of text.split('\n')) {
        if (!/\blevel=(error|fatal|panic)\b/.test(line))
            continue;
        const fields = new Map();
        for (const match of line.matchAll(LOGFMT))
            fields.set(match[1], unquote(match[2]));
        const msg = fields.get('msg') ?? line;
        const error = fields.get('error');
        const object = [fields.get('namespace'), fields.get('name')].filter(Boolean).join('/');
        const what = [fields.get('resource'), object].filter(Boolean).join(' ');
        const item = what ? ` [${what}]` : '';
        out.push({
            level: 'error',
            scope: 'log',
            message: clean(`${msg}${error ? `: ${error}` : ''}${item}`)
        });
    }
    return out;
}
/** Caps the list (errors first, in Velero's order), counting what was left out. */
function capMessages(messages, unavailable) {
    const ordered = [
        ...messages.filter(m => m.level === 'error'),
        ...messages.filter(m => m.level === 'warning')
    ];
    const kept = ordered.slice(0, VELERO_FILE_LIMITS.maxMessages);
    return {
        messages: kept,
        omitted: ordered.length - kept.length,
        ...(unavailable ? { unavailable } : {})
    };
}
/** `error (namespace shop): …` lines for a log. */
function messageLines(details) {
    const lines = details.messages.map(m => `${m.level} (${m.scope}): ${m.message}`);
    if (details.omitted > 0)
        lines.push(`… and ${details.omitted} more`);
    if (details.unavailable)
        lines.push(`(Velero's messages could not be read: ${details.unavailable})`);
    return lines;
}


/***/ }),

/***/ 31765:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ll: () => (/* binding */ VeleroProvider),
/* harmony export */   jN: () => (/* binding */ SCHEDULE_LABEL)
/* harmony export */ });
/* unused harmony exports LOCATION_LABEL, DEFAULT_LOCATION, veleroBackupInfo, locationProblem */
/* harmony import */ var _cluster_conflict_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(55146);
/* harmony import */ var _cluster_wait_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(973);
/* harmony import */ var _wait_usable_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71110);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _text_one_line_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(73854);
/* harmony import */ var _util_json_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(74976);
/* harmony import */ var _naming_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(94388);
/* harmony import */ var _label_contract_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(39511);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(81151);
/* harmony import */ var _velero_files_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5467);










const GROUP = 'velero.io';
const VERSION = 'v1';
/** `velero backup create --from-schedule S` labels the backup with the schedule's name. */
const SCHEDULE_LABEL = 'velero.io/schedule-name';
/** Velero labels every Backup with the name of its storage location. */
const LOCATION_LABEL = 'velero.io/storage-location';
/**
 * The location of a Backup that names none and of a cluster without a location marked default:
 * the server flag --default-backup-storage-location, "default" unless changed
 * (pkg/controller/backup_controller.go, prepareBackupRequest).
 */
const DEFAULT_LOCATION = 'default';
/** Velero phases after which a backup will not become Completed. */
const BACKUP_FAILED = new Set(['Failed', 'PartiallyFailed', 'FailedValidation']);
const RESTORE_DONE = new Set(['Completed', 'PartiallyFailed', 'Failed', 'FailedValidation']);
/** Velero's own words on a failed Backup or Restore: failureReason and validation errors. */
function failureMessages(status) {
    const validation = Array.isArray(status.validationErrors) ? status.validationErrors : [];
    return [status.failureReason, ...validation].filter((m) => typeof m === 'string' && m !== '');
}
/**
 * Usable = `status.phase: Completed`, not expired, not being deleted (ARCHITECTURE.md, "Backups": Velero's CRDs
 * have no status subresource; status is read from the object itself).
 */
function veleroBackupInfo(object, keys, now) {
    const status = object.status ?? {};
    const phase = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_8__/* .str */ .gx)(status.phase) ?? 'New';
    const expiresAt = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_8__/* .str */ .gx)(status.expiration);
    const labels = object.metadata.labels ?? {};
    const annotations = object.metadata.annotations ?? {};
    let unusableReason;
    if (object.metadata.deletionTimestamp || phase === 'Deleting')
        unusableReason = _model_js__WEBPACK_IMPORTED_MODULE_6__/* .BEING_DELETED */ .IA;
    else if (phase !== 'Completed')
        unusableReason = `phase ${phase}`;
    else if (expiresAt !== undefined && Date.parse(expiresAt) <= now.getTime())
        unusableReason = `expired at ${expiresAt}`;
    const info = {
        kind: 'velero',
        name: object.metadata.name,
        namespace: object.metadata.namespace ?? '',
        phase,
        usable: unusableReason === undefined,
        labels,
        annotations
    };
    const startedAt = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_8__/* .str */ .gx)(status.startTimestamp) ?? object.metadata.creationTimestamp;
    if (startedAt)
        info.startedAt = startedAt;
    const location = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_8__/* .str */ .gx)(object.spec?.storageLocation) || labels[LOCATION_LABEL];
    if (location)
        info.storageLocation = location;
    if (expiresAt)
        info.expiresAt = expiresAt;
    if (unusableReason)
        info.unusableReason = unusableReason;
    const failure = failureMessages(status).join('; ');
    if (failure)
        info.failure = failure;
    return (0,_label_contract_js__WEBPACK_IMPORTED_MODULE_5__/* .readRecord */ .aE)(info, keys);
}
/**
 * Why Velero cannot use a BackupStorageLocation, or undefined when it can: it must exist and be
 * `Available` (Velero refuses backups and restores otherwise: "backup can't be created because
 * BackupStorageLocation x is in Unavailable status", "The BSL x is unavailable, cannot retrieve
 * the backup"); a backup also needs it ReadWrite. A location not validated yet (no phase) is
 * left to Velero.
 */
function locationProblem(name, location, namespace, forBackup) {
    if (!location)
        return `backup storage location ${name} does not exist in namespace ${namespace}`;
    const phase = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_8__/* .str */ .gx)(location.status?.phase);
    if (phase === 'Unavailable') {
        const message = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_8__/* .str */ .gx)(location.status?.message);
        const validated = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_8__/* .str */ .gx)(location.status?.lastValidationTime);
        return `backup storage location ${name} is Unavailable${validated ? ` (validated ${validated})` : ''}${message ? `: ${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_9__/* .oneLine */ .TN)(message)}` : ''}`;
    }
    if (forBackup && (0,_util_json_js__WEBPACK_IMPORTED_MODULE_8__/* .str */ .gx)(location.spec?.accessMode) === 'ReadOnly')
        return `backup storage location ${name} is ReadOnly (spec.accessMode): Velero takes no backups to it`;
    return undefined;
}
/** What to do about a location problem, for a refusal. */
const LOCATION_ADVICE = 'fix the location (bucket, credentials, the object store address) until Velero reports it Available (velero backup-location get), or use one that is';
/** Velero's restore phases after which its results file may hold messages. */
const RESTORE_RAN = new Set(['Completed', 'PartiallyFailed', 'Failed']);
class VeleroProvider {
    api;
    namespace;
    keys;
    now;
    options;
    kind = 'velero';
    backups;
    restores;
    schedules;
    locations;
    /** Locations read during this run (for the CA certificate of a file download). */
    seenLocations = new Map();
    constructor(api, namespace, keys, now = () => new Date(), options = {}) {
        this.api = api;
        this.namespace = namespace;
        this.keys = keys;
        this.now = now;
        this.options = options;
        const ref = (plural) => ({ group: GROUP, version: VERSION, plural, namespace });
        this.backups = ref('backups');
        this.restores = ref('restores');
        this.schedules = ref('schedules');
        this.locations = ref('backupstoragelocations');
    }
    /**
     * Every backup; one whose storage location Velero cannot use is not usable (a restore of it
     * would end FailedValidation), so the choice passes on to one that can be restored.
     */
    async list(labelSelector) {
        const [backups, locations] = await Promise.all([
            this.api.list(this.backups, labelSelector),
            this.api.list(this.locations)
        ]);
        const byName = new Map(locations.map(l => [l.metadata.name, l]));
        for (const [name, location] of byName)
            this.seenLocations.set(name, location);
        return backups.map(b => {
            const info = veleroBackupInfo(b, this.keys, this.now());
            if (info.usable) {
                const name = info.storageLocation ?? DEFAULT_LOCATION;
                const problem = locationProblem(name, byName.get(name), this.namespace, false);
                if (problem) {
                    info.usable = false;
                    info.unusableReason = problem;
                }
            }
            return info;
        });
    }
    /** The location a new backup of `template` goes to: its own, else the one marked default. */
    async backupLocation(template) {
        const named = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_8__/* .str */ .gx)(template.storageLocation);
        if (named)
            return { name: named, location: await this.readLocation(named) };
        const all = await this.api.list(this.locations);
        const marked = all.find(l => l.spec?.default === true);
        const name = marked?.metadata.name ?? DEFAULT_LOCATION;
        return { name, location: marked ?? all.find(l => l.metadata.name === name) };
    }
    /** A location as the API server has it now, remembered for a later file download. */
    async readLocation(name) {
        const location = await this.api.get(this.locations, name);
        if (location)
            this.seenLocations.set(name, location);
        return location;
    }
    /** Refuses to restore a backup whose location Velero cannot read, naming it and why. */
    async checkRestoreLocation(backup) {
        const name = backup.storageLocation ?? DEFAULT_LOCATION;
        const problem = locationProblem(name, await this.readLocation(name), this.namespace, false);
        if (problem)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j(`cannot restore backup ${backup.name}: ${problem}. Velero would refuse the restore; ${LOCATION_ADVICE}`);
    }
    async get(name) {
        const object = await this.api.get(this.backups, name);
        return object ? veleroBackupInfo(object, this.keys, this.now()) : undefined;
    }
    /** The newest backup of a schedule (by start time). */
    async newestOf(schedule) {
        return (0,_model_js__WEBPACK_IMPORTED_MODULE_6__/* .newestBackup */ .RO)(await this.list(`${SCHEDULE_LABEL}=${schedule}`));
    }
    /**
     * Creates the pre-release backup the way `velero backup create --from-schedule` does, with
     * our labels and annotations set at creation, so that they are stored with the backup.
     */
    async create(schedule, labels, annotations) {
        const source = await this.api.get(this.schedules, schedule);
        if (!source)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j(`schedule ${schedule} does not exist in namespace ${this.namespace}`);
        if ((0,_util_json_js__WEBPACK_IMPORTED_MODULE_8__/* .str */ .gx)(source.status?.phase) === 'FailedValidation') {
            const errors = Array.isArray(source.status?.validationErrors)
                ? source.status.validationErrors.filter((e) => typeof e === 'string')
                : [];
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j(`schedule ${schedule} in namespace ${this.namespace} failed Velero's validation${errors.length ? `: ${errors.map(_text_one_line_js__WEBPACK_IMPORTED_MODULE_9__/* .oneLine */ .TN).join('; ')}` : ''}; fix the schedule (velero schedule describe ${schedule})`);
        }
        const template = (source.spec?.template ?? {});
        const { name: locationName, location } = await this.backupLocation(template);
        const problem = locationProblem(locationName, location, this.namespace, true);
        if (problem)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j(`cannot take a backup from schedule ${schedule}: ${problem}. Velero would refuse the backup (FailedValidation); ${LOCATION_ADVICE}`);
        return (0,_naming_js__WEBPACK_IMPORTED_MODULE_4__/* .createUnderFreeName */ .Q)((0,_naming_js__WEBPACK_IMPORTED_MODULE_4__/* .scheduledBackupName */ .v)(schedule, this.now()), `a backup of schedule ${schedule}`, this.namespace, async (name) => {
            const body = {
                apiVersion: `${GROUP}/${VERSION}`,
                kind: 'Backup',
                metadata: {
                    name,
                    namespace: this.namespace,
                    labels: { ...(source.metadata.labels ?? {}), [SCHEDULE_LABEL]: schedule, ...labels },
                    annotations
                },
                spec: template
            };
            return veleroBackupInfo(await this.api.create(this.backups, body), this.keys, this.now());
        });
    }
    /** Waits until the backup is usable; a terminal failure or a deletion ends the wait. */
    async waitUsable(name, options) {
        const never = (backup) => BACKUP_FAILED.has(backup.phase) || backup.unusableReason?.startsWith('expired') === true;
        return (0,_wait_usable_js__WEBPACK_IMPORTED_MODULE_2__/* .waitUntilUsable */ .S)(name, `backup ${name} to complete`, () => this.get(name), never, options);
    }
    /**
     * Adds labels and annotations to an existing backup with optimistic locking: the patch carries
     * the resourceVersion read, and a conflict (409) reads again and retries.
     */
    async record(name, labels, annotations, check) {
        return (0,_cluster_conflict_js__WEBPACK_IMPORTED_MODULE_0__/* .retryOnConflict */ .S)(async () => {
            const object = await this.api.get(this.backups, name);
            if (!object)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j(`backup ${name} does not exist in namespace ${this.namespace}`);
            check(veleroBackupInfo(object, this.keys, this.now()));
            const patched = await this.api.mergePatch(this.backups, name, {
                metadata: { resourceVersion: object.metadata.resourceVersion, labels, annotations }
            });
            return veleroBackupInfo(patched, this.keys, this.now());
        });
    }
    /**
     * What Velero says about a failed backup beyond its status: for FailedValidation, the state of
     * its storage location; for Failed and PartiallyFailed, the errors of its results file, else
     * the error entries of its log (`velero backup describe`, `velero backup logs`).
     */
    async explainFailure(backup, logger) {
        if (backup.phase === 'FailedValidation') {
            const messages = await this.locationMessages(backup.storageLocation ?? DEFAULT_LOCATION, true);
            return messages.length ? (0,_velero_files_js__WEBPACK_IMPORTED_MODULE_7__/* .capMessages */ .RD)(messages) : undefined;
        }
        if (backup.phase !== 'Failed' && backup.phase !== 'PartiallyFailed')
            return undefined;
        let unavailable;
        try {
            const results = await this.file('BackupResults', backup.name, backup.storageLocation, logger);
            const errors = results ? (0,_velero_files_js__WEBPACK_IMPORTED_MODULE_7__/* .parseResults */ .c2)(results.toString('utf8')) : [];
            if (errors.some(m => m.level === 'error'))
                return (0,_velero_files_js__WEBPACK_IMPORTED_MODULE_7__/* .capMessages */ .RD)(errors);
            const log = await this.file('BackupLog', backup.name, backup.storageLocation, logger);
            const logged = log ? (0,_velero_files_js__WEBPACK_IMPORTED_MODULE_7__/* .logErrors */ .GP)(log.toString('utf8')) : [];
            if (logged.length || errors.length)
                return (0,_velero_files_js__WEBPACK_IMPORTED_MODULE_7__/* .capMessages */ .RD)([...logged, ...errors]);
            if (!results && !log)
                unavailable = 'object storage holds neither its results nor its log';
        }
        catch (error) {
            unavailable = (0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_9__/* .oneLine */ .TN)((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .getErrorMessage */ .u)(error));
        }
        return unavailable ? (0,_velero_files_js__WEBPACK_IMPORTED_MODULE_7__/* .capMessages */ .RD)([], unavailable) : undefined;
    }
    /** A location problem as a message (for the interpretation of FailedValidation). */
    async locationMessages(name, forBackup) {
        const problem = locationProblem(name, await this.readLocation(name), this.namespace, forBackup);
        return problem ? [{ level: 'error', scope: `storage location ${name}`, message: problem }] : [];
    }
    /** One of Velero's files, through a DownloadRequest and the signed URL. */
    async file(kind, name, locationName, logger) {
        const reader = this.options.reader;
        if (!reader)
            throw new Error('no reader for signed URLs was given');
        const where = locationName ?? DEFAULT_LOCATION;
        const location = this.seenLocations.get(where) ?? (await this.readLocation(where));
        const caCert = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_8__/* .str */ .gx)(location?.spec?.objectStorage?.caCert);
        return (0,_velero_files_js__WEBPACK_IMPORTED_MODULE_7__/* .fetchVeleroFile */ .UP)({
            api: this.api,
            reader,
            namespace: this.namespace,
            ...(caCert ? { caCert: Buffer.from(caCert, 'base64').toString('utf8') } : {})
        }, kind, name, { logger });
    }
    async restorePlan(backup, request, name) {
        await this.checkRestoreLocation(backup);
        return [this.restoreObject(backup, request, name)];
    }
    restoreObject(backup, request, name) {
        const spec = { backupName: backup.name };
        if (request.namespaces.length > 0)
            spec.includedNamespaces = request.namespaces;
        if (request.mapping.size > 0)
            spec.namespaceMapping = Object.fromEntries(request.mapping);
        if (request.existingResourcePolicy !== 'none')
            spec.existingResourcePolicy = request.existingResourcePolicy;
        if (request.includeClusterResources === false)
            spec.includeClusterResources = false;
        return {
            apiVersion: `${GROUP}/${VERSION}`,
            kind: 'Restore',
            metadata: {
                name,
                namespace: this.namespace,
                labels: request.labels,
                annotations: request.annotations
            },
            spec
        };
    }
    async restore(backup, request, name, options) {
        await this.checkRestoreLocation(backup);
        await this.api.create(this.restores, this.restoreObject(backup, request, name));
        return this.waitRestore(name, options);
    }
    async findRestores(labelSelector) {
        return (await this.api.list(this.restores, labelSelector))
            .map(object => {
            const phase = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_8__/* .str */ .gx)(object.status?.phase) ?? 'New';
            const record = {
                name: object.metadata.name,
                backup: (0,_util_json_js__WEBPACK_IMPORTED_MODULE_8__/* .str */ .gx)(object.spec?.backupName) ?? '',
                phase,
                finished: RESTORE_DONE.has(phase),
                succeeded: phase === 'Completed'
            };
            if (object.metadata.creationTimestamp)
                record.createdAt = object.metadata.creationTimestamp;
            return record;
        })
            .sort((a, b) => ((a.createdAt ?? '' < (b.createdAt ?? '')) ? 1 : -1));
    }
    async waitRestore(name, options) {
        const done = await (0,_cluster_wait_js__WEBPACK_IMPORTED_MODULE_1__/* .pollUntil */ .g3)(`restore ${name} to finish`, async () => {
            const object = await this.api.get(this.restores, name);
            if (object === undefined)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j(`restore ${name} disappeared from namespace ${this.namespace}`);
            const phase = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_8__/* .str */ .gx)(object.status?.phase);
            return phase && RESTORE_DONE.has(phase) ? object : undefined;
        }, options);
        const status = done.status ?? {};
        const phase = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_8__/* .str */ .gx)(status.phase) ?? 'unknown';
        const messages = failureMessages(status);
        const warnings = typeof status.warnings === 'number' ? status.warnings : 0;
        const errors = typeof status.errors === 'number' ? status.errors : 0;
        const result = {
            name,
            namespace: this.namespace,
            phase,
            succeeded: phase === 'Completed',
            warnings,
            errors,
            messages,
            created: [`restores.velero.io/${name}`]
        };
        const details = await this.restoreDetails(done, phase, warnings + errors, options.logger);
        if (details)
            result.details = details;
        return result;
    }
    /**
     * Velero's messages on a restore: the results file when it ran and counted warnings or errors
     * or failed (`velero restore describe`); for FailedValidation, the state of the backup's
     * storage location. A file that cannot be read is said so; it never changes the result.
     */
    async restoreDetails(restore, phase, counted, logger) {
        if (phase !== 'FailedValidation' &&
            (!RESTORE_RAN.has(phase) || (phase === 'Completed' && counted === 0)))
            return undefined;
        const backupName = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_8__/* .str */ .gx)(restore.spec?.backupName);
        const backup = backupName ? await this.get(backupName) : undefined;
        if (phase === 'FailedValidation') {
            const messages = backup?.storageLocation
                ? await this.locationMessages(backup.storageLocation, false)
                : [];
            return messages.length ? (0,_velero_files_js__WEBPACK_IMPORTED_MODULE_7__/* .capMessages */ .RD)(messages) : undefined;
        }
        try {
            const file = await this.file('RestoreResults', restore.metadata.name, backup?.storageLocation, logger);
            if (!file)
                return (0,_velero_files_js__WEBPACK_IMPORTED_MODULE_7__/* .capMessages */ .RD)([], 'object storage holds no results file for this restore');
            return (0,_velero_files_js__WEBPACK_IMPORTED_MODULE_7__/* .capMessages */ .RD)((0,_velero_files_js__WEBPACK_IMPORTED_MODULE_7__/* .parseResults */ .c2)(file.toString('utf8')));
        }
        catch (error) {
            const reason = (0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_9__/* .oneLine */ .TN)((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .getErrorMessage */ .u)(error));
            logger.warning(`could not read Velero's results of restore ${restore.metadata.name}: ${reason}`);
            return (0,_velero_files_js__WEBPACK_IMPORTED_MODULE_7__/* .capMessages */ .RD)([], reason);
        }
    }
}


/***/ }),

/***/ 71110:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ waitUntilUsable)
/* harmony export */ });
/* harmony import */ var _cluster_wait_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(973);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81151);


/**
 * Reads the backup until it is usable. It ends early, with the provider's reason, once
 * it is being deleted or disappears (both as `deleted`), or `terminal` says it never will be
 * (failed, expired).
 */
function waitUntilUsable(name, what, read, terminal, options) {
    return (0,_cluster_wait_js__WEBPACK_IMPORTED_MODULE_0__/* .pollUntil */ .g3)(what, async () => {
        const backup = await read();
        if (!backup)
            throw new _model_js__WEBPACK_IMPORTED_MODULE_1__/* .BackupFailedError */ .GE(name, 'deleted', 'it is gone');
        if (backup.usable)
            return backup;
        if ((0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .isBeingDeleted */ .vx)(backup))
            throw new _model_js__WEBPACK_IMPORTED_MODULE_1__/* .BackupFailedError */ .GE(name, 'deleted', `it is being deleted, phase ${backup.phase}`);
        if (terminal(backup))
            throw new _model_js__WEBPACK_IMPORTED_MODULE_1__/* .BackupFailedError */ .GE(name, backup.phase, backup.failure ??
                (backup.unusableReason === `phase ${backup.phase}` ? '' : (backup.unusableReason ?? '')));
        return undefined;
    }, options);
}


/***/ }),

/***/ 83074:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ apiStatus),
/* harmony export */   V: () => (/* binding */ ClusterApiError)
/* harmony export */ });
/**
 * The cluster as the product uses it: only the calls it makes (a port). The client-node
 * implementation is `client.ts`; tests pass plain fakes or run against the real API server.
 */
/** HTTP status of a failed API call, or undefined for transport errors. */
function apiStatus(error) {
    // client-node's ApiException carries the status as `code`; octokit's errors as `status`.
    const { code, status } = (error ?? {});
    if (typeof status === 'number')
        return status;
    return typeof code === 'number' ? code : undefined;
}
/** A failed API call that is not the user's to fix (conflict, server error), with its status. */
class ClusterApiError extends Error {
    status;
    constructor(message, status, options) {
        super(message, options);
        this.status = status;
        this.name = 'ClusterApiError';
    }
}


/***/ }),

/***/ 55146:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ retryOnConflict)
/* harmony export */ });
/* unused harmony export MAX_CONFLICT_RETRIES */
/* harmony import */ var _api_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83074);

/** Conflicting writers are retried this often before giving up. */
const MAX_CONFLICT_RETRIES = 8;
/**
 * Read, decide, write with optimistic locking: `attempt` reads the object and writes with the
 * resourceVersion it read; a 409 means someone wrote in between, so it runs again on fresh data.
 */
async function retryOnConflict(attempt) {
    for (let n = 1;; n++) {
        try {
            return await attempt(n === 1);
        }
        catch (error) {
            if ((0,_api_js__WEBPACK_IMPORTED_MODULE_0__/* .apiStatus */ .$)(error) !== 409 || n >= MAX_CONFLICT_RETRIES)
                throw error;
        }
    }
}


/***/ }),

/***/ 973:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Do: () => (/* binding */ WaitTimeoutError),
/* harmony export */   fv: () => (/* binding */ POLL_INTERVAL_MS),
/* harmony export */   g3: () => (/* binding */ pollUntil)
/* harmony export */ });
/* unused harmony export transient */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _api_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83074);


const TRANSPORT_ERROR = /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|EAI_AGAIN|socket hang up|other side closed/i;
/**
 * An API server that restarts, or a proxy that hiccups, answers like this for a while: no
 * connection, 429 (also "storage is (re)initializing"), 5xx. Anything else is an answer.
 */
function transient(error) {
    const status = (0,_api_js__WEBPACK_IMPORTED_MODULE_1__/* .apiStatus */ .$)(error);
    if (status !== undefined)
        return status === 429 || status >= 500;
    return error instanceof _api_js__WEBPACK_IMPORTED_MODULE_1__/* .ClusterApiError */ .V || TRANSPORT_ERROR.test((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorMessage */ .u)(error));
}
const FIRST_INTERVAL_MS = 250;
/**
 * The longest pause between two looks, per kind of wait: backups and restores take minutes,
 * certificates and rollouts seconds. Waits start at 250 ms and back off to these.
 */
const POLL_INTERVAL_MS = {
    backup: 5000,
    restore: 5000,
    certificate: 2000,
    rollout: 2000
};
/** The deadline passed before the awaited state was reached. */
class WaitTimeoutError extends Error {
    constructor(message) {
        super(message);
        this.name = 'WaitTimeoutError';
    }
}
const sleepFor = (ms) => new Promise(resolve => setTimeout(resolve, ms));
/**
 * Polls `check` until it returns a value, every 250 ms at first and then less often, up to
 * `intervalMs`. Reading again (rather than holding a watch open)
 * survives API server restarts and idle-connection timeouts without special cases: a transient
 * failure is logged and retried until the deadline; anything else is thrown at once.
 */
async function pollUntil(what, check, options) {
    const sleep = options.sleep ?? sleepFor;
    const now = options.now ?? Date.now;
    const deadline = now() + options.timeoutMs;
    let lastProblem = '';
    // Quick first looks (most waits end within a second or two), then back off to the interval.
    let interval = Math.min(FIRST_INTERVAL_MS, options.intervalMs);
    for (;;) {
        try {
            const value = await check();
            if (value !== undefined)
                return value;
        }
        catch (error) {
            if (!transient(error))
                throw error;
            lastProblem = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorMessage */ .u)(error);
            options.logger.debug(`waiting for ${what}: ${lastProblem} (retrying)`);
        }
        if (now() >= deadline) {
            throw new WaitTimeoutError(`timed out after ${Math.round(options.timeoutMs / 1000)} s waiting for ${what}${lastProblem ? ` (last error: ${lastProblem})` : ''}`);
        }
        await sleep(Math.min(interval, Math.max(0, deadline - now())));
        interval = Math.min(interval * 2, options.intervalMs);
    }
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

// EXTERNAL MODULE: ./src/config/inputs.ts + 1 modules
var inputs = __webpack_require__(28111);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`GITHUB_REPOSITORY is ${JSON.stringify(slug)}: expected owner/name (is this running in GitHub Actions?)`);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`${reader.label('code-scanning')} needs the ref and commit of the run: GITHUB_REF is ${JSON.stringify(ref)} and GITHUB_SHA ${JSON.stringify(commitSha)} (expected refs/heads/…, refs/tags/… or refs/pull/…, and a 40-digit SHA, as the runner sets them)`);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j('no commit to report on: set the commit input or GITHUB_SHA');
    const config = { ...connection, sha, feedback, reportingTimeoutMs };
    if (pullRequest)
        config.pullRequest = pullRequest;
    return config;
}


/***/ }),

/***/ 41490:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  o: () => (/* binding */ parseConfig)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/config/cluster.ts
var cluster = __webpack_require__(5040);
// EXTERNAL MODULE: ./src/config/github.ts
var config_github = __webpack_require__(89463);
;// CONCATENATED MODULE: ./src/config/backups.ts



function parseBackups(reader, env, cwd) {
    const config = {
        command: 'backups',
        connection: (0,cluster/* parseConnection */.C8)(reader),
        backups: (0,cluster/* parseBackupTarget */.zq)(reader)
    };
    const selector = reader.string('backup-selector');
    if (selector)
        config.selector = selector;
    const ledger = reader.string('ledger');
    if (ledger)
        config.ledgerFile = (0,external_node_path_.resolve)(cwd, ledger);
    const github = (0,config_github/* parseGitHubConnection */.B)(reader, env);
    if (github)
        config.github = github;
    return config;
}

// EXTERNAL MODULE: ./src/config/inputs.ts + 1 modules
var inputs = __webpack_require__(28111);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/config/common.ts + 1 modules
var common = __webpack_require__(99550);
// EXTERNAL MODULE: ./src/backup/health.ts + 1 modules
var health = __webpack_require__(76623);
;// CONCATENATED MODULE: ./src/config/health.ts




function parseRetention(reader) {
    return { keep: reader.integer('protect-known-good'), marginMs: reader.duration('protect-margin') };
}
function parseSkip(reader) {
    const skip = new Set();
    for (const name of reader.list('skip-checks')) {
        const check = health/* HEALTH_CHECKS */.TX.find(c => c === name.toLowerCase());
        if (!check)
            reader.fail('skip-checks', name, `expected one of ${health/* HEALTH_CHECKS */.TX.join(', ')}`);
        skip.add(check);
    }
    return skip;
}
function parseHealth(reader, env, cwd) {
    const config = {
        command: 'health',
        connection: (0,cluster/* parseConnection */.C8)(reader),
        backups: (0,cluster/* parseVeleroTarget */.cJ)(reader),
        tolerance: reader.number('schedule-tolerance'),
        maxKnownGoodAgeMs: reader.duration('max-known-good-age'),
        retention: parseRetention(reader),
        skip: parseSkip(reader),
        requireEncryption: reader.boolean('require-encryption')
    };
    const schedules = reader.list('schedules');
    if (schedules.length > 0)
        config.schedules = schedules;
    const metrics = reader.string('metrics-file');
    if (metrics) {
        if (!/\.prom$/.test(metrics))
            reader.fail('metrics-file', metrics, "expected a file name ending in .prom (node_exporter's textfile collector reads only those)");
        config.metricsFile = (0,external_node_path_.isAbsolute)(metrics) ? metrics : (0,external_node_path_.resolve)(cwd, metrics);
    }
    const ledger = reader.string('ledger');
    if (ledger)
        config.ledgerFile = (0,external_node_path_.resolve)(cwd, ledger);
    const github = (0,config_github/* parseGitHubConnection */.B)(reader, env);
    if (github)
        config.github = github;
    return config;
}

;// CONCATENATED MODULE: ./src/config/label-backup.ts





function parseTarget(reader, target) {
    const name = reader.string('backup-name');
    const selector = reader.string('backup-selector');
    const schedule = reader.string('schedule');
    const pvcSelector = reader.string('pvc-selector');
    const snapshotClass = reader.string('snapshot-class');
    if (reader.boolean('create')) {
        if (target.provider === 'velero' && !schedule)
            throw new errors/* ConfigurationError */.j(`${reader.label('create')} with provider velero needs ${reader.label('schedule')}: the backup is taken from its template`);
        if (target.provider === 'csi' && !pvcSelector)
            throw new errors/* ConfigurationError */.j(`${reader.label('create')} with provider csi needs ${reader.label('pvc-selector')}: the PVCs to snapshot`);
        if (name || selector)
            throw new errors/* ConfigurationError */.j(`${reader.label('create')} takes a new backup: leave out ${reader.label('backup-name')} and ${reader.label('backup-selector')}`);
        const source = target.provider === 'velero' ? schedule : pvcSelector;
        return snapshotClass ? { kind: 'create', source, snapshotClass } : { kind: 'create', source };
    }
    const ways = [name, selector, schedule].filter(Boolean).length;
    if (ways !== 1)
        throw new errors/* ConfigurationError */.j(`label-backup needs exactly one of ${reader.label('backup-name')}, ${reader.label('backup-selector')}, ${reader.label('schedule')} (or ${reader.label('create')})`);
    if (name)
        return { kind: 'name', name };
    if (selector)
        return { kind: 'selector', selector };
    return { kind: 'schedule', schedule: schedule };
}
function parseLabelBackup(reader, env, cwd) {
    const workspace = (0,common/* parseWorkspace */.V)(reader, cwd);
    const backups = (0,cluster/* parseBackupTarget */.zq)(reader);
    return {
        command: 'label-backup',
        workspace,
        identity: (0,common/* parseIdentity */.a)(reader, env),
        connection: (0,cluster/* parseConnection */.C8)(reader),
        backups,
        timeoutMs: reader.duration('timeout'),
        verdictFile: (0,external_node_path_.resolve)(workspace, reader.string('verdict-file')),
        target: parseTarget(reader, backups),
        wait: reader.boolean('wait'),
        retention: parseRetention(reader)
    };
}

// EXTERNAL MODULE: ./src/util/duration.ts
var duration = __webpack_require__(26518);
;// CONCATENATED MODULE: ./src/config/reader.ts



/**
 * Reads and validates inputs for one command, with the defaults of the input table. Errors name
 * the input as the platform spells it (`input 'fail-on'` or `--fail-on`), the bad value and what
 * is expected. Reading an input that does not apply to the command is a programming error: it
 * keeps the table's `commands` honest (see the applicability test).
 */
class InputReader {
    raw;
    platform;
    command;
    /** The inputs this reader was asked for. */
    read = new Set();
    constructor(raw, platform, command) {
        this.raw = raw;
        this.platform = platform;
        this.command = command;
    }
    label(name) {
        return this.platform === 'cli' ? `--${name}` : `input '${name}'`;
    }
    fail(name, value, expected) {
        throw new errors/* ConfigurationError */.j(`${this.label(name)} is ${JSON.stringify(value)}: ${expected}`);
    }
    /** `rest` follows "is required", e.g. `: name the files` or ` for restore: say why`. */
    required(name, rest) {
        throw new errors/* ConfigurationError */.j(`${this.label(name)} is required${rest}`);
    }
    value(name) {
        if (!(0,inputs/* appliesTo */.Gl)(name, this.command))
            throw new Error(`input ${name} does not apply to the ${this.command} command`);
        this.read.add(name);
        return this.raw[name];
    }
    text(name) {
        const value = this.value(name);
        if (typeof value === 'boolean')
            return String(value);
        const text = (Array.isArray(value) ? value[value.length - 1] : value)?.trim();
        return text === undefined || text === '' ? undefined : text;
    }
    string(name) {
        const given = this.text(name);
        if (given !== undefined)
            return given;
        const def = inputs/* INPUTS */.mc[name];
        return 'default' in def && !(0,inputs/* isExpressionDefault */.wD)(def) ? def.default : undefined;
    }
    /** The values given, one per line (and per repeated flag), trimmed, blanks and `#` comments dropped. */
    list(name) {
        const value = this.value(name);
        const parts = value === undefined || typeof value === 'boolean'
            ? []
            : Array.isArray(value)
                ? value
                : [value];
        return parts
            .flatMap(part => part.split(/\r?\n/))
            .map(part => part.trim())
            .filter(part => part !== '' && !part.startsWith('#'));
    }
    /** YAML 1.2 core schema booleans, like @actions/core's getBooleanInput. */
    boolean(name) {
        const value = this.value(name);
        if (typeof value === 'boolean')
            return value;
        const text = this.text(name);
        if (text === undefined)
            return inputs/* INPUTS */.mc[name].default;
        if (['true', 'True', 'TRUE'].includes(text))
            return true;
        if (['false', 'False', 'FALSE'].includes(text))
            return false;
        return this.fail(name, text, 'expected true or false');
    }
    enum(name) {
        const def = inputs/* INPUTS */.mc[name];
        const given = this.text(name);
        const text = given === undefined ? ('default' in def ? def.default : undefined) : given;
        if (text === undefined)
            return undefined;
        const value = 'anyCase' in def && def.anyCase ? text.toLowerCase() : text;
        if (!def.values.includes(value))
            this.fail(name, text, `expected one of ${def.values.join(', ')}`);
        return value;
    }
    integer(name) {
        const def = inputs/* INPUTS */.mc[name];
        const text = this.text(name);
        if (text === undefined)
            return def.default;
        if (!/^\d+$/.test(text) || Number(text) < def.min || !Number.isSafeInteger(Number(text)))
            this.fail(name, text, `expected a whole number of at least ${def.min}`);
        return Number(text);
    }
    /** A decimal number (`1.5`, `2`) above the table's bound. */
    number(name) {
        const def = inputs/* INPUTS */.mc[name];
        const text = this.text(name);
        if (text === undefined)
            return def.default;
        if (!/^\d+(\.\d+)?$/.test(text) || !(Number(text) > def.above))
            this.fail(name, text, `expected a number greater than ${def.above}, e.g. ${def.default}`);
        return Number(text);
    }
    /** Milliseconds. */
    duration(name) {
        const text = this.text(name) ?? inputs/* INPUTS */.mc[name].default;
        const ms = (0,duration/* parseDuration */.E9)(text);
        if (ms === undefined || ms <= 0)
            this.fail(name, text, 'expected a duration such as 30m, 90s or 1h');
        return ms;
    }
    /**
     * True when the user gave a value that is not the default. A default that is a workflow
     * expression is filled in by the runner, so it cannot tell: such inputs count as not given.
     */
    given(name) {
        const def = inputs/* INPUTS */.mc[name];
        const value = this.raw[name];
        if (value === undefined || value === false || (0,inputs/* isExpressionDefault */.wD)(def))
            return false;
        const fallback = 'default' in def ? String(def.default) : undefined;
        if (typeof value === 'boolean')
            return String(value) !== fallback;
        const text = (Array.isArray(value) ? value.join('\n') : value).trim();
        return text !== '' && text !== fallback;
    }
}

// EXTERNAL MODULE: ./src/config/restore.ts
var restore = __webpack_require__(21556);
// EXTERNAL MODULE: ./src/github/event.ts
var github_event = __webpack_require__(85015);
;// CONCATENATED MODULE: ./src/config/rotate-certs.ts


function parseRotateCerts(reader, env, readEvent) {
    const namespaces = reader.list('namespaces');
    if (namespaces.length === 0)
        reader.required('namespaces', ' for rotate-certs: the namespaces of the certificates');
    const config = {
        command: 'rotate-certs',
        connection: (0,cluster/* parseConnection */.C8)(reader),
        timeoutMs: reader.duration('timeout'),
        namespaces,
        names: reader.list('certificates'),
        renew: reader.boolean('renew'),
        restartWorkloads: reader.boolean('restart-workloads'),
        warnDays: reader.integer('expiry-warning-days'),
        concurrency: reader.integer('concurrency')
    };
    const selector = reader.string('certificate-selector');
    if (selector)
        config.selector = selector;
    const skip = config.renew ? (0,github_event/* renewalSkipReason */.CO)(reader.platform, env, readEvent()) : undefined;
    if (skip) {
        config.renew = false;
        config.skipReason = skip;
    }
    return config;
}

;// CONCATENATED MODULE: ./src/config/revoke.ts





const SHA = /^[0-9a-f]{7,64}$/i;
function sha(reader, name, text) {
    if (!SHA.test(text))
        reader.fail(name, text, 'expected a commit SHA (7 to 64 hex digits)');
    return text.toLowerCase();
}
/** The commits and the ancestry rule of revoke (shared with incident). */
function parseRevocationTarget(reader) {
    const commits = reader.list('commits').map(c => sha(reader, 'commits', c));
    const introduced = reader.string('introduced-in');
    const fixed = reader.string('fixed-in');
    if (fixed !== undefined && introduced === undefined)
        throw new errors/* ConfigurationError */.j(`${reader.label('fixed-in')} needs ${reader.label('introduced-in')}: the fix is the end of a range that starts where the vulnerability came in`);
    const target = { commits: [...new Set(commits)] };
    if (introduced !== undefined)
        target.introducedIn = sha(reader, 'introduced-in', introduced);
    if (fixed !== undefined)
        target.fixedIn = sha(reader, 'fixed-in', fixed);
    return target;
}
function parseRevoke(reader, env, cwd) {
    const workspace = (0,common/* parseWorkspace */.V)(reader, cwd);
    const target = parseRevocationTarget(reader);
    if (target.commits.length === 0 && target.introducedIn === undefined)
        throw new errors/* ConfigurationError */.j(`revoke needs ${reader.label('commits')} or ${reader.label('introduced-in')}: which releases are compromised`);
    const reason = reader.string('reason');
    if (reason === undefined)
        reader.required('reason', ' for revoke: say why, it is recorded with the revocation');
    const outputDir = reader.string('output-dir');
    const config = {
        command: 'revoke',
        workspace,
        identity: (0,common/* parseIdentity */.a)(reader, env),
        connection: (0,cluster/* parseConnection */.C8)(reader),
        backups: (0,cluster/* parseBackupTarget */.zq)(reader),
        target,
        reason,
        dryRun: reader.boolean('dry-run'),
        outputDir: (0,external_node_path_.isAbsolute)(outputDir) ? outputDir : (0,external_node_path_.resolve)(workspace, outputDir)
    };
    const github = (0,config_github/* parseGitHubConnection */.B)(reader, env);
    if (github)
        config.github = github;
    return config;
}

;// CONCATENATED MODULE: ./src/config/incident.ts






/** Label values and ConfigMap keys take it as it is: lower case, digits, `.` and `-`. */
const INCIDENT_ID = /^[a-z0-9]([a-z0-9.-]{0,61}[a-z0-9])?$/;
function parseId(reader, identity) {
    const id = reader.string('incident-id') ?? identity.runId;
    if (id === undefined)
        reader.required('incident-id', ' for incident outside a CI run: name it, so that running it again continues it');
    if (!INCIDENT_ID.test(id))
        reader.fail('incident-id', id, 'expected up to 63 lower-case letters, digits, . and - (starting and ending with a letter or digit)');
    return id;
}
function parseRotation(reader, timeoutMs) {
    const namespaces = reader.list('namespaces');
    const options = {
        namespaces,
        names: reader.list('certificates'),
        renew: true,
        restartWorkloads: reader.boolean('restart-workloads'),
        warnDays: reader.integer('expiry-warning-days'),
        concurrency: reader.integer('concurrency'),
        timeoutMs
    };
    const selector = reader.string('certificate-selector');
    if (selector)
        options.selector = selector;
    return namespaces.length > 0 ? options : undefined;
}
function parseIncident(reader, env, cwd) {
    const workspace = (0,common/* parseWorkspace */.V)(reader, cwd);
    const identity = (0,common/* parseIdentity */.a)(reader, env);
    const id = parseId(reader, identity);
    const reason = reader.string('reason');
    if (reason === undefined)
        reader.required('reason', ' for incident: say why, it is recorded on every step');
    const timeoutMs = reader.duration('timeout');
    const target = parseRevocationTarget(reader);
    const backup = reader.string('backup');
    const outputDir = reader.string('output-dir');
    const ledger = reader.string('ledger');
    const config = {
        command: 'incident',
        id,
        workspace,
        identity,
        connection: (0,cluster/* parseConnection */.C8)(reader),
        backups: (0,cluster/* parseBackupTarget */.zq)(reader),
        timeoutMs,
        reason,
        dryRun: reader.boolean('dry-run'),
        outputDir: (0,external_node_path_.isAbsolute)(outputDir) ? outputDir : (0,external_node_path_.resolve)(workspace, outputDir),
        schedules: reader.list('schedules'),
        restore: {
            ...(backup === restore/* LATEST_KNOWN_GOOD */.y$ ? {} : { backup }),
            namespaces: reader.list('restore-namespaces'),
            mapping: (0,restore/* parseMapping */.KV)(reader),
            existingResourcePolicy: reader.enum('existing-resource-policy'),
            allowUnverified: reader.boolean('allow-unverified'),
            ...(ledger ? { ledgerFile: (0,external_node_path_.resolve)(cwd, ledger) } : {})
        }
    };
    if (target.commits.length > 0 || target.introducedIn !== undefined)
        config.revocation = target;
    const rotation = parseRotation(reader, timeoutMs);
    if (rotation)
        config.rotation = rotation;
    const github = (0,config_github/* parseGitHubConnection */.B)(reader, env);
    if (github)
        config.github = github;
    return config;
}

// EXTERNAL MODULE: ./src/backup/drill.ts
var drill = __webpack_require__(89939);
;// CONCATENATED MODULE: ./src/config/drill.ts






function parseDrill(reader, env, cwd) {
    const namespaces = reader.list('restore-namespaces');
    if (namespaces.length > 1)
        reader.fail('restore-namespaces', namespaces.join(', '), 'a drill restores one namespace into its scratch namespace: name one (run one drill per namespace)');
    const expect = [];
    for (const text of reader.list('expect')) {
        const parsed = (0,drill/* parseExpected */._8)(text);
        if (typeof parsed === 'string')
            reader.fail('expect', text, parsed);
        expect.push(parsed);
    }
    const config = {
        command: 'drill',
        identity: (0,common/* parseIdentity */.a)(reader, env),
        connection: (0,cluster/* parseConnection */.C8)(reader),
        backups: (0,cluster/* parseVeleroTarget */.cJ)(reader),
        timeoutMs: reader.duration('timeout'),
        backup: reader.string('backup'),
        expect,
        keep: reader.boolean('keep')
    };
    if (config.backup !== restore/* LATEST_KNOWN_GOOD */.y$ &&
        !/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(config.backup))
        reader.fail('backup', config.backup, `expected ${restore/* LATEST_KNOWN_GOOD */.y$} or the name of a Backup`);
    if (namespaces[0]) {
        if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(namespaces[0]))
            reader.fail('restore-namespaces', namespaces[0], 'expected a namespace name');
        config.sourceNamespace = namespaces[0];
    }
    const ledger = reader.string('ledger');
    if (ledger)
        config.ledgerFile = (0,external_node_path_.resolve)(cwd, ledger);
    const github = (0,config_github/* parseGitHubConnection */.B)(reader, env);
    if (github)
        config.github = github;
    return config;
}

// EXTERNAL MODULE: ./src/model.ts
var model = __webpack_require__(10182);
// EXTERNAL MODULE: ./src/report/files.ts + 2 modules
var files = __webpack_require__(21315);
// EXTERNAL MODULE: ./src/sarif/path-map.ts
var path_map = __webpack_require__(95693);
;// CONCATENATED MODULE: ./src/config/scan.ts






function parseMaxCounts(reader) {
    const counts = {};
    for (const entry of reader.list('max-counts').flatMap(line => line.split(','))) {
        const text = entry.trim();
        if (text === '')
            continue;
        const match = /^([a-z]+)\s*=\s*(\d+)$/i.exec(text);
        const severity = match?.[1]?.toLowerCase();
        if (!match || !model/* SEVERITIES */.oC.includes(severity ?? '')) {
            reader.fail('max-counts', text, `expected entries like high=2, one of ${model/* SEVERITIES */.oC.join(', ')} = a whole number`);
        }
        counts[severity] = Number(match[2]);
    }
    return counts;
}
function parsePathMap(reader, workspace) {
    return reader.list('path-map').map(line => {
        const entry = (0,path_map/* parsePathMapEntry */.dI)(line, workspace);
        if (typeof entry === 'string')
            reader.fail('path-map', line, entry);
        return entry;
    });
}
function parsePolicy(reader) {
    return {
        failOn: reader.enum('fail-on'),
        maxCounts: parseMaxCounts(reader),
        newOnly: reader.boolean('new-only'),
        include: reader.list('include-paths'),
        exclude: reader.list('exclude-paths'),
        allowRules: reader.list('allow-rules'),
        denyRules: reader.list('deny-rules'),
        countSuppressed: reader.boolean('count-suppressed')
    };
}
/** The report directory: an existing directory this step can write, or one it can create. */
function parseOutputDir(reader, workspace) {
    const text = reader.string('output-dir');
    const path = (0,external_node_path_.isAbsolute)(text) ? text : (0,external_node_path_.resolve)(workspace, text);
    const problem = (0,files/* outputDirProblem */.up)(path);
    if (problem !== undefined)
        reader.fail('output-dir', text, `${problem}: name a directory this step can write or create`);
    return path;
}
function parseScan(reader, env, cwd, readEvent) {
    const workspace = (0,common/* parseWorkspace */.V)(reader, cwd);
    const identity = (0,common/* parseIdentity */.a)(reader, env);
    const sarif = reader.list('sarif');
    if (sarif.length === 0)
        reader.required('sarif', ': name the SARIF files, directories or globs your scanners wrote');
    const config = {
        command: 'scan',
        workspace,
        identity,
        sarif,
        pathMap: parsePathMap(reader, workspace),
        policy: parsePolicy(reader),
        annotations: reader.boolean('annotations'),
        outputDir: parseOutputDir(reader, workspace)
    };
    const github = (0,config_github/* parseGitHubScan */.a)(reader, env, readEvent, identity, workspace);
    if (github)
        config.github = github;
    return config;
}

;// CONCATENATED MODULE: ./src/config/index.ts












function parseCommand(raw, platform) {
    const value = raw.command;
    const text = (typeof value === 'string' ? value : undefined)?.trim() || 'scan';
    if (!inputs/* COMMANDS */.Lo.includes(text)) {
        const label = platform === 'cli' ? 'the command' : "input 'command'";
        throw new errors/* ConfigurationError */.j(`${label} is ${JSON.stringify(text)}: expected one of ${inputs/* COMMANDS */.Lo.join(', ')}`);
    }
    return text;
}
function parseFor(reader, env, cwd, readEvent) {
    switch (reader.command) {
        case 'scan':
            return parseScan(reader, env, cwd, readEvent);
        case 'label-backup':
            return parseLabelBackup(reader, env, cwd);
        case 'restore':
            return (0,restore/* parseRestore */.Au)(reader, env, cwd);
        case 'backups':
            return parseBackups(reader, env, cwd);
        case 'rotate-certs':
            return parseRotateCerts(reader, env, readEvent);
        case 'revoke':
            return parseRevoke(reader, env, cwd);
        case 'incident':
            return parseIncident(reader, env, cwd);
        case 'health':
            return parseHealth(reader, env, cwd);
        case 'drill':
            return parseDrill(reader, env, cwd);
    }
}
/**
 * Every input, validated, into the typed configuration of one command. Errors name the input
 * (as the platform spells it), the bad value and what is expected. Inputs that the command
 * ignores come back as warnings. `readEvent` is called only by a command that needs the event
 * payload, so a broken one fails only those.
 */
function parseConfig(raw, env, platform, cwd, readEvent = () => undefined) {
    const command = parseCommand(raw, platform);
    const reader = new InputReader(raw, platform, command);
    // On the CLI the command is the first argument, not an input.
    if (platform === 'action')
        reader.enum('command');
    const config = parseFor(reader, env, cwd, readEvent);
    const warnings = inputs/* INPUT_NAMES */.Qh.filter(name => !(0,inputs/* appliesTo */.Gl)(name, command) && reader.given(name)).map(name => `${reader.label(name)} is ignored by the ${command} command`);
    return { config, warnings, read: reader.read };
}


/***/ }),

/***/ 28111:
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

// UNUSED EXPORTS: CLUSTER_COMMANDS, OUTPUTS, OUTPUT_NAMES, inputDef

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

// EXTERNAL MODULE: ./src/report/review-comments.ts
var review_comments = __webpack_require__(86703);
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
        values: review_comments/* REVIEW_FILTERS */.DR,
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
function inputDef(name) {
    return INPUTS[name];
}
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
const OUTPUT_NAMES = Object.keys(OUTPUTS);
function outputDef(name) {
    return OUTPUTS[name];
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

/***/ 83916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ ConfigurationError),
/* harmony export */   u: () => (/* binding */ getErrorMessage)
/* harmony export */ });
/**
 * A problem the user can fix (bad input, bad SARIF, a missing permission). Its message says
 * what to change. Everything else is a bug or an outage and is reported as such.
 */
class ConfigurationError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = 'ConfigurationError';
    }
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

/***/ 37593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $U: () => (/* binding */ statusDescription),
/* harmony export */   Dv: () => (/* binding */ revokedDescription),
/* harmony export */   UQ: () => (/* binding */ statusVerdictLookup),
/* harmony export */   _6: () => (/* binding */ statusState),
/* harmony export */   j: () => (/* binding */ STATUS_CONTEXT)
/* harmony export */ });
/* unused harmony export REVOKED_PREFIX */
/** The commit status that records the verdict on the commit (what restore can consult later). */
const STATUS_CONTEXT = 'known-good/verdict';
/** GitHub cuts a commit status description at 140 characters. */
const STATUS_DESCRIPTION_MAX = 140;
/** The description of a revoked commit's status: `revoked: <reason>`. */
const REVOKED_PREFIX = 'revoked: ';
/** The commit status of a revoked release (`failure`, with the reason). */
function revokedDescription(reason) {
    return `${REVOKED_PREFIX}${reason}`.slice(0, STATUS_DESCRIPTION_MAX);
}
/**
 * The durable record read back: the newest commit status known-good/verdict of a commit.
 * `failure` is blocked, unless its description says the release was revoked.
 */
function statusVerdictLookup(api) {
    return {
        async verdictOf(sha) {
            const status = await api.commitStatus(sha, STATUS_CONTEXT);
            if (status === undefined)
                return undefined;
            switch (status.state) {
                case 'success':
                    return { verdict: 'clean' };
                case 'failure':
                    return status.description.startsWith(REVOKED_PREFIX)
                        ? { verdict: 'revoked', reason: status.description.slice(REVOKED_PREFIX.length) }
                        : { verdict: 'blocked' };
                case 'error':
                    return { verdict: 'unknown' };
                default:
                    return undefined;
            }
        }
    };
}
function statusState(verdict) {
    return verdict === 'clean' ? 'success' : verdict === 'blocked' ? 'failure' : 'error';
}
function statusDescription(record) {
    const c = record.counts.counted;
    const text = `${record.verdict}: ${record.counts.blocking} blocking; ${c.critical} critical, ${c.high} high, ${c.medium} medium, ${c.low} low`;
    return text.slice(0, STATUS_DESCRIPTION_MAX);
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
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`GITHUB_EVENT_PATH is ${JSON.stringify((0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_2__/* .truncate */ .xv)((0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .TN)(path), 300))}: ${problem}. The runner writes the webhook payload of the event there; outside GitHub Actions unset GITHUB_EVENT_PATH, or point it at that JSON file`);
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
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j)
            throw error;
        throw eventError(path, `it cannot be read (${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .TN)((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .getErrorMessage */ .u)(error))})`);
    }
    if (size > MAX_EVENT_BYTES)
        throw eventError(path, `it holds ${size} bytes, more than a webhook payload (25 MB)`);
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch (error) {
        throw eventError(path, `it cannot be read (${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .TN)((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .getErrorMessage */ .u)(error))})`);
    }
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw eventError(path, `it is not JSON (${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_2__/* .truncate */ .xv)((0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .TN)((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .getErrorMessage */ .u)(error)), 200)})`);
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


/***/ }),

/***/ 10182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W1: () => (/* binding */ emptyCounts),
/* harmony export */   jZ: () => (/* binding */ atLeast),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   qs: () => (/* binding */ severityRank)
/* harmony export */ });
/**
 * Our own neutral model of a finding: what every SARIF producer's result is normalised into,
 * and what policy and reporters work on. Nothing here is SARIF-specific.
 */
/** Most severe first. */
const SEVERITIES = ['critical', 'high', 'medium', 'low', 'note'];
function severityRank(severity) {
    return SEVERITIES.indexOf(severity);
}
/** True when `a` is at least as severe as `b`. */
function atLeast(a, b) {
    return severityRank(a) <= severityRank(b);
}
function emptyCounts() {
    return { critical: 0, high: 0, medium: 0, low: 0, note: 0 };
}


/***/ }),

/***/ 90762:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ku: () => (/* binding */ firstOf),
/* harmony export */   MJ: () => (/* binding */ countedOf),
/* harmony export */   MU: () => (/* binding */ byTool),
/* harmony export */   Ss: () => (/* binding */ DISPOSITION_CODE),
/* harmony export */   Te: () => (/* binding */ OrderedJudged),
/* harmony export */   pq: () => (/* binding */ countOf)
/* harmony export */ });
/* unused harmony exports DISPOSITIONS, compareJudged, orderJudged */
/* harmony import */ var _sarif_store_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52804);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10182);


/** Why a finding does or does not count; its code in the store is its index here. */
const DISPOSITIONS = [
    'counted',
    'suppressed',
    'excluded',
    'allowed',
    'existing',
    'fixed'
];
/** Each disposition's code in the store. */
const DISPOSITION_CODE = Object.fromEntries(DISPOSITIONS.map((name, code) => [name, code]));
/** Within one severity and blocking: by place, then by identity. */
function compareInBucket(a, b) {
    const x = a.finding;
    const y = b.finding;
    return (compareText(x.location?.path ?? NO_LOCATION, y.location?.path ?? NO_LOCATION) ||
        (x.location?.startLine ?? 0) - (y.location?.startLine ?? 0) ||
        compareText(x.fingerprint, y.fingerprint) ||
        compareText(x.tool, y.tool) ||
        compareText(x.source.file, y.source.file) ||
        x.source.run - y.source.run);
}
/** Where a finding without a location sorts among paths. */
const NO_LOCATION = '\uffff';
/**
 * The one order of judged findings, as a comparison of two (the order's definition;
 * `OrderedJudged.of` sorts a store's rows by the same keys): most severe first, blocking before
 * non-blocking, then by place, then by identity. A total order: findings are de-duplicated by
 * fingerprint (sarif/store.ts), and the tool and source after it decide between equal
 * fingerprints should two ever meet, so output is byte-stable.
 */
function compareJudged(a, b) {
    return (severityRank(a.finding.severity) - severityRank(b.finding.severity) ||
        Number(b.blocking) - Number(a.blocking) ||
        compareInBucket(a, b));
}
/**
 * The one order of judged findings (ARCHITECTURE.md, "Scan memory"): rows of a `FindingStore`,
 * sorted once where the judgement is made (`decide`) and never again. Every report walks this
 * list, or a part of it taken in order, so no report sorts the findings: a part of an ordered
 * list is ordered. Walking it reads each finding from the store (a spilled one from disk), so
 * a report keeps only what it needs of each. Only this module makes one, so a report cannot be
 * handed an unsorted list.
 */
class OrderedJudged {
    store;
    list;
    countedPart;
    constructor(store, list) {
        this.store = store;
        this.list = list;
    }
    get length() {
        return this.list.length;
    }
    *[Symbol.iterator]() {
        for (const row of this.list)
            yield this.entry(row);
    }
    /**
     * What the store holds of each entry without reading the finding, in order; `entry()` reads
     * it. One object, changed at each step: take what is needed before the next.
     */
    *rows() {
        const store = this.store;
        const view = {
            severity: _model_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC[0],
            disposition: DISPOSITIONS[0],
            blocking: false,
            baselineState: undefined,
            entry: () => this.entry(current)
        };
        let current = 0;
        for (const row of this.list) {
            current = row;
            view.severity = store.severity(row);
            view.disposition = DISPOSITIONS[store.disposition(row)];
            view.blocking = store.blocking(row);
            view.baselineState = store.baselineState(row);
            yield view;
        }
    }
    /** How many entries block: no finding is read. */
    get blocking() {
        let count = 0;
        for (const row of this.list)
            if (this.store.blocking(row))
                count++;
        return count;
    }
    /** The entries whose row `keep` keeps, still in order. */
    rowsWhere(keep) {
        // Two passes into a typed array: `filter` would first gather the rows in a plain array,
        // 8 bytes a row of garbage for every part taken.
        let count = 0;
        for (const row of this.list)
            if (keep(row, this.store))
                count++;
        const rows = new Uint32Array(count);
        let i = 0;
        for (const row of this.list)
            if (keep(row, this.store))
                rows[i++] = row;
        return new OrderedJudged(this.store, rows);
    }
    /** The counted entries, in order; taken once per list and kept. */
    counted() {
        this.countedPart ??= this.rowsWhere((row, store) => store.disposition(row) === DISPOSITION_CODE.counted);
        return this.countedPart;
    }
    /** The entries `keep` keeps, still in order (each finding read to decide). */
    where(keep) {
        return this.rowsWhere(row => keep(this.entry(row)));
    }
    /** The first `n` entries, in order. */
    first(n) {
        const first = [];
        for (const row of this.list.subarray(0, Math.max(0, n)))
            first.push(this.entry(row));
        return first;
    }
    /** The entries of each tool, each list still in order; tools in the order they first appear. */
    byTool() {
        // Counted first, then filled: one typed array per tool, no list that grows.
        const counts = new Map();
        for (const row of this.list) {
            const tool = this.store.toolId(row);
            counts.set(tool, (counts.get(tool) ?? 0) + 1);
        }
        const lists = new Map();
        for (const [tool, count] of counts)
            lists.set(tool, { rows: new Uint32Array(count), filled: 0 });
        for (const row of this.list) {
            const list = lists.get(this.store.toolId(row));
            list.rows[list.filled++] = row;
        }
        const tools = new Map();
        for (const [tool, list] of lists)
            tools.set(this.store.tools.values[tool], new OrderedJudged(this.store, list.rows));
        return tools;
    }
    entry(row) {
        return {
            finding: this.store.finding(row),
            disposition: DISPOSITIONS[this.store.disposition(row)],
            blocking: this.store.blocking(row)
        };
    }
    /**
     * Sorts the judged rows of a store into the one order (the keys of `compareJudged`).
     * Severity and blocking split them into buckets in one pass; only a bucket is sorted, by
     * place and identity, each key a number (a string's rank among the store's strings).
     */
    static of(store) {
        if (store.isSealed)
            throw new Error('these findings were judged and ordered already');
        // No finding comes after the judgement: the de-duplication table goes before the order
        // is made, so the two never take memory at once.
        store.seal();
        const paths = store.paths.values;
        const pathRank = ranksWith(paths, NO_LOCATION);
        const noLocation = pathRank[paths.length];
        const toolRank = ranksWith(store.tools.values);
        const fileRank = ranksWith(store.files.values);
        // Counted first, then filled: the buckets are parts of one typed array, each sorted in
        // place, so the order takes 4 bytes a row and no list that grows.
        const bucketOf = (row) => store.severityCode(row) * 2 + (store.blocking(row) ? 0 : 1);
        const starts = new Uint32Array((_model_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC.length + 1) * 2 + 1);
        for (const row of store.rowsInOrderRead())
            starts[bucketOf(row) + 1]++;
        for (let bucket = 1; bucket < starts.length; bucket++)
            starts[bucket] += starts[bucket - 1];
        const filled = starts.slice(0, -1);
        const rows = new Uint32Array(starts[starts.length - 1]);
        for (const row of store.rowsInOrderRead())
            rows[filled[bucketOf(row)]++] = row;
        const place = (row) => {
            const path = store.pathId(row);
            return path < paths.length ? pathRank[path] : noLocation;
        };
        const compare = (a, b) => place(a) - place(b) ||
            store.startLine(a) - store.startLine(b) ||
            store.compareFingerprints(a, b) ||
            toolRank[store.toolId(a)] - toolRank[store.toolId(b)] ||
            fileRank[store.fileId(a)] - fileRank[store.fileId(b)] ||
            store.run(a) - store.run(b);
        for (let bucket = 0; bucket + 1 < starts.length; bucket++)
            rows.subarray(starts[bucket], starts[bucket + 1]).sort(compare);
        store.arrange(rows);
        return new OrderedJudged(store, rows);
    }
}
/** Judged findings (already de-duplicated) in the one order, held in a store of their own. */
function orderJudged(judged) {
    const store = FindingStore.of(judged.map(entry => entry.finding));
    judged.forEach((entry, row) => store.setJudgement(row, DISPOSITION_CODE[entry.disposition], entry.blocking));
    return OrderedJudged.of(store);
}
/** Each string's rank in `<` order (equal strings, equal ranks), `extra` ranked last in the list. */
function ranksWith(values, ...extra) {
    const all = [...values, ...extra];
    const order = all.map((_, i) => i).sort((a, b) => (0,_sarif_store_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6)(all[a], all[b]));
    const ranks = new Uint32Array(all.length);
    let rank = 0;
    order.forEach((id, i) => {
        if (i > 0 && all[order[i - 1]] !== all[id])
            rank = i;
        ranks[id] = rank;
    });
    return ranks;
}
/** The counted entries, in order: no finding is read to choose them. */
function countedOf(list) {
    return list.counted();
}
/** How many entries `keep` keeps: one pass, no copy. */
function countOf(list, keep) {
    let count = 0;
    for (const entry of list)
        if (keep(entry))
            count++;
    return count;
}
/** The first `n` entries of a list, in order, and how many it has in all: no pass over the rest. */
function firstOf(list, n) {
    return { first: list.first(n), total: list.length };
}
/** The entries of each tool, each list still in order; tools in the order they first appear. */
function byTool(list) {
    return list.byTool();
}


/***/ }),

/***/ 75187:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LD: () => (/* binding */ decide),
/* harmony export */   bk: () => (/* binding */ VERDICTS)
/* harmony export */ });
/* unused harmony export allowance */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(10182);
/* harmony import */ var _sarif_store_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52804);
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(90762);




const VERDICTS = ['clean', 'blocked', 'unknown'];
function matcher(patterns) {
    if (patterns.length === 0)
        return () => false;
    return picomatch__WEBPACK_IMPORTED_MODULE_2___default()(patterns, { dot: true });
}
/** A rule pattern list: `rule` or `tool:rule` globs. */
function ruleMatcher(patterns) {
    const plain = matcher(patterns.filter(p => !p.includes(':')));
    const qualified = matcher(patterns.filter(p => p.includes(':')));
    return (tool, ruleId) => plain(ruleId) || qualified(`${tool}:${ruleId}`);
}
/** A predicate over small ids (paths, rules), each id's answer computed once. */
function memo(answer) {
    const known = [];
    return id => {
        let value = known[id];
        if (value === undefined)
            known[id] = value = answer(id) ? 1 : 0;
        return value === 1;
    };
}
/** The most findings of a severity that still leave the release clean. */
function allowance(policy, severity) {
    const explicit = policy.maxCounts[severity];
    if (explicit !== undefined)
        return explicit;
    if (policy.failOn === 'none')
        return Number.POSITIVE_INFINITY;
    return (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .atLeast */ .jZ)(severity, policy.failOn) ? 0 : Number.POSITIVE_INFINITY;
}
/** Why a row of the store does or does not count, from its columns. */
function dispositionOf(store, row, policy, excluded, allowed) {
    const baselineState = store.baselineState(row);
    if (baselineState === 'absent')
        return 'fixed';
    if (store.suppressed(row) && !policy.countSuppressed)
        return 'suppressed';
    // A path outside the workspace cannot be matched against workspace globs: it always counts.
    const path = store.workspacePathId(row);
    if (path !== undefined && excluded(path))
        return 'excluded';
    if (allowed(store.ruleKey(row)))
        return 'allowed';
    if (policy.newOnly && (baselineState === 'unchanged' || baselineState === 'updated'))
        return 'existing';
    return 'counted';
}
/**
 * Findings + policy → verdict. The judgement of each finding is written into its row of the
 * store, which is then sorted into the one order. `unknown` (inputs that could not be judged)
 * is never clean; blocking findings from the inputs that were read still make it `blocked`.
 */
function decide(findings, problems, policy) {
    const store = findings instanceof _sarif_store_js__WEBPACK_IMPORTED_MODULE_0__/* .FindingStore */ .Fj ? findings : _sarif_store_js__WEBPACK_IMPORTED_MODULE_0__/* .FindingStore */ .Fj.of(findings);
    const include = matcher(policy.include);
    const exclude = matcher(policy.exclude);
    const excluded = memo(id => {
        const path = store.paths.values[id];
        return (policy.include.length > 0 && !include(path)) || exclude(path);
    });
    const rule = (matches) => memo(key => matches(store.tools.values[store.toolOfRule(key)], store.ruleIdOf(key)));
    const allowed = rule(ruleMatcher(policy.allowRules));
    const denied = rule(ruleMatcher(policy.denyRules));
    const counted = (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .emptyCounts */ .W1)();
    const all = (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .emptyCounts */ .W1)();
    const dispositions = {
        counted: 0,
        suppressed: 0,
        excluded: 0,
        allowed: 0,
        existing: 0,
        fixed: 0
    };
    const countedByTool = Object.create(null);
    for (const row of store.rowsInOrderRead()) {
        const severity = store.severity(row);
        all[severity]++;
        const disposition = dispositionOf(store, row, policy, excluded, allowed);
        dispositions[disposition]++;
        store.setJudgement(row, _order_js__WEBPACK_IMPORTED_MODULE_1__/* .DISPOSITION_CODE */ .Ss[disposition], false);
        if (disposition === 'counted') {
            counted[severity]++;
            (countedByTool[store.tools.values[store.toolId(row)]] ??= (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .emptyCounts */ .W1)())[severity]++;
        }
    }
    const reasons = [];
    const blockingSeverities = new Set();
    for (const severity of _model_js__WEBPACK_IMPORTED_MODULE_3__/* .SEVERITIES */ .oC) {
        const limit = allowance(policy, severity);
        if (counted[severity] > limit) {
            blockingSeverities.add(severity);
            const rule = policy.maxCounts[severity] !== undefined
                ? `max-counts allows ${limit}`
                : `fail-on ${policy.failOn} allows none`;
            reasons.push(`${counted[severity]} ${severity} finding${counted[severity] === 1 ? '' : 's'} (${rule})`);
        }
    }
    let deniedCount = 0;
    let blocking = 0;
    for (const row of store.rowsInOrderRead()) {
        if (store.disposition(row) !== _order_js__WEBPACK_IMPORTED_MODULE_1__/* .DISPOSITION_CODE */ .Ss.counted)
            continue;
        const isDenied = denied(store.ruleKey(row));
        if (isDenied)
            deniedCount++;
        if (isDenied || blockingSeverities.has(store.severity(row))) {
            store.setJudgement(row, _order_js__WEBPACK_IMPORTED_MODULE_1__/* .DISPOSITION_CODE */ .Ss.counted, true);
            blocking++;
        }
    }
    if (deniedCount > 0)
        reasons.push(`${deniedCount} finding${deniedCount === 1 ? '' : 's'} of denied rules (deny-rules)`);
    for (const problem of problems)
        reasons.push(problem.file ? `${problem.file}: ${problem.message}` : problem.message);
    const verdict = blocking > 0 ? 'blocked' : problems.length > 0 ? 'unknown' : 'clean';
    if (verdict === 'clean')
        reasons.push('no counted finding exceeds the policy');
    return {
        verdict,
        reasons,
        judged: _order_js__WEBPACK_IMPORTED_MODULE_1__/* .OrderedJudged */ .Te.of(store),
        counted,
        all,
        countedByTool,
        dispositions,
        blocking
    };
}


/***/ }),

/***/ 2796:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lo: () => (/* binding */ writeFileAtomically)
/* harmony export */ });
/* unused harmony exports randomSuffix, ChunkedFileWriter */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _util_appender_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77145);




/** One report file's write buffer. */
const BUFFER_BYTES = 1 << 18;
/** Names tried for the temporary file before giving up (each taken one is someone else's). */
const TEMP_ATTEMPTS = 8;
/** An unpredictable suffix: nobody can plant a file or a link at the name beforehand. */
function randomSuffix() {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(8).toString('hex');
}
/**
 * Creates the temporary file exclusively (O_CREAT | O_EXCL): a name that exists, a symbolic
 * link included (even one to a missing file), is never opened, so nothing is written through a
 * link planted there. A taken name is skipped for another.
 */
function openTemp(path, suffix) {
    for (let attempt = 1;; attempt++) {
        const temp = `${path}.${suffix()}.tmp`;
        try {
            return { fd: (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(temp, 'wx', 0o644), temp };
        }
        catch (error) {
            if (error.code !== 'EEXIST' || attempt >= TEMP_ATTEMPTS)
                throw error;
        }
    }
}
/**
 * Writes a large text file piece by piece (a report of a million findings would not fit in one
 * string) to a temporary name, renamed into place on `close`: a reader never sees half a file.
 * Each piece is encoded into one reused buffer as it is given (`Appender`), so the pieces of a
 * report do not stay on the heap. The rename replaces whatever is at `path`, a symbolic link
 * too, without following it.
 */
class ChunkedFileWriter {
    path;
    fd;
    temp;
    out;
    constructor(path, suffix = randomSuffix) {
        this.path = path;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), { recursive: true });
        ({ fd: this.fd, temp: this.temp } = openTemp(path, suffix));
        this.out = new _util_appender_js__WEBPACK_IMPORTED_MODULE_3__/* .Appender */ .w(this.fd, BUFFER_BYTES);
    }
    /** Bytes given so far, written or still in the buffer. */
    get bytes() {
        return this.out.end;
    }
    write(text) {
        this.out.append(text);
    }
    close() {
        try {
            this.out.flush();
        }
        catch (error) {
            this.abort();
            throw error;
        }
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(this.fd);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(this.temp, this.path);
    }
    abort() {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(this.fd);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(this.temp, { force: true });
    }
}
/** Writes `produce`'s output to `path`, or nothing at all if it throws. */
function writeFileAtomically(path, produce) {
    const writer = new ChunkedFileWriter(path);
    try {
        produce(writer);
    }
    catch (error) {
        writer.abort();
        throw error;
    }
    writer.close();
    return writer.bytes;
}


/***/ }),

/***/ 21315:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  up: () => (/* binding */ outputDirProblem),
  g$: () => (/* binding */ prepareOutputDir),
  t4: () => (/* binding */ writeReportFiles)
});

// UNUSED EXPORTS: MARKDOWN_REPORT_MAX_BYTES, MARKDOWN_REPORT_MAX_FINDINGS, REPORT_FILES, reportWriteError

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/report/file-writer.ts
var file_writer = __webpack_require__(2796);
// EXTERNAL MODULE: ./src/policy/order.ts
var order = __webpack_require__(90762);
;// CONCATENATED MODULE: ./src/report/gitlab-code-quality.ts


/**
 * GitLab Code Quality report (https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format):
 * an array of issues with `description`, `check_name`, `fingerprint`, `severity` (info, minor,
 * major, critical, blocker) and `location.path` + `location.lines.begin`.
 */
const GITLAB_SEVERITY = {
    critical: 'blocker',
    high: 'critical',
    medium: 'major',
    low: 'minor',
    note: 'info'
};
function writeGitLabCodeQuality(path, judged) {
    return (0,file_writer/* writeFileAtomically */.lo)(path, out => {
        out.write('[');
        let i = 0;
        for (const entry of (0,order/* countedOf */.MJ)(judged)) {
            const f = entry.finding;
            const issue = {
                type: 'issue',
                description: `${f.message || f.ruleId}${entry.blocking ? ' (blocks the release)' : ''}`,
                check_name: `${f.tool}:${f.ruleId}`,
                fingerprint: f.fingerprint,
                severity: GITLAB_SEVERITY[f.severity],
                location: { path: f.location?.path ?? '.', lines: { begin: f.location?.startLine ?? 1 } }
            };
            out.write(`${i++ > 0 ? ',' : ''}\n${JSON.stringify(issue)}`);
        }
        out.write('\n]\n');
    });
}

// EXTERNAL MODULE: ./src/text/escape.ts
var text_escape = __webpack_require__(67388);
;// CONCATENATED MODULE: ./src/report/junit.ts



function locationName(entry) {
    const l = entry.finding.location;
    return l ? `${l.path}:${l.startLine}` : '(no location)';
}
function testcase(entry) {
    const f = entry.finding;
    const attrs = [
        `classname="${(0,text_escape/* escapeXml */.X)(`${f.tool}.${f.ruleId}`)}"`,
        `name="${(0,text_escape/* escapeXml */.X)(`${f.ruleId} at ${locationName(entry)}`)}"`
    ];
    if (f.location && !f.location.outsideWorkspace)
        attrs.push(`file="${(0,text_escape/* escapeXml */.X)(f.location.path)}"`, `line="${f.location.startLine}"`);
    const detail = (0,text_escape/* escapeXml */.X)(`${f.severity} ${f.ruleId} (${f.tool}) at ${locationName(entry)}\n${f.message}${f.helpUri ? `\n${f.helpUri}` : ''}`);
    const body = entry.blocking
        ? `<failure type="${f.severity}" message="${(0,text_escape/* escapeXml */.X)(f.message.slice(0, 500))}">${detail}</failure>`
        : `<skipped message="${(0,text_escape/* escapeXml */.X)(`${f.severity}: counted, within the policy`)}"/>`;
    return `<testcase ${attrs.join(' ')}>${body}</testcase>\n`;
}
/**
 * JUnit XML for CI test-report views (GitLab `artifacts:reports:junit`, Jenkins `junit`): one
 * suite per tool with a case per counted finding — a failure when it blocks, skipped when it is
 * within the policy — and a `verdict` suite whose single case fails unless the verdict is clean.
 */
function writeJUnit(path, record, judged) {
    const counted = (0,order/* countedOf */.MJ)(judged);
    const byTool = (0,order/* byTool */.MU)(counted);
    const verdictFails = record.verdict !== 'clean';
    const blocking = counted.blocking;
    const failures = blocking + (verdictFails ? 1 : 0);
    return (0,file_writer/* writeFileAtomically */.lo)(path, out => {
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n');
        out.write(`<testsuites name="known-good" tests="${counted.length + 1}" failures="${failures}">\n`);
        const verdictCase = verdictFails
            ? `<failure type="${record.verdict}" message="verdict ${record.verdict}">${(0,text_escape/* escapeXml */.X)(record.reasons.join('\n'))}</failure>`
            : '';
        out.write(`<testsuite name="verdict" tests="1" failures="${verdictFails ? 1 : 0}">\n`);
        out.write(`<testcase classname="known-good" name="verdict is clean">${verdictCase}</testcase>\n</testsuite>\n`);
        for (const [tool, entries] of [...byTool.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
            const toolFailures = entries.blocking;
            const skipped = entries.length - toolFailures;
            out.write(`<testsuite name="${(0,text_escape/* escapeXml */.X)(tool)}" tests="${entries.length}" failures="${toolFailures}" skipped="${skipped}">\n`);
            for (const entry of entries)
                out.write(testcase(entry));
            out.write('</testsuite>\n');
        }
        out.write('</testsuites>\n');
    });
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var report_markdown = __webpack_require__(54285);
// EXTERNAL MODULE: ./src/report/merged-sarif.ts
var merged_sarif = __webpack_require__(77644);
;// CONCATENATED MODULE: ./src/report/files.ts









const REPORT_FILES = {
    verdict: 'verdict.json',
    markdown: 'report.md',
    sarif: 'merged.sarif',
    junit: 'junit.xml',
    codeQuality: 'gl-code-quality-report.json'
};
/** The Markdown file report lists more findings than the job summary, but not millions. */
const MARKDOWN_REPORT_MAX_FINDINGS = 1000;
const MARKDOWN_REPORT_MAX_BYTES = 8 * 1024 * 1024;
function errorCode(error) {
    const code = error?.code;
    return typeof code === 'string' ? code : undefined;
}
/** File system error codes in words, for the person who has to pick another directory. */
const FS_PROBLEMS = {
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EROFS: 'read-only file system',
    EEXIST: 'something that is not a directory is in the way',
    ENOTDIR: 'a part of the path is not a directory',
    EISDIR: 'a directory is where a report file goes',
    ELOOP: 'a symbolic link loop',
    ENAMETOOLONG: 'the name is too long',
    ENOSPC: 'no space left on the device',
    EDQUOT: 'the disk quota is used up'
};
function fsProblem(code) {
    return (code && FS_PROBLEMS[code]) ?? code ?? 'unknown error';
}
function kindOf(stats) {
    if (stats.isFile())
        return 'a file';
    if (stats.isCharacterDevice())
        return 'a character device';
    if (stats.isBlockDevice())
        return 'a block device';
    if (stats.isFIFO())
        return 'a named pipe (FIFO)';
    if (stats.isSocket())
        return 'a socket';
    return 'not a directory';
}
/**
 * What keeps `dir` from being the report directory, or undefined when it is a writable
 * directory or can be created in one. Only reads: nothing is created here.
 */
function outputDirProblem(dir) {
    for (let at = dir;; at = (0,external_node_path_.dirname)(at)) {
        let stats;
        try {
            stats = (0,external_node_fs_.statSync)(at);
        }
        catch (error) {
            const code = errorCode(error);
            if (code === 'ENOENT' && (0,external_node_fs_.lstatSync)(at, { throwIfNoEntry: false })?.isSymbolicLink())
                return `${at} is a symbolic link to nothing`;
            if (code === 'ENOENT' && (0,external_node_path_.dirname)(at) !== at)
                continue;
            return `${at} cannot be used (${fsProblem(code)})`;
        }
        const what = at === dir ? at : `${at}, a parent of it,`;
        if (!stats.isDirectory())
            return `${what} is ${kindOf(stats)}, not a directory`;
        try {
            (0,external_node_fs_.accessSync)(at, external_node_fs_.constants.W_OK | external_node_fs_.constants.X_OK);
        }
        catch {
            return `${what} is not writable by this step`;
        }
        return undefined;
    }
}
/** A failure to write the report files: an environment problem the user fixes by output-dir. */
function reportWriteError(dir, error) {
    const code = errorCode(error);
    if (code === undefined || !/^E[A-Z]+$/.test(code))
        return error;
    const message = (0,errors/* getErrorMessage */.u)(error);
    const detail = message.startsWith(code) ? message : `${fsProblem(code)} (${message})`;
    return new errors/* ConfigurationError */.j(`could not write the report files to ${dir}: ${detail}: set output-dir to a directory this step can write`, { cause: error });
}
/**
 * Makes the report directory and proves it writable before any input is read, so that a
 * directory that cannot hold the reports fails at once and not after the scan.
 */
function prepareOutputDir(dir) {
    try {
        (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
        const probe = (0,external_node_path_.join)(dir, `.known-good-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.probe`);
        (0,external_node_fs_.closeSync)((0,external_node_fs_.openSync)(probe, 'wx'));
        (0,external_node_fs_.rmSync)(probe, { force: true });
    }
    catch (error) {
        throw reportWriteError(dir, error);
    }
}
/**
 * Every report file; a file system failure on the way (permissions, a read-only or full disk,
 * something in the way) is a ConfigurationError naming output-dir.
 */
async function writeReportFiles(dir, record, judged, annotations) {
    try {
        return await writeAll(dir, record, judged, annotations);
    }
    catch (error) {
        throw reportWriteError(dir, error);
    }
}
async function writeAll(dir, record, judged, annotations) {
    const paths = {
        dir,
        verdict: (0,external_node_path_.join)(dir, REPORT_FILES.verdict),
        markdown: (0,external_node_path_.join)(dir, REPORT_FILES.markdown),
        sarif: (0,external_node_path_.join)(dir, REPORT_FILES.sarif),
        junit: (0,external_node_path_.join)(dir, REPORT_FILES.junit),
        codeQuality: (0,external_node_path_.join)(dir, REPORT_FILES.codeQuality)
    };
    const merged = await (0,merged_sarif/* writeMergedSarif */.tY)(paths.sarif, judged);
    writeJUnit(paths.junit, record, judged);
    writeGitLabCodeQuality(paths.codeQuality, judged);
    const markdown = (0,report_markdown/* renderMarkdown */.Gc)(record, judged, {
        maxFindings: MARKDOWN_REPORT_MAX_FINDINGS,
        maxBytes: MARKDOWN_REPORT_MAX_BYTES,
        maxListed: MARKDOWN_REPORT_MAX_FINDINGS,
        annotations
    });
    (0,file_writer/* writeFileAtomically */.lo)(paths.markdown, out => out.write(markdown));
    // The verdict record last: its presence says the other files are complete.
    (0,file_writer/* writeFileAtomically */.lo)(paths.verdict, out => out.write(`${JSON.stringify(record, null, 2)}\n`));
    return { ...paths, merged };
}


/***/ }),

/***/ 54285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gc: () => (/* binding */ renderMarkdown),
/* harmony export */   Qw: () => (/* binding */ VERDICT_BADGE),
/* harmony export */   m9: () => (/* binding */ JOB_SUMMARY_MAX_BYTES),
/* harmony export */   o3: () => (/* binding */ safeLink)
/* harmony export */ });
/* unused harmony export MARKDOWN_MAX_LISTED */
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10182);
/* harmony import */ var _policy_order_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90762);
/* harmony import */ var _text_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(67388);



/**
 * GitHub's job summary: "up to 1 MiB of content per step"
 * (https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands#step-isolation-and-limits).
 */
const JOB_SUMMARY_MAX_BYTES = 1024 * 1024;
const VERDICT_BADGE = {
    clean: '✅ clean',
    blocked: '⛔ blocked',
    unknown: '❓ unknown (not clean)'
};
/** A link only for a plain http(s) URL; anything else is shown as escaped text. */
function safeLink(text, url) {
    const label = (0,_text_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(text, 200);
    if (url === undefined || !/^https?:\/\/[^\s()<>"'`\\]+$/i.test(url))
        return label;
    return `[${label}](${url})`;
}
/** The first `max` items, and a line saying how many more there are. */
function listed(items, max) {
    return { shown: items.slice(0, max), more: Math.max(0, items.length - max) };
}
/**
 * Reasons and input rows listed at most: 10,000 broken inputs must not push the job summary
 * over its 1 MiB (all of them are in verdict.json).
 */
const MARKDOWN_MAX_LISTED = 200;
function locationText(finding) {
    const location = finding.location;
    if (location === undefined)
        return '—';
    const lines = location.startLine === location.endLine
        ? `${location.startLine}`
        : `${location.startLine}–${location.endLine}`;
    const where = (0,_text_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(`${location.path}:${lines}`, 300);
    return location.outsideWorkspace ? `${where} (outside the workspace)` : where;
}
function findingRow(entry) {
    const f = entry.finding;
    const severity = `${f.severity}${entry.blocking ? ' ⛔' : ''}`;
    const rule = `${safeLink(f.ruleId, f.helpUri)}<br>${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(f.tool, 100)}`;
    const cwes = f.cwes.length > 0 ? `<br>${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(f.cwes.join(', '), 100)}` : '';
    return `| ${severity} | ${rule}${cwes} | ${locationText(f)} | ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(f.message, 500)} |`;
}
function countsTable(record) {
    const lines = ['| Severity | Counted | All findings |', '| --- | ---: | ---: |'];
    for (const severity of _model_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITIES */ .oC) {
        lines.push(`| ${severity} | ${record.counts.counted[severity]} | ${record.counts.all[severity]} |`);
    }
    return lines;
}
function toolTable(record, max) {
    const all = Object.keys(record.byTool).sort();
    if (all.length === 0)
        return [];
    const { shown: tools, more } = listed(all, max);
    const lines = [
        '',
        `| Tool | ${_model_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITIES */ .oC.join(' | ')} |`,
        `| --- |${' ---: |'.repeat(_model_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITIES */ .oC.length)}`
    ];
    for (const tool of tools) {
        const counts = record.byTool[tool];
        lines.push(`| ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(tool, 100)} | ${_model_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITIES */ .oC.map(s => counts[s]).join(' | ')} |`);
    }
    if (more > 0)
        lines.push('', `_${more} more tools are listed in verdict.json._`);
    return lines;
}
function notCounted(record) {
    const c = record.counts;
    const parts = [
        [c.suppressed, 'suppressed'],
        [c.excluded, 'excluded by path'],
        [c.allowed, 'of allowed rules'],
        [c.existing, 'existing (new-only)'],
        [c.fixed, 'fixed (baseline absent)'],
        [c.duplicates, 'duplicates merged']
    ].filter(([n]) => n > 0);
    return parts.length === 0
        ? ''
        : `Not counted: ${parts.map(([n, what]) => `${n} ${what}`).join(', ')}.`;
}
function inputsSection(record, max) {
    const lines = [
        '<details><summary>Inputs</summary>',
        '',
        '| File | Status | Tools | SHA-256 |',
        '| --- | --- | --- | --- |'
    ];
    const inputs = listed(record.inputs, max);
    for (const input of inputs.shown) {
        const tools = (input.runs ?? [])
            .map(r => `${r.tool}${r.version ? ` ${r.version}` : ''} (${r.findings})`)
            .join(', ');
        const status = input.status === 'read'
            ? 'read'
            : input.status === 'skipped'
                ? `skipped: ${input.skipped ?? ''}`
                : `failed: ${input.error ?? ''}`;
        lines.push(`| ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(input.file, 300)} | ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(status, 500)} | ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(tools, 300)} | ${input.sha256 ? `\`${input.sha256.slice(0, 12)}\`` : '—'} |`);
    }
    const patterns = listed(record.unmatchedPatterns, Math.max(0, max - inputs.shown.length));
    for (const pattern of patterns.shown)
        lines.push(`| ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(pattern, 300)} | matched no file | — | — |`);
    if (inputs.more + patterns.more > 0)
        lines.push('', `_${inputs.more + patterns.more} more inputs are listed in verdict.json._`);
    lines.push('', '</details>');
    return lines;
}
function policyLine(record) {
    const p = record.policy;
    const parts = [`fail-on ${p.failOn}`];
    const max = Object.entries(p.maxCounts).map(([s, n]) => `${s}=${n}`);
    if (max.length > 0)
        parts.push(`max-counts ${max.join(', ')}`);
    if (p.newOnly)
        parts.push('new-only');
    if (p.countSuppressed)
        parts.push('count-suppressed');
    if (p.include.length > 0)
        parts.push(`include ${p.include.join(', ')}`);
    if (p.exclude.length > 0)
        parts.push(`exclude ${p.exclude.join(', ')}`);
    if (p.allowRules.length > 0)
        parts.push(`allow-rules ${p.allowRules.join(', ')}`);
    if (p.denyRules.length > 0)
        parts.push(`deny-rules ${p.denyRules.join(', ')}`);
    return `Policy: ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(parts.join('; '), 2000)}.`;
}
function render(record, 
/** The first counted findings in order (as many as rows may show) and how many are counted. */
counted, rows, options, maxListed = MARKDOWN_MAX_LISTED) {
    const lines = [`## known-good: ${VERDICT_BADGE[record.verdict]}`, ''];
    const reasons = listed(record.reasons, maxListed);
    for (const reason of reasons.shown)
        lines.push(`- ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(reason, 1000)}`);
    if (reasons.more > 0)
        lines.push(`- _${reasons.more} more reasons are listed in verdict.json._`);
    lines.push('', ...countsTable(record), ...toolTable(record, maxListed), '');
    if (counted.total > 0) {
        lines.push(`### Findings (${Math.min(rows, counted.total)} of ${counted.total} counted, most severe first)`, '');
        lines.push('| Severity | Rule | Location | Message |', '| --- | --- | --- | --- |');
        for (const entry of counted.first.slice(0, rows))
            lines.push(findingRow(entry));
        if (counted.total > rows) {
            lines.push('', `_${counted.total - rows} more counted findings are in the report files (verdict JSON, merged SARIF)._`);
        }
        lines.push('');
    }
    const omitted = options.annotations?.omitted;
    if (omitted && omitted.error + omitted.warning + omitted.notice > 0) {
        lines.push(`GitHub shows 10 annotations per level per step: ${omitted.error} errors, ${omitted.warning} warnings and ${omitted.notice} notices more are listed here and in the report files, not as annotations.`, '');
    }
    const skipped = notCounted(record);
    if (skipped)
        lines.push(skipped, '');
    lines.push(policyLine(record), '');
    const id = record.identity;
    const run = id.runUrl ? safeLink('CI run', id.runUrl) : undefined;
    const commit = id.commit
        ? `commit \`${id.commit.slice(0, 12).replace(/[^0-9a-fA-F]/g, '')}\``
        : undefined;
    if (run || commit)
        lines.push(`${[commit, run].filter(Boolean).join(' · ')}`, '');
    lines.push(...inputsSection(record, maxListed), '');
    return lines.join('\n');
}
/**
 * The verdict as Markdown, cut to fit `maxBytes`: fewer finding rows until it fits, then fewer
 * reasons and input rows; what is left out is counted in the text.
 */
function renderMarkdown(record, judged, options) {
    // Only the rows that can be shown are kept: a bounded top of the one order, not a copy.
    const counted = (0,_policy_order_js__WEBPACK_IMPORTED_MODULE_0__/* .firstOf */ .Ku)((0,_policy_order_js__WEBPACK_IMPORTED_MODULE_0__/* .countedOf */ .MJ)(judged), options.maxFindings);
    let rows = options.maxFindings;
    let maxListed = options.maxListed ?? MARKDOWN_MAX_LISTED;
    for (;;) {
        const text = render(record, counted, rows, options, maxListed);
        if (Buffer.byteLength(text, 'utf8') <= options.maxBytes || (rows === 0 && maxListed === 0))
            return text;
        if (rows > 0)
            rows = Math.floor(rows / 2);
        else
            maxListed = Math.floor(maxListed / 2);
    }
}


/***/ }),

/***/ 77644:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pp: () => (/* binding */ resultObject),
/* harmony export */   r8: () => (/* binding */ SARIF_UPLOAD_LIMITS),
/* harmony export */   tY: () => (/* binding */ writeMergedSarif),
/* harmony export */   u7: () => (/* binding */ ruleDescriptor),
/* harmony export */   yR: () => (/* binding */ slug)
/* harmony export */ });
/* unused harmony export FINGERPRINT_KEY */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _policy_order_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90762);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(311);
/* harmony import */ var _sarif_message_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38146);
/* harmony import */ var _file_writer_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2796);






/**
 * GitHub code scanning's upload limits
 * (https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning#file-size-and-result-limits):
 * "Maximum size of a gzip-compressed SARIF file: 10 MB", 20 runs per file, 25,000 results and
 * 25,000 rules per run, 100 tool extensions per run. Since June 2025 runs of one upload must not
 * share tool and category, so every run gets its own `automationDetails.id`.
 */
const SARIF_UPLOAD_LIMITS = {
    gzipBytes: 10 * 1000 * 1000,
    runs: 20,
    resultsPerRun: 25_000,
    rulesPerRun: 25_000
};
const FINGERPRINT_KEY = 'knownGood/v1';
function ruleDescriptor(finding) {
    const rule = { id: finding.ruleId };
    if (finding.ruleName !== undefined)
        rule.name = finding.ruleName;
    if (finding.ruleDescription !== undefined)
        rule.shortDescription = { text: finding.ruleDescription };
    if (finding.helpUri !== undefined)
        rule.helpUri = finding.helpUri;
    const properties = {};
    if (finding.cwes.length > 0)
        properties.tags = finding.cwes.map(cwe => `external/cwe/${cwe.toLowerCase()}`);
    if (finding.securitySeverity !== undefined)
        properties['security-severity'] = finding.securitySeverity.toFixed(1);
    if (Object.keys(properties).length > 0)
        rule.properties = properties;
    return rule;
}
/**
 * The message as SARIF writes it (§3.11.5): a template filled by arguments keeps both, so that
 * a consumer fills it as the tool meant; other text has its braces escaped (`{` → `{{`). A
 * template longer than a finding's message may be is written filled instead: written once per
 * result, it would repeat a shared `messageStrings` template in every one.
 */
function messageObject(f) {
    if (f.messageTemplate !== undefined &&
        f.messageArguments !== undefined &&
        f.messageTemplate.length <= _sarif_message_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_MESSAGE_CHARS */ .hP)
        return { text: f.messageTemplate, arguments: f.messageArguments };
    return { text: (0,_sarif_message_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeBraces */ .Qq)(f.message || f.ruleId) };
}
function resultObject(entry, ruleIndex) {
    const f = entry.finding;
    const result = {
        ruleId: f.ruleId,
        ruleIndex,
        level: f.level,
        message: messageObject(f),
        partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
        properties: { severity: f.severity, disposition: entry.disposition, blocking: entry.blocking }
    };
    if (f.location !== undefined) {
        const region = {
            startLine: f.location.startLine,
            endLine: f.location.endLine
        };
        if (f.location.startColumn !== undefined)
            region.startColumn = f.location.startColumn;
        if (f.location.endColumn !== undefined)
            region.endColumn = f.location.endColumn;
        const artifactLocation = f.location.outsideWorkspace
            ? { uri: f.location.path }
            : { uri: encodeURI(f.location.path), uriBaseId: '%SRCROOT%' };
        result.locations = [{ physicalLocation: { artifactLocation, region } }];
    }
    if (f.suppressed)
        result.suppressions = [{ kind: 'external', status: 'accepted' }];
    if (f.baselineState !== undefined)
        result.baselineState = f.baselineState;
    return result;
}
function slug(text) {
    return (text
        .toLowerCase()
        .replace(/[^a-z0-9._-]+/g, '-')
        .replace(/^-+|-+$/g, '') || 'tool');
}
function write(path, byTool, limits, cuts) {
    const tools = [...byTool.keys()].sort();
    let runs = 0;
    let results = 0;
    const bytes = (0,_file_writer_js__WEBPACK_IMPORTED_MODULE_3__/* .writeFileAtomically */ .lo)(path, out => {
        out.write('{"$schema":"https://json.schemastore.org/sarif-2.1.0.json","version":"2.1.0","runs":[');
        const categories = new Set();
        for (const tool of tools.slice(0, limits.runs)) {
            const entries = byTool.get(tool);
            const rules = new Map();
            const descriptors = [];
            // Which entries are kept, and each one's rule index: a number each, not the finding, so
            // that a run of many results holds none of them while it is written.
            const ruleIndex = new Int32Array(entries.length).fill(-1);
            let keptCount = 0;
            let position = -1;
            for (const entry of entries) {
                position++;
                if (keptCount >= limits.resultsPerRun)
                    break;
                let index = rules.get(entry.finding.ruleId);
                if (index === undefined) {
                    if (descriptors.length >= limits.rulesPerRun)
                        continue;
                    index = descriptors.length;
                    rules.set(entry.finding.ruleId, index);
                    descriptors.push(ruleDescriptor(entry.finding));
                }
                ruleIndex[position] = index;
                keptCount++;
            }
            if (keptCount < entries.length)
                cuts.push(`${tool}: ${entries.length - keptCount} of ${entries.length} results left out (at most ${limits.resultsPerRun} results and ${limits.rulesPerRun} rules per run; most severe kept)`);
            let category = `${_version_js__WEBPACK_IMPORTED_MODULE_5__/* .PRODUCT */ .A}/${slug(tool)}/`;
            for (let n = 2; categories.has(category); n++)
                category = `${_version_js__WEBPACK_IMPORTED_MODULE_5__/* .PRODUCT */ .A}/${slug(tool)}-${n}/`;
            categories.add(category);
            const version = entries.first(1)[0]?.finding.toolVersion;
            const driver = { name: tool, rules: descriptors };
            if (version !== undefined)
                driver.semanticVersion = version;
            const run = {
                tool: { driver },
                automationDetails: { id: category },
                properties: { mergedBy: `${_version_js__WEBPACK_IMPORTED_MODULE_5__/* .PRODUCT */ .A} ${_version_js__WEBPACK_IMPORTED_MODULE_5__/* .VERSION */ .x}` }
            };
            const header = JSON.stringify(run);
            out.write(`${runs > 0 ? ',' : ''}${header.slice(0, -1)},"results":[`);
            let written = 0;
            position = -1;
            for (const entry of entries) {
                position++;
                if (written >= keptCount)
                    break;
                const index = ruleIndex[position];
                if (index < 0)
                    continue;
                out.write(`${written++ > 0 ? ',' : ''}${JSON.stringify(resultObject(entry, index))}`);
            }
            out.write(']}');
            runs++;
            results += keptCount;
        }
        out.write(']}\n');
    });
    if (tools.length > limits.runs)
        cuts.push(`${tools.length - limits.runs} tools left out (at most ${limits.runs} runs per file)`);
    return { bytes, runs, results };
}
async function gzipSize(path) {
    let size = 0;
    const gzip = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(path).pipe((0,node_zlib__WEBPACK_IMPORTED_MODULE_1__.createGzip)());
    for await (const chunk of gzip)
        size += chunk.length;
    return size;
}
/**
 * One SARIF file for upload: one run per tool, most severe results first, within GitHub's
 * limits. When the gzipped file would exceed 10 MB, fewer results per run are kept until it fits;
 * every cut is named in `cuts`.
 */
async function writeMergedSarif(path, judged) {
    const byTool = (0,_policy_order_js__WEBPACK_IMPORTED_MODULE_2__/* .byTool */ .MU)(judged);
    let limits = { ...SARIF_UPLOAD_LIMITS };
    for (;;) {
        const cuts = [];
        const written = write(path, byTool, limits, cuts);
        const gzipBytes = await gzipSize(path);
        if (gzipBytes <= SARIF_UPLOAD_LIMITS.gzipBytes || limits.resultsPerRun <= 1) {
            if (limits.resultsPerRun < SARIF_UPLOAD_LIMITS.resultsPerRun) {
                cuts.push(`results per run reduced to ${limits.resultsPerRun} to stay under ${SARIF_UPLOAD_LIMITS.gzipBytes / 1e6} MB gzipped`);
            }
            return { ...written, gzipBytes, cuts };
        }
        const ratio = SARIF_UPLOAD_LIMITS.gzipBytes / gzipBytes;
        limits = {
            ...limits,
            resultsPerRun: Math.max(1, Math.floor(limits.resultsPerRun * ratio * 0.95))
        };
    }
}


/***/ }),

/***/ 71914:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NL: () => (/* binding */ stickyComment),
/* harmony export */   VK: () => (/* binding */ MAX_COMMENT_CHARS),
/* harmony export */   YL: () => (/* binding */ stickyMarker)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(10182);
/* harmony import */ var _text_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67388);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54285);
/* harmony import */ var _policy_order_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90762);




/**
 * GitHub's limit on an issue, pull request or review comment body ("Body is too long (maximum
 * is 65536 characters)", the REST API's 422).
 */
const MAX_COMMENT_CHARS = 65_536;
const TOP_FINDINGS = 20;
/** The hidden marker that finds our one sticky comment again on later runs. */
function stickyMarker(checkName) {
    return `<!-- known-good:sticky ${checkName.replace(/[^\w.-]/g, '_')} -->`;
}
/** The sticky pull request comment: verdict, counts by severity and tool, new vs existing. */
function stickyComment(record, judged, checkName, links) {
    let counted = 0;
    let newCount = 0;
    let existing = 0;
    for (const { baselineState } of (0,_policy_order_js__WEBPACK_IMPORTED_MODULE_2__/* .countedOf */ .MJ)(judged).rows()) {
        counted++;
        if (baselineState === 'new')
            newCount++;
        else if (baselineState === 'unchanged' || baselineState === 'updated')
            existing++;
    }
    const lines = [stickyMarker(checkName), `### known-good: ${_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .VERDICT_BADGE */ .Qw[record.verdict]}`, ''];
    for (const reason of record.reasons)
        lines.push(`- ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(reason, 500)}`);
    lines.push('', `| | ${_model_js__WEBPACK_IMPORTED_MODULE_3__/* .SEVERITIES */ .oC.join(' | ')} |`, `| --- |${' ---: |'.repeat(_model_js__WEBPACK_IMPORTED_MODULE_3__/* .SEVERITIES */ .oC.length)}`);
    lines.push(`| **counted** | ${_model_js__WEBPACK_IMPORTED_MODULE_3__/* .SEVERITIES */ .oC.map(s => record.counts.counted[s]).join(' | ')} |`);
    for (const tool of Object.keys(record.byTool).sort()) {
        lines.push(`| ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(tool, 80)} | ${_model_js__WEBPACK_IMPORTED_MODULE_3__/* .SEVERITIES */ .oC.map(s => record.byTool[tool][s]).join(' | ')} |`);
    }
    lines.push('', `New: ${newCount} · existing: ${existing} · without baseline: ${counted - newCount - existing}`);
    const link = [
        links.checkUrl ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .safeLink */ .o3)('check run', links.checkUrl) : undefined,
        links.runUrl ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .safeLink */ .o3)('workflow run', links.runUrl) : undefined
    ].filter(Boolean);
    if (link.length > 0)
        lines.push('', link.join(' · '));
    const top = (0,_policy_order_js__WEBPACK_IMPORTED_MODULE_2__/* .firstOf */ .Ku)((0,_policy_order_js__WEBPACK_IMPORTED_MODULE_2__/* .countedOf */ .MJ)(judged), TOP_FINDINGS).first;
    if (top.length > 0) {
        lines.push('', '<details><summary>Most severe findings</summary>', '');
        for (const { finding, blocking } of top) {
            const where = finding.location
                ? `${finding.location.path}:${finding.location.startLine}`
                : 'no location';
            lines.push(`- ${finding.severity}${blocking ? ' ⛔' : ''} ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(finding.ruleId, 100)} at ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(where, 200)}: ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(finding.message, 300)}`);
        }
        lines.push('', '</details>');
    }
    const body = lines.join('\n');
    if (body.length <= MAX_COMMENT_CHARS)
        return body;
    const note = "\n\n_Cut to fit GitHub's comment size limit; the check run and report files have everything._";
    return body.slice(0, MAX_COMMENT_CHARS - note.length) + note;
}


/***/ }),

/***/ 86703:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ postedFingerprints),
/* harmony export */   DR: () => (/* binding */ REVIEW_FILTERS),
/* harmony export */   RA: () => (/* binding */ planReviewComments),
/* harmony export */   hX: () => (/* binding */ MAX_REVIEW_COMMENTS_PER_REQUEST)
/* harmony export */ });
/* unused harmony exports MAX_REVIEW_COMMENTS_PER_PULL, findingMarker */
/* harmony import */ var _text_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67388);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54285);
/* harmony import */ var _pr_comment_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71914);



/** reviewdog's filter modes: which findings become review comments. */
const REVIEW_FILTERS = ['off', 'added', 'diff_context', 'file', 'nofilter'];
/**
 * Comments per review request. GitHub documents no hard number, but large reviews hit secondary
 * rate limits and time out; reviewdog posts in batches of the same order
 * (https://docs.github.com/en/rest/guides/best-practices-for-using-the-rest-api#avoid-secondary-rate-limits).
 */
const MAX_REVIEW_COMMENTS_PER_REQUEST = 30;
/**
 * Review comments per pull request, ours in total: past this a review stops being read (and
 * each review costs seconds of rate-limit spacing). The check run annotates every finding.
 */
const MAX_REVIEW_COMMENTS_PER_PULL = 60;
const MARKER_PREFIX = '<!-- known-good:finding ';
function findingMarker(fingerprint) {
    return `${MARKER_PREFIX}${fingerprint} -->`;
}
/** Fingerprints of the findings already commented on, read from the hidden markers. */
function postedFingerprints(bodies) {
    const found = new Set();
    for (const body of bodies) {
        for (const match of body.matchAll(/<!-- known-good:finding ([\w-]{1,128}) -->/g))
            found.add(match[1]);
    }
    return found;
}
/**
 * The first line of `[start, end]` in `lines`. Walks the diff's lines, never the range: a
 * finding's range comes from the log (`endLine` 1,000,000,000 is one value), the diff's lines
 * are bounded by the patch GitHub sends.
 */
function firstIn(lines, start, end) {
    let first;
    for (const line of lines)
        if (line >= start && line <= end && (first === undefined || line < first))
            first = line;
    return first;
}
function lineFor(entry, diff, filter) {
    const location = entry.finding.location;
    const added = firstIn(diff.added, location.startLine, location.endLine);
    if (filter === 'added')
        return added;
    const inHunk = added ?? firstIn(diff.inHunks, location.startLine, location.endLine);
    if (filter === 'diff_context')
        return inHunk;
    return inHunk ?? 'file';
}
function commentBody(entry) {
    const f = entry.finding;
    const head = `**known-good** · ${f.severity}${entry.blocking ? ' · blocks the release' : ''} · ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .safeLink */ .o3)(f.ruleId, f.helpUri)} (${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(f.tool, 100)})`;
    const body = `${head}\n\n${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(f.message, 4000)}\n\n${findingMarker(f.fingerprint)}`;
    return body.length <= _pr_comment_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_COMMENT_CHARS */ .VK ? body : body.slice(0, _pr_comment_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_COMMENT_CHARS */ .VK);
}
/**
 * Counted findings in the pull request's changed files, as review comments, most severe first,
 * minus those already posted (found by their hidden fingerprint marker), up to
 * MAX_REVIEW_COMMENTS_PER_PULL on the pull request in all.
 */
function planReviewComments(judged, files, filter, alreadyPosted) {
    if (filter === 'off')
        return [];
    const planned = [];
    for (const entry of judged) {
        if (entry.disposition !== 'counted')
            continue;
        const location = entry.finding.location;
        if (location === undefined || location.outsideWorkspace)
            continue;
        if (alreadyPosted.has(entry.finding.fingerprint))
            continue;
        const diff = files.get(location.path);
        if (diff === undefined)
            continue;
        const line = lineFor(entry, diff, filter);
        if (line === undefined)
            continue;
        const comment = {
            fingerprint: entry.finding.fingerprint,
            path: location.path,
            body: commentBody(entry)
        };
        if (line !== 'file')
            comment.line = line;
        planned.push(comment);
        if (planned.length + alreadyPosted.size >= MAX_REVIEW_COMMENTS_PER_PULL)
            break;
    }
    return planned;
}


/***/ }),

/***/ 79786:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _github_commit_status_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37593);

/** The one cluster client of a run, built at the edge; client-node loads only for these commands. */
async function connect(connection, deps) {
    const [{ connectCluster }, { clusterApi }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(737), __webpack_require__.e(943), __webpack_require__.e(340)]).then(__webpack_require__.bind(__webpack_require__, 33340)),
        Promise.all(/* import() */[__webpack_require__.e(737), __webpack_require__.e(943), __webpack_require__.e(931)]).then(__webpack_require__.bind(__webpack_require__, 74931))
    ]);
    return clusterApi(connectCluster(connection, deps.env, deps.logger));
}
async function clusterDeps(connection, deps) {
    const cluster = deps.cluster ?? (await connect(connection, deps));
    const signedUrls = deps.signedUrls ?? (await __webpack_require__.e(/* import() */ 4).then(__webpack_require__.bind(__webpack_require__, 4))).httpSignedUrlReader();
    const lookup = deps.verdictLookup ?? (deps.github && (0,_github_commit_status_js__WEBPACK_IMPORTED_MODULE_0__/* .statusVerdictLookup */ .UQ)(deps.github.api));
    return {
        logger: deps.logger,
        now: deps.now,
        cluster,
        signedUrls,
        ...(deps.writeJobSummary ? { writeJobSummary: deps.writeJobSummary } : {}),
        ...(lookup ? { verdictLookup: lookup } : {}),
        ...(deps.pollIntervalMs !== undefined ? { pollIntervalMs: deps.pollIntervalMs } : {})
    };
}
/** A cluster command that may also revoke: the history (git) and GitHub for commit statuses. */
async function revocationDeps(connection, deps) {
    const cluster = await clusterDeps(connection, deps);
    const history = deps.history ?? (await __webpack_require__.e(/* import() */ 747).then(__webpack_require__.bind(__webpack_require__, 64747))).gitAncestry;
    return { ...cluster, history, ...(deps.github ? { github: deps.github } : {}) };
}
/**
 * The one function both entry points call: typed config in, outputs out. Each command's module
 * is loaded when it runs, so a scan never loads the Kubernetes client and `--help` loads none.
 */
async function run(config, deps) {
    switch (config.command) {
        case 'scan': {
            const { scan } = await Promise.all(/* import() */[__webpack_require__.e(382), __webpack_require__.e(438)]).then(__webpack_require__.bind(__webpack_require__, 4438));
            return scan(config, deps);
        }
        case 'label-backup': {
            const { labelBackup } = await Promise.all(/* import() */[__webpack_require__.e(664), __webpack_require__.e(490)]).then(__webpack_require__.bind(__webpack_require__, 15490));
            return labelBackup(config, await clusterDeps(config.connection, deps));
        }
        case 'restore': {
            const { restore } = await Promise.all(/* import() */[__webpack_require__.e(664), __webpack_require__.e(816)]).then(__webpack_require__.bind(__webpack_require__, 80816));
            return restore(config, await clusterDeps(config.connection, deps));
        }
        case 'backups': {
            const { listBackups } = await Promise.all(/* import() */[__webpack_require__.e(664), __webpack_require__.e(669)]).then(__webpack_require__.bind(__webpack_require__, 32669));
            return listBackups(config, await clusterDeps(config.connection, deps));
        }
        case 'rotate-certs': {
            const { rotateCerts } = await Promise.all(/* import() */[__webpack_require__.e(29), __webpack_require__.e(33)]).then(__webpack_require__.bind(__webpack_require__, 93033));
            return rotateCerts(config, await clusterDeps(config.connection, deps));
        }
        case 'revoke': {
            const { revoke } = await __webpack_require__.e(/* import() */ 746).then(__webpack_require__.bind(__webpack_require__, 21746));
            return revoke(config, await revocationDeps(config.connection, deps));
        }
        case 'incident': {
            const { incident } = await Promise.all(/* import() */[__webpack_require__.e(664), __webpack_require__.e(29), __webpack_require__.e(612)]).then(__webpack_require__.bind(__webpack_require__, 64612));
            return incident(config, await revocationDeps(config.connection, deps));
        }
        case 'health': {
            const { health } = await Promise.all(/* import() */[__webpack_require__.e(222), __webpack_require__.e(664), __webpack_require__.e(804)]).then(__webpack_require__.bind(__webpack_require__, 12804));
            return health(config, await clusterDeps(config.connection, deps));
        }
        case 'drill': {
            const { drill } = await Promise.all(/* import() */[__webpack_require__.e(664), __webpack_require__.e(7)]).then(__webpack_require__.bind(__webpack_require__, 71007));
            return drill(config, await clusterDeps(config.connection, deps));
        }
    }
}


/***/ }),

/***/ 64633:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z1: () => (/* binding */ isAbsolutePath),
/* harmony export */   bx: () => (/* binding */ baseOf),
/* harmony export */   c8: () => (/* binding */ resolveArtifactPath),
/* harmony export */   uT: () => (/* binding */ normaliseSlashes)
/* harmony export */ });
/* unused harmony exports MAX_PATH_CHARS, MAX_URI_CHARS, MAX_BASE_CHAIN, MAX_UNUSABLE_PATH_CHARS, toWorkspacePath */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/** The longest path a finding keeps, in characters: Linux's PATH_MAX is 4,096 bytes. */
const MAX_PATH_CHARS = 4096;
/** A location's URI is built (with its bases, percent-encoded) up to this length. */
const MAX_URI_CHARS = 3 * MAX_PATH_CHARS;
/** Base ids that name the root of the scanned sources (`%SRCROOT%`, `SRCROOT`, `SRCROOT0`). */
const SOURCE_ROOT_ID = /^%?SRCROOT\d*%?$/i;
/** Chains of `uriBaseId`s longer than this are refused. */
const MAX_BASE_CHAIN = 16;
function shortId(id) {
    return JSON.stringify(id.length > 60 ? `${id.slice(0, 59)}…` : id);
}
/**
 * What a finding keeps of a path that could not be resolved: enough to recognise it. It names
 * no file, so nothing is lost by cutting it short, and a log of small results under long
 * bases does not make every report repeat kilobytes per finding.
 */
const MAX_UNUSABLE_PATH_CHARS = 256;
function unusable(full, problem) {
    const path = full.length > MAX_UNUSABLE_PATH_CHARS ? `${full.slice(0, MAX_UNUSABLE_PATH_CHARS - 1)}…` : full;
    return { path, outsideWorkspace: true, problem };
}
/**
 * Turns a SARIF artifact location into a repository-relative path (SARIF 2.1.0 §3.4.4, §3.14.14):
 * `index`-only references go through `run.artifacts`, `uriBaseId`s through
 * `run.originalUriBaseIds`, `file://` URIs and percent-encoding are decoded. A base the log does
 * not define (typically `%SRCROOT%`) is taken as the workspace root. A path that leaves the
 * workspace is returned as written with `outsideWorkspace` set: it is reported, never opened.
 */
function resolveArtifactPath(location, context, workspace) {
    if (location === undefined || location === null || typeof location !== 'object')
        return undefined;
    let uri = location.uri;
    let baseId = location.uriBaseId;
    if (typeof uri !== 'string' && typeof location.index === 'number') {
        const artifact = context.artifacts?.[location.index]?.location;
        uri = artifact?.uri;
        baseId = baseId ?? artifact?.uriBaseId;
    }
    if (typeof uri !== 'string' || uri === '')
        return undefined;
    if (uri.length > MAX_URI_CHARS)
        return unusable(uri, `a URI of ${uri.length} characters (at most ${MAX_URI_CHARS} are read)`);
    let full = uri;
    let belowSource;
    const chain = [];
    while (!hasScheme(full) && typeof baseId === 'string') {
        const base = baseOf(context, baseId);
        if (base === undefined || typeof base.uri !== 'string')
            break;
        if (chain.includes(baseId)) {
            const cycle = [...chain.slice(chain.indexOf(baseId)), baseId].map(shortId).join(' → ');
            return unusable(full, `a cycle of uriBaseIds (${cycle})`);
        }
        chain.push(baseId);
        if (chain.length > MAX_BASE_CHAIN)
            return unusable(full, `a chain of more than ${MAX_BASE_CHAIN} uriBaseIds`);
        if (belowSource === undefined && SOURCE_ROOT_ID.test(baseId)) {
            const root = absoluteRoot(base.uri);
            const rest = relativeBelow(full);
            if (root !== undefined && rest !== undefined)
                belowSource = { root, rest };
        }
        full = joinUri(base.uri, full);
        if (full.length > MAX_URI_CHARS)
            return unusable(full, `a URI of more than ${MAX_URI_CHARS} characters with its uriBaseIds (${chain.map(shortId).join(' → ')})`);
        baseId = base.uriBaseId;
    }
    const resolved = toWorkspacePath(full, workspace);
    if (resolved.path.length > MAX_PATH_CHARS)
        return unusable(resolved.path, `a path of ${resolved.path.length} characters (at most ${MAX_PATH_CHARS} are kept)`);
    if (resolved.outsideWorkspace && belowSource !== undefined)
        resolved.sourceRoot = belowSource;
    return resolved;
}
/** A base of `originalUriBaseIds` (ids come from the log: own members only). */
function baseOf(context, id) {
    const bases = context.originalUriBaseIds;
    if (bases === undefined || !Object.hasOwn(bases, id))
        return undefined;
    const base = bases[id];
    return typeof base === 'object' && base !== null ? base : undefined;
}
/** A base URI that is an absolute local path (`file:///src/`, `/src`), without its last slash. */
function absoluteRoot(uri) {
    let path;
    if (/^file:/i.test(uri)) {
        const rest = uri.slice(5);
        if (rest.startsWith('//') && !rest.startsWith('///') && !/^\/\/localhost\//i.test(rest))
            return undefined;
        path = normaliseSlashes(decode(rest.replace(/^\/\/(localhost)?/i, '')));
    }
    else if (hasScheme(uri) && !/^[A-Za-z]:[\\/]/.test(uri)) {
        return undefined;
    }
    else {
        path = normaliseSlashes(decode(uri));
    }
    if (!isAbsolutePath(path))
        return undefined;
    return node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(path).replace(/\/+$/, '') || '/';
}
/** A relative URI reference as a normalised relative path, unless it is absolute or climbs out. */
function relativeBelow(uri) {
    if (hasScheme(uri))
        return undefined;
    const path = normaliseSlashes(decode(uri));
    if (isAbsolutePath(path))
        return undefined;
    const normal = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(path);
    if (normal === '.' || normal === '..' || normal.startsWith('../'))
        return undefined;
    return normal;
}
function hasScheme(uri) {
    return /^[a-z][a-z0-9+.-]+:/i.test(uri);
}
function joinUri(base, relative) {
    if (base === '')
        return relative;
    return base.endsWith('/') ? base + relative : `${base}/${relative}`;
}
function decode(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}
/** `/`-separated, with a Windows drive's leading slash (`/C:/…`) removed. */
function normaliseSlashes(path) {
    const slashed = path.replace(/\\/g, '/');
    return /^\/[A-Za-z]:\//.test(slashed) ? slashed.slice(1) : slashed;
}
function isAbsolutePath(path) {
    return path.startsWith('/') || /^[A-Za-z]:\//.test(path);
}
function toWorkspacePath(uri, workspace) {
    let path;
    if (/^file:/i.test(uri)) {
        const rest = uri.slice(5);
        if (rest.startsWith('//') && !rest.startsWith('///') && !/^\/\/localhost\//i.test(rest)) {
            return { path: uri, outsideWorkspace: true }; // a file on another host
        }
        path = normaliseSlashes(decode(rest.replace(/^\/\/(localhost)?/i, '')));
    }
    else if (hasScheme(uri) && !/^[A-Za-z]:[\\/]/.test(uri)) {
        return { path: uri, outsideWorkspace: true }; // http:, https:, …: not a file here
    }
    else {
        path = normaliseSlashes(decode(uri));
    }
    const root = normaliseSlashes(workspace).replace(/\/+$/, '');
    const absolute = isAbsolutePath(path) ? node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(path) : node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(root, path);
    const caseless = /^[A-Za-z]:\//.test(root);
    const inside = caseless
        ? absolute.toLowerCase().startsWith(`${root.toLowerCase()}/`)
        : absolute.startsWith(`${root}/`);
    if (inside)
        return { path: absolute.slice(root.length + 1), outsideWorkspace: false };
    if (isAbsolutePath(path))
        return { path: absolute, outsideWorkspace: true };
    return { path: node_path__WEBPACK_IMPORTED_MODULE_0__.posix.relative(root, absolute) || '.', outsideWorkspace: true };
}


/***/ }),

/***/ 38146:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ resultMessage),
/* harmony export */   Qq: () => (/* binding */ escapeBraces),
/* harmony export */   hP: () => (/* binding */ MAX_MESSAGE_CHARS)
/* harmony export */ });
/* unused harmony export formatMessage */
/* harmony import */ var _util_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74976);
/* harmony import */ var _text_one_line_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73854);


/**
 * The longest message a finding keeps, in UTF-16 code units, whatever it came from: plain
 * `text`, a `messageStrings` template, or a template filled with arguments. A template such as
 * `{0}{0}{0}…` repeated thousands of times over a long argument would otherwise grow each
 * finding, and every report that shows it, far beyond the log it came from.
 */
const MAX_MESSAGE_CHARS = 4096;
/** `{{`, `}}` or a placeholder `{n}` with `n` a non-negative integer without leading zeros. */
const FORMAT_TOKEN = /\{\{|\}\}|\{(0|[1-9]\d{0,8})\}/g;
const PLACEHOLDER = /\{(0|[1-9]\d{0,8})\}/;
/**
 * Fills a SARIF message string (§3.11.5): `{n}` becomes argument `n`; `{{` and `}}` are literal
 * braces. A placeholder without its argument is left as written, as is any other brace. The
 * arguments substituted are bounded by `max`, and so is the result (an ellipsis marks the cut).
 */
function formatMessage(template, args, max = MAX_MESSAGE_CHARS) {
    return fill(template, args, max).text;
}
/** The filled message, and whether it had to be cut to `max`. */
function fill(template, args, max) {
    if (!template.includes('{') && !template.includes('}'))
        return { text: (0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(template, max), cut: template.length > max };
    // Literal text between tokens is copied as it is (bounded by the template); what the
    // arguments add is counted, so that the text built is never much longer than the cap.
    let budget = max + 1;
    const filled = template.replace(FORMAT_TOKEN, (token, index) => {
        if (index === undefined)
            return token[0];
        const value = args?.[Number(index)];
        if (value === undefined)
            return token;
        if (budget <= 0)
            return '';
        const piece = value.length > budget ? value.slice(0, budget) : value;
        budget -= piece.length;
        return piece;
    });
    return { text: (0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(filled, max), cut: filled.length > max };
}
/** Braces written as SARIF message strings need them (`{` → `{{`), for text without arguments. */
function escapeBraces(text) {
    return text.replace(/[{}]/g, '$&$&');
}
/**
 * Message arguments as strings (§3.11.11 says they are strings; numbers and booleans are taken
 * as written). Anything else leaves its placeholder unfilled.
 */
function argumentsOf(message) {
    if (!Array.isArray(message.arguments))
        return undefined;
    return message.arguments.map(value => typeof value === 'string'
        ? value
        : typeof value === 'number' || typeof value === 'boolean'
            ? String(value)
            : undefined);
}
/**
 * A result's message (§3.11): `text`; else `id` looked up in the rule's `messageStrings`, then
 * the driver's `globalMessageStrings` (§3.11.7); else `markdown`, shown as plain text. `text` is
 * preferred over `markdown` everywhere: a tool's Markdown is never rendered. An `id` that names
 * no string is shown as the id.
 */
function resultMessage(value, lookup) {
    const message = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(value) ? value : undefined;
    if (message === undefined)
        return { text: '' };
    let template = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(message.text);
    if (template === undefined) {
        const id = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(message.id);
        if (id !== undefined)
            template = lookup(id) ?? id;
    }
    template ??= (0,_util_json_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(message.markdown) ?? '';
    const args = argumentsOf(message);
    const { text, cut } = fill(template, args, MAX_MESSAGE_CHARS);
    // The template and its arguments are kept (for the merged SARIF) only when what they expand
    // to fits the cap: a consumer that fills them again then gets no more than we showed.
    if (cut || args === undefined || args.length === 0 || !PLACEHOLDER.test(template))
        return { text };
    return { text, template, arguments: args.map(a => a ?? '') };
}


/***/ }),

/***/ 95693:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gs: () => (/* binding */ RunPathMapper),
/* harmony export */   b$: () => (/* binding */ WorkspaceFiles),
/* harmony export */   dI: () => (/* binding */ parsePathMapEntry)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _locations_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64633);



function decodePath(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}
/** `file:///src/`, `/src/`, `C:\src` → `/src`, `C:/src`. */
function foreignRoot(text) {
    let path = text.trim();
    if (/^file:/i.test(path)) {
        const rest = path.slice(5);
        if (rest.startsWith('//') && !rest.startsWith('///') && !/^\/\/localhost\//i.test(rest))
            return undefined;
        path = decodePath(rest.replace(/^\/\/(localhost)?/i, ''));
    }
    path = (0,_locations_js__WEBPACK_IMPORTED_MODULE_2__/* .normaliseSlashes */ .uT)(path);
    if (!(0,_locations_js__WEBPACK_IMPORTED_MODULE_2__/* .isAbsolutePath */ .Z1)(path))
        return undefined;
    return node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(path).replace(/\/+$/, '');
}
/**
 * Reads one `path-map` entry. Returns the entry, or what is wrong with it (the caller names the
 * input). `to` may be relative to the workspace or absolute inside it; it may not leave it.
 */
function parsePathMapEntry(line, workspace) {
    const eq = line.lastIndexOf('=');
    if (eq <= 0)
        return 'expected from=to: a path prefix where the scanner ran, = the same place here';
    const from = foreignRoot(line.slice(0, eq));
    if (from === undefined)
        return `the part before '=' must be an absolute path or file:// URI on the scanner's machine (e.g. /src or C:\\build\\app)`;
    let to = (0,_locations_js__WEBPACK_IMPORTED_MODULE_2__/* .normaliseSlashes */ .uT)(line.slice(eq + 1).trim());
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(to) || (0,_locations_js__WEBPACK_IMPORTED_MODULE_2__/* .isAbsolutePath */ .Z1)(to)) {
        const inside = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(workspace, to);
        if (inside.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(inside))
            return `the part after '=' must be inside the workspace (${workspace}); give it relative to the workspace, e.g. /src=. or /src=services/api`;
        to = inside;
    }
    to = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(to === '' ? '.' : to.split('\\').join('/'));
    if (to === '..' || to.startsWith('../'))
        return `the part after '=' must not leave the workspace; give it relative to the workspace, e.g. /src=. or /src=services/api`;
    return { from, to: to === '.' ? '' : to.replace(/\/+$/, '') };
}
/** Remembered per scan: which workspace-relative paths are files. */
class WorkspaceFiles {
    root;
    known = new Map();
    constructor(root) {
        this.root = root;
    }
    isFile(path) {
        const cached = this.known.get(path);
        if (cached !== undefined)
            return cached;
        let found;
        try {
            found = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.root, path), { throwIfNoEntry: false })?.isFile() === true;
        }
        catch {
            // ENOTDIR, ENAMETOOLONG, EACCES, ELOOP: not a file this scan can name.
            found = false;
        }
        if (this.known.size < MAX_REMEMBERED)
            this.known.set(path, found);
        return found;
    }
}
const MAX_REMEMBERED = 100_000;
/** Suffixes tried per path: real repository paths are not this deep. */
const MAX_SUFFIX_SEGMENTS = 32;
/** Suffix searches per run (each stats up to `MAX_SUFFIX_SEGMENTS` paths). */
const MAX_SEARCHES = 5_000;
const OUTSIDE_EXAMPLES = 3;
/** True when `path` is `prefix` or below it. Drive-letter paths compare without case. */
function under(path, prefix) {
    if (/^[A-Za-z]:/.test(prefix)) {
        const lower = path.toLowerCase();
        const p = prefix.toLowerCase();
        return lower === p || lower.startsWith(`${p}/`);
    }
    return path === prefix || path.startsWith(`${prefix}/`);
}
function below(path, prefix) {
    return path.length === prefix.length ? '' : path.slice(prefix.length + 1);
}
/**
 * Brings the paths of one run that leave the workspace back into it, when that is safe:
 * 1. `path-map` entries (the longest `from` that matches);
 * 2. the run's own source root: a path given relative to a `%SRCROOT%`-like base
 *    (`originalUriBaseIds`, §3.14.14) whose URI is on another machine is that path here;
 * 3. the longest suffix of the path that names a file in the workspace. That suffix implies the
 *    root the scanner ran in; when two paths of one run imply different roots the mapping is
 *    ambiguous and given up for the whole run (the reader then reads it again without it).
 * A path that still leaves the workspace is counted and reported; it is never opened.
 */
class RunPathMapper {
    files;
    applied = new Map();
    mapped = new Map();
    outsideFindings = 0;
    outsideExamples = [];
    root;
    searches = 0;
    /** False once the suffix mapping turned out ambiguous. */
    auto = true;
    ambiguousRoots;
    entries;
    constructor(entries, files) {
        this.files = files;
        this.entries = [...entries].sort((a, b) => b.from.length - a.from.length);
    }
    /** Forget what was counted: the run is read again. */
    restart() {
        this.applied = new Map();
        this.mapped = new Map();
        this.outsideFindings = 0;
        this.outsideExamples = [];
        this.root = undefined;
        this.searches = 0;
    }
    /** The path as the finding keeps it; counts paths that stay outside when `count` is set. */
    map(resolved, count) {
        if (!resolved.outsideWorkspace)
            return resolved;
        // A path that could not be resolved (a cycle, beyond the caps) is never mapped.
        const mapped = resolved.problem === undefined ? this.tryMap(resolved) : undefined;
        if (mapped !== undefined)
            return { path: mapped, outsideWorkspace: false };
        if (count) {
            this.outsideFindings++;
            if (this.outsideExamples.length < OUTSIDE_EXAMPLES &&
                !this.outsideExamples.includes(resolved.path))
                this.outsideExamples.push(resolved.path);
        }
        return resolved;
    }
    report() {
        const report = {
            mappings: [...this.applied.values()],
            outside: { findings: this.outsideFindings, examples: [...this.outsideExamples] }
        };
        if (this.ambiguousRoots)
            report.ambiguousRoots = this.ambiguousRoots;
        return report;
    }
    note(how, from, to) {
        const key = `${how}\u0000${from}\u0000${to}`;
        const entry = this.applied.get(key);
        if (entry)
            entry.paths++;
        else
            this.applied.set(key, { how, from, to, paths: 1 });
    }
    tryMap(resolved) {
        const path = resolved.path;
        const known = this.mapped.get(path);
        if (known !== undefined)
            return known ?? undefined;
        const found = this.search(resolved);
        if (this.mapped.size < MAX_REMEMBERED)
            this.mapped.set(path, found ?? null);
        return found;
    }
    search(resolved) {
        const path = resolved.path;
        if (!(0,_locations_js__WEBPACK_IMPORTED_MODULE_2__/* .isAbsolutePath */ .Z1)(path))
            return undefined;
        for (const entry of this.entries) {
            if (!under(path, entry.from))
                continue;
            const rest = below(path, entry.from);
            this.note('path-map', entry.from === '' ? '/' : entry.from, entry.to);
            return entry.to === '' ? rest || '.' : rest === '' ? entry.to : `${entry.to}/${rest}`;
        }
        const source = resolved.sourceRoot;
        if (source !== undefined) {
            this.note('source-root', source.root, '');
            return source.rest;
        }
        if (!this.auto || this.files === undefined)
            return undefined;
        if (this.root !== undefined && under(path, this.root)) {
            const rest = below(path, this.root);
            if (rest === '' || !this.files.isFile(rest))
                return undefined;
            this.note('suffix', this.root, '');
            return rest;
        }
        if (this.searches >= MAX_SEARCHES)
            return undefined;
        this.searches++;
        const segments = path.split('/');
        const first = Math.max(1, segments.length - MAX_SUFFIX_SEGMENTS);
        for (let i = first; i < segments.length; i++) {
            const suffix = segments.slice(i).join('/');
            if (!this.files.isFile(suffix))
                continue;
            const root = segments.slice(0, i).join('/');
            if (this.root === undefined)
                this.root = root;
            else if (root !== this.root) {
                this.auto = false;
                this.ambiguousRoots = [this.root, root || '/'];
                return undefined;
            }
            this.note('suffix', root || '/', '');
            return suffix;
        }
        return undefined;
    }
}


/***/ }),

/***/ 52804:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fj: () => (/* binding */ FindingStore),
/* harmony export */   n6: () => (/* binding */ compareText)
/* harmony export */ });
/* unused harmony exports IN_MEMORY_FINDINGS, combineBaseline */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(10182);
/* harmony import */ var _util_appender_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(77145);







/**
 * Where the findings of a scan live between reading and reporting (ARCHITECTURE.md, "Scan
 * memory"). Each finding is a row of fixed-size columns: what de-duplication, the policy and the
 * one order need (fingerprint digest, severity, flags, rule, path, line, source), about 50 bytes,
 * plus the finding itself. The first `inMemory` findings are kept as objects; every later one is
 * written to a spill file in the temporary directory as a line of JSON and read back when a
 * report asks for it, so memory does not grow with the findings beyond the columns.
 */
/** Rows per block of a column: columns grow by a block, never by copying. */
const BLOCK_BITS = 12;
const BLOCK = 1 << BLOCK_BITS;
const MASK = BLOCK - 1;
/** Findings kept as objects before the spill file is used (the scan's default). */
const IN_MEMORY_FINDINGS = 16_384;
/** Spill writes go out in pieces of this size. */
const SPILL_BUFFER_BYTES = 1 << 20;
/** A column of numbers that grows a block at a time. */
class Column {
    make;
    stride;
    blocks = [];
    constructor(make, stride = 1) {
        this.make = make;
        this.stride = stride;
    }
    get(row, lane = 0) {
        return this.blocks[row >>> BLOCK_BITS][(row & MASK) * this.stride + lane];
    }
    set(row, value, lane = 0) {
        const block = row >>> BLOCK_BITS;
        while (block >= this.blocks.length)
            this.blocks.push(this.make(BLOCK * this.stride));
        this.blocks[block][(row & MASK) * this.stride + lane] = value;
    }
}
/** Distinct strings, each given a small number. */
class Table {
    ids = new Map();
    values = [];
    /** The number of a value already given one. */
    find(value) {
        return this.ids.get(value);
    }
    id(value) {
        let id = this.ids.get(value);
        if (id === undefined) {
            id = this.values.length;
            this.ids.set(value, id);
            this.values.push(value);
        }
        return id;
    }
}
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
// Bits of the `bits` column.
const SEVERITY_MASK = 0x7; // severityRank + 1: 0 for no severity of SARIF's
const SUPPRESSED = 1 << 3;
const HAS_LOCATION = 1 << 4;
const OUTSIDE = 1 << 5;
const DEAD = 1 << 6;
const BASELINE_SHIFT = 7; // 3 bits: 0 none, then BASELINES
const BASELINE_MASK = 0x7 << BASELINE_SHIFT;
const DISPOSITION_SHIFT = 10; // 3 bits, set by the policy
const DISPOSITION_MASK = 0x7 << DISPOSITION_SHIFT;
const BLOCKING = 1 << 13;
const BASELINES = [
    undefined,
    'new',
    'updated',
    'unchanged',
    'absent'
];
/**
 * The baseline state of a finding from two copies of it: the one that counts most wins, so
 * that no copy hides another. `new` in any copy is new; a copy without a state (no baseline
 * comparison) counts like new; then `updated`, then `unchanged`; `absent` (fixed) only when
 * every copy says so: a copy cannot make a finding fixed that another copy reports.
 */
const BASELINE_WEIGHT = {
    new: 4,
    none: 3,
    updated: 2,
    unchanged: 1,
    absent: 0
};
function combineBaseline(a, b) {
    return BASELINE_WEIGHT[a ?? 'none'] >= BASELINE_WEIGHT[b ?? 'none'] ? a : b;
}
/** Shared parts held at most; a finding beyond is spilled whole. */
const MAX_SHARED = 1 << 16;
/**
 * What a spilled finding writes of its own; the rest is its `Shared`. An object literal of the
 * members (undefined ones are left out by JSON) is three times faster to write than
 * `JSON.stringify` with a list of names.
 */
function ownMembers(f) {
    return {
        fingerprint: f.fingerprint,
        level: f.level,
        severity: f.severity,
        securitySeverity: f.securitySeverity,
        message: f.message,
        messageTemplate: f.messageTemplate,
        messageArguments: f.messageArguments,
        location: f.location,
        suppressed: f.suppressed,
        baselineState: f.baselineState
    };
}
function sameShared(shared, finding) {
    return (shared.tool === finding.tool &&
        shared.ruleId === finding.ruleId &&
        shared.toolVersion === finding.toolVersion &&
        shared.ruleName === finding.ruleName &&
        shared.ruleDescription === finding.ruleDescription &&
        shared.helpUri === finding.helpUri &&
        sameList(shared.cwes, finding.cwes) &&
        (shared.source === finding.source ||
            (shared.source.file === finding.source.file &&
                shared.source.run === finding.source.run &&
                shared.source.category === finding.source.category)));
}
function sameList(a, b) {
    return a === b || (a.length === b.length && a.every((item, i) => item === b[i]));
}
const NO_PATH = 0xffffffff;
/** The row of a finding that is not in the store. */
const EMPTY_SLOT = -1;
/**
 * The findings of a scan, de-duplicated by fingerprint, each file's committed only when the
 * whole file was read. Rows are numbered in the order findings were first read.
 */
class FindingStore {
    inMemory;
    rows = 0;
    /** Rows below this are committed; the rest belong to the file being read. */
    committed = 0;
    digest = new Column(n => new Uint32Array(n), 4);
    bitsColumn = new Column(n => new Uint32Array(n));
    rule = new Column(n => new Uint32Array(n));
    path = new Column(n => new Uint32Array(n));
    line = new Column(n => new Uint32Array(n));
    source = new Column(n => new Uint32Array(n));
    /** Byte offset of the row's JSON in the spill file, or -1: the object is in `objects`. */
    where = new Column(n => new Float64Array(n));
    length = new Column(n => new Uint32Array(n));
    objects = [];
    /** Fingerprints that are not 32 hex digits (given by hand), by row. */
    oddFingerprints = new Map();
    tools = new Table();
    /** Rule keys by tool and rule id, and each key's tool and rule id. */
    rules = new Map();
    ruleTool = [];
    ruleIds = [];
    paths = new Table();
    files = new Table();
    /** Sources by file and run, and each one's file and run. */
    sources = new Map();
    sourceFile = [];
    sourceRun = [];
    /** Open addressing over committed rows by digest: row + 1, 0 for empty. */
    slots = new Uint32Array(1 << 10);
    used = 0;
    spill;
    /** What spilled findings share, and the last one of each rule key. */
    shared = [];
    sharedByRule = [];
    /** The spill file holds the findings in the order of `arrange`. */
    arranged = false;
    sealed = false;
    live = 0;
    duplicates = 0;
    duplicatesByTool = new Map();
    constructor(inMemory = IN_MEMORY_FINDINGS) {
        this.inMemory = inMemory;
    }
    /** A store of findings already de-duplicated, all committed, in the order given. */
    static of(findings, inMemory = IN_MEMORY_FINDINGS) {
        const store = new FindingStore(inMemory);
        for (const finding of findings)
            store.add(finding);
        store.committed = store.rows;
        store.live = store.rows;
        return store;
    }
    /** A finding of the file being read: counts once `commitFile` is called. */
    add(finding) {
        if (this.sealed)
            throw new Error('a finding was added to a store already judged');
        const row = this.rows++;
        const odd = digestWords(finding.fingerprint);
        for (let lane = 0; lane < 4; lane++)
            this.digest.set(row, WORDS[lane], lane);
        if (odd)
            this.oddFingerprints.set(row, finding.fingerprint);
        else
            this.oddFingerprints.delete(row);
        const location = finding.location;
        let bits = ((0,_model_js__WEBPACK_IMPORTED_MODULE_6__/* .severityRank */ .qs)(finding.severity) + 1) & SEVERITY_MASK;
        if (finding.suppressed)
            bits |= SUPPRESSED;
        if (location !== undefined)
            bits |= HAS_LOCATION;
        if (location?.outsideWorkspace)
            bits |= OUTSIDE;
        bits |= baselineCode(finding.baselineState) << BASELINE_SHIFT;
        this.bitsColumn.set(row, bits);
        const rule = this.ruleOf(finding.tool, finding.ruleId);
        this.rule.set(row, rule);
        this.path.set(row, location === undefined ? NO_PATH : this.paths.id(location.path));
        this.line.set(row, clampLine(location?.startLine));
        this.source.set(row, this.sourceOf(finding.source.file, finding.source.run));
        if (row < this.inMemory) {
            this.objects[row] = finding;
            this.where.set(row, EMPTY_SLOT);
            this.length.set(row, 0);
        }
        else {
            this.spill ??= new Spill();
            const shared = this.sharedOf(finding, rule);
            const { offset, length } = this.spill.append(shared < 0 ? JSON.stringify(finding) : `${shared}${JSON.stringify(ownMembers(finding))}`);
            this.where.set(row, offset);
            this.length.set(row, length);
        }
    }
    /** Forgets every finding of this run of the file being read. */
    retractRun(run) {
        for (let row = this.committed; row < this.rows; row++)
            if (this.sourceRun[this.source.get(row)] === run)
                this.kill(row);
        this.dropDeadTail();
    }
    /** Forgets every finding of the file being read. */
    abortFile() {
        for (let row = this.committed; row < this.rows; row++)
            this.kill(row);
        this.dropDeadTail();
    }
    /**
     * The findings of the file being read count now. The same finding seen again keeps its most
     * severe form; it is suppressed only if every copy is, and its baseline state is the one that
     * counts most.
     */
    commitFile() {
        for (let row = this.committed; row < this.rows; row++) {
            if (this.isDead(row))
                continue;
            const existing = this.lookup(row);
            if (existing === undefined) {
                this.insert(row);
                this.live++;
            }
            else {
                this.merge(existing, row);
            }
        }
        this.committed = this.rows;
    }
    /** Findings after de-duplication. */
    get size() {
        return this.live;
    }
    /** Committed findings that count, in the order they were first read. */
    *rowsInOrderRead() {
        for (let row = 0; row < this.committed; row++)
            if (!this.isDead(row))
                yield row;
    }
    /** The finding of a row, as it was merged. */
    finding(row) {
        const offset = this.where.get(row);
        const finding = offset === EMPTY_SLOT
            ? this.objects[row]
            : this.fromSpill(this.spill.text(offset, this.length.get(row), this.arranged));
        const bits = this.bits(row);
        finding.suppressed = (bits & SUPPRESSED) !== 0;
        const baseline = BASELINES[(bits & BASELINE_MASK) >>> BASELINE_SHIFT];
        if (baseline === undefined)
            delete finding.baselineState;
        else
            finding.baselineState = baseline;
        return finding;
    }
    /** Every committed finding, in the order first read: for small stores and tests. */
    all() {
        return [...this.rowsInOrderRead()].map(row => this.finding(row));
    }
    /** Copies merged away, per tool. */
    duplicatesOf(tool) {
        const id = this.tools.find(tool);
        return id === undefined ? 0 : (this.duplicatesByTool.get(id) ?? 0);
    }
    // Columns, for the policy and the order.
    bits(row) {
        return this.bitsColumn.get(row);
    }
    setJudgement(row, disposition, blocking) {
        const bits = this.bits(row) & ~(DISPOSITION_MASK | BLOCKING);
        this.bitsColumn.set(row, bits | (disposition << DISPOSITION_SHIFT) | (blocking ? BLOCKING : 0));
    }
    disposition(row) {
        return (this.bits(row) & DISPOSITION_MASK) >>> DISPOSITION_SHIFT;
    }
    blocking(row) {
        return (this.bits(row) & BLOCKING) !== 0;
    }
    /** severityRank + 1. */
    severityCode(row) {
        return this.bits(row) & SEVERITY_MASK;
    }
    severity(row) {
        return _model_js__WEBPACK_IMPORTED_MODULE_6__/* .SEVERITIES */ .oC[this.severityCode(row) - 1];
    }
    suppressed(row) {
        return (this.bits(row) & SUPPRESSED) !== 0;
    }
    baselineState(row) {
        return BASELINES[(this.bits(row) & BASELINE_MASK) >>> BASELINE_SHIFT];
    }
    /** The workspace path, when the finding has a location inside the workspace. */
    workspacePathId(row) {
        const bits = this.bits(row);
        return (bits & HAS_LOCATION) !== 0 && (bits & OUTSIDE) === 0 ? this.path.get(row) : undefined;
    }
    pathId(row) {
        return this.path.get(row);
    }
    ruleKey(row) {
        return this.rule.get(row);
    }
    toolOfRule(key) {
        return this.ruleTool[key];
    }
    ruleIdOf(key) {
        return this.ruleIds[key];
    }
    toolId(row) {
        return this.ruleTool[this.rule.get(row)];
    }
    startLine(row) {
        return this.line.get(row);
    }
    fileId(row) {
        return this.sourceFile[this.source.get(row)];
    }
    run(row) {
        return this.sourceRun[this.source.get(row)];
    }
    /** Fingerprint order: the same as `<` on the fingerprint strings. */
    compareFingerprints(a, b) {
        const oddA = this.oddFingerprints.get(a);
        const oddB = this.oddFingerprints.get(b);
        if (oddA !== undefined || oddB !== undefined)
            return compareText(oddA ?? this.hex(a), oddB ?? this.hex(b));
        for (let lane = 0; lane < 4; lane++) {
            const d = this.digest.get(a, lane) - this.digest.get(b, lane);
            if (d !== 0)
                return d;
        }
        return 0;
    }
    /**
     * Rewrites the spill file in the order of `rows` (the one order), leaving out findings merged
     * away, so that every later walk in that order, or in a part of it, reads the file from start
     * to end in large pieces instead of a read per finding.
     */
    arrange(rows) {
        if (!this.sealed)
            throw new Error('a store is arranged only once sealed: its findings are all in');
        // The order is made: the digests and odd fingerprints that decided it are given back (a
        // finding keeps its fingerprint in its JSON).
        this.digest = new Column(n => new Uint32Array(n), 4);
        this.oddFingerprints.clear();
        const old = this.spill;
        if (old === undefined)
            return;
        const next = new Spill();
        try {
            for (const row of rows) {
                const offset = this.where.get(row);
                if (offset === EMPTY_SLOT)
                    continue;
                const length = this.length.get(row);
                const { buffer, start } = old.bytes(offset, length, false);
                this.where.set(row, next.appendBytes(buffer, start, length));
            }
        }
        catch (error) {
            next.close();
            throw error;
        }
        old.close();
        this.spill = next;
        this.arranged = true;
    }
    /**
     * No finding is added from now on: the table that de-duplicates the findings is given back
     * before the order is made, so the two are never held at once. Called once the findings are
     * judged (`OrderedJudged.of`), then `arrange` puts them in their one order.
     */
    seal() {
        this.sealed = true;
        this.slots = new Uint32Array(0);
        this.used = 0;
    }
    /** `seal` was called: the findings are all in and judged; `arrange` orders them once. */
    get isSealed() {
        return this.sealed;
    }
    /** Closes and removes the spill file. The store can no longer give findings. */
    close() {
        this.spill?.close();
        this.spill = undefined;
    }
    hex(row) {
        let text = '';
        for (let lane = 0; lane < 4; lane++)
            text += this.digest.get(row, lane).toString(16).padStart(8, '0');
        return text;
    }
    isDead(row) {
        return (this.bits(row) & DEAD) !== 0;
    }
    kill(row) {
        this.bitsColumn.set(row, this.bits(row) | DEAD);
        this.objects[row] = undefined;
    }
    /** Rows at the end that are dead are given back, and so is their room in the spill file. */
    dropDeadTail() {
        let rows = this.rows;
        while (rows > this.committed && this.isDead(rows - 1))
            rows--;
        if (rows === this.rows)
            return;
        let spillEnd;
        for (let row = rows; row < this.rows; row++) {
            const offset = this.where.get(row);
            if (offset !== EMPTY_SLOT) {
                spillEnd = offset;
                break;
            }
        }
        if (spillEnd !== undefined)
            this.spill.truncate(spillEnd);
        this.objects.length = Math.min(this.objects.length, rows);
        this.rows = rows;
    }
    ruleOf(tool, ruleId) {
        let rules = this.rules.get(tool);
        if (rules === undefined)
            this.rules.set(tool, (rules = new Map()));
        let key = rules.get(ruleId);
        if (key === undefined) {
            key = this.ruleIds.length;
            rules.set(ruleId, key);
            this.ruleIds.push(ruleId);
            this.ruleTool.push(this.tools.id(tool));
        }
        return key;
    }
    sourceOf(file, run) {
        let runs = this.sources.get(file);
        if (runs === undefined)
            this.sources.set(file, (runs = new Map()));
        let key = runs.get(run);
        if (key === undefined) {
            key = this.sourceFile.length;
            runs.set(run, key);
            this.sourceFile.push(this.files.id(file));
            this.sourceRun.push(run);
        }
        return key;
    }
    /**
     * The number of what this finding shares with others of its rule and run (tool, rule texts,
     * CWE list, source), kept once in memory; -1 when the table is full and the finding is
     * spilled whole.
     */
    sharedOf(finding, rule) {
        const known = this.sharedByRule[rule];
        if (known !== undefined && sameShared(this.shared[known], finding))
            return known;
        if (this.shared.length >= MAX_SHARED)
            return -1;
        const shared = {
            tool: finding.tool,
            ruleId: finding.ruleId,
            cwes: finding.cwes,
            source: finding.source
        };
        if (finding.toolVersion !== undefined)
            shared.toolVersion = finding.toolVersion;
        if (finding.ruleName !== undefined)
            shared.ruleName = finding.ruleName;
        if (finding.ruleDescription !== undefined)
            shared.ruleDescription = finding.ruleDescription;
        if (finding.helpUri !== undefined)
            shared.helpUri = finding.helpUri;
        this.sharedByRule[rule] = this.shared.length;
        this.shared.push(shared);
        return this.shared.length - 1;
    }
    /** A finding from its spilled text: `<shared>` then its own members as JSON. */
    fromSpill(text) {
        const brace = text.indexOf('{');
        const id = Number(text.slice(0, brace));
        const finding = JSON.parse(brace === 0 ? text : text.slice(brace));
        if (brace === 0)
            return finding;
        const shared = this.shared[id];
        finding.tool = shared.tool;
        finding.ruleId = shared.ruleId;
        finding.cwes = shared.cwes;
        finding.source = shared.source;
        if (shared.toolVersion !== undefined)
            finding.toolVersion = shared.toolVersion;
        if (shared.ruleName !== undefined)
            finding.ruleName = shared.ruleName;
        if (shared.ruleDescription !== undefined)
            finding.ruleDescription = shared.ruleDescription;
        if (shared.helpUri !== undefined)
            finding.helpUri = shared.helpUri;
        return finding;
    }
    sameFingerprint(a, b) {
        for (let lane = 0; lane < 4; lane++)
            if (this.digest.get(a, lane) !== this.digest.get(b, lane))
                return false;
        return this.oddFingerprints.get(a) === this.oddFingerprints.get(b);
    }
    slotOf(row) {
        const mask = this.slots.length - 1;
        let slot = (this.digest.get(row, 0) ^ Math.imul(this.digest.get(row, 1), 0x9e3779b1)) & mask;
        for (;;) {
            const held = this.slots[slot];
            if (held === 0 || this.sameFingerprint(held - 1, row))
                return slot;
            slot = (slot + 1) & mask;
        }
    }
    lookup(row) {
        const held = this.slots[this.slotOf(row)];
        return held === 0 ? undefined : held - 1;
    }
    insert(row) {
        if ((this.used + 1) * 2 > this.slots.length)
            this.grow();
        this.slots[this.slotOf(row)] = row + 1;
        this.used++;
    }
    grow() {
        const old = this.slots;
        this.slots = new Uint32Array(old.length * 2);
        for (const held of old)
            if (held !== 0)
                this.slots[this.slotOf(held - 1)] = held;
    }
    /** `copy` (of the file being read) merged into the committed `kept`. */
    merge(kept, copy) {
        this.duplicates++;
        const tool = this.toolId(copy);
        this.duplicatesByTool.set(tool, (this.duplicatesByTool.get(tool) ?? 0) + 1);
        const a = this.bits(kept);
        const b = this.bits(copy);
        const suppressed = a & b & SUPPRESSED;
        const baseline = baselineCode(combineBaseline(this.baselineState(kept), this.baselineState(copy)));
        // A copy strictly more severe (a lower severity rank) replaces the finding.
        const replace = (b & SEVERITY_MASK) < (a & SEVERITY_MASK);
        const base = replace ? b : a;
        this.bitsColumn.set(kept, (base & ~(SUPPRESSED | BASELINE_MASK | DEAD)) | suppressed | (baseline << BASELINE_SHIFT));
        if (replace) {
            this.where.set(kept, this.where.get(copy));
            this.length.set(kept, this.length.get(copy));
            this.objects[kept] = this.objects[copy];
            this.source.set(kept, this.source.get(copy));
            this.rule.set(kept, this.rule.get(copy));
            this.path.set(kept, this.path.get(copy));
            this.line.set(kept, this.line.get(copy));
        }
        this.kill(copy);
    }
}
function baselineCode(state) {
    return state === undefined ? 0 : BASELINES.indexOf(state);
}
function clampLine(line) {
    if (line === undefined || !(line > 0))
        return 0;
    return Math.min(line, 0xffffffff);
}
/** Reused by `digestWords`: its words are copied out before the next call. */
const WORDS = new Uint32Array(4);
/**
 * The fingerprint as four 32-bit words (in `WORDS`), read digit by digit; one that is not 32
 * lowercase hex digits by its SHA-256. True when it was not.
 */
function digestWords(fingerprint) {
    if (fingerprint.length === 32 && readHex(fingerprint))
        return false;
    readHex((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(fingerprint).digest('hex').slice(0, 32));
    return true;
}
function readHex(text) {
    for (let lane = 0; lane < 4; lane++) {
        let word = 0;
        for (let i = lane * 8; i < lane * 8 + 8; i++) {
            const c = text.charCodeAt(i);
            const digit = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : -1;
            if (digit < 0)
                return false;
            word = word * 16 + digit;
        }
        WORDS[lane] = word;
    }
    return true;
}
/**
 * The spill file: findings as JSON, one after another, in a file of a directory of its own
 * under the temporary directory (TMPDIR; RUNNER_TEMP on a runner). On POSIX systems the name is
 * removed at once and the open descriptor keeps the file until it is closed, so nothing is left
 * behind whatever ends the process.
 */
class Spill {
    fd;
    dir;
    removed = false;
    out;
    /** What was last read from the file, from `windowStart` on; never past the written end. */
    window = Buffer.allocUnsafe(4096);
    windowStart = 0;
    windowBytes = 0;
    constructor() {
        const base = spillBase();
        try {
            this.dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(base, 'known-good-'));
            const file = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(this.dir, 'findings.jsonl');
            this.fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(file, 'wx+', 0o600);
            try {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(file);
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(this.dir, { recursive: true });
                this.removed = true;
            }
            catch {
                // Windows keeps an open file's name: removed at close.
            }
        }
        catch (error) {
            throw spillError(base, error);
        }
        this.out = new _util_appender_js__WEBPACK_IMPORTED_MODULE_5__/* .Appender */ .w(this.fd, SPILL_BUFFER_BYTES, error => spillError(spillBase(), error));
    }
    /** Appends `text` (UTF-8): where it starts and how many bytes it takes. */
    append(text) {
        return this.out.append(text);
    }
    /** Appends bytes: where they start. */
    appendBytes(bytes, start, length) {
        return this.out.appendBytes(bytes, start, length);
    }
    /**
     * The bytes at `offset`, as a part of a buffer that is valid until the next call. `ahead`: the
     * next reads are further on in the file (a walk in file order), so a megabyte is read at once;
     * otherwise just these bytes.
     */
    bytes(offset, length, ahead) {
        const end = offset + length;
        if (offset >= this.windowStart && end <= this.windowStart + this.windowBytes)
            return { buffer: this.window, start: offset - this.windowStart };
        if (end > this.out.flushed)
            this.out.flush();
        const want = ahead ? Math.max(length, SPILL_BUFFER_BYTES) : length;
        if (this.window.length < want)
            this.window = Buffer.allocUnsafe(want);
        let done = 0;
        while (done < want) {
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(this.fd, this.window, done, want - done, offset + done);
            if (n === 0)
                break;
            done += n;
        }
        if (done < length)
            throw new Error(`findings spill file ends at byte ${offset + done}`);
        this.windowStart = offset;
        // Bytes past the written end are left over from a truncated part: a later append
        // overwrites them, so the window must not keep them.
        this.windowBytes = Math.min(done, this.out.flushed - offset);
        return { buffer: this.window, start: 0 };
    }
    text(offset, length, ahead) {
        const { buffer, start } = this.bytes(offset, length, ahead);
        return buffer.toString('utf8', start, start + length);
    }
    /** Forgets every byte from `offset` on. */
    truncate(offset) {
        this.windowBytes = 0;
        this.out.truncate(offset);
    }
    close() {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(this.fd);
        if (!this.removed)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(this.dir, { recursive: true, force: true });
    }
}
/** The temporary directory: TMPDIR when set, else the system's (`os.tmpdir`). */
function spillBase() {
    return process.env.TMPDIR || (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)();
}
function spillError(dir, error) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j(`could not keep the findings in a file under the temporary directory ${dir} (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .getErrorMessage */ .u)(error)}): set TMPDIR (RUNNER_TEMP on a runner) to a writable directory with room, about 1 KB per finding`, { cause: error });
}


/***/ }),

/***/ 67388:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DI: () => (/* binding */ preBlock),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   X: () => (/* binding */ escapeXml)
/* harmony export */ });
/* harmony import */ var _one_line_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73854);
/**
 * Untrusted text (SARIF messages, rule names, paths) goes through one of these before it reaches
 * Markdown, HTML or XML: it must not @mention anyone, inject HTML or images, break out of a table
 * cell or code span, or start a workflow command. Control characters go first, by the one rule
 * of `one-line.ts`.
 */

const ZERO_WIDTH_SPACE = '\u200b';
/** For HTML text content: `<`, `>` and `&`. Quotes need escaping only inside attributes. */
function escapeHtmlText(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/** For HTML where quotes may matter too (attribute-safe); Markdown never sees these entities. */
function escapeHtml(text) {
    return escapeHtmlText(text).replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
/**
 * Text safe inside a Markdown paragraph or table cell, on one line: HTML-escaped, Markdown
 * punctuation backslash-escaped (no links, images, emphasis, code spans or table pipes), `@`
 * mentions and URL schemes broken with a zero-width space so they neither notify nor autolink.
 * Apostrophes and quotes stay as they are: Markdown gives them no meaning, and an entity such as
 * `&#39;` would have its `#` escaped and show literally.
 */
function escapeMarkdown(text, maxLength = 1000) {
    return escapeHtmlText((0,_one_line_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)((0,_one_line_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(text), maxLength))
        .replace(/[\\`*_{}[\]()#+\-.!|~^$]/g, char => `\\${char}`)
        .replace(/@/g, `@${ZERO_WIDTH_SPACE}`)
        .replace(/:\/\//g, `:${ZERO_WIDTH_SPACE}//`);
}
/**
 * Multi-line text for an HTML `<pre>` block in Markdown: GitHub renders its content verbatim
 * (no Markdown, no mentions), so HTML escaping alone keeps it inert, line breaks and all.
 */
function preBlock(text, maxLength = 60_000) {
    const clean = (0,_one_line_js__WEBPACK_IMPORTED_MODULE_0__/* .cleanLines */ .v3)(text);
    const cut = clean.length > maxLength ? `${clean.slice(0, maxLength)}\n…` : clean;
    return `<pre>\n${escapeHtml(cut)}\n</pre>`;
}
const XML_ENTITIES = new Map([
    ['&', '&amp;'],
    ['<', '&lt;'],
    ['>', '&gt;'],
    ['"', '&quot;'],
    ["'", '&apos;']
]);
/** What XML 1.0 cannot hold (§2.2, Char) and the five characters written as entities. */
const XML_UNSAFE = 
// eslint-disable-next-line no-control-regex
/[^\u0009\u000a\u000d\u0020\u0021\u0023-\u0025\u0028-\u003b\u003d\u003f-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;
/**
 * Text for XML content and attribute values (JUnit); drops characters XML 1.0 cannot hold.
 * One pass over the text (it runs for every finding of the JUnit report).
 */
function escapeXml(text) {
    return text.replace(XML_UNSAFE, char => XML_ENTITIES.get(char) ?? '');
}


/***/ }),

/***/ 73854:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   v3: () => (/* binding */ cleanLines),
/* harmony export */   xv: () => (/* binding */ truncate)
/* harmony export */ });
/* unused harmony export REPLACEMENT */
/**
 * The one rule for untrusted text (SARIF messages and paths, PR data, cluster object fields) that
 * is shown to people: no C0 or C1 control characters (terminal escapes such as ESC, BEL, NUL), no
 * DEL, and no bidirectional overrides or isolates, which can make text read differently from what
 * it is (CVE-2021-42574, https://trojansource.codes). Each becomes U+FFFD, so that something was
 * there stays visible. Tabs become spaces.
 */
const CONTROLS = 
// eslint-disable-next-line no-control-regex
/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029\u0085]/g;
const REPLACEMENT = '\ufffd';
/** Untrusted text on one line: line breaks become spaces (so it cannot start a line of its own). */
function oneLine(text) {
    return text.replace(LINE_BREAKS, ' ').replace(/\t/g, ' ').replace(CONTROLS, REPLACEMENT);
}
/** Untrusted text that may keep its lines: line breaks normalised to `\n`, controls replaced. */
function cleanLines(text) {
    return text.replace(LINE_BREAKS, '\n').replace(/\t/g, ' ').replace(CONTROLS, REPLACEMENT);
}
/** At most `max` characters (an ellipsis marks a cut); never splits a surrogate pair. */
function truncate(text, max) {
    if (text.length <= max)
        return text;
    let end = Math.max(0, max - 1);
    const code = text.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff)
        end--;
    return `${text.slice(0, end)}…`;
}


/***/ }),

/***/ 77145:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ Appender)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

/** UTF-8 takes at most 3 bytes per UTF-16 unit (a surrogate pair: 4 bytes for 2 units). */
const MOST_BYTES_PER_UNIT = 3;
/**
 * Appends text and bytes to an open file through one reused buffer (ARCHITECTURE.md, "Scan
 * memory"). Each piece of text is encoded into the buffer as soon as it is given, so no string
 * outlives the call: a writer that kept its pieces until a flush would hold them past the young
 * generation's collections, and a report of a million findings would grow the old generation by
 * every piece. Each piece is encoded on its own (a surrogate pair split between two pieces
 * becomes two U+FFFD), and one larger than the buffer is written on its own. Writes are
 * positional, so the file can be read between them and cut back (`truncate`).
 */
class Appender {
    fd;
    failed;
    buffer;
    buffered = 0;
    /** Bytes of the file written so far. */
    flushedEnd = 0;
    constructor(fd, bufferBytes, 
    /** What a failed write is reported as. */
    failed = error => error) {
        this.fd = fd;
        this.failed = failed;
        this.buffer = Buffer.allocUnsafe(bufferBytes);
    }
    /** Where the next byte goes: the bytes written and those still in the buffer. */
    get end() {
        return this.flushedEnd + this.buffered;
    }
    /** Where the file's written bytes end: reading below it needs no `flush`. */
    get flushed() {
        return this.flushedEnd;
    }
    /** Appends `text` as UTF-8: where it starts and how many bytes it takes. */
    append(text) {
        const most = text.length * MOST_BYTES_PER_UNIT;
        if (this.buffered + most > this.buffer.length)
            this.flush();
        const offset = this.end;
        if (most > this.buffer.length) {
            const bytes = Buffer.from(text, 'utf8');
            this.write(bytes, 0, bytes.length);
            return { offset, length: bytes.length };
        }
        const length = this.buffer.write(text, this.buffered, 'utf8');
        this.buffered += length;
        return { offset, length };
    }
    /** Appends `length` bytes of `bytes` from `start`: where they start. */
    appendBytes(bytes, start, length) {
        if (this.buffered + length > this.buffer.length)
            this.flush();
        const offset = this.end;
        if (length > this.buffer.length)
            this.write(bytes, start, length);
        else {
            bytes.copy(this.buffer, this.buffered, start, start + length);
            this.buffered += length;
        }
        return offset;
    }
    /** Writes what the buffer holds. */
    flush() {
        if (this.buffered === 0)
            return;
        const bytes = this.buffered;
        this.buffered = 0;
        this.write(this.buffer, 0, bytes);
    }
    /** Forgets every byte from `offset` on: the next piece goes there. */
    truncate(offset) {
        if (offset >= this.flushedEnd)
            this.buffered = Math.min(this.buffered, offset - this.flushedEnd);
        else {
            this.buffered = 0;
            this.flushedEnd = offset;
        }
    }
    write(bytes, start, length) {
        let done = 0;
        try {
            while (done < length)
                done += (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(this.fd, bytes, start + done, length - done, this.flushedEnd + done);
        }
        catch (error) {
            throw this.failed(error);
        }
        this.flushedEnd += length;
    }
}


/***/ }),

/***/ 26518:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   UU: () => (/* binding */ humanDuration),
/* harmony export */   ce: () => (/* binding */ compactTimestamp)
/* harmony export */ });
const UNITS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/** `90s`, `30m`, `1h30m`, `7d`, `500ms` or plain seconds → milliseconds; undefined if malformed. */
function parseDuration(text) {
    const trimmed = text.trim();
    if (/^\d+$/.test(trimmed))
        return Number(trimmed) * 1000;
    if (!/^(\d+(ms|s|m|h|d))+$/.test(trimmed))
        return undefined;
    let total = 0;
    for (const match of trimmed.matchAll(/(\d+)(ms|s|m|h|d)/g))
        total += Number(match[1]) * UNITS[match[2]];
    return total;
}
/** `20261125T083000`-style compact UTC timestamp for object names. */
function compactTimestamp(at) {
    return at.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}
/** A span of time as people read it: `3d 4h`, `5h 12m`, `40s`. */
function humanDuration(ms) {
    const sign = ms < 0 ? '-' : '';
    let rest = Math.round(Math.abs(ms) / 1000);
    const parts = [];
    for (const [unit, seconds] of [
        ['d', 86_400],
        ['h', 3600],
        ['m', 60],
        ['s', 1]
    ]) {
        const n = Math.floor(rest / seconds);
        rest -= n * seconds;
        if (n > 0)
            parts.push(`${n}${unit}`);
        if (parts.length === 2)
            break;
    }
    return `${sign}${parts.join(' ') || '0s'}`;
}


/***/ }),

/***/ 74976:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   bu: () => (/* binding */ num),
/* harmony export */   eB: () => (/* binding */ asObject),
/* harmony export */   gx: () => (/* binding */ str)
/* harmony export */ });
/* unused harmony exports objects, stringEntries */
/**
 * The one set of guards for JSON of unknown shape (SARIF, API answers, cluster objects): every
 * module that reads such values asks these instead of writing its own `typeof` checks.
 */
/** A JSON object (not null, not an array). */
function isObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
/** The value as an object, or an empty one: for reading nested optional members. */
function asObject(value) {
    return isObject(value) ? value : {};
}
/** The value as an array of objects (other elements dropped), or an empty array. */
function objects(value) {
    return Array.isArray(value) ? value.filter(isObject) : [];
}
function str(value) {
    return typeof value === 'string' ? value : undefined;
}
/** A finite number, or undefined. */
function num(value) {
    return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
/** The string members of an object as a map (keys from input never become object keys). */
function stringEntries(value) {
    const entries = new Map();
    if (!isObject(value))
        return entries;
    for (const [key, member] of Object.entries(value))
        if (typeof member === 'string')
            entries.set(key, member);
    return entries;
}


/***/ }),

/***/ 26768:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CS: () => (/* binding */ VERDICT_SCHEMA),
/* harmony export */   NI: () => (/* binding */ buildVerdictRecord),
/* harmony export */   kB: () => (/* binding */ countsOutput)
/* harmony export */ });
/* unused harmony export combinedDigest */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(311);


const VERDICT_SCHEMA = 'known-good.verdict/v1';
function combinedDigest(digests) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update([...digests].sort().join('\n'))
        .digest('hex');
}
function inputRecords(collection) {
    return collection.files.map(file => {
        const record = { file: file.file, status: file.status };
        if (file.error !== undefined)
            record.error = file.error;
        if (file.skipped !== undefined)
            record.skipped = file.skipped;
        if (file.sha256 !== undefined)
            record.sha256 = file.sha256;
        if (file.bytes !== undefined)
            record.bytes = file.bytes;
        if (file.summary) {
            record.sha256 = file.summary.sha256;
            record.bytes = file.summary.bytes;
            record.runs = file.summary.runs.map(run => {
                const out = {
                    tool: run.tool,
                    results: run.results,
                    findings: run.findings
                };
                if (run.toolVersion !== undefined)
                    out.version = run.toolVersion;
                if (run.category !== undefined)
                    out.category = run.category;
                if (run.executionFailure !== undefined)
                    out.executionFailure = run.executionFailure;
                if (run.executionNote !== undefined)
                    out.executionNote = run.executionNote;
                if (run.errorNotifications.length > 0)
                    out.notifications = run.errorNotifications;
                if (run.paths.mappings.length > 0)
                    out.pathMappings = run.paths.mappings;
                if (run.paths.outside.findings > 0)
                    out.outsideWorkspace = run.paths.outside;
                if (run.paths.ambiguousRoots)
                    out.ambiguousRoots = run.paths.ambiguousRoots;
                if (run.placeholderFingerprints.length > 0)
                    out.placeholderFingerprints = run.placeholderFingerprints;
                if (run.notes.length > 0)
                    out.notes = run.notes;
                if (run.notesOmitted > 0)
                    out.notesOmitted = run.notesOmitted;
                return out;
            });
        }
        return record;
    });
}
function toolsOf(inputs) {
    const seen = new Map();
    for (const run of inputs.flatMap(input => input.runs ?? [])) {
        const key = `${run.tool}\u0000${run.version ?? ''}`;
        if (!seen.has(key))
            seen.set(key, run.version === undefined ? { name: run.tool } : { name: run.tool, version: run.version });
    }
    return [...seen.values()];
}
function buildVerdictRecord(args) {
    const { decision, collection } = args;
    const inputs = inputRecords(collection);
    return {
        schema: VERDICT_SCHEMA,
        verdict: decision.verdict,
        reasons: decision.reasons,
        counts: {
            counted: decision.counted,
            all: decision.all,
            findings: decision.judged.length,
            blocking: decision.blocking,
            suppressed: decision.dispositions.suppressed,
            excluded: decision.dispositions.excluded,
            allowed: decision.dispositions.allowed,
            existing: decision.dispositions.existing,
            fixed: decision.dispositions.fixed,
            duplicates: collection.duplicates
        },
        byTool: decision.countedByTool,
        toolTotals: collection.tools,
        policy: args.policy,
        inputs,
        unmatchedPatterns: args.unmatched,
        tools: toolsOf(inputs),
        // What was judged: a skipped file (our own merged SARIF) was not.
        sarifSha256: combinedDigest(inputs.flatMap(input => input.sha256 !== undefined && input.status !== 'skipped' ? [input.sha256] : [])),
        identity: args.identity,
        scannedAt: args.now.toISOString(),
        producer: { name: _version_js__WEBPACK_IMPORTED_MODULE_1__/* .PRODUCT */ .A, version: _version_js__WEBPACK_IMPORTED_MODULE_1__/* .VERSION */ .x }
    };
}
/** The `counts` output and annotation: counted findings per severity plus the totals. */
function countsOutput(record) {
    const c = record.counts;
    return {
        ...c.counted,
        findings: c.findings,
        blocking: c.blocking,
        suppressed: c.suppressed,
        excluded: c.excluded,
        allowed: c.allowed,
        existing: c.existing,
        fixed: c.fixed,
        duplicates: c.duplicates
    };
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ PRODUCT),
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** Kept equal to package.json's version (a test checks). */
const VERSION = '0.1.0';
const PRODUCT = 'known-good';


/***/ })

};
