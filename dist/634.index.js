export const id = 634;
export const ids = [634];
export const modules = {

/***/ 73116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ GitHubTimeoutError),
/* harmony export */   x: () => (/* binding */ GitHubStoppedError)
/* harmony export */ });
/* harmony import */ var _util_deadline_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84054);

/**
 * No complete answer (status, headers and the whole body) within `api-timeout`. Named
 * `AbortError` on purpose: @octokit/request rethrows such an error as it is (fetch-wrapper.js),
 * so plugin-retry does not send the request again, as it does with any other failed fetch, and
 * a write that GitHub may have applied is not repeated.
 */
class GitHubTimeoutError extends Error {
    method;
    path;
    timeoutMs;
    constructor(method, path, timeoutMs) {
        super(`GitHub did not answer ${method} ${path} within ${(0,_util_deadline_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMs */ ._V)(timeoutMs)} (input 'api-timeout')`);
        this.method = method;
        this.path = path;
        this.timeoutMs = timeoutMs;
        this.name = 'AbortError';
    }
}
/** Every request of a client was ended at once (the reporting phase is over). */
class GitHubStoppedError extends Error {
    why;
    constructor(why) {
        super(why.message);
        this.why = why;
        this.name = 'AbortError';
    }
}


/***/ }),

/***/ 79634:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MAX_ANSWER_BYTES: () => (/* binding */ MAX_ANSWER_BYTES),
  MAX_RATE_LIMIT_WAIT_SECONDS: () => (/* binding */ MAX_RATE_LIMIT_WAIT_SECONDS),
  createOctokit: () => (/* binding */ createOctokit)
});

// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 1 modules
var lib = __webpack_require__(44942);
// EXTERNAL MODULE: ./node_modules/@octokit/core/dist-src/index.js + 12 modules
var dist_src = __webpack_require__(14730);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var dist_bundle = __webpack_require__(93779);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/index.js + 3 modules
var plugin_rest_endpoint_methods_dist_src = __webpack_require__(49210);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var plugin_retry_dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __webpack_require__(63251);
;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
// pkg/dist-src/index.js


// pkg/dist-src/version.js
var VERSION = "0.0.0-development";

// pkg/dist-src/wrap-request.js
var noop = () => Promise.resolve();
function wrapRequest(state, request, options) {
  return state.retryLimiter.schedule(doRequest, state, request, options);
}
async function doRequest(state, request, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}

// pkg/dist-src/generated/triggers-notification-paths.js
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];

// pkg/dist-src/route-matcher.js
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}

// pkg/dist-src/index.js
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck, common) {
  groups.global = new Bottleneck.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck = light,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck();
    const events = {};
    const emitter = new Bottleneck.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info) {
      const [state2, request, options] = info.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request.retryCount;
      request.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request, options) => {
    initializeBottleneck();
    return wrapRequest(state, request, options);
  });
  return {};
}
throttling.VERSION = VERSION;
throttling.triggersNotification = triggersNotification;


// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(46752);
// EXTERNAL MODULE: ./src/text/one-line.ts
var one_line = __webpack_require__(73854);
// EXTERNAL MODULE: ./src/util/deadline.ts
var deadline = __webpack_require__(84054);
// EXTERNAL MODULE: ./src/github/errors.ts
var errors = __webpack_require__(73116);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/github/octokit.ts











/**
 * Octokit as @actions/github 9 builds it (@octokit/core with the REST methods and pagination,
 * its fetch through @actions/http-client's proxy dispatcher), built here instead so that no
 * library reads the event payload for us: @actions/github parses GITHUB_EVENT_PATH when it
 * loads (lib/context.js), and a broken payload would be an uncaught exception there.
 */
const KnownGoodOctokit = dist_src/* Octokit */.E.plugin(plugin_rest_endpoint_methods_dist_src/* restEndpointMethods */._, dist_bundle/* paginateRest */.ud, plugin_retry_dist_bundle/* retry */.L, throttling);
/**
 * An answer larger than this is refused. GitHub pages hold at most 100 items; the largest we
 * read (pull request files with their patches) stay far below it.
 */
