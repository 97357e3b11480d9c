export const id = 199;
export const ids = [199];
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

/***/ 43199:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  incident: () => (/* binding */ incident)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/catalog/catalog.ts + 3 modules
var catalog_catalog = __webpack_require__(58923);
// EXTERNAL MODULE: ./src/catalog/revocation.ts + 1 modules
var revocation = __webpack_require__(54544);
// EXTERNAL MODULE: ./src/catalog/table.ts
var table = __webpack_require__(49239);
// EXTERNAL MODULE: ./src/backup/label-contract.ts
var label_contract = __webpack_require__(39511);
// EXTERNAL MODULE: ./src/backup/provider-messages.ts
var provider_messages = __webpack_require__(54846);
// EXTERNAL MODULE: ./src/cluster/conflict.ts
var conflict = __webpack_require__(55146);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/backup/velero-ref.ts
var velero_ref = __webpack_require__(74437);
;// CONCATENATED MODULE: ./src/backup/schedules.ts



function schedulesRef(namespace) {
    return (0,velero_ref/* veleroRef */.N)('schedules', namespace);
}
/** The Velero schedules of a namespace, paused or not (`spec.paused`). */
async function listSchedules(api, namespace) {
    return (await api.list(schedulesRef(namespace)))
        .map(s => ({ name: s.metadata.name, paused: s.spec?.paused === true }))
        .sort((a, b) => (a.name < b.name ? -1 : 1));
}
/**
 * Pauses or resumes a schedule (`spec.paused`, as `velero schedule pause` does), with the
 * resourceVersion read: a conflict reads again.
 */
async function setPaused(api, namespace, name, paused) {
    const ref = schedulesRef(namespace);
    await (0,conflict/* retryOnConflict */.S)(async () => {
        const current = await api.get(ref, name);
        if (!current)
            throw new errors/* ConfigurationError */.j1(`schedule ${name} does not exist in namespace ${namespace}`);
        return api.mergePatch(ref, name, {
            metadata: { resourceVersion: current.metadata.resourceVersion },
            spec: { paused }
        });
    });
}
/**
 * Pauses the named schedules (none named: every one of the namespace) that are not paused yet.
 * Returns those it paused and how many it was asked about; a name that is not there is an error.
 */
async function pauseSchedules(api, namespace, names) {
    const all = await listSchedules(api, namespace);
    const missing = names.filter(name => !all.some(s => s.name === name));
    if (missing.length > 0)
        throw new Error(`schedule ${missing.join(', ')} does not exist in namespace ${namespace}`);
    const wanted = all.filter(s => names.length === 0 || names.includes(s.name));
    const paused = [];
    for (const schedule of wanted.filter(s => !s.paused)) {
        await setPaused(api, namespace, schedule.name, true);
        paused.push(schedule.name);
    }
    return { paused, wanted: wanted.length };
}
/** Resumes those of the named schedules that are paused; returns those it resumed. */
async function resumeSchedules(api, namespace, names) {
    const paused = new Set((await listSchedules(api, namespace)).filter(s => s.paused).map(s => s.name));
    const resumed = [];
    for (const name of names.filter(n => paused.has(n))) {
        await setPaused(api, namespace, name, false);
        resumed.push(name);
    }
    return resumed;
}

// EXTERNAL MODULE: ./src/certs/rotation.ts + 6 modules
var rotation = __webpack_require__(41029);
// EXTERNAL MODULE: ./src/ledger/store.ts
var store = __webpack_require__(40492);
// EXTERNAL MODULE: ./src/text/one-line.ts
var one_line = __webpack_require__(73854);
// EXTERNAL MODULE: ./src/text/escape.ts
var text_escape = __webpack_require__(67388);
// EXTERNAL MODULE: ./src/util/json.ts
var json = __webpack_require__(74976);
;// CONCATENATED MODULE: ./src/incident/timeline.ts
/**
 * An incident's record: every step with when it ran and how it ended, kept in the ledger
 * ConfigMap while the incident runs (so that running it again continues it) and written as
 * incident.json and incident.md at the end: the evidence an auditor asks for.
 */



