export const id = 608;
export const ids = [608];
export const modules = {

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

/***/ 93033:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rotateCerts: () => (/* binding */ rotateCerts)
/* harmony export */ });
/* harmony import */ var _certs_rotation_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41029);
/* harmony import */ var _command_summary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47645);


/** Renewal (when enabled), proof that it happened, rollout of consumers, and the expiry report. */
async function rotateCerts(config, deps) {
    const result = await (0,_certs_rotation_js__WEBPACK_IMPORTED_MODULE_0__/* .rotateCertificates */ .Qs)(deps.cluster, config, deps);
    (0,_certs_rotation_js__WEBPACK_IMPORTED_MODULE_0__/* .logRotation */ .V$)(result, deps.logger);
    await (0,_command_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .writeSummary */ .S)(deps, `## known-good certificates\n\n${(0,_certs_rotation_js__WEBPACK_IMPORTED_MODULE_0__/* .rotationSummary */ .Zu)(result)}`);
    const outputs = (0,_certs_rotation_js__WEBPACK_IMPORTED_MODULE_0__/* .rotationOutputs */ .bu)(result);
    return result.failure
        ? { status: 'failed', outputs, failure: result.failure }
        : { status: 'ok', outputs };
}


/***/ })

};
