export const id = 4;
export const ids = [4];
export const modules = {

/***/ 4:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DownloadError: () => (/* binding */ DownloadError),
/* harmony export */   httpSignedUrlReader: () => (/* binding */ httpSignedUrlReader)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(41692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _text_one_line_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(73854);
/**
 * The one HTTP GET the product makes besides the Kubernetes and GitHub APIs: a pre-signed
 * object-storage URL that Velero hands out through a DownloadRequest (its restore results, a
 * backup's log). The URL is a credential (its signature grants read access until it expires): it is never part of an
 * error message. Every download is bounded in time and size, and follows a redirect only to the
 * same origin (scheme, host, port) as the signed URL, so the signature never travels elsewhere.
 */





/** A download that could not finish; its message never contains the URL. */
class DownloadError extends Error {
    constructor(message) {
        super(message);
        this.name = 'DownloadError';
    }
}
const MAX_REDIRECTS = 3;
function origin(url) {
    return `${url.protocol}//${url.host}`;
}
/** The signed-URL reader on node:http(s). */
function httpSignedUrlReader() {
    return {
        read: (url, limits) => {
            let first;
            try {
                first = new URL(url);
            }
            catch {
                return Promise.reject(new DownloadError('the download URL Velero gave is not a URL'));
            }
            if (first.protocol !== 'https:' && first.protocol !== 'http:')
                return Promise.reject(new DownloadError(`the download URL Velero gave has scheme ${first.protocol}`));
            const deadline = Date.now() + limits.timeoutMs;
            return get(first, origin(first), limits, deadline, 0);
        }
    };
}
function get(url, allowedOrigin, limits, deadline, redirects) {
    return new Promise((resolve, reject) => {
        const remaining = deadline - Date.now();
        const where = `object storage at ${url.host}`;
        if (remaining <= 0) {
            reject(new DownloadError(`timed out after ${limits.timeoutMs} ms downloading from ${where}`));
            return;
        }
        const options = { method: 'GET', headers: { accept: '*/*' } };
        if (url.protocol === 'https:' && limits.caCert)
            options.ca = [...node_tls__WEBPACK_IMPORTED_MODULE_2__.rootCertificates, limits.caCert];
        const request = (url.protocol === 'https:' ? (node_https__WEBPACK_IMPORTED_MODULE_1___default()) : (node_http__WEBPACK_IMPORTED_MODULE_0___default())).request(url, options, response => {
            const status = response.statusCode ?? 0;
            if (status >= 300 && status < 400) {
                response.resume();
                const location = response.headers.location;
                let next;
                try {
                    next = location ? new URL(location, url) : undefined;
                }
                catch {
                    next = undefined;
                }
                if (!next || origin(next) !== allowedOrigin) {
                    finish(new DownloadError(`${where} answered ${status} with a redirect to another host; not followed (the signed URL is valid for its own host only)`));
                    return;
                }
                if (redirects >= MAX_REDIRECTS) {
                    finish(new DownloadError(`${where} redirected more than ${MAX_REDIRECTS} times`));
                    return;
                }
                clearTimeout(timer);
                get(next, allowedOrigin, limits, deadline, redirects + 1).then(resolve, reject);
                return;
            }
            const length = Number(response.headers['content-length']);
            if (Number.isFinite(length) && length > limits.maxBytes) {
                response.destroy();
                finish(new DownloadError(`the file at ${where} is ${length} bytes, more than the ${limits.maxBytes} read here`));
                return;
            }
            const chunks = [];
            let size = 0;
            response.on('data', (chunk) => {
                size += chunk.length;
                if (size > limits.maxBytes) {
                    response.destroy();
                    finish(new DownloadError(`the file at ${where} is more than the ${limits.maxBytes} bytes read here`));
                    return;
                }
                chunks.push(chunk);
            });
            response.on('error', error => finish(new DownloadError((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .getErrorMessage */ .u1)(error))));
            response.on('end', () => {
                const body = Buffer.concat(chunks);
                if (status === 200)
                    finish(undefined, { found: true, body });
                else if (status === 404)
                    finish(undefined, { found: false });
                else
                    finish(new DownloadError(`${where} answered HTTP ${status}: ${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_4__/* .truncate */ .xv)((0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_4__/* .oneLine */ .TN)(body.toString('utf8')), 300)}`));
            });
        });
        let done = false;
        const timer = setTimeout(() => {
            request.destroy();
            finish(new DownloadError(`timed out after ${limits.timeoutMs} ms downloading from ${where}`));
        }, remaining);
        function finish(error, value) {
            if (done)
                return;
            done = true;
            clearTimeout(timer);
            if (error)
                reject(error);
            else
                resolve(value);
        }
        request.on('error', error => finish(new DownloadError(`downloading from ${where}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .getErrorMessage */ .u1)(error)}`)));
        request.end();
    });
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