const INCIDENT_SCHEMA = 'known-good.incident/v1';
/** The playbook, in order. */
const STEPS = [
    'pause-schedules',
    'revoke',
    'plan',
    'restore',
    'rotate-certificates',
    'resume-schedules'
];
/** Steps whose work is not repeated once done (the others are cheap and safe to run again). */
const ONCE = new Set(['revoke', 'restore', 'rotate-certificates']);
function newRecord(id, reason, at, identity) {
    return {
        schema: INCIDENT_SCHEMA,
        id,
        reason,
        ...(identity.actor ? { requestedBy: identity.actor } : {}),
        ...(identity.runUrl ? { runUrl: identity.runUrl } : {}),
        startedAt: at.toISOString(),
        attempts: 0,
        steps: [],
        pausedSchedules: []
    };
}
/** Reads a record kept in the ledger ConfigMap, refusing one that is not ours. */
function parseRecord(text, source) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`${source} is not JSON: ${(0,errors/* getErrorMessage */.u1)(error)}`);
    }
    if (!(0,json/* isObject */.Gv)(value) ||
        value.schema !== INCIDENT_SCHEMA ||
        (0,json/* str */.gx)(value.id) === undefined ||
        !Array.isArray(value.steps))
        throw new errors/* ConfigurationError */.j1(`${source} is not a known-good incident record`);
    return value;
}
/** The last time a step was done (in any run of the incident), if it was. */
function doneBefore(record, step) {
    return [...record.steps].reverse().find(s => s.step === step && s.result === 'done');
}
function duration(step) {
    const ms = Date.parse(step.endedAt) - Date.parse(step.startedAt);
    return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}
