export const id = 929;
export const ids = [929,786];
export const modules = {

/***/ 22929:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runAction: () => (/* binding */ runAction)
/* harmony export */ });
/* unused harmony export actionsLogger */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91659);
/* harmony import */ var _config_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10053);
/* harmony import */ var _config_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92294);
/* harmony import */ var _github_event_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85015);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);
/* harmony import */ var _logger_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(86999);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(79786);







/** Logs through the Actions toolkit. Free text is kept from being read as a workflow command. */
function actionsLogger() {
    return {
        debug: message => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(message),
        info: message => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq((0,_logger_js__WEBPACK_IMPORTED_MODULE_5__/* .neutraliseCommands */ .$)(message)),
        warning: message => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(message),
        error: message => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(message),
        mask: secret => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(secret)
    };
}
/** @actions/core escapes the message and every property of the command it writes. */
function annotate(annotation) {
    const properties = { title: annotation.title };
    if (annotation.file !== undefined)
        properties.file = annotation.file;
    if (annotation.startLine !== undefined)
        properties.startLine = annotation.startLine;
    if (annotation.endLine !== undefined)
        properties.endLine = annotation.endLine;
    if (annotation.startColumn !== undefined)
        properties.startColumn = annotation.startColumn;
    if (annotation.endColumn !== undefined)
        properties.endColumn = annotation.endColumn;
    const write = annotation.level === 'error'
        ? _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3
        : annotation.level === 'warning'
            ? _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e
            : _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm;
    write(annotation.message, properties);
}
/** The GitHub connection of the command, if it has one (the action with a token). */
function githubOf(config) {
    return 'github' in config ? config.github : undefined;
}
/**
 * Octokit and the artifact client load only for a command that talks to GitHub. Both are
 * bounded by api-timeout: octokit for each exchange, the artifact upload's blob stall detector.
 */
async function connectGitHub(github, logger) {
    const [{ createOctokit }, { octokitApi }, { actionsArtifacts }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(745), __webpack_require__.e(634)]).then(__webpack_require__.bind(__webpack_require__, 79634)),
        __webpack_require__.e(/* import() */ 324).then(__webpack_require__.bind(__webpack_require__, 28943)),
        Promise.all(/* import() */[__webpack_require__.e(737), __webpack_require__.e(745), __webpack_require__.e(228), __webpack_require__.e(616)]).then(__webpack_require__.bind(__webpack_require__, 4616))
    ]);
    const client = createOctokit({
        token: github.token,
        apiUrl: github.apiUrl,
        logger,
        timeoutMs: github.apiTimeoutMs
    });
    return {
        api: octokitApi(client.octokit, github.repository, github.apiUrl),
        artifacts: actionsArtifacts({
            serverUrl: github.serverUrl,
            repository: process.env.GITHUB_REPOSITORY,
            runId: process.env.GITHUB_RUN_ID,
            stallTimeoutMs: github.apiTimeoutMs
        }),
        stop: reason => client.stop(reason),
        requests: () => client.requests
    };
}
/**
 * Sets outputs as they become known: the verdict before reporting to GitHub starts, so that a
 * later step has it even if reporting is cut short; each value is written once.
 */
function outputSetter() {
    const written = new Map();
    return outputs => {
        for (const [name, value] of Object.entries(outputs)) {
            if (value === undefined || written.get(name) === value)
                continue;
            written.set(name, value);
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(name, value);
        }
    };
}
/**
 * Ends the process once stdout and stderr are flushed: for when a bound gave up on work that
 * cannot be cancelled (an artifact upload), whose open connection would keep the step running.
 */
