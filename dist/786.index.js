export const id = 786;
export const ids = [786];
export const modules = {

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