/** The record for people: what happened, in order, and what was restored and renewed. */
function renderRecord(record) {
    const lines = [
        `## known-good incident ${(0,text_escape/* escapeMarkdown */.FV)(record.id, 63)}: ${record.result ?? 'running'}`,
        '',
        `Reason: ${(0,text_escape/* escapeMarkdown */.FV)(record.reason, 1000)}`,
        ...(record.requestedBy ? [`Requested by: ${(0,text_escape/* escapeMarkdown */.FV)(record.requestedBy, 100)}`] : []),
        `Started ${record.startedAt}${record.endedAt ? `, ended ${record.endedAt}` : ''}; run ${record.attempts} of this incident.`,
        '',
        '| # | Step | Result | Started | Took | Detail |',
        '| ---: | --- | --- | --- | ---: | --- |'
    ];
    record.steps.forEach((s, i) => lines.push(`| ${i + 1} | ${s.step} | ${s.result}${s.attempt > 1 ? ` (run ${s.attempt})` : ''} | ${s.startedAt} | ${duration(s)} | ${(0,text_escape/* escapeMarkdown */.FV)(s.detail, 1000)} |`));
    lines.push('');
    if (record.backup)
        lines.push(`Backup restored: ${(0,text_escape/* escapeMarkdown */.FV)(record.backup.name, 253)} (${(0,text_escape/* escapeMarkdown */.FV)(record.backup.why, 500)}).`);
    if (record.restore)
        lines.push(`Restore: ${(0,text_escape/* escapeMarkdown */.FV)(record.restore.name, 253)}, ${(0,text_escape/* escapeMarkdown */.FV)(record.restore.phase ?? 'not finished')}${record.restore.warnings !== undefined ? `, ${record.restore.warnings} warnings, ${record.restore.errors ?? 0} errors` : ''}.`);
    if (record.revokedCommits?.length)
        lines.push(`Revoked commits: ${record.revokedCommits.map(c => `\`${c.replace(/[^0-9a-f]/g, '')}\``).join(', ')}.`);
    if (record.renewedCertificates?.length)
        lines.push(`Certificates renewed: ${record.renewedCertificates.map(c => (0,text_escape/* escapeMarkdown */.FV)(`${c.namespace}/${c.name} (revision ${c.oldRevision} → ${c.newRevision})`, 300)).join(', ')}.`);
    if (record.pausedSchedules.length)
        lines.push(`Schedules paused and resumed: ${record.pausedSchedules.map(s => (0,text_escape/* escapeMarkdown */.FV)(s, 253)).join(', ')}.`);
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/incident/playbook.ts




/** A step that did not succeed: the later ones do not run. */
class StepFailed extends Error {
    step;
    constructor(step, message) {
        super(message);
        this.step = step;
        this.name = 'StepFailed';
    }
}
/** Where the record is kept while the incident runs: a key of the ledger ConfigMap. */
function recordKey(id) {
    return `incident.${id}.json`;
}
/** The record of an earlier run of this incident, or a new one. */
async function loadRecord(settings, deps) {
    const configMap = await deps.cluster.getConfigMap(settings.namespace, store/* LEDGER_CONFIGMAP */.X4);
    const text = configMap?.data?.[recordKey(settings.id)];
    return text === undefined
        ? newRecord(settings.id, settings.reason, deps.now(), settings.identity)
        : parseRecord(text, `incident ${settings.id} in configmap ${store/* LEDGER_CONFIGMAP */.X4} (namespace ${settings.namespace})`);
}
/** Runs the playbook's steps in order, each timed and recorded; a dry run records nothing. */
class Playbook {
    settings;
    deps;
    record;
    attempt;
    constructor(settings, deps, record) {
        this.settings = settings;
        this.deps = deps;
        this.record = record;
        this.attempt = ++record.attempts;
    }
    async save() {
        if (this.settings.dryRun)
            return;
        const text = JSON.stringify(this.record);
        await (0,store/* updateLedgerConfigMap */.J$)(this.deps.cluster, this.settings.namespace, data => ({
            ...data,
            [recordKey(this.settings.id)]: text
        }));
    }
    push(step, result, started, detail) {
        const record = {
            step,
            result,
            startedAt: started.toISOString(),
            endedAt: this.deps.now().toISOString(),
            detail,
            attempt: this.attempt
        };
        this.record.steps.push(record);
        this.deps.logger.info(`incident ${this.settings.id}, ${step}: ${result}: ${(0,one_line/* oneLine */.TN)(detail)}`);
    }
    /**
     * Runs a step. `work` returns what it did, or `{ skipped }` when there was nothing to do. A
     * step of ONCE done in an earlier run is not repeated. A step that fails throws `StepFailed`.
     */
    async step(name, work) {
        const started = this.deps.now();
        const earlier = ONCE.has(name) ? doneBefore(this.record, name) : undefined;
        if (earlier && earlier.attempt < this.attempt) {
            this.push(name, 'skipped', started, `done in run ${earlier.attempt}: ${earlier.detail}`);
            return;
        }
        try {
            const done = await work();
            if (typeof done === 'string')
                this.push(name, 'done', started, done);
            else
                this.push(name, 'skipped', started, done.skipped);
        }
        catch (error) {
            const message = (0,errors/* getErrorMessage */.u1)(error);
            this.push(name, 'failed', started, message);
            await this.save().catch(() => undefined);
            throw new StepFailed(name, message);
        }
        await this.save();
    }
    /** Runs steps until one fails: that one, or undefined when all went through. */
    async steps(work) {
        try {
            await work();
            return undefined;
        }
        catch (error) {
            if (error instanceof StepFailed)
                return error;
            throw error;
        }
    }
    stopAfterDryRun() {
        const at = this.deps.now();
        for (const step of STEPS.slice(STEPS.indexOf('restore')))
            this.push(step, 'stopped', at, 'dry run: stopped after the plan');
    }
    /** Ends the run: the result and the end time recorded and saved. */
    async end(failed) {
        this.record.result = this.settings.dryRun ? 'dry-run' : failed ? 'failed' : 'done';
        this.record.endedAt = this.deps.now().toISOString();
        await this.save();
    }
}

// EXTERNAL MODULE: ./src/report/file-writer.ts
var file_writer = __webpack_require__(2796);
// EXTERNAL MODULE: ./src/commands/summary.ts
var summary = __webpack_require__(6226);
;// CONCATENATED MODULE: ./src/commands/incident.ts












/** Step 1: pause the schedules, so that the compromised state does not become the newest backup. */
async function pauseStep({ config, deps, record }) {
    if (config.dryRun)
        return { skipped: 'dry run: no schedule paused' };
    if (config.backups.provider !== 'velero')
        return { skipped: `${config.backups.provider} has no schedules` };
    const namespace = config.backups.namespace;
    const { paused, wanted } = await pauseSchedules(deps.cluster, namespace, config.schedules);
    // Those an earlier run paused and could not resume are still ours to resume.
    record.pausedSchedules = [...new Set([...record.pausedSchedules, ...paused])].sort();
    return paused.length > 0
        ? `paused ${paused.join(', ')}`
        : { skipped: `no schedule to pause (${wanted} already paused or none)` };
}
/** Step 2: revoke the commits named, when there are; a dry run leaves them out of the plan. */
async function revokeStep({ config, deps, catalog, record, outputs }) {
    if (!config.revocation)
        return { skipped: 'no commits named: nothing revoked' };
    const outcome = await catalog.revoke({ ...config, namespace: config.backups.namespace, target: config.revocation, id: config.id }, deps);
    Object.assign(outputs, (0,revocation/* revocationOutputs */.HV)(outcome));
    record.revokedCommits = outcome.plan.commits;
    const backups = outcome.plan.backups.filter(b => !b.already).length;
    return `${config.dryRun ? 'would revoke' : 'revoked'} ${outcome.plan.commits.length} commit(s), ${backups} backup(s)`;
}
/** Step 3: choose the backup, and plan its Restore (labelled with the incident). */
async function planStep(run) {
    const { config, catalog, record, outputs } = run;
    const { backup, namespaces, mapping, existingResourcePolicy, allowUnverified } = config.restore;
    const plan = await catalog.planRestore({
        ...(backup ? { backup } : {}),
        reason: config.reason,
        allowUnverified,
        namespaces,
        mapping,
        existingResourcePolicy,
        identity: config.identity,
        labels: { [catalog.keys.incident]: (0,label_contract/* labelValue */.w)(config.id) }
    });
    run.plan = plan;
    const why = plan.notes.get(plan.chosen.backup.name) ?? '';
    record.backup = { name: plan.chosen.backup.name, why };
    outputs['backup-name'] = plan.chosen.backup.name;
    outputs.backups = JSON.stringify((0,table/* backupRows */.oO)(plan.candidates));
    run.deps.logger.info((0,table/* backupsTable */.G0)(plan.candidates, plan.notes, 'text'));
    return `backup ${plan.chosen.backup.name}: ${why}; ${plan.candidates.length - 1} other backup(s) not taken (see the table)`;
}
/** A Restore of this incident that an earlier run saw through: nothing to do again. */
function restoredBefore({ record, outputs }, done) {
    record.restore = { name: done.name, phase: done.phase };
    outputs['restore-name'] = done.name;
    outputs['restore-phase'] = done.phase;
    return { skipped: `restore ${done.name} of this incident already ended ${done.phase}` };
}
/** The Restore an earlier run started, awaited; or a new one, recorded before it starts. */
async function restoreOnce(run, running) {
    const { config, deps, catalog, playbook, record } = run;
    if (running) {
        deps.logger.info(`waiting for restore ${running.name}, started by an earlier run of this incident`);
        record.restore = { name: running.name };
        return catalog.provider.waitRestore(running.name, catalog.wait('restore', config.timeoutMs));
    }
    record.restore = { name: run.plan.name };
    await playbook.save();
    return catalog.restore(run.plan, config.timeoutMs);
}
/** Step 4: restore the chosen backup, once: a Restore of this incident from an earlier run is reused. */
async function restoreStep(run) {
    const { catalog, record, outputs } = run;
    const selector = `${catalog.keys.incident}=${(0,label_contract/* labelValue */.w)(run.config.id)}`;
    const earlier = await catalog.provider.findRestores(selector);
    const done = earlier.find(r => r.succeeded);
    if (done)
        return restoredBefore(run, done);
    const running = earlier.find(r => !r.finished);
    const result = await restoreOnce(run, running);
    const { name, phase, warnings, errors } = result;
    record.restore = { name, phase, warnings, errors };
    Object.assign(outputs, {
        'restore-name': name,
        'restore-phase': phase,
        'restore-warnings': String(warnings),
        'restore-errors': String(errors)
    });
    const said = (0,provider_messages/* firstErrors */.e7)((0,provider_messages/* allMessages */.gN)(result.messages, result.details));
    const detail = `restore ${name} of backup ${running?.backup ?? run.plan.chosen.backup.name}: ${phase}, ${warnings} warnings, ${errors} errors${said ? ` (${said})` : ''}`;
    if (!result.succeeded)
        throw new Error(detail);
    return detail;
}
/** Step 5: renew the certificates of the namespaces given and restart what cannot reload. */
async function rotateStep({ config, deps, record, outputs }) {
    if (!config.rotation)
        return { skipped: 'no namespaces given: certificates left as they are' };
    const result = await (0,rotation/* rotateCertificates */.Qs)(deps.cluster, config.rotation, deps);
    (0,rotation/* logRotation */.V$)(result, deps.logger);
    Object.assign(outputs, (0,rotation/* rotationOutputs */.bu)(result));
    record.renewedCertificates = (0,rotation/* renewedList */.Hg)(result);
    record.restartedWorkloads = result.restarts.map(({ kind, namespace, name, action }) => ({
        kind,
        namespace,
        name,
        action
    }));
    if (result.failure)
        throw new Error(result.failure);
    return `renewed ${record.renewedCertificates.length} of ${result.renewals.length} certificate(s), restarted ${result.restarts.filter(r => r.action === 'restarted').length} workload(s)`;
}
/** Step 6: resume what this incident paused (only those, and only while they are paused). */
async function resumeStep({ config, deps, record }) {
    if (record.pausedSchedules.length === 0)
        return { skipped: 'this incident paused no schedule' };
    const namespace = config.backups.namespace;
    const resumed = await resumeSchedules(deps.cluster, namespace, record.pausedSchedules);
    return resumed.length > 0
        ? `resumed ${resumed.join(', ')}`
        : { skipped: 'the schedules this incident paused run again already' };
}
/** Steps 1 to 5, in order, until one fails (a dry run stops after the plan). */
async function runSteps(run) {
    const { playbook } = run;
    await playbook.step('pause-schedules', () => pauseStep(run));
    await playbook.step('revoke', () => revokeStep(run));
    await playbook.step('plan', () => planStep(run));
    if (run.config.dryRun)
        return playbook.stopAfterDryRun();
    await playbook.step('restore', () => restoreStep(run));
    await playbook.step('rotate-certificates', () => rotateStep(run));
}
async function writeRecord(config, record, outputs) {
    const json = (0,external_node_path_.join)(config.outputDir, 'incident.json');
    const markdown = (0,external_node_path_.join)(config.outputDir, 'incident.md');
    (0,file_writer/* writeFileAtomically */.lo)(json, out => out.write(`${JSON.stringify(record, null, 2)}\n`));
    (0,file_writer/* writeFileAtomically */.lo)(markdown, out => out.write(renderRecord(record)));
    outputs['incident-file'] = json;
    outputs['incident-report'] = markdown;
}
/** An incident that is done: nothing runs again; its record is written once more. */
async function alreadyDone(config, deps, record) {
    deps.logger.info(`incident ${config.id} is done (it ended at ${record.endedAt ?? '?'}): nothing to do again; its record is written once more`);
    const outputs = {
        'incident-id': config.id,
        'paused-schedules': JSON.stringify(record.pausedSchedules),
        ...(record.backup ? { 'backup-name': record.backup.name } : {}),
        ...(record.restore ? { 'restore-name': record.restore.name } : {}),
        ...(record.restore?.phase ? { 'restore-phase': record.restore.phase } : {})
    };
    await writeRecord(config, record, outputs);
    await (0,summary/* writeSummary */.S)(deps, renderRecord(record));
    return { status: 'ok', outputs };
}
/** The record written (ConfigMap, files, summary), and the result: which step failed, if one did. */
async function finish(run, failed) {
    const { config, record, outputs } = run;
    outputs['paused-schedules'] = JSON.stringify(record.pausedSchedules);
    await run.playbook.end(failed);
    await writeRecord(config, record, outputs);
    await (0,summary/* writeSummary */.S)(run.deps, renderRecord(record));
    if (!failed)
        return { status: 'ok', outputs };
    outputs['failed-step'] = failed.step;
    return {
        status: 'failed',
        outputs,
        failure: `incident ${config.id}: step ${failed.step} failed: ${failed.message}. The schedules it paused are resumed; run the incident again with incident-id ${config.id} to continue (steps that are done are not repeated).`
    };
}
/**
 * The incident playbook as one command: pause the schedules, revoke (optional), plan, restore
 * the newest known-good backup, rotate the certificates (optional), resume the schedules, and
 * write the record. A failed step stops the later ones, resumes what it paused and says which
 * step failed; running it again with the same incident-id continues without repeating the
 * steps that are done.
 */
async function incident(config, deps) {
    const { ledgerFile } = config.restore;
    const catalog = (0,catalog_catalog/* openCatalog */.O)(deps, {
        backups: config.backups,
        ...(ledgerFile ? { ledgerFile } : {})
    });
    const settings = { ...config, namespace: config.backups.namespace };
    const record = await loadRecord(settings, deps);
    if (record.result === 'done' && !config.dryRun)
        return alreadyDone(config, deps, record);
    const playbook = new Playbook(settings, deps, record);
    const run = {
        config,
        deps,
        catalog,
        playbook,
        record,
        outputs: { 'incident-id': config.id }
    };
    const failed = await playbook.steps(() => runSteps(run));
    // Whatever happened: what this incident paused is resumed (a dry run paused nothing).
    const resume = config.dryRun
        ? undefined
        : await playbook.steps(() => playbook.step('resume-schedules', () => resumeStep(run)));
    return finish(run, failed ?? resume);
}


/***/ })

};
