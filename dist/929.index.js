export const id = 929;
export const ids = [929];
export const modules = {

/***/ 22929:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runAction: () => (/* binding */ runAction)
/* harmony export */ });
/* unused harmony export actionsLogger */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91659);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _config_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32229);
/* harmony import */ var _config_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(28111);
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
/** The webhook payload of the event that started the workflow, if the runner wrote one. */
function readEvent() {
    const path = process.env.GITHUB_EVENT_PATH;
    if (!path || !(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(path))
        return undefined;
    return JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(path, 'utf8'));
}
/** The GitHub connection of the command, if it has one (the action with a token). */
function githubOf(config) {
    return 'github' in config ? config.github : undefined;
}
/** Retries on server errors, waits out rate limits (honouring retry-after) a few times. */
const MAX_RATE_LIMIT_RETRIES = 3;
async function createOctokit(github, logger) {
    // Loaded here, not at start: @actions/github reads the event payload when it loads.
    const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([
        __webpack_require__.e(/* import() */ 351).then(__webpack_require__.bind(__webpack_require__, 61351)),
        Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(735)]).then(__webpack_require__.bind(__webpack_require__, 49735)),
        Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(856)]).then(__webpack_require__.bind(__webpack_require__, 86856))
    ]);
    return getOctokit(github.token, {
        baseUrl: github.apiUrl,
        // 429 goes to the throttling plugin, which honours retry-after; plugin-retry would not.
        retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
        throttle: {
            onRateLimit: (retryAfter, options, _octokit, retryCount) => {
                logger.warning(`GitHub rate limit on ${options.method} ${options.url}: retrying in ${retryAfter} s`);
                return retryCount < MAX_RATE_LIMIT_RETRIES;
            },
            onSecondaryRateLimit: (retryAfter, options, _octokit, retryCount) => {
                logger.warning(`GitHub secondary rate limit on ${options.method} ${options.url}: retrying in ${retryAfter} s`);
                return retryCount < MAX_RATE_LIMIT_RETRIES;
            }
        }
    }, retry, throttling);
}
/** Octokit and the artifact client load only for a command that talks to GitHub. */
async function connectGitHub(github, logger) {
    const [octokit, { octokitApi }, { actionsArtifacts }] = await Promise.all([
        createOctokit(github, logger),
        __webpack_require__.e(/* import() */ 324).then(__webpack_require__.bind(__webpack_require__, 28943)),
        Promise.all(/* import() */[__webpack_require__.e(737), __webpack_require__.e(251), __webpack_require__.e(351), __webpack_require__.e(252), __webpack_require__.e(616)]).then(__webpack_require__.bind(__webpack_require__, 4616))
    ]);
    return {
        api: octokitApi(octokit, github.repository),
        artifacts: actionsArtifacts({
            serverUrl: github.serverUrl,
            repository: process.env.GITHUB_REPOSITORY,
            runId: process.env.GITHUB_RUN_ID
        })
    };
}
/** The action: reads inputs, runs, sets outputs; one catch, so any throw fails the step. */
async function runAction() {
    try {
        const raw = {};
        for (const name of _config_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .INPUT_NAMES */ .Qh)
            raw[name] = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name);
        const logger = actionsLogger();
        const token = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('github-token');
        if (token)
            logger.mask(token);
        const { config, warnings } = (0,_config_index_js__WEBPACK_IMPORTED_MODULE_2__/* .parseConfig */ .o)(raw, process.env, 'action', process.cwd(), readEvent());
        for (const warning of warnings)
            logger.warning(warning);
        const github = githubOf(config);
        const result = await (0,_run_js__WEBPACK_IMPORTED_MODULE_6__/* .run */ .e)(config, {
            logger,
            now: () => new Date(),
            env: process.env,
            ...(github ? { github: await connectGitHub(github, logger) } : {}),
            annotate,
            writeJobSummary: async (markdown) => {
                await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw(markdown, true).write();
            }
        });
        for (const [name, value] of Object.entries(result.outputs))
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(name, value);
        if (result.status === 'blocked' || result.status === 'unknown') {
            const reasons = 'reasons' in result.outputs ? result.outputs.reasons : undefined;
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`known-good verdict: ${result.status} (${reasons?.split('\n')[0] ?? ''})`);
        }
        else if (result.status === 'failed') {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(result.failure ?? 'failed');
        }
    }
    catch (error) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j
            ? error.message
            : `known-good failed unexpectedly: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .getErrorMessage */ .u)(error)}`);
    }
}


/***/ })

};
