export const id = 710;
export const ids = [710];
export const modules = {

/***/ 54846:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K8: () => (/* binding */ messagesOutput),
/* harmony export */   MD: () => (/* binding */ messagesMarkdown),
/* harmony export */   aH: () => (/* binding */ speaker),
/* harmony export */   e7: () => (/* binding */ firstErrors),
/* harmony export */   gN: () => (/* binding */ allMessages),
/* harmony export */   hA: () => (/* binding */ logMessages)
/* harmony export */ });
/* harmony import */ var _backup_velero_files_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5467);
/* harmony import */ var _text_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(67388);
/* harmony import */ var _text_one_line_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73854);



/** Who speaks in these messages: `Velero`, or `the provider` (CSI). */
function speaker(kind) {
    return kind === 'velero' ? 'Velero' : 'the provider';
}
/**
 * What the backup system said about a restore or backup: the messages of its status (failure
 * reason, validation errors) and those of its files (Velero's results and logs), as one list.
 */
function allMessages(status, details) {
    const fromStatus = status.map(message => ({
        level: 'error',
        scope: 'status',
        message: (0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .TN)(message)
    }));
    return {
        messages: [...fromStatus, ...(details?.messages ?? [])],
        omitted: details?.omitted ?? 0,
        ...(details?.unavailable ? { unavailable: details.unavailable } : {})
    };
}
/** The `restore-messages` / `backup-messages` output: errors and warnings, each where and what. */
function messagesOutput(all) {
    const pick = (level) => all.messages.filter(m => m.level === level).map(({ scope, message }) => ({ scope, message }));
    return JSON.stringify({
        errors: pick('error'),
        warnings: pick('warning'),
        omitted: all.omitted,
        ...(all.unavailable ? { unavailable: all.unavailable } : {})
    });
}
/** Writes the messages to the log, one a line (untrusted text made one line). */
function logMessages(logger, what, all) {
    const lines = (0,_backup_velero_files_js__WEBPACK_IMPORTED_MODULE_0__/* .messageLines */ .VL)(all);
    if (lines.length)
        logger.info(`${what}:\n${lines.map(line => `  ${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .TN)(line)}`).join('\n')}`);
}
/** The messages as a Markdown list for the job summary (escaped: they come from the cluster). */
function messagesMarkdown(all) {
    return (0,_backup_velero_files_js__WEBPACK_IMPORTED_MODULE_0__/* .messageLines */ .VL)(all).map(line => `- ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(line, 1000)}`);
}
/** The first errors, for a failure message (the output and the log have them all). */
function firstErrors(all, count = 3) {
    const errors = all.messages.filter(m => m.level === 'error');
    const shown = errors.slice(0, count).map(m => `${m.scope}: ${m.message}`);
    const more = errors.length - shown.length + all.omitted;
    return `${shown.join('; ')}${more > 0 ? ` (and ${more} more messages)` : ''}`;
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
/* harmony import */ var _text_one_line_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(73854);
/* harmony import */ var _util_json_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(74976);
/* harmony import */ var _velero_ref_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74437);
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
    const ref = (0,_velero_ref_js__WEBPACK_IMPORTED_MODULE_4__/* .veleroRef */ .N)('downloadrequests', source.namespace);
    const suffix = `-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}`;
    const requestName = `${name.slice(0, DOWNLOAD_REQUEST_LENGTH - suffix.length)}${suffix}`;
    await source.api.create(ref, {
        apiVersion: _velero_ref_js__WEBPACK_IMPORTED_MODULE_4__/* .VELERO_API_VERSION */ .s,
        kind: 'DownloadRequest',
        metadata: { name: requestName, namespace: source.namespace },
        spec: { target: { kind, name } }
    });
    try {
        const url = await (0,_cluster_wait_js__WEBPACK_IMPORTED_MODULE_2__/* .pollUntil */ .g3)(`Velero to sign a download URL for the ${kind} of ${name} (DownloadRequest ${requestName})`, async () => {
            const request = await source.api.get(ref, requestName);
            if (!request)
                throw new Error(`DownloadRequest ${requestName} disappeared`);
            const signed = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_5__/* .str */ .gx)(request.status?.downloadURL);
            return signed && (0,_util_json_js__WEBPACK_IMPORTED_MODULE_5__/* .str */ .gx)(request.status?.phase) === 'Processed' ? signed : undefined;
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
                : `the ${kind} file is not gzip: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .getErrorMessage */ .u1)(error)}`, { cause: error });
        }
    }
    finally {
        await source.api.delete(ref, requestName).catch((error) => {
            wait.logger.debug(`could not delete DownloadRequest ${requestName}: ${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_6__/* .oneLine */ .TN)((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .getErrorMessage */ .u1)(error))}`);
        });
    }
}
const clean = (text) => (0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_6__/* .truncate */ .xv)((0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_6__/* .oneLine */ .TN)(text), VELERO_FILE_LIMITS.maxMessageLength);
function resultMessages(level, result) {
    if (!(0,_util_json_js__WEBPACK_IMPORTED_MODULE_5__/* .isObject */ .Gv)(result))
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
    if ((0,_util_json_js__WEBPACK_IMPORTED_MODULE_5__/* .isObject */ .Gv)(result.namespaces))
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
        throw new Error(`the results file is not JSON: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .getErrorMessage */ .u1)(error)}`, { cause: error });
    }
    if (!(0,_util_json_js__WEBPACK_IMPORTED_MODULE_5__/* .isObject */ .Gv)(parsed))
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

/***/ 74437:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ veleroRef),
/* harmony export */   s: () => (/* binding */ VELERO_API_VERSION)
/* harmony export */ });
/** Velero's API group and version (`velero.io/v1`): Backup, Restore, Schedule and the rest. */
const VELERO_API_VERSION = 'velero.io/v1';
/** The one Velero resource ref: the plural in Velero's namespace. */
function veleroRef(plural, namespace) {
    return { group: 'velero.io', version: 'v1', plural, namespace };
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
/* unused harmony export objects */
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


/***/ })

};