const MAX_ANSWER_BYTES = 64 * 1024 * 1024;
/** Rate-limit waits longer than this are not waited out: the channel gives up with a warning. */
const MAX_RATE_LIMIT_WAIT_SECONDS = 60;
const MAX_RATE_LIMIT_RETRIES = 3;
function nullBodyStatus(status) {
    return status === 101 || status === 204 || status === 205 || status === 304;
}
/** The whole body, under the cap; rejects when `signal` aborts on the way. */
async function readBody(response) {
    if (response.body === null || nullBodyStatus(response.status))
        return null;
    const reader = response.body.getReader();
    const chunks = [];
    let bytes = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        bytes += value.byteLength;
        if (bytes > MAX_ANSWER_BYTES) {
            await reader.cancel().catch(() => undefined);
            throw new Error(`GitHub's answer is larger than ${MAX_ANSWER_BYTES} bytes`);
        }
        chunks.push(value);
    }
    return Buffer.concat(chunks);
}
/**
 * fetch with a bound on each exchange: headers and body both arrive within `timeoutMs`, or
 * the exchange fails with GitHubTimeoutError. The body is read here, so that octokit never sees
 * an answer cut short (it would hand back `data: ''` for a body its signal interrupted).
 */
function boundedFetch(base, timeoutMs, session, counter) {
    return async (input, init) => {
        const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
        const method = init?.method ?? 'GET';
        if (session.aborted)
            throw session.reason;
        counter.requests += 1;
        const timer = new AbortController();
        const timeout = new errors/* GitHubTimeoutError */.D(method, new URL(url).pathname, timeoutMs);
        const handle = setTimeout(() => timer.abort(timeout), timeoutMs);
        const signals = [timer.signal, session, ...(init?.signal ? [init.signal] : [])];
        const signal = AbortSignal.any(signals);
        try {
            const response = await base(url, { ...init, signal });
            const body = await readBody(response);
            const copy = new Response(body, {
                status: response.status,
                statusText: response.statusText,
                headers: response.headers
            });
            Object.defineProperty(copy, 'url', { value: response.url });
            return copy;
        }
        catch (error) {
            if (signal.aborted)
                throw signal.reason;
            throw error;
        }
        finally {
            clearTimeout(handle);
        }
    };
}
/** @actions/http-client's proxy (HTTPS_PROXY, NO_PROXY) for the API URL, as @actions/github does. */
function proxyFetch(apiUrl) {
    const dispatcher = new lib/* HttpClient */.Qq().getAgentDispatcher(apiUrl);
    const fetch = undici.fetch;
    if (dispatcher === undefined)
        return fetch;
    return (input, init) => fetch(input, { ...init, dispatcher });
}
function rateLimitHandler(logger, what, unitMs) {
    return (retryAfter, options, _octokit, retryCount) => {
        const where = `${options.method} ${(0,one_line/* oneLine */.TN)(options.url)}`;
        if (retryAfter > MAX_RATE_LIMIT_WAIT_SECONDS) {
            logger.warning(`GitHub ${what} on ${where}: retry-after ${retryAfter} s is longer than the ${MAX_RATE_LIMIT_WAIT_SECONDS} s we wait; not retried`);
            return false;
        }
        if (retryCount >= MAX_RATE_LIMIT_RETRIES)
            return false;
        logger.warning(`GitHub ${what} on ${where}: retrying in ${(0,deadline/* formatMs */._V)(retryAfter * unitMs)}`);
        return true;
    };
}
/**
 * The one octokit of a run: retries on server errors (plugin-retry), waits out rate limits
 * honouring retry-after up to MAX_RATE_LIMIT_WAIT_SECONDS (plugin-throttling, which also spaces
 * writes a second apart), and bounds every exchange by `timeoutMs`.
 */
