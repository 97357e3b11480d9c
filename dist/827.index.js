export const id = 827;
export const ids = [827,324];
export const modules = {

/***/ 28943:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GitHubAnswerError: () => (/* binding */ GitHubAnswerError),
/* harmony export */   MAX_LIST_PAGES: () => (/* binding */ MAX_LIST_PAGES),
/* harmony export */   describeBody: () => (/* binding */ describeBody),
/* harmony export */   httpStatus: () => (/* binding */ httpStatus),
/* harmony export */   octokitApi: () => (/* binding */ octokitApi)
/* harmony export */ });
/* harmony import */ var _text_one_line_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73854);
/* harmony import */ var _util_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74976);


/** Every list call pages through all results (100 per page, GitHub's maximum). */
const PER_PAGE = 100;
/**
 * Pages read of one list at most (10,000 items). No list we read is that long in practice (a
 * pull request lists at most 3,000 files); a list whose `Link` never ends is refused here.
 */
const MAX_LIST_PAGES = 100;
/** GitHub answered 2xx with something that is not what the operation returns. */
class GitHubAnswerError extends Error {
    constructor(operation, status, found, expected) {
        super(`GitHub answered ${operation} with ${status} and ${found}, not ${expected}: a proxy or an outage in between?`);
        this.name = 'GitHubAnswerError';
    }
}
/** What a body is, in words, for the error that names it. */
function describeBody(data) {
    if (typeof data === 'string') {
        return data.trim() === ''
            ? 'an empty body'
            : `a body that is not JSON (${JSON.stringify((0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)((0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(data), 60))})`;
    }
    if (data instanceof ArrayBuffer)
        return `a body that is not JSON (${data.byteLength} bytes)`;
    if (data === undefined)
        return 'no body';
    if (data === null)
        return 'JSON null';
    if (Array.isArray(data))
        return 'a JSON array';
    return typeof data === 'object' ? 'a JSON object of another shape' : `JSON ${typeof data}`;
}
/** Reads the members of one operation's answer, naming the operation when one is missing. */
class Reader {
    operation;
    status;
    constructor(operation, status) {
        this.operation = operation;
        this.status = status;
    }
    fail(found, expected) {
        throw new GitHubAnswerError(this.operation, this.status, found, expected);
    }
    object(data, expected) {
        return (0,_util_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(data) ? data : this.fail(describeBody(data), expected);
    }
    array(data, expected) {
        if (!Array.isArray(data))
            this.fail(describeBody(data), expected);
        return data.map(item => this.object(item, expected));
    }
    number(item, key, expected) {
        return (0,_util_json_js__WEBPACK_IMPORTED_MODULE_1__/* .num */ .bu)(item[key]) ?? this.fail(`an item without a numeric "${key}"`, expected);
    }
    string(item, key, expected) {
        return (0,_util_json_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(item[key]) ?? this.fail(`an item without a string "${key}"`, expected);
    }
}
function reader(operation, answer) {
    return new Reader(operation, answer.status);
}
const NEXT = /<([^>]+)>;\s*rel="next"/;
/** The `rel="next"` link, only when it stays on the API we were given. */
function nextPage(operation, answer, apiUrl) {
    const link = answer.headers.link;
    const next = typeof link === 'string' ? NEXT.exec(link)?.[1] : undefined;
    if (next === undefined)
        return undefined;
    const api = new URL(`${apiUrl}/`);
    let url;
    try {
        url = new URL(next, api);
    }
    catch {
        return reader(operation, answer).fail('a next-page link that is no URL', 'a page of the list');
    }
    if (url.origin !== api.origin || !url.pathname.startsWith(api.pathname))
        reader(operation, answer).fail(`a next-page link to ${JSON.stringify((0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)((0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(url.origin + url.pathname), 100))}`, 'a page of the same API');
    return url.href;
}
/**
 * Every item of a paginated list, following `Link: rel="next"` (as octokit's paginate does) up
 * to MAX_LIST_PAGES pages. `items` takes a page's data to its items, checking their shape.
 */
async function listAll(octokit, apiUrl, operation, first, items) {
    const out = [];
    let answer = await first();
    for (let page = 1;; page++) {
        out.push(...items(reader(operation, answer), answer.data));
        const next = nextPage(operation, answer, apiUrl);
        if (next === undefined)
            return out;
        if (page >= MAX_LIST_PAGES)
            throw new Error(`GitHub's ${operation} list goes on past ${MAX_LIST_PAGES} pages of ${PER_PAGE}: not read further`);
        answer = (await octokit.request({ method: 'GET', url: next }));
    }
}
const SARIF_STATES = ['pending', 'complete', 'failed'];
function octokitApi(octokit, repo, apiUrl) {
    const base = { owner: repo.owner, repo: repo.repo };
    const list = (operation, first, items) => listAll(octokit, apiUrl, operation, first, items);
    return {
        async findCheckRun(sha, name) {
            const expected = 'a list of check runs';
            const runs = await list('checks/list-for-ref', () => octokit.rest.checks.listForRef({
                ...base,
                ref: sha,
                check_name: name,
                filter: 'latest',
                per_page: PER_PAGE
            }), (page, data) => page.array(page.object(data, expected).check_runs, expected).map(r => {
                page.number(r, 'id', expected);
                return r;
            }));
            const run = runs.find(r => r.name === name);
            return run ? { id: run.id, url: (0,_util_json_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(run.html_url) ?? '' } : undefined;
        },
        async createCheckRun(run) {
            const answer = await octokit.rest.checks.create({
                ...base,
                ...run,
                output: run.output
            });
            const page = reader('checks/create', answer);
            const data = page.object(answer.data, 'a check run');
            return { id: page.number(data, 'id', 'a check run'), url: (0,_util_json_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(data.html_url) ?? '' };
        },
        async updateCheckRun(id, run) {
            const { output, ...rest } = run;
            await octokit.rest.checks.update({
                ...base,
                check_run_id: id,
                ...rest,
                ...(output ? { output: output } : {})
            });
        },
        async checkRunAnnotationDetails(id) {
            const annotations = await list('checks/list-annotations', () => octokit.rest.checks.listAnnotations({ ...base, check_run_id: id, per_page: PER_PAGE }), (page, data) => page.array(data, 'a list of annotations'));
            return annotations.map(a => (0,_util_json_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(a.raw_details) ?? '');
        },
        async listIssueComments(issue) {
            const expected = 'a list of comments';
            const comments = await list('issues/list-comments', () => octokit.rest.issues.listComments({ ...base, issue_number: issue, per_page: PER_PAGE }), (page, data) => page.array(data, expected).map(c => {
                page.number(c, 'id', expected);
                return c;
            }));
            return comments.map(c => ({
                id: c.id,
                body: (0,_util_json_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(c.body) ?? '',
                isBot: (0,_util_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(c.user) && c.user.type === 'Bot',
                url: (0,_util_json_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(c.html_url) ?? ''
            }));
        },
        async createIssueComment(issue, body) {
            const answer = await octokit.rest.issues.createComment({
                ...base,
                issue_number: issue,
                body
            });
            const page = reader('issues/create-comment', answer);
            const data = page.object(answer.data, 'a comment');
            return { id: page.number(data, 'id', 'a comment'), url: (0,_util_json_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(data.html_url) ?? '' };
        },
        async updateIssueComment(id, body) {
            const answer = await octokit.rest.issues.updateComment({ ...base, comment_id: id, body });
            const data = reader('issues/update-comment', answer).object(answer.data, 'a comment');
            return { url: (0,_util_json_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(data.html_url) ?? '' };
        },
        async listPullFiles(pull) {
            const expected = 'a list of pull request files';
            const files = await list('pulls/list-files', () => octokit.rest.pulls.listFiles({ ...base, pull_number: pull, per_page: PER_PAGE }), (page, data) => page.array(data, expected).map(f => {
                page.string(f, 'filename', expected);
                return f;
            }));
            return files.map(f => {
                const patch = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(f.patch);
                const filename = f.filename;
                return patch === undefined ? { filename } : { filename, patch };
            });
        },
        async listReviewCommentBodies(pull) {
            const comments = await list('pulls/list-review-comments', () => octokit.rest.pulls.listReviewComments({
                ...base,
                pull_number: pull,
                per_page: PER_PAGE
            }), (page, data) => page.array(data, 'a list of review comments'));
            return comments.map(c => (0,_util_json_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(c.body) ?? '');
        },
        async createReview(pull, commitId, comments) {
            await octokit.rest.pulls.createReview({
                ...base,
                pull_number: pull,
                commit_id: commitId,
                event: 'COMMENT',
                comments: comments.map(c => ({ path: c.path, line: c.line, side: 'RIGHT', body: c.body }))
            });
        },
        async createFileComment(pull, commitId, comment) {
            await octokit.rest.pulls.createReviewComment({
                ...base,
                pull_number: pull,
                commit_id: commitId,
                path: comment.path,
                body: comment.body,
                subject_type: 'file'
            });
        },
        async createStatus(sha, state, context, description, targetUrl) {
            await octokit.rest.repos.createCommitStatus({
                ...base,
                sha,
                state,
                context,
                description,
                ...(targetUrl ? { target_url: targetUrl } : {})
            });
        },
        async commitStatus(sha, context) {
            // Statuses come newest first; the first page holds the latest of each context in practice.
            const answer = await octokit.rest.repos.listCommitStatusesForRef({
                ...base,
                ref: sha,
                per_page: PER_PAGE
            });
            const statuses = reader('repos/list-commit-statuses-for-ref', answer).array(answer.data, 'a list of commit statuses');
            const status = statuses.find(s => s.context === context);
            const state = status?.state;
            return typeof state === 'string' && ['success', 'failure', 'error', 'pending'].includes(state)
                ? {
                    state: state,
                    description: typeof status?.description === 'string' ? status.description : ''
                }
                : undefined;
        },
        async listLabels(issue) {
            const expected = 'a list of labels';
            const labels = await list('issues/list-labels-on-issue', () => octokit.rest.issues.listLabelsOnIssue({
                ...base,
                issue_number: issue,
                per_page: PER_PAGE
            }), (page, data) => page.array(data, expected).map(l => {
                page.string(l, 'name', expected);
                return l;
            }));
            return labels.map(l => l.name);
        },
        async addLabels(issue, labels) {
            await octokit.rest.issues.addLabels({ ...base, issue_number: issue, labels });
        },
        async removeLabel(issue, label) {
            await octokit.rest.issues.removeLabel({ ...base, issue_number: issue, name: label });
        },
        async uploadSarif(upload) {
            const answer = await octokit.rest.codeScanning.uploadSarif({
                ...base,
                commit_sha: upload.commitSha,
                ref: upload.ref,
                sarif: upload.sarif,
                tool_name: upload.toolName,
                ...(upload.checkoutUri ? { checkout_uri: upload.checkoutUri } : {})
            });
            const expected = 'a SARIF upload receipt';
            const page = reader('code-scanning/upload-sarif', answer);
            const data = page.object(answer.data, expected);
            return { id: page.string(data, 'id', expected), url: (0,_util_json_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(data.url) ?? '' };
        },
        async sarifStatus(id) {
            const answer = await octokit.rest.codeScanning.getSarif({ ...base, sarif_id: id });
            const expected = 'the processing status of a SARIF upload';
            const page = reader('code-scanning/get-sarif', answer);
            const data = page.object(answer.data, expected);
            const status = page.string(data, 'processing_status', expected);
            if (!SARIF_STATES.includes(status))
                page.fail(`processing_status ${JSON.stringify((0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)((0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(status), 40))}`, expected);
            const errors = Array.isArray(data.errors)
                ? data.errors.filter((e) => typeof e === 'string')
                : [];
            return { status: status, errors };
        }
    };
}
/** HTTP status of an Octokit error (or of anything shaped like one). */
function httpStatus(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}


/***/ }),

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

/***/ 79827:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishToGitHub: () => (/* binding */ publishToGitHub)
});

// UNUSED EXPORTS: LABEL_PREFIX

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/text/one-line.ts
var one_line = __webpack_require__(73854);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/policy/order.ts
var order = __webpack_require__(90762);
// EXTERNAL MODULE: ./src/model.ts
var model = __webpack_require__(10182);
// EXTERNAL MODULE: ./src/text/escape.ts
var text_escape = __webpack_require__(67388);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
;// CONCATENATED MODULE: ./src/report/check-run.ts



/**
 * Checks API limits (https://docs.github.com/en/rest/checks/runs#update-a-check-run):
 * "The Checks API limits the number of annotations to a maximum of 50 per API request";
 * output `summary` and `text` take at most 65,535 characters.
 */
const CHECK_ANNOTATIONS_PER_REQUEST = 50;
const CHECK_TEXT_MAX = 65_535;
/** Annotation titles and messages are shown in one line of the UI; keep them short. */
const ANNOTATION_TITLE_MAX = 255;
const ANNOTATION_MESSAGE_MAX = 4000;
const LEVEL = {
    critical: 'failure',
    high: 'failure',
    medium: 'warning',
    low: 'notice',
    note: 'notice'
};
/** Unknown fails closed: a check run that is not green. */
function conclusionFor(verdict) {
    return verdict === 'clean' ? 'success' : 'failure';
}
function cut(text, max) {
    return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
/** A finding the check run can annotate: it has a place inside the workspace. */
function isPlaceable(entry) {
    const location = entry.finding.location;
    return location !== undefined && !location.outsideWorkspace;
}
/** The check run's title and summary; `note` (Markdown) is added after the summary, never cut. */
function checkOutput(record, judged, note = '') {
    const counted = record.counts.counted;
    const title = `${record.verdict}: ${record.counts.blocking} blocking, ${counted.critical} critical, ${counted.high} high, ${counted.medium} medium`;
    const tail = note === '' ? '' : `\n${note}\n`;
    const room = CHECK_TEXT_MAX - tail.length;
    const summary = (0,markdown/* renderMarkdown */.Gc)(record, judged, { maxFindings: 50, maxBytes: room });
    return { title, summary: `${cut(summary, room)}${tail}` };
}
/** The fingerprint we put in `raw_details`, so a re-run can tell what it already annotated. */
function annotationKey(fingerprint) {
    return `known-good fingerprint ${fingerprint}`;
}
function onChangedLine(entry, changed) {
    const location = entry.finding.location;
    const lines = changed?.get(location.path);
    if (lines === undefined)
        return false;
    // Bounded by the changed lines, not by the finding's range (which may be huge).
    for (const line of lines)
        if (line >= location.startLine && line <= location.endLine)
            return true;
    return false;
}
function toCheckAnnotation(entry) {
    const f = entry.finding;
    const location = f.location;
    const counted = entry.disposition === 'counted';
    const annotation = {
        path: location.path,
        start_line: location.startLine,
        end_line: location.endLine,
        annotation_level: counted ? LEVEL[f.severity] : 'notice',
        title: cut(`${f.severity}${entry.blocking ? ' (blocking)' : ''}${counted ? '' : ` (not counted: ${entry.disposition})`}: ${f.ruleId} (${f.tool})`, ANNOTATION_TITLE_MAX),
        message: cut(f.message || f.ruleDescription || f.ruleId, ANNOTATION_MESSAGE_MAX),
        raw_details: annotationKey(f.fingerprint)
    };
    // Columns only on single-line annotations (GitHub rejects them otherwise).
    if (location.startLine === location.endLine && location.startColumn !== undefined) {
        annotation.start_column = location.startColumn;
        annotation.end_column = location.endColumn ?? location.startColumn;
    }
    return annotation;
}
/**
 * The findings that have a place in the repository, as annotations, at most `max`: those on
 * lines the pull request changed first, then the most severe, counted before not counted at the
 * same severity (findings that do not count are notices that say why).
 */
function checkAnnotations(judged, options = {}) {
    const max = options.max ?? Number.POSITIVE_INFINITY;
    // The rank is (on a changed line, severity, counted) and then the one order. One pass puts
    // each finding in the bucket of its rank: a bucket, a part of the ordered list, is in order,
    // and none needs more than `max` entries (ARCHITECTURE.md, "Scan memory").
    const buckets = Array.from({ length: 2 * model/* SEVERITIES */.oC.length * 2 }, () => []);
    let placeable = 0;
    for (const entry of judged) {
        if (!isPlaceable(entry))
            continue;
        placeable++;
        if (max <= 0)
            continue;
        const changed = onChangedLine(entry, options.changed) ? 0 : 1;
        const counted = entry.disposition === 'counted' ? 0 : 1;
        const bucket = buckets[(changed * model/* SEVERITIES */.oC.length + (0,model/* severityRank */.qs)(entry.finding.severity)) * 2 + counted];
        if (bucket.length < max)
            bucket.push(entry);
    }
    const annotations = [];
    for (const bucket of buckets) {
        for (const entry of bucket) {
            if (annotations.length >= max)
                break;
            annotations.push(toCheckAnnotation(entry));
        }
    }
    return { annotations, placeable };
}
function placesText(places) {
    const sarif = `\`${(0,text_escape/* escapeMarkdown */.FV)(places.sarifPath, 200)}\``;
    const parts = [
        places.artifactName === undefined
            ? `the merged SARIF ${sarif} this step wrote`
            : `the merged SARIF (\`merged.sarif\`) and \`verdict.json\` of the report artifact ${(0,text_escape/* escapeMarkdown */.FV)(places.artifactName, 100)}${places.runUrl ? ` of ${(0,markdown/* safeLink */.o3)('this run', places.runUrl)}` : ''}`
    ];
    if (places.codeScanning)
        parts.push('code scanning');
    return parts.join(' and in ');
}
/**
 * What the check run's summary says when annotations were held back: how many, why, and where
 * the full list is. Empty when every finding is annotated.
 */
function notAnnotatedNote(plan, max, places) {
    const left = plan.placeable - plan.annotations.length;
    if (left <= 0)
        return '';
    if (plan.annotations.length === 0)
        return `**No finding is annotated on this check run** (max-annotations: ${max}): the ${plan.placeable} findings with a place in the repository are in ${placesText(places)}.`;
    return `**${left} of ${plan.placeable} findings are not annotated here** (max-annotations: ${max}; findings on lines the pull request changed come first, then the most severe). The full list is in ${placesText(places)}.`;
}

;// CONCATENATED MODULE: ./src/report/pr-comment.ts




/**
 * GitHub's limit on an issue, pull request or review comment body ("Body is too long (maximum
 * is 65536 characters)", the REST API's 422).
 */
const MAX_COMMENT_CHARS = 65_536;
const TOP_FINDINGS = 20;
/** The hidden marker that finds our one sticky comment again on later runs. */
function stickyMarker(checkName) {
    return `<!-- known-good:sticky ${checkName.replace(/[^\w.-]/g, '_')} -->`;
}
/** The sticky pull request comment: verdict, counts by severity and tool, new vs existing. */
function stickyComment(record, judged, checkName, links) {
    let counted = 0;
    let newCount = 0;
    let existing = 0;
    for (const { baselineState } of (0,order/* countedOf */.MJ)(judged).rows()) {
        counted++;
        if (baselineState === 'new')
            newCount++;
        else if (baselineState === 'unchanged' || baselineState === 'updated')
            existing++;
    }
    const lines = [stickyMarker(checkName), `### known-good: ${markdown/* VERDICT_BADGE */.Qw[record.verdict]}`, ''];
    for (const reason of record.reasons)
        lines.push(`- ${(0,text_escape/* escapeMarkdown */.FV)(reason, 500)}`);
    lines.push('', `| | ${model/* SEVERITIES */.oC.join(' | ')} |`, `| --- |${' ---: |'.repeat(model/* SEVERITIES */.oC.length)}`);
    lines.push(`| **counted** | ${model/* SEVERITIES */.oC.map(s => record.counts.counted[s]).join(' | ')} |`);
    for (const tool of Object.keys(record.byTool).sort()) {
        lines.push(`| ${(0,text_escape/* escapeMarkdown */.FV)(tool, 80)} | ${model/* SEVERITIES */.oC.map(s => record.byTool[tool][s]).join(' | ')} |`);
    }
    lines.push('', `New: ${newCount} · existing: ${existing} · without baseline: ${counted - newCount - existing}`);
    const link = [
        links.checkUrl ? (0,markdown/* safeLink */.o3)('check run', links.checkUrl) : undefined,
        links.runUrl ? (0,markdown/* safeLink */.o3)('workflow run', links.runUrl) : undefined
    ].filter(Boolean);
    if (link.length > 0)
        lines.push('', link.join(' · '));
    const top = (0,order/* firstOf */.Ku)((0,order/* countedOf */.MJ)(judged), TOP_FINDINGS).first;
    if (top.length > 0) {
        lines.push('', '<details><summary>Most severe findings</summary>', '');
        for (const { finding, blocking } of top) {
            const where = finding.location
                ? `${finding.location.path}:${finding.location.startLine}`
                : 'no location';
            lines.push(`- ${finding.severity}${blocking ? ' ⛔' : ''} ${(0,text_escape/* escapeMarkdown */.FV)(finding.ruleId, 100)} at ${(0,text_escape/* escapeMarkdown */.FV)(where, 200)}: ${(0,text_escape/* escapeMarkdown */.FV)(finding.message, 300)}`);
        }
        lines.push('', '</details>');
    }
    const body = lines.join('\n');
    if (body.length <= MAX_COMMENT_CHARS)
        return body;
    const note = "\n\n_Cut to fit GitHub's comment size limit; the check run and report files have everything._";
    return body.slice(0, MAX_COMMENT_CHARS - note.length) + note;
}

;// CONCATENATED MODULE: ./src/report/review-comments.ts



/**
 * Comments per review request. GitHub documents no hard number, but large reviews hit secondary
 * rate limits and time out; reviewdog posts in batches of the same order
 * (https://docs.github.com/en/rest/guides/best-practices-for-using-the-rest-api#avoid-secondary-rate-limits).
 */
const MAX_REVIEW_COMMENTS_PER_REQUEST = 30;
/**
 * Review comments per pull request, ours in total: past this a review stops being read (and
 * each review costs seconds of rate-limit spacing). The check run annotates every finding.
 */
const MAX_REVIEW_COMMENTS_PER_PULL = 60;
const MARKER_PREFIX = '<!-- known-good:finding ';
function findingMarker(fingerprint) {
    return `${MARKER_PREFIX}${fingerprint} -->`;
}
/** Fingerprints of the findings already commented on, read from the hidden markers. */
function postedFingerprints(bodies) {
    const found = new Set();
    for (const body of bodies) {
        for (const match of body.matchAll(/<!-- known-good:finding ([\w-]{1,128}) -->/g))
            found.add(match[1]);
    }
    return found;
}
/**
 * The first line of `[start, end]` in `lines`. Walks the diff's lines, never the range: a
 * finding's range comes from the log (`endLine` 1,000,000,000 is one value), the diff's lines
 * are bounded by the patch GitHub sends.
 */
function firstIn(lines, start, end) {
    let first;
    for (const line of lines)
        if (line >= start && line <= end && (first === undefined || line < first))
            first = line;
    return first;
}
function lineFor(entry, diff, filter) {
    const location = entry.finding.location;
    const added = firstIn(diff.added, location.startLine, location.endLine);
    if (filter === 'added')
        return added;
    const inHunk = added ?? firstIn(diff.inHunks, location.startLine, location.endLine);
    if (filter === 'diff_context')
        return inHunk;
    return inHunk ?? 'file';
}
function commentBody(entry) {
    const f = entry.finding;
    const head = `**known-good** · ${f.severity}${entry.blocking ? ' · blocks the release' : ''} · ${(0,markdown/* safeLink */.o3)(f.ruleId, f.helpUri)} (${(0,text_escape/* escapeMarkdown */.FV)(f.tool, 100)})`;
    const body = `${head}\n\n${(0,text_escape/* escapeMarkdown */.FV)(f.message, 4000)}\n\n${findingMarker(f.fingerprint)}`;
    return body.length <= MAX_COMMENT_CHARS ? body : body.slice(0, MAX_COMMENT_CHARS);
}
/**
 * Counted findings in the pull request's changed files, as review comments, most severe first,
 * minus those already posted (found by their hidden fingerprint marker), up to
 * MAX_REVIEW_COMMENTS_PER_PULL on the pull request in all.
 */
function planReviewComments(judged, files, filter, alreadyPosted) {
    if (filter === 'off')
        return [];
    const planned = [];
    for (const entry of judged) {
        if (entry.disposition !== 'counted')
            continue;
        const location = entry.finding.location;
        if (location === undefined || location.outsideWorkspace)
            continue;
        if (alreadyPosted.has(entry.finding.fingerprint))
            continue;
        const diff = files.get(location.path);
        if (diff === undefined)
            continue;
        const line = lineFor(entry, diff, filter);
        if (line === undefined)
            continue;
        const comment = {
            fingerprint: entry.finding.fingerprint,
            path: location.path,
            body: commentBody(entry)
        };
        if (line !== 'file')
            comment.line = line;
        planned.push(comment);
        if (planned.length + alreadyPosted.size >= MAX_REVIEW_COMMENTS_PER_PULL)
            break;
    }
    return planned;
}

// EXTERNAL MODULE: ./src/util/deadline.ts
var util_deadline = __webpack_require__(84054);
// EXTERNAL MODULE: ./src/github/api.ts
var api = __webpack_require__(28943);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(58500);
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(78474);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/report/merged-sarif.ts
var merged_sarif = __webpack_require__(77644);
;// CONCATENATED MODULE: ./src/report/code-scanning.ts




function key(tool, category) {
    return JSON.stringify([tool, category ?? '']);
}
/** Groups by tool and run category, with ids unique over the whole set. */
function analysisGroups(judged, sources, perRun) {
    const byKey = new Map();
    const add = (source) => {
        const k = key(source.tool, source.category);
        let group = byKey.get(k);
        if (group === undefined)
            byKey.set(k, (group = { source, entries: [] }));
        return group;
    };
    for (const source of sources)
        add(source);
    // A finding whose baseline state is absent is gone: code scanning would raise it again.
    for (const entry of judged) {
        if (entry.disposition === 'fixed')
            continue;
        const { tool, toolVersion, source } = entry.finding;
        const found = add({
            tool,
            ...(toolVersion === undefined ? {} : { version: toolVersion }),
            ...(source.category === undefined ? {} : { category: source.category })
        });
        found.entries.push(entry);
    }
    const taken = new Set();
    return [...byKey.keys()].sort().map(k => {
        const { source, entries } = byKey.get(k);
        const stem = `${version/* PRODUCT */.A}/${(0,merged_sarif/* slug */.yR)(source.tool)}/${source.category ? `${(0,merged_sarif/* slug */.yR)(source.category)}/` : ''}`;
        let base = stem;
        for (let n = 2; taken.has(base); n++)
            base = `${stem.slice(0, -1)}-${n}/`;
        taken.add(base);
        const group = { tool: source.tool, base, entries, perRun };
        if (source.version !== undefined)
            group.version = source.version;
        return group;
    });
}
function runsOf(groups) {
    return groups.flatMap(group => {
        const parts = Math.max(1, Math.ceil(group.entries.length / group.perRun));
        return Array.from({ length: parts }, (_, i) => {
            const run = {
                tool: group.tool,
                id: i === 0 ? group.base : `${group.base}part-${i + 1}/`,
                entries: group.entries.slice(i * group.perRun, (i + 1) * group.perRun),
                group
            };
            if (group.version !== undefined)
                run.version = group.version;
            return run;
        });
    });
}
/** Results are handed to gzip in batches of about this many characters. */
const BATCH_CHARS = 64 * 1024;
/** The gzipped SARIF of these runs, or undefined as soon as it is over `maxBytes`. */
async function gzipRuns(runs, maxBytes) {
    const gzip = (0,external_node_zlib_.createGzip)();
    const chunks = [];
    let bytes = 0;
    gzip.on('data', (chunk) => {
        bytes += chunk.length;
        if (bytes <= maxBytes)
            chunks.push(chunk);
    });
    const write = async (text) => {
        if (!gzip.write(text))
            await (0,external_node_events_.once)(gzip, 'drain');
    };
    await write('{"$schema":"https://json.schemastore.org/sarif-2.1.0.json","version":"2.1.0","runs":[');
    for (const [r, run] of runs.entries()) {
        const rules = new Map();
        const descriptors = [];
        for (const entry of run.entries) {
            if (rules.has(entry.finding.ruleId))
                continue;
            rules.set(entry.finding.ruleId, descriptors.length);
            descriptors.push((0,merged_sarif/* ruleDescriptor */.u7)(entry.finding));
        }
        const driver = { name: run.tool, rules: descriptors };
        if (run.version !== undefined)
            driver.semanticVersion = run.version;
        const header = JSON.stringify({
            tool: { driver },
            automationDetails: { id: run.id },
            properties: { mergedBy: `${version/* PRODUCT */.A} ${version/* VERSION */.x}` }
        });
        let batch = `${r > 0 ? ',' : ''}${header.slice(0, -1)},"results":[`;
        for (const [i, entry] of run.entries.entries()) {
            batch += `${i > 0 ? ',' : ''}${JSON.stringify((0,merged_sarif/* resultObject */.pp)(entry, rules.get(entry.finding.ruleId)))}`;
            if (batch.length >= BATCH_CHARS) {
                await write(batch);
                batch = '';
                if (bytes > maxBytes) {
                    gzip.destroy();
                    return undefined;
                }
            }
        }
        await write(`${batch}]}`);
    }
    gzip.end(']}\n');
    await (0,external_node_events_.once)(gzip, 'end');
    return bytes > maxBytes ? undefined : Buffer.concat(chunks);
}
async function pack(runs, limits) {
    const uploads = [];
    const queue = [];
    for (let i = 0; i < runs.length; i += limits.runs)
        queue.push(runs.slice(i, i + limits.runs));
    for (let part = queue.shift(); part !== undefined; part = queue.shift()) {
        const gzip = await gzipRuns(part, limits.gzipBytes);
        if (gzip === undefined) {
            if (part.length === 1)
                return { tooLarge: part[0] };
            const half = Math.ceil(part.length / 2);
            queue.unshift(part.slice(0, half), part.slice(half));
            continue;
        }
        uploads.push({
            sarif: gzip.toString('base64'),
            gzipBytes: gzip.length,
            runIds: part.map(run => run.id),
            results: part.reduce((sum, run) => sum + run.entries.length, 0)
        });
    }
    return { uploads };
}
/**
 * The uploads for these findings. `sources` are the tools and run categories of the inputs; a
 * run alone over the size limit is split into parts until each fits.
 */
async function codeScanningUploads(judged, sources, limits = merged_sarif/* SARIF_UPLOAD_LIMITS */.r8) {
    const groups = analysisGroups(judged, sources, limits.resultsPerRun);
    for (;;) {
        const packed = await pack(runsOf(groups), limits);
        if ('uploads' in packed)
            return packed.uploads;
        const { group, entries, tool } = packed.tooLarge;
        if (entries.length <= 1)
            throw new Error(`a single ${tool} result is over ${limits.gzipBytes} bytes gzipped`);
        group.perRun = Math.ceil(entries.length / 2);
    }
}

;// CONCATENATED MODULE: ./src/github/code-scanning.ts






/**
 * How long we wait for code scanning to process an upload, and how often we look: the same
 * bound as github/codeql-action (src/upload-lib.ts: STATUS_CHECK_TIMEOUT_MILLISECONDS 2 min,
 * STATUS_CHECK_FREQUENCY_MILLISECONDS 5 s), looking after 1 s first and backing off to 5 s.
 */
const CODE_SCANNING_WAIT_MS = 2 * 60 * 1000;
const CODE_SCANNING_POLL_MS = 5000;
/** The tools and run categories the inputs had, so that a tool with nothing left still reports. */
function sourcesOf(record) {
    return record.inputs.flatMap(input => (input.runs ?? []).map(run => ({
        tool: run.tool,
        ...(run.version === undefined ? {} : { version: run.version }),
        ...(run.category === undefined ? {} : { category: run.category })
    })));
}
async function waitForProcessing(ids, deps) {
    const outcome = new Map();
    const pending = new Set(ids);
    const until = Date.now() + Math.min(CODE_SCANNING_WAIT_MS, deps.deadline.remainingMs());
    const longest = deps.pollIntervalMs ?? CODE_SCANNING_POLL_MS;
    for (let pause = Math.min(1000, longest); pending.size > 0; pause = Math.min(pause * 2, longest)) {
        const left = until - Date.now();
        if (left <= 0)
            break;
        await (0,promises_.setTimeout)(Math.min(pause, left), undefined, { signal: deps.deadline.signal });
        for (const id of [...pending]) {
            const status = await statusOf(id, deps);
            if (status === undefined)
                return pendingAsIs(outcome, pending);
            outcome.set(id, status);
            if (status.status !== 'pending')
                pending.delete(id);
        }
    }
    return pendingAsIs(outcome, pending);
}
function pendingAsIs(outcome, pending) {
    for (const id of pending)
        outcome.set(id, { status: 'pending', errors: [] });
    return outcome;
}
/**
 * One look at an upload's processing. A look that fails (no answer within api-timeout, a
 * server error) ends the wait with a warning: the upload itself was accepted.
 */
async function statusOf(id, deps) {
    try {
        return await deps.api.sarifStatus(id);
    }
    catch (error) {
        if (deps.deadline.expired)
            throw error;
        deps.logger.warning(`could not read the processing status of code scanning upload ${(0,one_line/* oneLine */.TN)(id)}: ${(0,one_line/* truncate */.xv)((0,one_line/* oneLine */.TN)((0,errors/* getErrorMessage */.u1)(error)), 300)}; it is left pending`);
        return undefined;
    }
}
/**
 * Uploads the findings to code scanning and waits (bounded) until GitHub has processed them.
 * A processing failure is a warning with GitHub's errors; the verdict never depends on it.
 */
async function uploadToCodeScanning(record, judged, target, deps, 
/** Called once every upload is accepted, before the wait: status `pending`. */
onUploaded) {
    const { api, logger } = deps;
    const uploads = await codeScanningUploads(judged, sourcesOf(record));
    const receipts = [];
    for (const upload of uploads) {
        receipts.push(await api.uploadSarif({
            commitSha: target.commitSha,
            ref: target.ref,
            sarif: upload.sarif,
            checkoutUri: target.checkoutUri,
            toolName: version/* PRODUCT */.A
        }));
    }
    const runs = uploads.reduce((n, u) => n + u.runIds.length, 0);
    const results = uploads.reduce((n, u) => n + u.results, 0);
    logger.info(`code scanning: ${uploads.length} upload(s) of ${runs} run(s) and ${results} result(s) for ${target.ref}`);
    const ids = receipts.map(r => r.id);
    const urls = receipts.map(r => r.url);
    onUploaded?.({ ids, urls, status: 'pending' });
    const waited = Date.now();
    const outcome = await waitForProcessing(ids, deps);
    const states = [...outcome.values()];
    for (const [id, { status, errors }] of outcome) {
        if (status === 'failed') {
            const why = errors.map(e => (0,one_line/* truncate */.xv)((0,one_line/* oneLine */.TN)(e), 500)).join('; ') || 'no reason given';
            logger.warning(`code scanning could not process upload ${(0,one_line/* oneLine */.TN)(id)}: ${why}`);
        }
    }
    const status = states.some(s => s.status === 'failed')
        ? 'failed'
        : states.some(s => s.status === 'pending')
            ? 'pending'
            : 'complete';
    if (status === 'pending')
        logger.warning(`code scanning was still processing after ${(0,util_deadline/* formatMs */._V)(Date.now() - waited)} (we wait at most ${(0,util_deadline/* formatMs */._V)(CODE_SCANNING_WAIT_MS)}); its status is at ${urls.map(one_line/* oneLine */.TN).join(', ')}`);
    return { ids, urls, status };
}

// EXTERNAL MODULE: ./src/github/commit-status.ts
var commit_status = __webpack_require__(37593);
// EXTERNAL MODULE: ./src/github/errors.ts
var github_errors = __webpack_require__(73116);
;// CONCATENATED MODULE: ./src/diff/patch.ts
/** `@@ -a,b +c,d @@`: the right-side range starts at c. */
const HUNK_HEADER = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/;
/**
 * Reads a unified-diff `patch` as the pulls files API returns it. Review comments can attach
 * only to lines inside these hunks (GitHub answers 422 otherwise).
 */
function parsePatch(patch) {
    const diff = { added: new Set(), inHunks: new Set() };
    if (patch === undefined)
        return diff;
    let line = 0;
    for (const text of patch.split('\n')) {
        const header = HUNK_HEADER.exec(text);
        if (header) {
            line = Number(header[1]);
            continue;
        }
        if (line === 0 || text.startsWith('-') || text.startsWith('\\'))
            continue;
        diff.inHunks.add(line);
        if (text.startsWith('+'))
            diff.added.add(line);
        line++;
    }
    return diff;
}

;// CONCATENATED MODULE: ./src/github/publish.ts













const LABEL_PREFIX = 'known-good:';
const MESSAGE_MAX = 300;
/**
 * Runs each reporting channel within the phase's deadline; a channel that fails or times out is
 * a warning, never a failed or flipped verdict. After the first 403/404 (a read-only token, as
 * on pull requests from forks) no further write is tried and one warning says so: the job
 * summary and annotations still carry the verdict. Once the deadline passes, the requests in
 * flight are ended and the channels left are skipped, with one warning.
 */
class Channels {
    logger;
    deadline;
    degraded = false;
    /** Once the deadline passed: the channel it interrupted, and the ones not started. */
    stopped;
    constructor(logger, deadline, stop) {
        this.logger = logger;
        this.deadline = deadline;
        deadline.signal.addEventListener('abort', () => stop?.(deadline.signal.reason), {
            once: true
        });
    }
    /**
     * `own403`: a refusal concerns this channel only (code scanning's own permission); `reads`:
     * the channel only reads (its failure is worded so).
     */
    async run(channel, write, options = {}) {
        if (this.degraded)
            return 'skipped';
        if (this.deadline.expired) {
            ;
            (this.stopped ??= { skipped: [] }).skipped.push(channel);
            return 'skipped';
        }
        try {
            await this.deadline.race(write());
            return 'done';
        }
        catch (error) {
            return this.failed(channel, error, options);
        }
    }
    failed(channel, error, { own403, reads }) {
        const message = (0,one_line/* truncate */.xv)((0,one_line/* oneLine */.TN)((0,errors/* getErrorMessage */.u1)(error)), MESSAGE_MAX);
        if (error instanceof util_deadline/* DeadlineExceeded */.m4 ||
            error instanceof github_errors/* GitHubStoppedError */.x ||
            this.deadline.expired) {
            this.stopped ??= { unfinished: channel, skipped: [] };
            return 'skipped';
        }
        if (error instanceof github_errors/* GitHubTimeoutError */.D) {
            this.logger.warning(`${message}: skipped the ${channel} (as on a server error); the verdict is unchanged`);
            return 'failed';
        }
        const status = (0,api.httpStatus)(error);
        if (status === 403 || status === 404) {
            if (own403) {
                own403(status, message);
                return 'refused';
            }
            this.degraded = true;
            this.logger.warning(`GitHub answered ${status} to the ${channel} (${message}): the token cannot write here, as on pull requests from forks. ` +
                'No further check run, comment, review, status or label is attempted; the verdict is in the job summary and the annotations. See the README section "Fork pull requests".');
            return 'refused';
        }
        this.logger.warning(`could not ${reads ? 'read' : 'write'} the ${channel}: ${message}`);
        return 'failed';
    }
    /** The one warning for the end of the phase, when it came before the channels were done. */
    finish() {
        this.deadline.dispose();
        if (this.stopped === undefined)
            return;
        const { unfinished, skipped } = this.stopped;
        const parts = [
            ...(unfinished ? [`the ${unfinished} was not finished`] : []),
            ...(skipped.length > 0
                ? [`the ${skipped.join(', ')} ${skipped.length === 1 ? 'was' : 'were'} not written`]
                : [])
        ];
        this.logger.warning(`${(0,errors/* getErrorMessage */.u1)(this.deadline.signal.reason)}: ${parts.join(', and ')}. The verdict is unchanged and its outputs are set.`);
    }
}
/** The pull request's files, read once for the annotation order and the review comments. */
class PullFiles {
    api;
    pull;
    files;
    constructor(api, pull) {
        this.api = api;
        this.pull = pull;
    }
    get() {
        this.files ??= this.api
            .listPullFiles(this.pull.number)
            .then(files => new Map(files.map(f => [f.filename, parsePatch(f.patch)])));
        return this.files;
    }
}
function changedLines(files) {
    return new Map([...files].map(([path, diff]) => [path, diff.added]));
}
async function writeCheckRun(ctx, api, outputs, changed, logger) {
    const max = ctx.feedback.maxAnnotations;
    const plan = checkAnnotations(ctx.judged, { max, changed });
    const places = {
        sarifPath: (0,external_node_path_.relative)(ctx.workspace, ctx.files.sarif) || ctx.files.sarif,
        codeScanning: ctx.feedback.codeScanning !== undefined,
        ...(ctx.feedback.uploadArtifact ? { artifactName: ctx.feedback.artifactName } : {}),
        ...(ctx.runUrl ? { runUrl: ctx.runUrl } : {})
    };
    const note = notAnnotatedNote(plan, max, places);
    const left = plan.placeable - plan.annotations.length;
    if (left > 0)
        logger.info(`check run: ${plan.annotations.length} of ${plan.placeable} findings annotated (max-annotations: ${max}); the rest are in the report files`);
    const output = checkOutput(ctx.record, ctx.judged, note);
    let annotations = plan.annotations;
    const conclusion = conclusionFor(ctx.record.verdict);
    const existing = await api.findCheckRun(ctx.sha, ctx.feedback.checkName);
    const first = () => annotations.slice(0, CHECK_ANNOTATIONS_PER_REQUEST);
    let ref;
    if (existing) {
        // A re-run: annotations accumulate on a check run, so only the ones it lacks are sent.
        const posted = new Set(annotations.length > 0 ? await api.checkRunAnnotationDetails(existing.id) : []);
        annotations = annotations.filter(a => !posted.has(a.raw_details));
        await api.updateCheckRun(existing.id, {
            status: 'completed',
            conclusion,
            output: { ...output, annotations: first() }
        });
        ref = existing;
    }
    else {
        const run = {
            name: ctx.feedback.checkName,
            head_sha: ctx.sha,
            status: 'completed',
            conclusion,
            output: { ...output, annotations: first() }
        };
        ref = await api.createCheckRun(ctx.runUrl ? { ...run, details_url: ctx.runUrl } : run);
    }
    outputs['check-run-id'] = String(ref.id);
    outputs['check-run-url'] = ref.url;
    for (let i = CHECK_ANNOTATIONS_PER_REQUEST; i < annotations.length; i += CHECK_ANNOTATIONS_PER_REQUEST) {
        await api.updateCheckRun(ref.id, {
            output: { ...output, annotations: annotations.slice(i, i + CHECK_ANNOTATIONS_PER_REQUEST) }
        });
    }
}
async function writeComment(ctx, pull, api, outputs) {
    const links = {};
    if (ctx.runUrl)
        links.runUrl = ctx.runUrl;
    if (outputs['check-run-url'])
        links.checkUrl = outputs['check-run-url'];
    const body = stickyComment(ctx.record, ctx.judged, ctx.feedback.checkName, links);
    const marker = stickyMarker(ctx.feedback.checkName);
    const mine = (await api.listIssueComments(pull.number)).find(c => c.isBot && c.body.includes(marker));
    const written = mine
        ? await api.updateIssueComment(mine.id, body)
        : await api.createIssueComment(pull.number, body);
    outputs['comment-url'] = written.url;
}
async function writeReviewComments(ctx, pull, api, files, outputs) {
    const diffs = await files.get();
    const posted = postedFingerprints(await api.listReviewCommentBodies(pull.number));
    const planned = planReviewComments(ctx.judged, diffs, ctx.feedback.reviewComments, posted);
    const onLines = planned.filter(c => c.line !== undefined);
    for (let i = 0; i < onLines.length; i += MAX_REVIEW_COMMENTS_PER_REQUEST) {
        await api.createReview(pull.number, pull.headSha, onLines.slice(i, i + MAX_REVIEW_COMMENTS_PER_REQUEST));
    }
    for (const comment of planned.filter(c => c.line === undefined))
        await api.createFileComment(pull.number, pull.headSha, comment);
    outputs['review-comments'] = String(planned.length);
}
async function writeLabels(verdict, pull, api) {
    const wanted = `${LABEL_PREFIX}${verdict}`;
    const current = await api.listLabels(pull.number);
    for (const label of current.filter(l => l.startsWith(LABEL_PREFIX) && l !== wanted))
        await api.removeLabel(pull.number, label);
    if (!current.includes(wanted))
        await api.addLabels(pull.number, [wanted]);
}
/**
 * The changed lines for the annotation order, read when the order matters (not every finding
 * is annotated) or the review comments need them anyway; without them the order is by
 * severity only.
 */
async function changedFor(ctx, files, channels, logger) {
    const max = ctx.feedback.maxAnnotations;
    if (files === undefined || max === 0)
        return undefined;
    const placeable = (0,order/* countOf */.pq)(ctx.judged, isPlaceable);
    if (placeable <= max && ctx.feedback.reviewComments === 'off')
        return undefined;
    let changed;
    await channels.run("pull request's file list", async () => {
        changed = changedLines(await files.get());
    }, {
        reads: true,
        own403: (status, message) => logger.warning(`GitHub answered ${status} to the pull request's file list (${message}): annotations are ordered by severity only`)
    });
    return changed;
}
/**
 * Check run, sticky comment, review comments, commit status, labels, artifact and code
 * scanning, as configured, all within `reportingTimeoutMs`.
 */
async function publishToGitHub(ctx, deps) {
    const { api, logger } = deps;
    const started = Date.now();
    const outputs = {};
    const deadline = new util_deadline/* Deadline */.B2(ctx.reportingTimeoutMs, "GitHub reporting (input 'reporting-timeout')");
    const channels = new Channels(logger, deadline, deps.stop);
    const pull = ctx.pullRequest;
    if (pull?.fork) {
        // A pull request from a fork gets a read-only token: every write would answer 403.
        logger.warning('This pull request comes from a fork, whose token cannot write: no check run, comment, review, status or label is attempted. ' +
            'The verdict is in the job summary and the annotations. See the README section "Fork pull requests" for a workflow_run setup that can post.');
        channels.degraded = true;
    }
    const files = pull && !channels.degraded ? new PullFiles(api, pull) : undefined;
    const changed = await changedFor(ctx, files, channels, logger);
    await channels.run('check run', () => writeCheckRun(ctx, api, outputs, changed, logger));
    if (pull && ctx.feedback.comment)
        await channels.run('pull request comment', () => writeComment(ctx, pull, api, outputs));
    if (pull && files && ctx.feedback.reviewComments !== 'off')
        await channels.run('review comments', () => writeReviewComments(ctx, pull, api, files, outputs));
    if (ctx.feedback.commitStatus) {
        await channels.run('commit status', () => api.createStatus(ctx.sha, (0,commit_status/* statusState */._6)(ctx.record.verdict), commit_status/* STATUS_CONTEXT */.j, (0,commit_status/* statusDescription */.$U)(ctx.record), ctx.runUrl));
    }
    if (pull && ctx.feedback.prLabels)
        await channels.run('pull request labels', () => writeLabels(ctx.record.verdict, pull, api));
    const artifacts = deps.artifacts;
    if (ctx.feedback.uploadArtifact && artifacts) {
        const files = [ctx.files.verdict, ctx.files.sarif, ctx.files.markdown];
        await channels.run('report artifact', async () => {
            const artifact = await artifacts.upload(ctx.feedback.artifactName, files, ctx.files.dir, deadline.signal);
            outputs['artifact-id'] = String(artifact.id);
            if (artifact.url)
                outputs['artifact-url'] = artifact.url;
        }, {
            own403: (_status, message) => logger.warning(`could not upload the report artifact: ${message}`)
        });
    }
    const target = ctx.feedback.codeScanning;
    if (target)
        await publishCodeScanning(ctx, target, deps, channels, outputs);
    channels.finish();
    const requests = deps.requests ? `, ${deps.requests()} requests` : '';
    logger.info(`GitHub reporting took ${(0,util_deadline/* formatMs */._V)(Date.now() - started)}${requests}`);
    outputs['github-degraded'] = String(channels.degraded);
    return outputs;
}
async function publishCodeScanning(ctx, target, deps, channels, outputs) {
    const { logger } = deps;
    await channels.run('code scanning upload', async () => {
        const set = (result) => {
            outputs['code-scanning-ids'] = JSON.stringify(result.ids);
            outputs['code-scanning-urls'] = JSON.stringify(result.urls);
            outputs['code-scanning-status'] = result.status;
        };
        const deadline = channels.deadline;
        const options = { api: deps.api, logger, deadline };
        const poll = deps.pollIntervalMs === undefined ? {} : { pollIntervalMs: deps.pollIntervalMs };
        set(await uploadToCodeScanning(ctx.record, ctx.judged, target, { ...options, ...poll }, set));
    }, {
        // Code scanning has its own permission: a refusal says so and stops nothing else.
        own403: (status, message) => logger.warning(`GitHub refused the code scanning upload (${status}: ${message}): the workflow needs "permissions: security-events: write", and code scanning must be available for the repository (public, or with GitHub Code Security). The verdict is unchanged.`)
    });
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


/***/ })

};
