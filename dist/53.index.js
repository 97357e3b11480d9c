export const id = 53;
export const ids = [53];
export const modules = {

/***/ 10053:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseConfig: () => (/* binding */ parseConfig)
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

// EXTERNAL MODULE: ./src/config/inputs.ts + 2 modules
var inputs = __webpack_require__(92294);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/config/common.ts + 1 modules
var common = __webpack_require__(99550);
;// CONCATENATED MODULE: ./src/backup/health-checks.ts
/**
 * The checks of the health command, by name. A module of its own so that the configuration
 * (`skip-checks`) names them without loading the health code and its cron parser.
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

;// CONCATENATED MODULE: ./src/config/health.ts




function parseRetention(reader) {
    return { keep: reader.integer('protect-known-good'), marginMs: reader.duration('protect-margin') };
}
function parseSkip(reader) {
    const skip = new Set();
    for (const name of reader.list('skip-checks')) {
        const check = HEALTH_CHECKS.find(c => c === name.toLowerCase());
        if (!check)
            reader.fail('skip-checks', name, `expected one of ${HEALTH_CHECKS.join(', ')}`);
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
            throw new errors/* ConfigurationError */.j1(`${reader.label('create')} with provider velero needs ${reader.label('schedule')}: the backup is taken from its template`);
        if (target.provider === 'csi' && !pvcSelector)
            throw new errors/* ConfigurationError */.j1(`${reader.label('create')} with provider csi needs ${reader.label('pvc-selector')}: the PVCs to snapshot`);
        if (name || selector)
            throw new errors/* ConfigurationError */.j1(`${reader.label('create')} takes a new backup: leave out ${reader.label('backup-name')} and ${reader.label('backup-selector')}`);
        const source = target.provider === 'velero' ? schedule : pvcSelector;
        return snapshotClass ? { kind: 'create', source, snapshotClass } : { kind: 'create', source };
    }
    const ways = [name, selector, schedule].filter(Boolean).length;
    if (ways !== 1)
        throw new errors/* ConfigurationError */.j1(`label-backup needs exactly one of ${reader.label('backup-name')}, ${reader.label('backup-selector')}, ${reader.label('schedule')} (or ${reader.label('create')})`);
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
        throw new errors/* ConfigurationError */.j1(`${this.label(name)} is ${JSON.stringify(value)}: ${expected}`, {
            input: name
        });
    }
    /** `rest` follows "is required", e.g. `: name the files` or ` for restore: say why`. */
    required(name, rest) {
        throw new errors/* ConfigurationError */.j1(`${this.label(name)} is required${rest}`, { input: name });
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
        throw new errors/* ConfigurationError */.j1(`${reader.label('fixed-in')} needs ${reader.label('introduced-in')}: the fix is the end of a range that starts where the vulnerability came in`);
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
        throw new errors/* ConfigurationError */.j1(`revoke needs ${reader.label('commits')} or ${reader.label('introduced-in')}: which releases are compromised`);
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
// EXTERNAL MODULE: ./src/report/output-dir.ts
var output_dir = __webpack_require__(89907);
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
    const problem = (0,output_dir/* outputDirProblem */.up)(path);
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
        throw new errors/* ConfigurationError */.j1(`${label} is ${JSON.stringify(text)}: expected one of ${inputs/* COMMANDS */.Lo.join(', ')}`);
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

/***/ 89907:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g$: () => (/* binding */ prepareOutputDir),
/* harmony export */   u_: () => (/* binding */ reportWriteError),
/* harmony export */   up: () => (/* binding */ outputDirProblem)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);




/*
 * The report directory: whether it can hold the reports, made and proven writable before any
 * input is read, and a failure to write in it said as the setting to change. Apart from the
 * reports themselves, so that reading the configuration loads none of them.
 */
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
    for (let at = dir;; at = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(at)) {
        let stats;
        try {
            stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(at);
        }
        catch (error) {
            const code = errorCode(error);
            if (code === 'ENOENT' && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(at, { throwIfNoEntry: false })?.isSymbolicLink())
                return `${at} is a symbolic link to nothing`;
            if (code === 'ENOENT' && (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(at) !== at)
                continue;
            return `${at} cannot be used (${fsProblem(code)})`;
        }
        const what = at === dir ? at : `${at}, a parent of it,`;
        if (!stats.isDirectory())
            return `${what} is ${kindOf(stats)}, not a directory`;
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(at, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK);
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
    const message = (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .getErrorMessage */ .u1)(error);
    const detail = message.startsWith(code) ? message : `${fsProblem(code)} (${message})`;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`could not write the report files to ${dir}: ${detail}: set output-dir to a directory this step can write`, { cause: error });
}
/**
 * Makes the report directory and proves it writable before any input is read, so that a
 * directory that cannot hold the reports fails at once and not after the scan.
 */
function prepareOutputDir(dir) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { recursive: true });
        const probe = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, `.known-good-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomBytes)(6).toString('hex')}.probe`);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(probe, 'wx'));
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(probe, { force: true });
    }
    catch (error) {
        throw reportWriteError(dir, error);
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


/***/ })

};