function createOctokit(options) {
    const { logger } = options;
    const unit = options.waitUnitMs ?? 1000;
    const session = new AbortController();
    const counter = { requests: 0 };
    const line = (message) => (0,one_line/* truncate */.xv)((0,one_line/* oneLine */.TN)(String(message)), 500);
    const octokit = new KnownGoodOctokit({
        auth: options.token,
        baseUrl: options.apiUrl,
        userAgent: `${version/* PRODUCT */.A}/${version/* VERSION */.x}`,
        request: {
            fetch: boundedFetch(proxyFetch(options.apiUrl), options.timeoutMs, session.signal, counter)
        },
        log: {
            debug: message => logger.debug(line(message)),
            info: message => logger.debug(line(message)),
            warn: message => logger.warning(line(message)),
            error: message => logger.warning(line(message))
        },
        // 429 goes to the throttling plugin, which honours retry-after; plugin-retry would not.
        retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451], retryAfterBaseValue: unit },
        throttle: {
            retryAfterBaseValue: unit,
            onRateLimit: rateLimitHandler(logger, 'rate limit', unit),
            onSecondaryRateLimit: rateLimitHandler(logger, 'secondary rate limit', unit)
        }
    });
    return {
        octokit,
        stop: reason => {
            if (!session.signal.aborted)
                session.abort(new errors/* GitHubStoppedError */.x(reason));
        },
        get requests() {
            return counter.requests;
        }
    };
}


/***/ }),

/***/ 84054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B2: () => (/* binding */ Deadline),
/* harmony export */   _V: () => (/* binding */ formatMs),
/* harmony export */   m4: () => (/* binding */ DeadlineExceeded)
/* harmony export */ });
/** The time a phase had is up: what was still running is abandoned. */
class DeadlineExceeded extends Error {
    constructor(message) {
        super(message);
        this.name = 'DeadlineExceeded';
    }
}
/**
 * A bound on a whole phase (many requests, retries and waits together): `signal` aborts when
 * the time is up, and `race` ends a wait that cannot be aborted (it is left to settle on its own).
 */
class Deadline {
    ms;
    what;
    clock;
    controller = new AbortController();
    timer;
    endsAt;
    /** `what` completes "… stopped after <duration>", e.g. "GitHub reporting (input 'reporting-timeout')". */
    constructor(ms, what, clock = Date.now) {
        this.ms = ms;
        this.what = what;
        this.clock = clock;
        this.endsAt = clock() + ms;
        this.timer = setTimeout(() => this.expire(), ms);
        // The work it bounds keeps the process alive, not the bound itself.
        this.timer.unref();
    }
    get signal() {
        return this.controller.signal;
    }
    get expired() {
        return this.controller.signal.aborted;
    }
    remainingMs() {
        return this.expired ? 0 : Math.max(0, this.endsAt - this.clock());
    }
    /** Ends the phase now (also what the timer does). */
    expire() {
        clearTimeout(this.timer);
        if (!this.expired)
            this.controller.abort(new DeadlineExceeded(`${this.what} stopped after ${formatMs(this.ms)}`));
    }
    /** Stops the timer once the phase is over. */
    dispose() {
        clearTimeout(this.timer);
    }
    /** The outcome of `work`, or a DeadlineExceeded rejection as soon as the time is up. */
    race(work) {
        const signal = this.controller.signal;
        if (signal.aborted) {
            work.catch(() => undefined);
            return Promise.reject(signal.reason);
        }
        return new Promise((resolve, reject) => {
            const onAbort = () => reject(signal.reason);
            signal.addEventListener('abort', onAbort, { once: true });
            work.then(value => {
                signal.removeEventListener('abort', onAbort);
                resolve(value);
            }, (error) => {
                signal.removeEventListener('abort', onAbort);
                reject(error);
            });
        });
    }
}
/** `90 s`, `2 min 30 s`, `500 ms`: for messages. */
function formatMs(ms) {
    if (ms < 1000)
        return `${ms} ms`;
    const seconds = Math.round(ms / 100) / 10;
    if (seconds < 60)
        return `${seconds} s`;
    const minutes = Math.floor(seconds / 60);
    const rest = Math.round(seconds - minutes * 60);
    return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
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
