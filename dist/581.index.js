export const id = 581;
export const ids = [581];
export const modules = {

/***/ 95581:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runCli: () => (/* binding */ runCli)
/* harmony export */ });
/* unused harmony exports EXIT, jsonError, helpText, jsonOutputs */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92294);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _logger_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(86999);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(311);





/** Exit codes, documented in the README and `--help`. */
const EXIT = {
    clean: 0,
    blocked: 1,
    configuration: 2,
    unknown: 3,
    failure: 4,
    unhealthy: 5,
    unreachable: 6
};
const EXIT_OF_ERROR = {
    usage: EXIT.configuration,
    configuration: EXIT.configuration,
    unreachable: EXIT.unreachable,
    unexpected: EXIT.failure
};
/**
 * What `--json` prints on stdout when a run ends in an error instead of outputs, so a pipeline
 * reads one JSON object either way: `{"error": {"kind", "message", "input"?}}`.
 */
function jsonError(kind, message, input) {
    const error = { kind, message };
    if (input !== undefined)
        error.input = input;
    return `${JSON.stringify({ error })}\n`;
}
const CLI_INPUTS = _config_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUT_NAMES */ .Qh.filter(name => !('actionOnly' in _config_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUTS */ .mc[name]));
function argOptions() {
    const options = {
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
        verbose: { type: 'boolean' }
    };
    for (const name of CLI_INPUTS) {
        const kind = _config_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUTS */ .mc[name].kind;
        options[name] =
            kind === 'list'
                ? { type: 'string', multiple: true }
                : kind === 'boolean'
                    ? { type: 'boolean' }
                    : { type: 'string' };
    }
    return options;
}
function helpText(command) {
    const lines = [
        `${_version_js__WEBPACK_IMPORTED_MODULE_3__/* .PRODUCT */ .A} ${_version_js__WEBPACK_IMPORTED_MODULE_3__/* .VERSION */ .x}: one security verdict per release, from the SARIF your scanners write.`,
        '',
        `Usage: ${_version_js__WEBPACK_IMPORTED_MODULE_3__/* .PRODUCT */ .A} <command> [options]`,
        '',
        `Commands: ${_config_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .COMMANDS */ .Lo.join(', ')}`,
        '',
        'Options (a list option may be repeated; booleans take --no-<name> to turn off):'
    ];
    for (const name of CLI_INPUTS.filter(n => command === undefined || (0,_config_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .appliesTo */ .Gl)(n, command))) {
        const def = _config_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUTS */ .mc[name];
        const flag = def.kind === 'boolean'
            ? `--${name}`
            : `--${name} <${def.kind === 'list' ? 'value …' : 'value'}>`;
        const fallback = ('cliDefault' in def ? def.cliDefault : undefined) ?? (0,_config_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .defaultText */ .VC)(def);
        lines.push(`  ${flag}`, `      ${(0,_config_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .describe */ .q0)(def)}${fallback !== undefined ? ` (default: ${fallback})` : ''}`);
    }
    lines.push('  --json', '      Print the outputs as one JSON object on stdout (logs go to stderr).', '  --verbose', '      Debug logging.', '', `Exit codes: ${EXIT.clean} clean, ${EXIT.blocked} blocked, ${EXIT.configuration} configuration error, ${EXIT.unknown} unknown, ${EXIT.failure} failed (a backup, restore, drill or renewal that did not succeed, or an unexpected failure), ${EXIT.unhealthy} unhealthy (health: a check failed), ${EXIT.unreachable} a service (the Kubernetes API server, GitHub, GitLab) unreachable or refusing the credentials; other commands end 0 when done.`);
    return `${lines.join('\n')}\n`;
}
function exitCode(result) {
    switch (result.status) {
        case 'clean':
        case 'ok':
            return EXIT.clean;
        case 'blocked':
            return EXIT.blocked;
        case 'unknown':
            return EXIT.unknown;
        case 'failed':
            return EXIT.failure;
        case 'unhealthy':
            return EXIT.unhealthy;
    }
}
/** The outputs for `--json`: JSON-valued outputs as objects and arrays, not as strings in a string. */
function jsonOutputs(outputs) {
    const out = Object.create(null);
    for (const [name, value] of Object.entries(outputs)) {
        out[name] = (0,_config_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .outputDef */ .j8)(name).json ? JSON.parse(value) : value;
    }
    return out;
}
function parse(argv) {
    const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
        args: argv,
        options: argOptions(),
        allowPositionals: true,
        allowNegative: true,
        strict: true
    });
    if (positionals.length > 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`unexpected argument ${JSON.stringify(positionals[1])}: options start with --`);
    return { command: positionals[0], values };
}
/** The CLI: argv in, exit code out. */
async function runCli(argv, io) {
    let parsed;
    try {
        parsed = parse(argv);
    }
    catch (error) {
        io.stderr(`${_version_js__WEBPACK_IMPORTED_MODULE_3__/* .PRODUCT */ .A}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .getErrorMessage */ .u1)(error)}\nRun '${_version_js__WEBPACK_IMPORTED_MODULE_3__/* .PRODUCT */ .A} --help' for the options.\n`);
        if (argv.includes('--json'))
            io.stdout(jsonError('usage', (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .getErrorMessage */ .u1)(error)));
        return EXIT_OF_ERROR.usage;
    }
    const { command, values } = parsed;
    if (values.version === true) {
        io.stdout(`${_version_js__WEBPACK_IMPORTED_MODULE_3__/* .VERSION */ .x}\n`);
        return EXIT.clean;
    }
    if (values.help === true || command === undefined) {
        const known = _config_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .COMMANDS */ .Lo.includes(command ?? '')
            ? command
            : undefined;
        (values.help === true ? io.stdout : io.stderr)(helpText(known));
        return values.help === true ? EXIT.clean : EXIT.configuration;
    }
    const json = values.json === true;
    const logger = new _logger_js__WEBPACK_IMPORTED_MODULE_4__/* .ConsoleLogger */ .C(json ? io.stderr : io.stdout, values.verbose === true);
    try {
        // Loaded only to run a command: `--help` and `--version` need the input table alone.
        const [{ parseConfig }, { run }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(710), __webpack_require__.e(82), __webpack_require__.e(53)]).then(__webpack_require__.bind(__webpack_require__, 10053)),
            __webpack_require__.e(/* import() */ 786).then(__webpack_require__.bind(__webpack_require__, 79786))
        ]);
        const raw = { command };
        for (const name of CLI_INPUTS)
            raw[name] = values[name];
        const { config, warnings } = parseConfig(raw, io.env, 'cli', io.cwd);
        for (const warning of warnings)
            logger.warning(warning);
        const result = await run(config, { logger, now: () => new Date(), env: io.env });
        if (json)
            io.stdout(`${JSON.stringify(jsonOutputs(result.outputs))}\n`);
        if (result.status === 'failed' || result.status === 'unhealthy')
            for (const line of (result.failure ?? result.status).split('\n'))
                logger.error(line);
        return exitCode(result);
    }
    catch (error) {
        const kind = (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorKind */ .f8)(error);
        const message = kind === 'unexpected'
            ? `unexpected failure: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .getErrorMessage */ .u1)(error)}`
            : (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .getErrorMessage */ .u1)(error);
        logger.error(message);
        if (kind === 'unexpected' && error instanceof Error && error.stack)
            logger.debug(error.stack);
        if (json)
            io.stdout(jsonError(kind, message, error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1 ? error.input : undefined));
        return EXIT_OF_ERROR[kind];
    }
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