async function exitWhenFlushed() {
    await Promise.all([process.stdout, process.stderr].map(stream => new Promise(resolve => stream.write('', () => resolve()))));
    process.exit();
}
/** The action: reads inputs, runs, sets outputs; one catch, so any throw fails the step. */
async function runAction() {
    let connected;
    try {
        const raw = {};
        for (const name of _config_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUT_NAMES */ .Qh)
            raw[name] = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name);
        const logger = actionsLogger();
        const token = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('github-token');
        if (token)
            logger.mask(token);
        const { config, warnings } = (0,_config_index_js__WEBPACK_IMPORTED_MODULE_1__.parseConfig)(raw, process.env, 'action', process.cwd(), () => (0,_github_event_js__WEBPACK_IMPORTED_MODULE_3__/* .readEventFile */ .zh)(process.env.GITHUB_EVENT_PATH));
        for (const warning of warnings)
            logger.warning(warning);
        const github = githubOf(config);
        if (github)
            connected = await connectGitHub(github, logger);
        const setOutputs = outputSetter();
        const result = await (0,_run_js__WEBPACK_IMPORTED_MODULE_6__.run)(config, {
            logger,
            now: () => new Date(),
            env: process.env,
            ...(connected ? { github: connected } : {}),
            annotate,
            setOutputs,
            writeJobSummary: async (markdown) => {
                await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw(markdown, true).write();
            }
        });
        setOutputs(result.outputs);
        if (result.status === 'blocked' || result.status === 'unknown') {
            const reasons = 'reasons' in result.outputs ? result.outputs.reasons : undefined;
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`known-good verdict: ${result.status} (${reasons?.split('\n')[0] ?? ''})`);
        }
        else if (result.status === 'failed') {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(result.failure ?? 'failed');
        }
        else if (result.status === 'unhealthy') {
            // One line per failed check: each shows up in the step's annotations.
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`known-good health: unhealthy\n${result.failure ?? ''}`);
        }
    }
    catch (error) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1((0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorKind */ .f8)(error) === 'unexpected'
            ? `known-good failed unexpectedly: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .getErrorMessage */ .u1)(error)}`
            : (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .getErrorMessage */ .u1)(error));
    }
    if (connected?.artifacts?.abandoned)
        await exitWhenFlushed();
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

/***/ 79786:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
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
            const { scan } = await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(382), __webpack_require__.e(556), __webpack_require__.e(106)]).then(__webpack_require__.bind(__webpack_require__, 30106));
            return scan(config, deps);
        }
        case 'label-backup': {
            const { labelBackup } = await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(710), __webpack_require__.e(556), __webpack_require__.e(923), __webpack_require__.e(490)]).then(__webpack_require__.bind(__webpack_require__, 15490));
            return labelBackup(config, await clusterDeps(config.connection, deps));
        }
        case 'restore': {
            const { restore } = await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(710), __webpack_require__.e(556), __webpack_require__.e(923), __webpack_require__.e(723)]).then(__webpack_require__.bind(__webpack_require__, 34723));
            return restore(config, await clusterDeps(config.connection, deps));
        }
        case 'backups': {
            const { listBackups } = await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(710), __webpack_require__.e(556), __webpack_require__.e(923), __webpack_require__.e(669)]).then(__webpack_require__.bind(__webpack_require__, 32669));
            return listBackups(config, await clusterDeps(config.connection, deps));
        }
        case 'rotate-certs': {
            const { rotateCerts } = await Promise.all(/* import() */[__webpack_require__.e(29), __webpack_require__.e(865)]).then(__webpack_require__.bind(__webpack_require__, 93033));
            return rotateCerts(config, await clusterDeps(config.connection, deps));
        }
        case 'revoke': {
            const { revoke } = await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(710), __webpack_require__.e(556), __webpack_require__.e(923), __webpack_require__.e(746)]).then(__webpack_require__.bind(__webpack_require__, 21746));
            return revoke(config, await revocationDeps(config.connection, deps));
        }
        case 'incident': {
            const { incident } = await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(710), __webpack_require__.e(556), __webpack_require__.e(923), __webpack_require__.e(29), __webpack_require__.e(199)]).then(__webpack_require__.bind(__webpack_require__, 43199));
            return incident(config, await revocationDeps(config.connection, deps));
        }
        case 'health': {
            const { health } = await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(43), __webpack_require__.e(710), __webpack_require__.e(556), __webpack_require__.e(923), __webpack_require__.e(126)]).then(__webpack_require__.bind(__webpack_require__, 1126));
            return health(config, await clusterDeps(config.connection, deps));
        }
        case 'drill': {
            const { drill } = await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(710), __webpack_require__.e(556), __webpack_require__.e(923), __webpack_require__.e(82), __webpack_require__.e(502)]).then(__webpack_require__.bind(__webpack_require__, 44502));
            return drill(config, await clusterDeps(config.connection, deps));
        }
    }
}


/***/ })

};
