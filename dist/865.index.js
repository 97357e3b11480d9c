export const id = 865;
export const ids = [865];
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
    return error instanceof _api_js__WEBPACK_IMPORTED_MODULE_1__/* .ClusterApiError */ .V || TRANSPORT_ERROR.test((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorMessage */ .u1)(error));
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
            lastProblem = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorMessage */ .u1)(error);
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
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6226);


/** Renewal (when enabled), proof that it happened, rollout of consumers, and the expiry report. */
async function rotateCerts(config, deps) {
    const result = await (0,_certs_rotation_js__WEBPACK_IMPORTED_MODULE_0__/* .rotateCertificates */ .Qs)(deps.cluster, config, deps);
    (0,_certs_rotation_js__WEBPACK_IMPORTED_MODULE_0__/* .logRotation */ .V$)(result, deps.logger);
    await (0,_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .writeSummary */ .S)(deps, `## known-good certificates\n\n${(0,_certs_rotation_js__WEBPACK_IMPORTED_MODULE_0__/* .rotationSummary */ .Zu)(result)}`);
    const outputs = (0,_certs_rotation_js__WEBPACK_IMPORTED_MODULE_0__/* .rotationOutputs */ .bu)(result);
    return result.failure
        ? { status: 'failed', outputs, failure: result.failure }
        : { status: 'ok', outputs };
}


/***/ }),

/***/ 6226:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ writeSummary)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _text_one_line_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73854);


/**
 * The one job-summary policy of every command: a summary that cannot be written is a warning,
 * never a failed or changed result.
 */
async function writeSummary(deps, markdown) {
    if (!deps.writeJobSummary)
        return;
    try {
        await deps.writeJobSummary(markdown);
    }
    catch (error) {
        deps.logger.warning(`could not write the job summary: ${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorMessage */ .u1)(error))}`);
    }
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


/***/ })

};
