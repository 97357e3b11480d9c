export const id = 106;
export const ids = [106];
export const modules = {

/***/ 30106:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  scan: () => (/* binding */ scan)
});

// UNUSED EXPORTS: JOB_SUMMARY_MAX_FINDINGS, SAVE_MEMORY_FROM_BYTES, inputProblems, memoryPlan

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(78877);
// EXTERNAL MODULE: ./src/text/one-line.ts
var one_line = __webpack_require__(73854);
// EXTERNAL MODULE: ./src/model.ts
var model = __webpack_require__(10182);
// EXTERNAL MODULE: ./src/policy/verdict.ts
var verdict = __webpack_require__(75187);
// EXTERNAL MODULE: ./src/policy/order.ts
var order = __webpack_require__(90762);
;// CONCATENATED MODULE: ./src/report/annotations.ts


/**
 * GitHub shows at most 10 error, 10 warning and 10 notice annotations per step (50 per job):
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands#setting-an-error-message
 * ("limited to 10 … per step"). Anything beyond is not shown, so we pick the most severe.
 */
const MAX_ANNOTATIONS_PER_LEVEL = 10;
function levelFor(severity) {
    if (severity === 'critical' || severity === 'high')
        return 'error';
    if (severity === 'medium')
        return 'warning';
    return 'notice';
}
/**
 * Terminal escapes and other control characters have no place in the log: every text property
 * goes through the one rule of text/one-line.ts (the toolkit then escapes `%`, CR, LF, `:` and
 * `,`). The path too: a file name can hold ESC or BEL, and `file=` reaches the log as it is.
 */
function toAnnotation(entry) {
    const { finding } = entry;
    const annotation = {
        level: levelFor(finding.severity),
        title: (0,one_line/* oneLine */.TN)(`${finding.severity}${entry.blocking ? ' (blocking)' : ''}: ${finding.ruleId} (${finding.tool})`),
        message: (0,one_line/* cleanLines */.v3)(finding.message || finding.ruleDescription || finding.ruleId)
    };
    const location = finding.location;
    if (location !== undefined && !location.outsideWorkspace) {
        annotation.file = (0,one_line/* oneLine */.TN)(location.path);
        annotation.startLine = location.startLine;
        annotation.endLine = location.endLine;
        // GitHub ignores columns on annotations that span lines.
        if (location.startLine === location.endLine && location.startColumn !== undefined) {
            annotation.startColumn = location.startColumn;
            if (location.endColumn !== undefined)
                annotation.endColumn = location.endColumn;
        }
    }
    return annotation;
}
/** The counted findings GitHub will show, at most 10 per level, most severe first: one pass. */
function planAnnotations(judged) {
    const omitted = { error: 0, warning: 0, notice: 0 };
    const taken = { error: 0, warning: 0, notice: 0 };
    const annotations = [];
    for (const row of (0,order/* countedOf */.MJ)(judged).rows()) {
        const level = levelFor(row.severity);
        if (taken[level] < MAX_ANNOTATIONS_PER_LEVEL) {
            taken[level]++;
            annotations.push(toAnnotation(row.entry()));
        }
        else {
            omitted[level]++;
        }
    }
    return { annotations, omitted };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/report/file-writer.ts
var file_writer = __webpack_require__(2796);
;// CONCATENATED MODULE: ./src/report/gitlab-code-quality.ts


/**
 * GitLab Code Quality report (https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format):
 * an array of issues with `description`, `check_name`, `fingerprint`, `severity` (info, minor,
 * major, critical, blocker) and `location.path` + `location.lines.begin`.
 */
const GITLAB_SEVERITY = {
    critical: 'blocker',
    high: 'critical',
    medium: 'major',
    low: 'minor',
    note: 'info'
};
/**
 * The report's array, an issue per counted finding in the order they are given: opened when
 * made, closed by `end`. For a walk that another report makes anyway (`report/files.ts`).
 */
class CodeQualityIssues {
    out;
    written = 0;
    constructor(out) {
        this.out = out;
        out.write('[');
    }
    add(entry) {
        const f = entry.finding;
        const issue = {
            type: 'issue',
            description: `${f.message || f.ruleId}${entry.blocking ? ' (blocks the release)' : ''}`,
            check_name: `${f.tool}:${f.ruleId}`,
            fingerprint: f.fingerprint,
            severity: GITLAB_SEVERITY[f.severity],
            location: { path: f.location?.path ?? '.', lines: { begin: f.location?.startLine ?? 1 } }
        };
        this.out.write(`${this.written++ > 0 ? ',' : ''}\n${JSON.stringify(issue)}`);
    }
    end() {
        this.out.write('\n]\n');
    }
}
function writeGitLabCodeQuality(path, judged) {
    return (0,file_writer/* writeFileAtomically */.lo)(path, out => {
        const issues = new CodeQualityIssues(out);
        for (const entry of (0,order/* countedOf */.MJ)(judged))
            issues.add(entry);
        issues.end();
    });
}

// EXTERNAL MODULE: ./src/text/escape.ts
var text_escape = __webpack_require__(67388);
;// CONCATENATED MODULE: ./src/report/junit.ts



function locationName(entry) {
    const l = entry.finding.location;
    return l ? `${l.path}:${l.startLine}` : '(no location)';
}
function testcase(entry) {
    const f = entry.finding;
    const attrs = [
        `classname="${(0,text_escape/* escapeXml */.X)(`${f.tool}.${f.ruleId}`)}"`,
        `name="${(0,text_escape/* escapeXml */.X)(`${f.ruleId} at ${locationName(entry)}`)}"`
    ];
    if (f.location && !f.location.outsideWorkspace)
        attrs.push(`file="${(0,text_escape/* escapeXml */.X)(f.location.path)}"`, `line="${f.location.startLine}"`);
    const detail = (0,text_escape/* escapeXml */.X)(`${f.severity} ${f.ruleId} (${f.tool}) at ${locationName(entry)}\n${f.message}${f.helpUri ? `\n${f.helpUri}` : ''}`);
    const body = entry.blocking
        ? `<failure type="${f.severity}" message="${(0,text_escape/* escapeXml */.X)(f.message.slice(0, 500))}">${detail}</failure>`
        : `<skipped message="${(0,text_escape/* escapeXml */.X)(`${f.severity}: counted, within the policy`)}"/>`;
    return `<testcase ${attrs.join(' ')}>${body}</testcase>\n`;
}
/**
 * JUnit XML for CI test-report views (GitLab `artifacts:reports:junit`, Jenkins `junit`): one
 * suite per tool with a case per counted finding — a failure when it blocks, skipped when it is
 * within the policy — and a `verdict` suite whose single case fails unless the verdict is clean.
 * `each` is given every counted finding as its case is written: the tools in turn, each in the
 * one order.
 */
function writeJUnit(path, record, judged, each) {
    const counted = (0,order/* countedOf */.MJ)(judged);
    const byTool = (0,order/* byTool */.MU)(counted);
    const verdictFails = record.verdict !== 'clean';
    const blocking = counted.blocking;
    const failures = blocking + (verdictFails ? 1 : 0);
    return (0,file_writer/* writeFileAtomically */.lo)(path, out => {
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n');
        out.write(`<testsuites name="known-good" tests="${counted.length + 1}" failures="${failures}">\n`);
        const verdictCase = verdictFails
            ? `<failure type="${record.verdict}" message="verdict ${record.verdict}">${(0,text_escape/* escapeXml */.X)(record.reasons.join('\n'))}</failure>`
            : '';
        out.write(`<testsuite name="verdict" tests="1" failures="${verdictFails ? 1 : 0}">\n`);
        out.write(`<testcase classname="known-good" name="verdict is clean">${verdictCase}</testcase>\n</testsuite>\n`);
        for (const [tool, entries] of [...byTool.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
            const toolFailures = entries.blocking;
            const skipped = entries.length - toolFailures;
            out.write(`<testsuite name="${(0,text_escape/* escapeXml */.X)(tool)}" tests="${entries.length}" failures="${toolFailures}" skipped="${skipped}">\n`);
            for (const entry of entries) {
                out.write(testcase(entry));
                each?.(entry);
            }
            out.write('</testsuite>\n');
        }
        out.write('</testsuites>\n');
    });
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var report_markdown = __webpack_require__(54285);
// EXTERNAL MODULE: ./src/report/merged-sarif.ts
var merged_sarif = __webpack_require__(77644);
// EXTERNAL MODULE: ./src/report/output-dir.ts
var output_dir = __webpack_require__(89907);
;// CONCATENATED MODULE: ./src/report/files.ts








const REPORT_FILES = {
    verdict: 'verdict.json',
    markdown: 'report.md',
    sarif: 'merged.sarif',
    junit: 'junit.xml',
    codeQuality: 'gl-code-quality-report.json'
};
/** The Markdown file report lists more findings than the job summary, but not millions. */
const MARKDOWN_REPORT_MAX_FINDINGS = 1000;
const MARKDOWN_REPORT_MAX_BYTES = 8 * 1024 * 1024;
/**
 * Every report file; a file system failure on the way (permissions, a read-only or full disk,
 * something in the way) is a ConfigurationError naming output-dir.
 */
async function writeReportFiles(dir, record, judged, annotations) {
    try {
        return await writeAll(dir, record, judged, annotations);
    }
    catch (error) {
        throw (0,output_dir/* reportWriteError */.u_)(dir, error);
    }
}
async function writeAll(dir, record, judged, annotations) {
    const paths = {
        dir,
        verdict: (0,external_node_path_.join)(dir, REPORT_FILES.verdict),
        markdown: (0,external_node_path_.join)(dir, REPORT_FILES.markdown),
        sarif: (0,external_node_path_.join)(dir, REPORT_FILES.sarif),
        junit: (0,external_node_path_.join)(dir, REPORT_FILES.junit),
        codeQuality: (0,external_node_path_.join)(dir, REPORT_FILES.codeQuality)
    };
    const merged = await (0,merged_sarif/* writeMergedSarif */.tY)(paths.sarif, judged);
    writeJUnitAndCodeQuality(paths, record, judged);
    const markdown = (0,report_markdown/* renderMarkdown */.Gc)(record, judged, {
        maxFindings: MARKDOWN_REPORT_MAX_FINDINGS,
        maxBytes: MARKDOWN_REPORT_MAX_BYTES,
        maxListed: MARKDOWN_REPORT_MAX_FINDINGS,
        annotations
    });
    (0,file_writer/* writeFileAtomically */.lo)(paths.markdown, out => out.write(markdown));
    // The verdict record last: its presence says the other files are complete.
    (0,file_writer/* writeFileAtomically */.lo)(paths.verdict, out => out.write(`${JSON.stringify(record, null, 2)}\n`));
    return { ...paths, merged };
}
/**
 * JUnit XML and GitLab Code Quality. JUnit's suites are the tools in turn: with one tool, its
 * walk is the one order that GitLab Code Quality lists, so each finding is read once for both
 * (ARCHITECTURE.md, "Scan memory"). Each file is complete or absent.
 */
function writeJUnitAndCodeQuality(paths, record, judged) {
    if (!(0,order/* countedOf */.MJ)(judged).fromOneTool()) {
        writeJUnit(paths.junit, record, judged);
        writeGitLabCodeQuality(paths.codeQuality, judged);
        return;
    }
    (0,file_writer/* writeFileAtomically */.lo)(paths.codeQuality, out => {
        const issues = new CodeQualityIssues(out);
        writeJUnit(paths.junit, record, judged, entry => issues.add(entry));
        issues.end();
    });
}

// EXTERNAL MODULE: ./src/verdict/record.ts
var verdict_record = __webpack_require__(26768);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/util/json.ts
var json = __webpack_require__(74976);
;// CONCATENATED MODULE: ./src/sarif/identity.ts


/**
 * Members of a result (§3.27) that do not describe the finding. Two reports of one finding may
 * differ in them: `guid` is unique to each report by definition (§3.27.3), `provenance` holds
 * detection times, `ruleIndex`/`rule` point into this run's rule table (the rule counts by its
 * id), `kind` is always `fail` for a finding, and `level`, `rank`, `suppressions` and
 * `baselineState` are judgements of it, which de-duplication merges instead (the most severe
 * copy is kept; it is suppressed only if every copy is).
 */
const NOT_IDENTITY = new Set([
    'guid',
    'kind',
    'level',
    'rank',
    'rule',
    'ruleIndex',
    'suppressions',
    'baselineState',
    'provenance',
    'occurrenceCount',
    'hostedViewerUri',
    'workItemUris'
]);
/**
 * A finding's identity: SHA-256 (first 128 bits, hex) over the tool, the rule and everything
 * else the result says about the finding, as written: message (with its arguments), every
 * location with its full region, related locations, code flows, stacks, logical locations,
 * fingerprints, properties. The primary location's file counts by the workspace path it
 * resolves to, so that one finding reported from two checkouts is one. Results that differ in
 * any of this are different findings; a result given twice (the same file twice, overlapping
 * matrix jobs) is one. The tool's fingerprints only ever tell results apart: a placeholder
 * shared by many results (Semgrep's `"requires login"`) cannot merge them. Members are taken in
 * the order the tool wrote them; a copy with its keys in another order counts as another
 * finding (the count errs upwards, never down).
 *
 * Changes `raw`: call it after everything else has been read from the result.
 */
function identityOf(raw, tool, ruleId, primaryPath) {
    // The members are serialised as they were parsed, name and value in turn: a parsed object
    // stays on JSON.stringify's fast path, a copy or one with members set to undefined does not.
    const parts = [tool, ruleId];
    for (const key in raw)
        if (!NOT_IDENTITY.has(key))
            parts.push(key, raw[key]);
    if (primaryPath !== undefined && Array.isArray(raw.locations)) {
        const first = raw.locations[0];
        // The result is consumed: its primary file is replaced in place by the workspace path.
        if ((0,json/* isObject */.Gv)(first) && (0,json/* isObject */.Gv)(first.physicalLocation))
            first.physicalLocation.artifactLocation = { path: primaryPath };
    }
    // 128 bits as 32 hex digits, a string of its own (a slice of the full digest's text would
    // keep all 64 digits alive: ARCHITECTURE.md, "Scan memory").
    return (0,external_node_crypto_.hash)('sha256', JSON.stringify(parts), 'buffer').toString('hex', 0, 16);
}
/** Distinct fingerprint values followed per run: enough to catch a value every result repeats. */
const MAX_TRACKED = 1_000;
/**
 * Finds fingerprint values that the results of one run share although they are different
 * findings: placeholders, not identities (Semgrep writes `"matchBasedId/v1": "requires login"`
 * into every result without a login). Reported, never used to merge.
 */
class FingerprintCensus {
    /**
     * Per member (`fingerprints`, `partialFingerprints`), per key in it, per value: who had it
     * first, how many have it, whether others differ. Keyed member by member, so that a result's
     * fingerprints are looked up without a name made for each.
     */
    seen = new Map();
    tracked = 0;
    observe(result, identity) {
        this.observeMember('fingerprints', result.fingerprints, identity);
        this.observeMember('partialFingerprints', result.partialFingerprints, identity);
    }
    observeMember(member, value, identity) {
        if (!(0,json/* isObject */.Gv)(value))
            return;
        let keys = this.seen.get(member);
        for (const key in value) {
            const fingerprint = value[key];
            if (typeof fingerprint !== 'string')
                continue;
            let values = keys?.get(key);
            const entry = values?.get(fingerprint);
            if (entry !== undefined) {
                entry.results++;
                if (entry.identity !== identity)
                    entry.shared = true;
                continue;
            }
            if (this.tracked >= MAX_TRACKED)
                continue;
            this.tracked++;
            if (keys === undefined) {
                keys = new Map();
                this.seen.set(member, keys);
            }
            if (values === undefined) {
                values = new Map();
                keys.set(key, values);
            }
            values.set(fingerprint, { identity, results: 1, shared: false });
        }
    }
    placeholders() {
        const found = [];
        for (const [member, keys] of this.seen)
            for (const [key, values] of keys)
                for (const [value, { results, shared }] of values)
                    if (shared)
                        found.push({ name: `${member}.${key}`, value, results });
        return found.sort((a, b) => b.results - a.results).slice(0, 5);
    }
}

;// CONCATENATED MODULE: ./src/sarif/execution.ts

function notificationText(notification) {
    const message = notification.message;
    if (typeof message === 'string')
        return message;
    return (0,json/* isObject */.Gv)(message) ? ((0,json/* str */.gx)(message.text) ?? (0,json/* str */.gx)(message.markdown)) : undefined;
}
function invocationFacts(invocation) {
    const facts = { errorNotifications: 0 };
    if (typeof invocation.executionSuccessful === 'boolean')
        facts.executionSuccessful = invocation.executionSuccessful;
    const exitCode = (0,json/* num */.bu)(invocation.exitCode);
    if (exitCode !== undefined)
        facts.exitCode = exitCode;
    const description = (0,json/* str */.gx)(invocation.exitCodeDescription);
    if (description !== undefined)
        facts.exitCodeDescription = description;
    const signalName = (0,json/* str */.gx)(invocation.exitSignalName);
    if (signalName !== undefined)
        facts.exitSignalName = signalName;
    const signalNumber = (0,json/* num */.bu)(invocation.exitSignalNumber);
    if (signalNumber !== undefined)
        facts.exitSignalNumber = signalNumber;
    for (const key of ['toolExecutionNotifications', 'toolConfigurationNotifications']) {
        const list = invocation[key];
        if (!Array.isArray(list))
            continue;
        for (const notification of list) {
            if (!(0,json/* isObject */.Gv)(notification) || notification.level !== 'error')
                continue;
            facts.errorNotifications++;
            facts.firstError ??= notificationText(notification) ?? 'an error notification';
        }
    }
    return facts;
}
/**
 * SpotBugs' exit code is a bit set (spotbugs/src/main/java/edu/umd/cs/findbugs/ExitCodes.java):
 * 4 "serious analysis errors occurred", 2 "classes needed for analysis were missing", 1 "bugs
 * were reported". Before 4.8.4 its SARIF writer set `executionSuccessful` to `exitCode == 0`, so
 * every log with a finding said the run failed, and its `exitSignalName` listed all three flags
 * ("ERROR,MISSING CLASS,BUGS FOUND") for any non-zero code (`(exitCode | FLAG) > 0`); both were
 * fixed in spotbugs#2740, which also moved the text to `exitCodeDescription`
 * (spotbugs/src/main/java/edu/umd/cs/findbugs/sarif/SarifBugReporter.java).
 */
const SPOTBUGS = /^spotbugs$/i;
const SPOTBUGS_BUGS_FOUND = 1;
const SPOTBUGS_FLAG_NAMES = new Set(['ERROR', 'MISSING CLASS', 'BUGS FOUND', 'SUCCESS', 'UNKNOWN']);
/** SpotBugs' flag list in `exitSignalName` is not a signal (see `SPOTBUGS`). */
function isSpotBugsFlagList(tool, name) {
    return SPOTBUGS.test(tool) && name.split(',').every(part => SPOTBUGS_FLAG_NAMES.has(part.trim()));
}
function exitDetails(facts) {
    const parts = [];
    if (facts.exitCode !== undefined)
        parts.push(`exit code ${facts.exitCode}`);
    const description = facts.exitCodeDescription ?? facts.exitSignalName;
    if (description !== undefined)
        parts.push(JSON.stringify(description.slice(0, 200)));
    return parts.length > 0 ? `, ${parts.join(' ')}` : '';
}
/**
 * Did the tool complete its analysis? Fail-closed, with one exception known from upstream
 * sources:
 * - an invocation ended by a signal (`exitSignalNumber`, or an `exitSignalName` that is a signal)
 *   is a crash: not complete;
 * - `executionSuccessful: false` (§3.20.14) means not complete. Real tools write it for real
 *   failures: ESLint's SARIF formatter for a fatal parse error (an error-level notification),
 *   GCC for an internal compiler error or any error diagnostic, PMD for processing or
 *   configuration errors;
 * - except SpotBugs' exit code 1 ("bugs were reported", nothing else) with no error-level
 *   notification: that is the "found bugs" of SpotBugs before 4.8.4, not a failure. Missing
 *   classes (2) and analysis errors (4) still count as failures, as SpotBugs itself says since.
 * A run without a `results` array is judged elsewhere (§3.14.23). Error-level notifications of
 * a tool that says it succeeded are shown, not judged.
 */
function executionOutcome(tool, invocations) {
    const outcome = {};
    for (const facts of invocations) {
        const signal = facts.exitSignalNumber !== undefined
            ? `signal ${facts.exitSignalNumber}`
            : facts.exitSignalName !== undefined && !isSpotBugsFlagList(tool, facts.exitSignalName)
                ? `signal ${JSON.stringify(facts.exitSignalName.slice(0, 100))}`
                : undefined;
        if (signal !== undefined) {
            outcome.failure ??= `was ended by ${signal}: its analysis did not complete`;
            continue;
        }
        if (facts.executionSuccessful !== false)
            continue;
        if (SPOTBUGS.test(tool) &&
            facts.exitCode === SPOTBUGS_BUGS_FOUND &&
            facts.errorNotifications === 0) {
            outcome.foundOnly ??= `executionSuccessful: false with exit code 1 only means that SpotBugs reported bugs: read as a complete run`;
            continue;
        }
        const error = facts.firstError !== undefined ? `: ${facts.firstError.slice(0, 300)}` : '';
        outcome.failure ??= `reports that its analysis did not complete (executionSuccessful: false${exitDetails(facts)})${error}`;
    }
    return outcome;
}

// EXTERNAL MODULE: ./src/sarif/locations.ts
var locations = __webpack_require__(64633);
// EXTERNAL MODULE: ./src/sarif/message.ts
var message = __webpack_require__(38146);
;// CONCATENATED MODULE: ./src/sarif/notes.ts

/**
 * Distinct notes a run keeps: values SARIF does not allow and how they were read instead (a
 * `kind`, `level` or `security-severity` outside the standard, a `ruleIndex` that names another
 * rule than `ruleId`, a cycle of `uriBaseId`s, a path longer than the cap). Each is said once
 * per run and kind of problem, never per result.
 */
const MAX_NOTES_PER_RUN = 20;
/** Distinct problems remembered per run, so that a million results with a million odd values stay cheap. */
const MAX_REMEMBERED = 10_000;
/** How a value from the log is quoted in a note: short, JSON-like, never whole. */
function shown(value, max = 100) {
    if (typeof value === 'string') {
        const cut = (0,one_line/* truncate */.xv)(value, max);
        return cut.length < value.length
            ? `${JSON.stringify(cut)} (${value.length} characters)`
            : JSON.stringify(value);
    }
    if (value === null || typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    return Array.isArray(value) ? 'an array' : 'an object';
}
class RunNotes {
    seen = new Set();
    notes = [];
    /** Notes beyond `MAX_NOTES_PER_RUN` (or beyond what is remembered), not kept. */
    omitted = 0;
    /** Says `text()` once for `key`. */
    add(key, text) {
        if (this.seen.has(key))
            return;
        if (this.seen.size >= MAX_REMEMBERED) {
            this.omitted++;
            return;
        }
        this.seen.add(key);
        if (this.notes.length < MAX_NOTES_PER_RUN)
            this.notes.push(text());
        else
            this.omitted++;
    }
    /** Forget everything: the run is read again. */
    restart() {
        this.seen = new Set();
        this.notes = [];
        this.omitted = 0;
    }
}

;// CONCATENATED MODULE: ./src/sarif/severity.ts

/**
 * GitHub's mapping of a rule's `security-severity` score (a CVSS-like number, given as a string)
 * to a severity: https://docs.github.com/en/code-security/code-scanning/managing-code-scanning-alerts/about-code-scanning-alerts#about-alert-severity-and-security-severity-levels
 */
function severityFromScore(score) {
    if (score >= 9.0)
        return 'critical';
    if (score >= 7.0)
        return 'high';
    if (score >= 4.0)
        return 'medium';
    if (score > 0)
        return 'low';
    return 'note';
}
/** Without a score, the effective SARIF level decides. */
function severityFromLevel(level) {
    switch (level) {
        case 'error':
            return 'high';
        case 'warning':
            return 'medium';
        case 'note':
            return 'low';
        case 'none':
            return 'note';
    }
}
/** The lowest score of each severity GitHub names (critical ≥ 9.0, high ≥ 7.0, medium ≥ 4.0, low > 0). */
const SEVERITY_WORDS = new Map([
    ['critical', 9.0],
    ['high', 7.0],
    ['medium', 4.0],
    ['moderate', 4.0],
    ['low', 0.1]
]);
const PLAIN_SCORE = /^\d+(\.\d+)?$/;
/** A decimal number as Go's strconv.ParseFloat or JavaScript's Number() reads it (exponents too). */
const FLOAT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
/** The number a value starts with, as JavaScript's parseFloat reads it. */
const LEADING = /^[+-]?(\d+(\.\d+)?|\.\d+)/;
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;
/**
 * A rule's `security-severity` (GitHub: "a string representing a number between 0.0 and 10.0").
 * GitHub code scanning reads it as a number and refuses an upload whose value is not one
 * ("invalid security severity value, is not a number", github/codeql-action#2187); `1e1` is a
 * number to it. Here a value that is not a plain number is never read lower than a reader
 * could: it gets the highest of its readings — as a number with an exponent (`1e1` → 10), its
 * leading number (`9.8abc` → 9.8), with a decimal comma (`9,8` → 9.8), a severity word
 * (`High` → 7.0) — above 10 counts as 10, below 0 as no score; and it is reported (`unusual`),
 * so that the caller also weighs the level and says what it used.
 */
function readSecuritySeverity(value) {
    if (value === undefined)
        return undefined;
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 10)
        return { score: value };
    const text = typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
    if (typeof value === 'string' && PLAIN_SCORE.test(text)) {
        const score = Number(text);
        if (score <= 10)
            return { score };
    }
    const readings = [];
    if (FLOAT.test(text))
        readings.push(Number(text));
    const leading = LEADING.exec(text);
    if (leading)
        readings.push(Number(leading[0]));
    if (DECIMAL_COMMA.test(text))
        readings.push(Number(text.replace(',', '.')));
    const word = SEVERITY_WORDS.get(text.toLowerCase());
    if (word !== undefined)
        readings.push(word);
    const finite = readings.filter(Number.isFinite);
    const highest = finite.length > 0 ? Math.max(...finite) : undefined;
    const reading = { unusual: { value } };
    if (highest !== undefined && highest >= 0)
        reading.score = Math.min(highest, 10);
    return reading;
}
/** The more severe of two. */
function mostSevere(a, b) {
    return model/* SEVERITIES */.oC.indexOf(a) <= model/* SEVERITIES */.oC.indexOf(b) ? a : b;
}

;// CONCATENATED MODULE: ./src/sarif/run-context.ts




/**
 * The longest tool name, tool version, rule id, rule name, help URI and category a finding
 * keeps. These are shared by every result of a rule or run: a megabyte rule id on ten thousand
 * results would otherwise be written ten thousand times into every report.
 */
const MAX_NAME_CHARS = 1024;
/** A rule's description is a message: it keeps as much as one. */
const MAX_DESCRIPTION_CHARS = 4096;
/** CWEs a rule (and so a finding) keeps; real rules name one to five. */
const MAX_CWES = 20;
/** A name from the log, cut to `MAX_NAME_CHARS`. */
function capName(name) {
    return (0,one_line/* truncate */.xv)(name, MAX_NAME_CHARS);
}
function emptyRunContext() {
    return { invocations: [], hasResults: false, errorNotifications: [] };
}
/** A plain string, or a (multiformat) message's text, else its Markdown as plain text. */
function run_context_text(value) {
    if (typeof value === 'string')
        return value;
    if ((0,json/* isObject */.Gv)(value))
        return (0,json/* str */.gx)(value.text) ?? (0,json/* str */.gx)(value.markdown);
    return undefined;
}
const LEVELS = new Set(['error', 'warning', 'note', 'none']);
/** Most severe first. */
const LEVEL_ORDER = ['error', 'warning', 'note', 'none'];
function asLevel(value) {
    return typeof value === 'string' && LEVELS.has(value) ? value : undefined;
}
/** The more severe of two levels. */
function higherLevel(a, b) {
    return LEVEL_ORDER.indexOf(a) <= LEVEL_ORDER.indexOf(b) ? a : b;
}
/**
 * A `level` (§3.27.10) or `defaultConfiguration.level` (§3.50.3). Absent and `null` are absent.
 * A value that is not one of `error`, `warning`, `note`, `none` is read as what it spells
 * without regard to case (`ERROR` → error), else as `error`, the most severe; the caller never
 * lets it fall below SARIF's default (`warning`) and reports it.
 */
function readLevel(value) {
    if (value === undefined || value === null)
        return {};
    const level = asLevel(value);
    if (level !== undefined)
        return { level };
    const spelled = typeof value === 'string' ? asLevel(value.trim().toLowerCase()) : undefined;
    return { level: spelled ?? 'error', unusual: { value } };
}
const CWE_PATTERN = /\bcwe[-_/ :]*0*(\d{1,6})\b/i;
/** `external/cwe/cwe-079` (CodeQL), `CWE-89: …` (Semgrep), `cwe-22` → `CWE-79`, `CWE-89`, `CWE-22`. */
function cweFromText(tag) {
    const match = CWE_PATTERN.exec(tag);
    return match ? `CWE-${match[1]}` : undefined;
}
/** Message strings by id: ids come from the log, so they never become object keys. */
function messageStrings(value) {
    const out = new Map();
    if (!(0,json/* isObject */.Gv)(value))
        return out;
    for (const [id, message] of Object.entries(value)) {
        const body = run_context_text(message);
        if (body !== undefined)
            out.set(id, body);
    }
    return out;
}
function cwesOf(descriptor) {
    const found = new Set();
    const properties = (0,json/* asObject */.eB)(descriptor.properties);
    if (Array.isArray(properties.tags)) {
        for (const tag of properties.tags) {
            const cwe = typeof tag === 'string' ? cweFromText(tag) : undefined;
            if (cwe)
                found.add(cwe);
        }
    }
    if (Array.isArray(descriptor.relationships)) {
        for (const relationship of descriptor.relationships) {
            if (!(0,json/* isObject */.Gv)(relationship) || !(0,json/* isObject */.Gv)(relationship.target))
                continue;
            const target = relationship.target;
            const component = (0,json/* isObject */.Gv)(target.toolComponent) ? target.toolComponent.name : undefined;
            if (typeof target.id === 'string' &&
                (component === undefined || /cwe/i.test(String(component)))) {
                const cwe = cweFromText(/^\d+$/.test(target.id) ? `CWE-${target.id}` : target.id);
                if (cwe)
                    found.add(cwe);
            }
        }
    }
    return [...found].slice(0, MAX_CWES);
}
function ruleInfo(descriptor) {
    const raw = (0,json/* asObject */.eB)(descriptor);
    const properties = (0,json/* asObject */.eB)(raw.properties);
    const config = (0,json/* asObject */.eB)(raw.defaultConfiguration);
    const description = run_context_text(raw.shortDescription) ?? run_context_text(raw.fullDescription);
    const level = readLevel(config.level);
    const reading = readSecuritySeverity(properties['security-severity']);
    const rule = {
        id: typeof raw.id === 'string' ? raw.id : undefined,
        name: typeof raw.name === 'string' ? capName(raw.name) : undefined,
        shortDescription: description === undefined ? undefined : (0,one_line/* truncate */.xv)(description, MAX_DESCRIPTION_CHARS),
        // A cut URL would lead elsewhere: one too long is left out.
        helpUri: typeof raw.helpUri === 'string' && raw.helpUri.length <= MAX_NAME_CHARS
            ? raw.helpUri
            : undefined,
        defaultLevel: level.unusual ? higherLevel(level.level, 'warning') : level.level,
        securitySeverity: reading?.score,
        cwes: cwesOf(raw),
        messageStrings: messageStrings(raw.messageStrings),
        raw
    };
    if (level.unusual)
        rule.defaultLevelUnusual = level.unusual;
    if (reading?.unusual)
        rule.securitySeverityReading = reading;
    return rule;
}
function componentInfo(value, fallbackName) {
    const raw = (0,json/* asObject */.eB)(value);
    const rules = Array.isArray(raw.rules) ? raw.rules.map(ruleInfo) : [];
    const byId = new Map();
    for (const rule of rules)
        if (rule.id !== undefined && !byId.has(rule.id))
            byId.set(rule.id, rule);
    const version = [raw.semanticVersion, raw.version].find(v => typeof v === 'string');
    return {
        name: typeof raw.name === 'string' && raw.name.trim() !== '' ? capName(raw.name) : fallbackName,
        version: version === undefined ? undefined : capName(version),
        rules,
        byId,
        globalMessageStrings: messageStrings(raw.globalMessageStrings)
    };
}
/** `run.tool` (§3.18): the driver and its extensions, each with its rules. */
function toolInfo(value) {
    const raw = (0,json/* asObject */.eB)(value);
    const extensions = Array.isArray(raw.extensions)
        ? raw.extensions.map((extension, i) => componentInfo(extension, `extension-${i}`))
        : [];
    return { driver: componentInfo(raw.driver, 'unknown-tool'), extensions };
}
/** How many notification messages a run keeps for the report. */
const MAX_NOTIFICATIONS = 5;
function errorNotifications(invocations) {
    const found = [];
    for (const invocation of invocations) {
        if (!(0,json/* isObject */.Gv)(invocation))
            continue;
        for (const key of ['toolExecutionNotifications', 'toolConfigurationNotifications']) {
            const list = invocation[key];
            if (!Array.isArray(list))
                continue;
            for (const notification of list) {
                if (found.length >= MAX_NOTIFICATIONS)
                    return found;
                if ((0,json/* isObject */.Gv)(notification) && notification.level === 'error')
                    found.push((0,one_line/* truncate */.xv)(run_context_text(notification.message) ?? 'error notification without a message', MAX_DESCRIPTION_CHARS));
            }
        }
    }
    return found.slice(0, MAX_NOTIFICATIONS);
}
/** Applies one parsed run member to the context. */
function applyRunMember(context, key, value) {
    switch (key) {
        case 'tool':
            context.tool = toolInfo(value);
            break;
        case 'originalUriBaseIds':
            if ((0,json/* isObject */.Gv)(value))
                context.originalUriBaseIds = value;
            break;
        case 'artifacts':
            if (Array.isArray(value))
                context.artifacts = value;
            break;
        case 'automationDetails':
            if ((0,json/* isObject */.Gv)(value) && typeof value.id === 'string')
                context.category = capName(value.id);
            break;
        case 'properties':
            // merged.sarif says on each run who merged it (src/report/merged-sarif.ts).
            if ((0,json/* isObject */.Gv)(value) && typeof value.mergedBy === 'string')
                context.mergedBy = (0,one_line/* truncate */.xv)(value.mergedBy, 100);
            break;
        case 'invocations':
            if (Array.isArray(value)) {
                for (const invocation of value)
                    if ((0,json/* isObject */.Gv)(invocation))
                        context.invocations.push(invocationFacts(invocation));
                context.errorNotifications.push(...errorNotifications(value));
                context.errorNotifications.splice(MAX_NOTIFICATIONS);
            }
            break;
    }
}
/** The run members that normalisation reads. */
const CONTEXT_MEMBERS = new Set([
    'tool',
    'originalUriBaseIds',
    'artifacts',
    'automationDetails',
    'invocations',
    'properties'
]);

;// CONCATENATED MODULE: ./src/sarif/normalize.ts







const BASELINE_STATES = new Set(['new', 'unchanged', 'updated', 'absent']);
/** SARIF's result kinds (§3.27.9); only `fail` is a finding. */
const KINDS = new Set(['notApplicable', 'pass', 'fail', 'review', 'open', 'informational']);
/**
 * A result is a finding when its `kind` is `fail`, or absent (the default, §3.27.9; `null` is
 * absent). A `kind` that is none of SARIF's (`"FAIL"`, a number) is no reason to drop the
 * result: it is read as `fail` and reported.
 */
function isFailure(result) {
    const kind = result.kind;
    return kind === undefined || kind === null || kind === 'fail' || !isKnownKind(kind);
}
function isKnownKind(kind) {
    return typeof kind === 'string' && KINDS.has(kind);
}
/** Who a note is about: the tool and, when it has one, the rule. */
function ruleName(ruleId) {
    return shown(ruleId, 100);
}
/** The component a `reportingDescriptorReference` points into (§3.52.7): driver unless told. */
function componentOf(context, reference) {
    const tool = context.tool;
    if (tool === undefined)
        return undefined;
    const component = reference && (0,json/* isObject */.Gv)(reference.toolComponent) ? reference.toolComponent : undefined;
    if (component === undefined)
        return tool.driver;
    if (typeof component.index === 'number')
        return tool.extensions[component.index];
    if (typeof component.name === 'string') {
        if (component.name === tool.driver.name)
            return tool.driver;
        return tool.extensions.find(e => e.name === component.name);
    }
    return tool.driver;
}
function ruleById(id, component, context) {
    const inComponent = component?.byId.get(id);
    if (inComponent || context.tool === undefined)
        return inComponent;
    for (const candidate of [context.tool.driver, ...context.tool.extensions]) {
        const rule = candidate.byId.get(id);
        if (rule)
            return rule;
    }
    return undefined;
}
/**
 * Finds the rule of a result (§3.27.5–3.27.7): by `rule.index` in its tool component, by
 * `ruleIndex` in the driver, by id in the driver and then in every extension. SARIF requires
 * index and id to agree (§3.27.6, §3.52.5); when they do not, or an index points past the
 * rules, the rule the id names is used, the indexed rule's severity still counts when it is
 * higher, and the disagreement is reported.
 */
function lookUpRule(result, context) {
    const reference = (0,json/* isObject */.Gv)(result.rule) ? result.rule : undefined;
    const component = componentOf(context, reference);
    let indexed;
    let index;
    let pastEnd;
    if (component && reference && typeof reference.index === 'number') {
        indexed = component.rules[reference.index];
        index = `rule.index ${reference.index}`;
        if (indexed === undefined)
            pastEnd = `rule.index ${reference.index} points past the ${component.rules.length} rule(s) of ${shown(component.name, 60)}`;
    }
    if (indexed === undefined && typeof result.ruleIndex === 'number' && context.tool) {
        const rules = context.tool.driver.rules;
        indexed = rules[result.ruleIndex];
        index = `ruleIndex ${result.ruleIndex}`;
        if (indexed === undefined)
            pastEnd ??= `ruleIndex ${result.ruleIndex} points past the ${rules.length} rule(s) of the driver`;
    }
    const id = typeof result.ruleId === 'string' ? result.ruleId : reference?.id;
    if (typeof id !== 'string')
        return indexed ? { rule: indexed } : {};
    const named = ruleById(id, component, context);
    if (indexed !== undefined && indexed.id !== undefined && indexed.id !== id) {
        const problem = `${index} names rule ${shown(indexed.id, 100)}, but ruleId is ${ruleName(id)}`;
        return named
            ? {
                rule: named,
                indexed,
                problem: `${problem}: read as ${ruleName(id)}, with the higher severity of the two`
            }
            : {
                rule: indexed,
                problem: `${problem}, which names no rule: read with the rule the index names`
            };
    }
    const lookup = {};
    const rule = indexed ?? named;
    if (rule !== undefined)
        lookup.rule = rule;
    if (pastEnd !== undefined)
        lookup.problem = `${pastEnd}: read as ${ruleName(id)}`;
    return lookup;
}
/**
 * The result's message with its placeholders filled (§3.11.5): `message.text`, or `message.id`
 * looked up in the rule's, then the driver's message strings (§3.11.7).
 */
function messageOf(result, rule, context) {
    return (0,message/* resultMessage */.FV)(result.message, id => rule?.messageStrings.get(id) ?? context.tool?.driver.globalMessageStrings.get(id));
}
/** Suppressed when a suppression is accepted (§3.35.3); status absent counts as accepted. */
function isSuppressed(result) {
    if (!Array.isArray(result.suppressions) || result.suppressions.length === 0)
        return false;
    return result.suppressions.some(s => (0,json/* isObject */.Gv)(s) && (s.status === undefined || s.status === 'accepted'));
}
/**
 * The largest line or column kept (GitHub's API takes 32-bit integers); larger is read as this.
 * No report walks a range line by line, so a range of a billion lines costs nothing.
 */
const MAX_LINE = 2 ** 31 - 1;
function positive(value) {
    return typeof value === 'number' && Number.isInteger(value) && value > 0
        ? Math.min(value, MAX_LINE)
        : undefined;
}
function locationOf(result, context, env) {
    const first = Array.isArray(result.locations) ? result.locations[0] : undefined;
    const physical = (0,json/* isObject */.Gv)(first) && (0,json/* isObject */.Gv)(first.physicalLocation) ? first.physicalLocation : undefined;
    if (physical === undefined)
        return undefined;
    const artifact = (0,json/* isObject */.Gv)(physical.artifactLocation) ? physical.artifactLocation : undefined;
    const found = (0,locations/* resolveArtifactPath */.c8)(artifact, context, env.workspace);
    if (found === undefined)
        return undefined;
    const mapped = env.paths ? env.paths.map(found, true) : found;
    const region = (0,json/* asObject */.eB)(physical.region);
    // §3.30.5: startLine defaults to 1 for a text region; endLine defaults to startLine.
    const startLine = positive(region.startLine) ?? 1;
    const endLine = Math.max(positive(region.endLine) ?? startLine, startLine);
    const startColumn = positive(region.startColumn);
    const endColumn = positive(region.endColumn);
    // Every member in one literal: held per finding, an object is smallest with its members in it.
    const { path, outsideWorkspace } = mapped;
    const location = startColumn !== undefined && endColumn !== undefined
        ? { path, outsideWorkspace, startLine, endLine, startColumn, endColumn }
        : startColumn !== undefined
            ? { path, outsideWorkspace, startLine, endLine, startColumn }
            : endColumn !== undefined
                ? { path, outsideWorkspace, startLine, endLine, endColumn }
                : { path, outsideWorkspace, startLine, endLine };
    return found.problem === undefined ? { location } : { location, problem: found.problem };
}
function resultCwes(result, rule) {
    const found = new Set(rule?.cwes ?? []);
    const properties = (0,json/* asObject */.eB)(result.properties);
    if (Array.isArray(properties.tags)) {
        for (const tag of properties.tags) {
            if (found.size >= MAX_CWES)
                break;
            const cwe = typeof tag === 'string' ? cweFromText(tag) : undefined;
            if (cwe)
                found.add(cwe);
        }
    }
    return [...found];
}
/** The severity a rule gives a result at `level`: its `security-severity`, else the level. */
function severityOf(rule, level) {
    const score = rule?.securitySeverity;
    const severity = score !== undefined ? severityFromScore(score) : severityFromLevel(level);
    // A value that is not a plain number is never read lower than the level would make it.
    return rule?.securitySeverityReading?.unusual
        ? mostSevere(severity, severityFromLevel(level))
        : severity;
}
/** Says, once per run, what was read instead of values SARIF does not allow. */
function noteUnusual(raw, ruleId, rule, level, severity, env) {
    const notes = env.notes;
    if (notes === undefined)
        return;
    const where = `rule ${ruleName(ruleId)}`;
    if (raw.kind !== undefined && raw.kind !== null && !isKnownKind(raw.kind)) {
        notes.add(`kind\u0000${shown(raw.kind)}`, () => {
            return `kind ${shown(raw.kind)} (first on ${where}) is not one of SARIF's result kinds (fail, pass, review, open, informational, notApplicable): read as fail, a finding`;
        });
    }
    const written = readLevel(raw.level);
    if (written.unusual) {
        notes.add(`level\u0000${ruleId}\u0000${shown(raw.level)}`, () => {
            return `${where}: level ${shown(raw.level)} is not one of SARIF's levels (error, warning, note, none): read as ${level}`;
        });
    }
    if (rule?.defaultLevelUnusual) {
        const value = rule.defaultLevelUnusual.value;
        notes.add(`default-level\u0000${ruleId}`, () => {
            return `${where}: defaultConfiguration.level ${shown(value)} is not one of SARIF's levels (error, warning, note, none): read as ${rule.defaultLevel ?? 'warning'}`;
        });
    }
    const reading = rule?.securitySeverityReading;
    if (reading?.unusual) {
        notes.add(`security-severity\u0000${ruleId}`, () => {
            const score = reading.score !== undefined
                ? `${reading.score} (${severityFromScore(reading.score)})`
                : 'no score';
            return `${where}: security-severity ${shown(reading.unusual.value)} is not a plain number from 0.0 to 10.0: read as ${score}; with level ${level}, the finding is ${severity}`;
        });
    }
}
/**
 * One SARIF result as a `Finding`, or undefined when it is not a finding (`kind` other than
 * `fail`). Throws a plain Error for a result that is not an object.
 */
function normaliseResult(raw, context, env) {
    if (!(0,json/* isObject */.Gv)(raw))
        throw new Error('a result must be a JSON object');
    if (!isFailure(raw))
        return undefined;
    const lookup = lookUpRule(raw, context);
    const rule = lookup.rule;
    const reference = (0,json/* isObject */.Gv)(raw.rule) ? raw.rule : undefined;
    const fullRuleId = (typeof raw.ruleId === 'string' ? raw.ruleId : undefined) ??
        (typeof reference?.id === 'string' ? reference.id : undefined) ??
        rule?.id ??
        '(no rule)';
    const ruleId = capName(fullRuleId);
    // §3.27.10: level defaults to the rule's default configuration, then `warning`. A value that
    // is not a level is read as what it spells, else error, never below that default.
    const written = readLevel(raw.level);
    const levelWith = (with_) => {
        const fallback = with_?.defaultLevel ?? 'warning';
        return written.unusual
            ? higherLevel(higherLevel(written.level, fallback), 'warning')
            : (written.level ?? fallback);
    };
    const level = levelWith(rule);
    let severity = severityOf(rule, level);
    const other = lookup.indexed;
    if (other !== undefined)
        severity = mostSevere(severity, severityOf(other, levelWith(other)));
    const tool = context.tool?.driver.name ?? 'unknown-tool';
    const where = locationOf(raw, context, env);
    const location = where?.location;
    const message = messageOf(raw, rule, context);
    noteUnusual(raw, ruleId, rule, level, severity, env);
    if (lookup.problem !== undefined) {
        const problem = lookup.problem;
        env.notes?.add(`rule-index\u0000${problem}`, () => problem);
    }
    if (where?.problem !== undefined) {
        const problem = where.problem;
        env.notes?.add(`location\u0000${problem.slice(0, 200)}`, () => {
            return `a location of rule ${ruleName(ruleId)} could not be resolved to a usable path: ${problem}; the finding counts, outside the workspace (never opened, never annotated)`;
        });
    }
    if (fullRuleId.length > ruleId.length) {
        env.notes?.add(`rule-id-length\u0000${ruleId}`, () => {
            return `rule id of ${fullRuleId.length} characters cut to ${ruleId.length}: ${ruleName(ruleId)}`;
        });
    }
    const intern = env.intern;
    const cwes = resultCwes(raw, rule);
    if (location !== undefined && intern !== undefined)
        location.path = intern.string(location.path);
    const finding = {
        fingerprint: '',
        tool,
        ruleId: intern ? intern.string(ruleId) : ruleId,
        cwes: intern ? intern.list(cwes) : cwes,
        level,
        severity,
        message: message.text,
        suppressed: isSuppressed(raw),
        source: intern
            ? intern.source(context.category)
            : {
                file: env.file,
                run: env.run,
                ...(context.category === undefined ? {} : { category: context.category })
            }
    };
    if (message.template !== undefined && message.arguments !== undefined) {
        finding.messageTemplate = message.template;
        finding.messageArguments = message.arguments;
    }
    const version = context.tool?.driver.version;
    if (version !== undefined)
        finding.toolVersion = version;
    if (rule?.name !== undefined)
        finding.ruleName = rule.name;
    if (rule?.shortDescription !== undefined)
        finding.ruleDescription = rule.shortDescription;
    if (rule?.helpUri !== undefined)
        finding.helpUri = rule.helpUri;
    if (rule?.securitySeverity !== undefined)
        finding.securitySeverity = rule.securitySeverity;
    if (location !== undefined)
        finding.location = location;
    if (typeof raw.baselineState === 'string' && BASELINE_STATES.has(raw.baselineState)) {
        finding.baselineState = raw.baselineState;
    }
    // Last: computing the identity consumes the result. A path that was cut does not stand for
    // the file: the location counts as written.
    const primary = where?.problem === undefined ? location?.path : undefined;
    finding.fingerprint = identityOf(raw, tool, fullRuleId, primary);
    env.census?.observe(raw, finding.fingerprint);
    return finding;
}
/**
 * What a result still needs from its run before it can be normalised for good: the caller
 * defers it (or re-reads the run) when one of these arrives after the result.
 */
function pendingNeeds(raw, context) {
    const needs = { baseIds: [], artifacts: false };
    if (!(0,json/* isObject */.Gv)(raw) || !Array.isArray(raw.locations))
        return needs;
    const first = raw.locations[0];
    const physical = (0,json/* isObject */.Gv)(first) && (0,json/* isObject */.Gv)(first.physicalLocation) ? first.physicalLocation : undefined;
    const artifact = physical && (0,json/* isObject */.Gv)(physical.artifactLocation) ? physical.artifactLocation : undefined;
    if (artifact === undefined)
        return needs;
    let baseId = artifact.uriBaseId;
    if (typeof artifact.uri !== 'string' && typeof artifact.index === 'number') {
        if (context.artifacts === undefined)
            needs.artifacts = true;
        // The artifact's own location may name a base of its own.
        baseId ??= context.artifacts?.[artifact.index]?.location?.uriBaseId;
    }
    if (typeof baseId === 'string' && (0,locations/* baseOf */.bx)(context, baseId) === undefined) {
        needs.baseIds.push(baseId);
    }
    return needs;
}

// EXTERNAL MODULE: ./src/sarif/path-map.ts
var path_map = __webpack_require__(95693);
;// CONCATENATED MODULE: ./src/sarif/json-check.ts
/**
 * A JSON checker that holds nothing: it walks one value byte by byte, across as many chunks as
 * it takes, and says where the value ends or why it is not JSON (RFC 8259). The reader uses it
 * for the values it skips, which are never parsed: without it, invalid JSON inside a member we
 * do not read would pass unnoticed, although the file is not JSON. Run with `trackPath`, it also
 * names the JSON path of the first error inside a value, for the values `JSON.parse` refused
 * (whose own message counts characters of the slice, not bytes of the file).
 */
/** The most containers open at once (the reader's nesting limit; see `MAX_NESTING_DEPTH`). */
var S;
(function (S) {
    S[S["Value"] = 0] = "Value";
    S[S["ArrayFirst"] = 1] = "ArrayFirst";
    S[S["ObjectFirst"] = 2] = "ObjectFirst";
    S[S["Key"] = 3] = "Key";
    S[S["Colon"] = 4] = "Colon";
    S[S["After"] = 5] = "After";
    S[S["Str"] = 6] = "Str";
    S[S["Esc"] = 7] = "Esc";
    S[S["Uni"] = 8] = "Uni";
    S[S["Lit"] = 9] = "Lit";
    S[S["NumSign"] = 10] = "NumSign";
    S[S["NumZero"] = 11] = "NumZero";
    S[S["NumInt"] = 12] = "NumInt";
    S[S["NumDot"] = 13] = "NumDot";
    S[S["NumFrac"] = 14] = "NumFrac";
    S[S["NumE"] = 15] = "NumE";
    S[S["NumESign"] = 16] = "NumESign";
    S[S["NumExp"] = 17] = "NumExp";
})(S || (S = {}));
/** The bytes of JSON's structure (the scanner reads them too). */
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;
const MINUS = 0x2d;
const PLUS = 0x2b;
const DOT = 0x2e;
const ZERO = 0x30;
const NINE = 0x39;
const LITERALS = [Buffer.from('true'), Buffer.from('false'), Buffer.from('null')];
/** `\"`, `\\`, `\/`, `\b`, `\f`, `\n`, `\r`, `\t` (`\u` is handled apart). */
const SIMPLE_ESCAPES = new Set([0x22, 0x5c, 0x2f, 0x62, 0x66, 0x6e, 0x72, 0x74]);
const OBJECT = 0;
const ARRAY = 1;
function describeByte(c) {
    if (c >= 0x21 && c <= 0x7e)
        return `'${String.fromCharCode(c)}'`;
    return `byte 0x${c.toString(16).padStart(2, '0')}`;
}
function isWhitespace(c) {
    return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}
function isDigit(c) {
    return c >= ZERO && c <= NINE;
}
function isHex(c) {
    return isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}
/** Where a value stops being JSON: the index of the offending byte, and what is wrong there. */
class JsonCheckError extends Error {
    index;
    path;
    constructor(message, index, 
    /** Inside the value (`.message.text`, `[3]`), when the checker tracked it. */
    path) {
        super(message);
        this.index = index;
        this.path = path;
        this.name = 'JsonCheckError';
    }
}
/** A member name as a JSON path step: `.name` when it reads as one, else `["…"]`. */
function pathStep(key) {
    if (/^[A-Za-z_$][\w$-]*$/.test(key))
        return `.${key}`;
    const shown = key.length > 60 ? `${key.slice(0, 59)}…` : key;
    return `[${JSON.stringify(shown)}]`;
}
class JsonChecker {
    maxDepth;
    trackPath;
    state = S.Value;
    depth = 0;
    stack;
    inKey = false;
    aux = 0;
    literal = 0;
    /** The value is complete. */
    done = false;
    // Path tracking (only with `trackPath`).
    steps = [];
    keyStart = 0;
    constructor(maxDepth, trackPath = false) {
        this.maxDepth = maxDepth;
        this.trackPath = trackPath;
        this.stack = new Uint8Array(maxDepth + 1);
    }
    /** Where the checker is inside the value, as a JSON path suffix. */
    path() {
        let path = '';
        for (const step of this.steps)
            path += typeof step === 'number' ? `[${step}]` : pathStep(step);
        return path;
    }
    fail(message, index) {
        throw new JsonCheckError(message, index, this.trackPath ? this.path() : '');
    }
    /**
     * Checks `buf[from, to)`, continuing the value begun in earlier calls. Returns the index just
     * after the value once it is complete (`done` is then set), or `to` when it needs more bytes.
     */
    advance(buf, from, to) {
        let i = from;
        let state = this.state;
        let depth = this.depth;
        const stack = this.stack;
        const track = this.trackPath;
        while (i < to) {
            const c = buf[i];
            switch (state) {
                case S.Str: {
                    let j = i;
                    while (j < to) {
                        const d = buf[j];
                        if (d === QUOTE || d === BACKSLASH || d < 0x20)
                            break;
                        j++;
                    }
                    if (j === to) {
                        i = to;
                        break;
                    }
                    const d = buf[j];
                    if (d === QUOTE) {
                        i = j + 1;
                        if (this.inKey) {
                            if (track)
                                this.steps[this.steps.length - 1] = this.keyText(buf, j);
                            state = S.Colon;
                        }
                        else if (depth === 0) {
                            return this.complete(i);
                        }
                        else
                            state = S.After;
                    }
                    else if (d === BACKSLASH) {
                        i = j + 1;
                        state = S.Esc;
                    }
                    else {
                        this.fail(`a control character (${describeByte(d)}) inside a string: JSON requires it escaped`, j);
                    }
                    break;
                }
                case S.Esc:
                    if (c === 0x75) {
                        this.aux = 4;
                        state = S.Uni;
                    }
                    else if (SIMPLE_ESCAPES.has(c)) {
                        state = S.Str;
                    }
                    else {
                        this.fail(`invalid escape '\\${String.fromCharCode(c)}' in a string`, i - 1);
                    }
                    i++;
                    break;
                case S.Uni:
                    if (!isHex(c))
                        this.fail(`invalid \\u escape: ${describeByte(c)} is not a hex digit`, i);
                    if (--this.aux === 0)
                        state = S.Str;
                    i++;
                    break;
                case S.Value:
                case S.ArrayFirst:
                case S.ObjectFirst:
                case S.Key:
                case S.Colon:
                case S.After:
                    if (isWhitespace(c)) {
                        i++;
                        break;
                    }
                    if (state === S.Colon) {
                        if (c !== COLON)
                            this.fail(`expected ':' but found ${describeByte(c)}`, i);
                        state = S.Value;
                        i++;
                        break;
                    }
                    if (state === S.After) {
                        const top = stack[depth - 1];
                        if (c === COMMA) {
                            if (top === OBJECT)
                                state = S.Key;
                            else {
                                state = S.Value;
                                if (track)
                                    this.steps[this.steps.length - 1]++;
                            }
                            i++;
                            break;
                        }
                        if ((c === CLOSE_BRACE && top === OBJECT) || (c === CLOSE_BRACKET && top === ARRAY)) {
                            depth--;
                            if (track)
                                this.steps.pop();
                            i++;
                            if (depth === 0) {
                                this.depth = 0;
                                return this.complete(i);
                            }
                            break;
                        }
                        this.fail(`expected ',' or '${top === OBJECT ? '}' : ']'}' but found ${describeByte(c)}`, i);
                    }
                    if (state === S.ObjectFirst || state === S.Key) {
                        if (c === CLOSE_BRACE && state === S.ObjectFirst) {
                            depth--;
                            if (track)
                                this.steps.pop();
                            i++;
                            if (depth === 0) {
                                this.depth = 0;
                                return this.complete(i);
                            }
                            state = S.After;
                            break;
                        }
                        if (c !== QUOTE)
                            this.fail(`expected a member name but found ${describeByte(c)}`, i);
                        this.inKey = true;
                        this.keyStart = i;
                        state = S.Str;
                        i++;
                        break;
                    }
                    if (state === S.ArrayFirst && c === CLOSE_BRACKET) {
                        depth--;
                        if (track)
                            this.steps.pop();
                        i++;
                        if (depth === 0) {
                            this.depth = 0;
                            return this.complete(i);
                        }
                        state = S.After;
                        break;
                    }
                    // A value.
                    if (c === OPEN_BRACE || c === OPEN_BRACKET) {
                        if (depth >= this.maxDepth)
                            this.fail(`nesting deeper than ${this.maxDepth} levels`, i);
                        stack[depth++] = c === OPEN_BRACE ? OBJECT : ARRAY;
                        if (track)
                            this.steps.push(c === OPEN_BRACE ? '' : 0);
                        state = c === OPEN_BRACE ? S.ObjectFirst : S.ArrayFirst;
                    }
                    else if (c === QUOTE) {
                        this.inKey = false;
                        state = S.Str;
                    }
                    else if (c === MINUS) {
                        state = S.NumSign;
                    }
                    else if (c === ZERO) {
                        state = S.NumZero;
                    }
                    else if (isDigit(c)) {
                        state = S.NumInt;
                    }
                    else if (c === 0x74 || c === 0x66 || c === 0x6e) {
                        this.literal = c === 0x74 ? 0 : c === 0x66 ? 1 : 2;
                        this.aux = 1;
                        state = S.Lit;
                    }
                    else {
                        this.fail(`expected a value but found ${describeByte(c)}`, i);
                    }
                    i++;
                    break;
                case S.Lit: {
                    const word = LITERALS[this.literal];
                    if (c !== word[this.aux])
                        this.fail(`invalid literal: expected '${word.toString()}' (${describeByte(c)})`, i);
                    i++;
                    if (++this.aux === word.length) {
                        if (depth === 0)
                            return this.complete(i);
                        state = S.After;
                    }
                    break;
                }
                case S.NumSign:
                    if (c === ZERO)
                        state = S.NumZero;
                    else if (isDigit(c))
                        state = S.NumInt;
                    else
                        this.fail(`invalid number: ${describeByte(c)} after '-'`, i);
                    i++;
                    break;
                case S.NumZero:
                case S.NumInt:
                case S.NumFrac:
                case S.NumExp:
                    if (isDigit(c)) {
                        if (state === S.NumZero)
                            this.fail('invalid number: a leading zero', i);
                        i++;
                    }
                    else if (c === DOT && (state === S.NumZero || state === S.NumInt)) {
                        state = S.NumDot;
                        i++;
                    }
                    else if ((c === 0x65 || c === 0x45) && state !== S.NumExp) {
                        state = S.NumE;
                        i++;
                    }
                    else {
                        // The number ends here; the byte is read again as what follows a value.
                        if (depth === 0)
                            return this.complete(i);
                        state = S.After;
                    }
                    break;
                case S.NumDot:
                    if (!isDigit(c))
                        this.fail(`invalid number: ${describeByte(c)} after '.'`, i);
                    state = S.NumFrac;
                    i++;
                    break;
                case S.NumE:
                    if (c === PLUS || c === MINUS)
                        state = S.NumESign;
                    else if (isDigit(c))
                        state = S.NumExp;
                    else
                        this.fail(`invalid number: ${describeByte(c)} in the exponent`, i);
                    i++;
                    break;
                case S.NumESign:
                    if (!isDigit(c))
                        this.fail(`invalid number: ${describeByte(c)} in the exponent`, i);
                    state = S.NumExp;
                    i++;
                    break;
            }
        }
        this.state = state;
        this.depth = depth;
        return to;
    }
    /** At the end of the input: a number at the top ends there, anything else is cut short. */
    end(at) {
        if (this.done)
            return;
        const number = this.state === S.NumZero ||
            this.state === S.NumInt ||
            this.state === S.NumFrac ||
            this.state === S.NumExp;
        if (this.depth === 0 && number)
            this.done = true;
        else
            this.truncated(at);
    }
    /** The input ended before the value did. */
    truncated(at) {
        this.fail('unexpected end of the value: the log is truncated', at);
    }
    complete(at) {
        this.done = true;
        return at;
    }
    keyText(buf, close) {
        const raw = Buffer.from(buf.buffer, buf.byteOffset + this.keyStart, close + 1 - this.keyStart);
        try {
            return JSON.parse(raw.toString('utf8'));
        }
        catch {
            return raw.toString('utf8', 1, raw.length - 1);
        }
    }
}
/**
 * Why `buf[start, end)`, a value `JSON.parse` refused, is not JSON: the index of the first bad
 * byte and the path to it inside the value. Undefined when the checker finds nothing wrong.
 */
function locateJsonError(buf, start, end, maxDepth) {
    const checker = new JsonChecker(maxDepth, true);
    try {
        let i = start;
        while (i < end && isWhitespace(buf[i]))
            i++;
        const after = checker.advance(buf, i, end);
        checker.end(end);
        for (let j = after; j < end; j++)
            if (!isWhitespace(buf[j]))
                throw new JsonCheckError(`unexpected ${describeByte(buf[j])} after the end of a value`, j, '');
        return undefined;
    }
    catch (error) {
        if (error instanceof JsonCheckError)
            return error;
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/sarif/scanner.ts
/**
 * Incremental scanner for SARIF logs of any size.
 *
 * It walks the outer skeleton of a log (`{ "runs": [ { "results": [ … ] } ] }`) byte by byte,
 * in whatever order the producer wrote the keys, and hands every value it is asked for to
 * `JSON.parse` as one small slice: a single result, a run's `tool`, `version`. Bytes are never
 * decoded or parsed as a whole, so memory is bounded by the largest single value (typically a
 * run's `tool` with its rules), not by the file: a log larger than V8's 512 MiB string limit
 * reads like any other.
 *
 * Values the consumer does not want are skipped without being held, but checked as JSON on the
 * way (`json-check.ts`): a file is JSON or it is refused, whatever parts of it are read. The
 * same limits hold on every path through the reader: no value nests deeper than
 * `MAX_NESTING_DEPTH`, and none is held whole beyond `MAX_VALUE_BYTES`.
 */


/** Deeper than any real SARIF (a code flow location is ~15 levels): a nesting bomb, refused. */
const MAX_NESTING_DEPTH = 256;
/**
 * The largest single value the reader holds to parse (a result, a run's `tool` with its rules,
 * `invocations`, a member name, a number): larger is refused before more is read, so that a
 * small (gzip) file cannot make the reader hold a gigabyte string. CodeQL's `tool` with every
 * query's help text is a few MB.
 */
const MAX_VALUE_BYTES = 64 * 1024 * 1024;
class SarifSyntaxError extends Error {
    offset;
    path;
    constructor(message, offset, path) {
        super(`${message} (at byte ${offset}, ${path})`);
        this.offset = offset;
        this.path = path;
        this.name = 'SarifSyntaxError';
    }
}
/** Failed guesses of the batched fast path before it is given up for the file. */
const MAX_BATCH_MISSES = 3;
var Role;
(function (Role) {
    Role[Role["Root"] = 0] = "Root";
    Role[Role["Runs"] = 1] = "Runs";
    Role[Role["Run"] = 2] = "Run";
    Role[Role["Results"] = 3] = "Results";
})(Role || (Role = {}));
var Purpose;
(function (Purpose) {
    Purpose[Purpose["Skip"] = 0] = "Skip";
    Purpose[Purpose["RootMember"] = 1] = "RootMember";
    Purpose[Purpose["RunMember"] = 2] = "RunMember";
    Purpose[Purpose["Result"] = 3] = "Result";
})(Purpose || (Purpose = {}));
function scanner_isWhitespace(c) {
    return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}
/**
 * True when a parsed value nests deeper than `MAX_NESTING_DEPTH` (the value itself is at
 * `depth`). For the batched fast path, whose `JSON.parse` checks no depth; recursion stops at
 * the limit.
 */
function tooDeep(value, depth) {
    if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
            const child = value[i];
            if (typeof child === 'object' && child !== null)
                if (depth === MAX_NESTING_DEPTH || tooDeep(child, depth + 1))
                    return true;
        }
        return false;
    }
    for (const key in value) {
        const child = value[key];
        if (typeof child === 'object' && child !== null)
            if (depth === MAX_NESTING_DEPTH || tooDeep(child, depth + 1))
                return true;
    }
    return false;
}
/** JSON text in another encoding than UTF-8, from its first four bytes (RFC 8259 §8.1, RFC 4627 §3). */
function foreignEncoding(b) {
    const n = b.length;
    const [b0, b1, b2, b3] = [b[0], b[1], b[2], b[3]];
    const bom = 'with a byte order mark';
    const noBom = 'without a byte order mark';
    if (n >= 4 && b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff)
        return `UTF-32 encoded (big-endian, ${bom}); SARIF must be UTF-8: convert it, e.g. iconv -f UTF-32BE -t UTF-8`;
    if (n >= 4 && b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0)
        return `UTF-32 encoded (little-endian, ${bom}); SARIF must be UTF-8: convert it, e.g. iconv -f UTF-32LE -t UTF-8`;
    if (n >= 2 && b0 === 0xfe && b1 === 0xff)
        return `UTF-16 encoded (big-endian, ${bom}); SARIF must be UTF-8: convert it, e.g. iconv -f UTF-16BE -t UTF-8`;
    if (n >= 2 && b0 === 0xff && b1 === 0xfe)
        return `UTF-16 encoded (little-endian, ${bom}); SARIF must be UTF-8: convert it, e.g. iconv -f UTF-16LE -t UTF-8`;
    if (n >= 4 && b0 === 0 && b1 === 0 && b2 === 0 && b3 !== 0)
        return `UTF-32 encoded (big-endian, ${noBom}); SARIF must be UTF-8: convert it, e.g. iconv -f UTF-32BE -t UTF-8`;
    if (n >= 4 && b0 !== 0 && b1 === 0 && b2 === 0 && b3 === 0)
        return `UTF-32 encoded (little-endian, ${noBom}); SARIF must be UTF-8: convert it, e.g. iconv -f UTF-32LE -t UTF-8`;
    if (n >= 2 && b0 === 0 && b1 !== 0)
        return `UTF-16 encoded (big-endian, ${noBom}); SARIF must be UTF-8: convert it, e.g. iconv -f UTF-16BE -t UTF-8`;
    if (n >= 2 && b0 !== 0 && b1 === 0)
        return `UTF-16 encoded (little-endian, ${noBom}); SARIF must be UTF-8: convert it, e.g. iconv -f UTF-16LE -t UTF-8`;
    return undefined;
}
class scanner_SarifScanner {
    handler;
    backing = Buffer.allocUnsafe(256 * 1024);
    win = this.backing.subarray(0, 0);
    /** Absolute offset of `win[0]` in the stream. */
    base = 0;
    pos = 0;
    eof = false;
    started = false;
    finished = false;
    frames = [];
    runCount = 0;
    // The value being scanned, if any.
    inValue = false;
    vPurpose = Purpose.Skip;
    vStart = 0;
    vDepth = 0;
    vScalar = false;
    vInString = false;
    vEscape = false;
    /** A skipped value, checked as JSON by `checker` instead of held. */
    vChecked = false;
    checker;
    encodingChecked = false;
    // The batched fast path for results (see `batch`).
    boundary;
    candidate;
    lastResultEnd = -1;
    batchMisses = 0;
    constructor(handler) {
        this.handler = handler;
    }
    /**
     * Appends a chunk. The chunk is copied into one reusable window buffer (together with the
     * unfinished value carried over from the previous chunk), so the caller may reuse it and the
     * reader allocates nothing per chunk: allocation churn, not the data, would otherwise drive
     * the resident size.
     */
    push(chunk) {
        // A value that will be parsed (or a scalar, checked as text) must stay whole in the window.
        const keepValue = this.inValue && (this.vPurpose !== Purpose.Skip || this.vScalar);
        const keep = keepValue ? this.vStart : this.pos;
        const rest = this.win.length - keep;
        if (rest > MAX_VALUE_BYTES)
            throw this.tooLarge(this.inValue ? 'a value' : 'a member name', keep);
        const needed = rest + chunk.length;
        if (needed > this.backing.length) {
            const size = Math.max(needed, Math.min(this.backing.length * 2, MAX_VALUE_BYTES + chunk.length));
            const grown = Buffer.allocUnsafe(size);
            this.win.copy(grown, 0, keep);
            this.backing = grown;
        }
        else if (rest > 0 && keep > 0) {
            this.backing.copyWithin(0, keep, this.win.length);
        }
        chunk.copy(this.backing, rest);
        this.win = this.backing.subarray(0, needed);
        this.base += keep;
        this.pos -= keep;
        this.vStart -= keep;
        this.process();
    }
    end() {
        this.eof = true;
        this.process();
        if (!this.started)
            throw this.error('empty file: no SARIF log found');
        if (!this.finished)
            throw this.error('unexpected end of file: the log is truncated');
    }
    /** Bytes consumed so far (for progress and error messages). */
    get offset() {
        return this.base + this.pos;
    }
    tooLarge(what, at) {
        return this.error(`${what} larger than ${MAX_VALUE_BYTES / 1024 / 1024} MiB: refused (no single value of a SARIF log is held beyond that)`, at);
    }
    error(message, at = this.pos, inside = '') {
        return new SarifSyntaxError(message, this.base + at, this.path() + inside);
    }
    path() {
        let path = '$';
        for (const frame of this.frames) {
            if (frame.role === Role.Runs || frame.role === Role.Results) {
                path += `[${frame.index}]`;
            }
            else if (frame.state >= 2) {
                path += pathStep(frame.key);
            }
        }
        return path;
    }
    process() {
        if (!this.encodingChecked) {
            if (this.win.length < 4 && !this.eof)
                return;
            this.encodingChecked = true;
            const encoding = foreignEncoding(this.win);
            if (encoding !== undefined)
                throw this.error(`the file is ${encoding}`, 0);
            if (this.win[0] === 0xef && this.win[1] === 0xbb && this.win[2] === 0xbf)
                this.pos = 3;
        }
        while (true) {
            if (this.inValue) {
                if (!(this.vChecked ? this.skipValue() : this.scanValue()))
                    return;
                this.finishValue();
                continue;
            }
            const c = this.nextSignificant();
            if (c === -1)
                return;
            if (!this.step(c))
                return;
        }
    }
    /** Skips white space; returns the next byte without consuming it, or -1 for "need more". */
    nextSignificant() {
        const buf = this.win;
        let i = this.pos;
        while (i < buf.length && scanner_isWhitespace(buf[i]))
            i++;
        this.pos = i;
        return i < buf.length ? buf[i] : -1;
    }
    /** Handles one token of the skeleton. Returns false when more input is needed. */
    step(c) {
        if (!this.started)
            return this.startRoot(c);
        const frame = this.frames[this.frames.length - 1];
        if (frame === undefined)
            throw this.error(`unexpected ${describeByte(c)} after the end of the log`);
        if (frame.role === Role.Root || frame.role === Role.Run)
            return this.stepObject(frame, c);
        return this.stepArray(frame, c);
    }
    startRoot(c) {
        if (c !== OPEN_BRACE) {
            const what = c === OPEN_BRACKET ? 'a JSON array' : describeByte(c);
            throw this.error(`not a SARIF log: expected a JSON object ('{') but found ${what}`);
        }
        this.started = true;
        this.frames.push({ role: Role.Root, state: 0, key: '', index: 0, run: -1, parse: true });
        this.pos++;
        return true;
    }
    stepObject(frame, c) {
        switch (frame.state) {
            case 0:
            case 1:
                if (c === CLOSE_BRACE && frame.state === 0)
                    return this.closeFrame();
                if (c !== QUOTE)
                    throw this.error(`expected a member name but found ${describeByte(c)}`);
                return this.readKey(frame);
            case 2:
                if (c !== COLON)
                    throw this.error(`expected ':' but found ${describeByte(c)}`);
                this.pos++;
                frame.state = 3;
                return true;
            case 3:
                this.objectValue(frame, c);
                return true;
            default:
                if (c === COMMA) {
                    this.pos++;
                    frame.state = 1;
                    return true;
                }
                if (c === CLOSE_BRACE)
                    return this.closeFrame();
                throw this.error(`expected ',' or '}' but found ${describeByte(c)}`);
        }
    }
    stepArray(frame, c) {
        switch (frame.state) {
            case 0:
            case 1:
                if (c === CLOSE_BRACKET && frame.state === 0)
                    return this.closeFrame();
                this.arrayValue(frame, c);
                return true;
            default:
                if (c === COMMA) {
                    this.pos++;
                    frame.state = 1;
                    frame.index++;
                    return true;
                }
                if (c === CLOSE_BRACKET)
                    return this.closeFrame();
                throw this.error(`expected ',' or ']' but found ${describeByte(c)}`);
        }
    }
    readKey(frame) {
        const buf = this.win;
        const start = this.pos;
        let i = start + 1;
        let escaped = false;
        for (; i < buf.length; i++) {
            const c = buf[i];
            if (c === BACKSLASH) {
                escaped = true;
                i++;
            }
            else if (c === QUOTE)
                break;
            else if (c < 0x20)
                escaped = true; // refused below, with where
        }
        if (i >= buf.length) {
            if (this.eof)
                throw this.error('unexpected end of file inside a member name');
            return false;
        }
        if (i - start > MAX_VALUE_BYTES)
            throw this.tooLarge('a member name', start);
        frame.key = escaped
            ? this.parseSlice(start, i + 1)
            : buf.toString('utf8', start + 1, i);
        frame.state = 2;
        this.pos = i + 1;
        return true;
    }
    objectValue(frame, c) {
        if (frame.role === Role.Root) {
            if (frame.key === 'runs') {
                if (c !== OPEN_BRACKET)
                    throw this.error(`'runs' must be an array but starts with ${describeByte(c)}`);
                this.openFrame(Role.Runs, frame.run, true);
                return;
            }
            this.beginValue(c, this.handler.wantsRootMember(frame.key) ? Purpose.RootMember : Purpose.Skip);
            return;
        }
        if (frame.key === 'results' && c === OPEN_BRACKET) {
            this.openFrame(Role.Results, frame.run, this.handler.resultsStart(frame.run));
            return;
        }
        const wanted = frame.key === 'results' || this.handler.wantsRunMember(frame.run, frame.key);
        this.beginValue(c, wanted ? Purpose.RunMember : Purpose.Skip);
    }
    arrayValue(frame, c) {
        if (frame.role === Role.Runs) {
            if (c !== OPEN_BRACE)
                throw this.error(`a run must be a JSON object but starts with ${describeByte(c)}`);
            const run = this.runCount++;
            this.handler.runStart(run);
            this.frames.push({ role: Role.Run, state: 0, key: '', index: 0, run, parse: true });
            this.pos++;
            return;
        }
        if (frame.parse && c === OPEN_BRACE) {
            this.learnBoundary();
            if (this.batch(frame))
                return;
        }
        this.beginValue(c, frame.parse ? Purpose.Result : Purpose.Skip);
    }
    /**
     * Learns the bytes that separate two results, from the closing `}` of one through the first
     * member name of the next (e.g. `}, {\n      "ruleId"`): producers write every result the same
     * way, and this sequence rarely occurs anywhere else.
     */
    learnBoundary() {
        if (this.boundary !== undefined || this.lastResultEnd < this.base)
            return;
        const buf = this.win;
        let i = this.pos + 1;
        while (i < buf.length && scanner_isWhitespace(buf[i]))
            i++;
        if (buf[i] !== QUOTE)
            return;
        const close = buf.indexOf(QUOTE, i + 1);
        if (close === -1 || buf.subarray(i, close).includes(BACKSLASH))
            return;
        const candidate = buf.toString('latin1', this.lastResultEnd - this.base, close + 1);
        if (candidate === this.candidate) {
            this.boundary = Buffer.from(candidate, 'latin1');
        }
        else {
            this.candidate = candidate;
        }
    }
    /**
     * The fast path: every complete result left in the window parsed by one `JSON.parse` call,
     * cut at the last learned boundary. The cut is only a guess, but a safe one: the slice starts
     * at a result and `[slice]` parses only if the cut is between two complete results (a cut
     * inside a string or a nested value leaves it unbalanced). A failed guess costs one parse and
     * falls back to the exact scan.
     */
    batch(frame) {
        if (this.boundary === undefined || this.batchMisses >= MAX_BATCH_MISSES)
            return false;
        const start = this.pos;
        const cut = this.win.lastIndexOf(this.boundary);
        if (cut <= start)
            return false;
        let values;
        try {
            values = JSON.parse(`[${this.win.toString('utf8', start, cut + 1)}]`);
        }
        catch {
            this.batchMisses++;
            return false;
        }
        // JSON.parse checks no depth: a nesting bomb in the batch is left to the exact scan, which
        // refuses it at its byte.
        for (const value of values) {
            if (typeof value === 'object' && value !== null && tooDeep(value, 1)) {
                this.batchMisses = MAX_BATCH_MISSES;
                return false;
            }
        }
        const first = frame.index;
        for (let n = 0; n < values.length; n++) {
            frame.index = first + n;
            try {
                this.handler.result(frame.run, frame.index, values[n]);
            }
            catch (error) {
                if (error instanceof SarifSyntaxError)
                    throw error;
                throw this.error((0,errors/* getErrorMessage */.u1)(error), start);
            }
        }
        this.pos = cut + 1;
        this.lastResultEnd = this.base + cut;
        frame.state = 2;
        return true;
    }
    openFrame(role, run, parse) {
        this.frames.push({ role, state: 0, key: '', index: 0, run, parse });
        this.pos++;
    }
    closeFrame() {
        const frame = this.frames.pop();
        this.pos++;
        if (frame.role === Role.Run)
            this.handler.runEnd(frame.run);
        if (frame.role === Role.Results) {
            this.handler.resultsEnd(frame.run, frame.state === 0 ? 0 : frame.index + 1);
        }
        const parent = this.frames[this.frames.length - 1];
        if (parent === undefined) {
            this.finished = true;
        }
        else {
            parent.state = parent.role === Role.Root || parent.role === Role.Run ? 4 : 2;
        }
        return true;
    }
    beginValue(c, purpose) {
        this.inValue = true;
        this.vPurpose = purpose;
        this.vStart = this.pos;
        this.vDepth = 0;
        this.vInString = false;
        this.vEscape = false;
        this.vScalar = false;
        this.vChecked = false;
        if (purpose === Purpose.Skip && (c === OPEN_BRACE || c === OPEN_BRACKET || c === QUOTE)) {
            this.vChecked = true;
            this.checker = new JsonChecker(MAX_NESTING_DEPTH);
        }
        else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
            // counted by scanValue
        }
        else if (c === QUOTE) {
            this.vInString = true;
            this.pos++;
        }
        else if (c === CLOSE_BRACE || c === CLOSE_BRACKET || c === COMMA || c === COLON) {
            throw this.error(`expected a value but found ${describeByte(c)}`);
        }
        else {
            this.vScalar = true;
        }
    }
    /**
     * Advances over the current value. Returns true when it is complete (`pos` just after it),
     * false when the window ran out first. This is the hot loop of the reader.
     */
    scanValue() {
        const buf = this.win;
        const end = buf.length;
        let i = this.pos;
        if (this.vScalar) {
            while (i < end) {
                const c = buf[i];
                if (c === COMMA || c === CLOSE_BRACE || c === CLOSE_BRACKET || scanner_isWhitespace(c))
                    break;
                i++;
            }
            this.pos = i;
            return i < end || this.eof;
        }
        // One byte at a time in plain JavaScript: for the short strings that make up most of SARIF
        // this beats calling Buffer.indexOf per string.
        let depth = this.vDepth;
        let inString = this.vInString;
        let escape = this.vEscape;
        for (; i < end; i++) {
            const c = buf[i];
            if (inString) {
                if (escape)
                    escape = false;
                else if (c === BACKSLASH)
                    escape = true;
                else if (c === QUOTE) {
                    inString = false;
                    if (depth === 0) {
                        this.pos = i + 1;
                        this.vInString = false;
                        return true;
                    }
                }
            }
            else if (c === QUOTE) {
                inString = true;
            }
            else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
                if (++depth > MAX_NESTING_DEPTH) {
                    throw this.error(`nesting deeper than ${MAX_NESTING_DEPTH} levels`, i);
                }
            }
            else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
                if (--depth === 0) {
                    this.pos = i + 1;
                    this.vDepth = 0;
                    return true;
                }
            }
        }
        this.pos = i;
        this.vDepth = depth;
        this.vInString = inString;
        this.vEscape = escape;
        if (this.eof)
            throw this.error('unexpected end of file inside a value: the log is truncated');
        return false;
    }
    /** Advances over a skipped value, checking it is JSON; true when it is complete. */
    skipValue() {
        const checker = this.checker;
        const end = this.win.length;
        try {
            this.pos = checker.advance(this.win, this.pos, end);
        }
        catch (error) {
            const failure = error;
            const message = failure.message.startsWith('nesting')
                ? failure.message
                : `invalid JSON: ${failure.message}`;
            throw this.error(message, failure.index);
        }
        if (checker.done)
            return true;
        if (this.eof)
            throw this.error('unexpected end of file inside a value: the log is truncated');
        return false;
    }
    finishValue() {
        this.inValue = false;
        this.vChecked = false;
        const frame = this.frames[this.frames.length - 1];
        if ((this.vPurpose !== Purpose.Skip || this.vScalar) &&
            this.pos - this.vStart > MAX_VALUE_BYTES)
            throw this.tooLarge('a value', this.vStart);
        if (this.vPurpose !== Purpose.Skip) {
            const value = this.parseSlice(this.vStart, this.pos);
            try {
                if (this.vPurpose === Purpose.RootMember)
                    this.handler.rootMember(frame.key, value);
                else if (this.vPurpose === Purpose.RunMember)
                    this.handler.runMember(frame.run, frame.key, value);
                else {
                    this.lastResultEnd = this.base + this.pos - 1;
                    this.handler.result(frame.run, frame.index, value);
                }
            }
            catch (error) {
                if (error instanceof SarifSyntaxError)
                    throw error;
                throw this.error((0,errors/* getErrorMessage */.u1)(error), this.vStart);
            }
        }
        else if (this.vScalar) {
            this.checkScalar(this.vStart, this.pos);
        }
        frame.state = frame.role === Role.Root || frame.role === Role.Run ? 4 : 2;
    }
    /** Parses a value; one that is not JSON is named by the byte and the path where it breaks. */
    parseSlice(start, end) {
        try {
            return JSON.parse(this.win.toString('utf8', start, end));
        }
        catch (error) {
            const located = locateJsonError(this.win, start, end, MAX_NESTING_DEPTH);
            if (located !== undefined)
                throw this.error(`invalid JSON: ${located.message}`, located.index, located.path);
            throw this.error(`invalid JSON: ${(0,errors/* getErrorMessage */.u1)(error)}`, start);
        }
    }
    checkScalar(start, end) {
        const text = this.win.toString('latin1', start, end);
        if (text === 'true' || text === 'false' || text === 'null')
            return;
        if (/^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/.test(text))
            return;
        throw this.error(`invalid JSON value '${text.slice(0, 20)}'`, start);
    }
}

;// CONCATENATED MODULE: ./src/sarif/intern.ts
/** Strings longer than this are not looked up: messages and the like are seldom shared. */
const MAX_INTERNED_CHARS = 512;
/** Distinct values held per run at most: a log of unique strings costs no more than the cap. */
const MAX_ENTRIES = 1 << 16;
/**
 * The values many findings of one run share (tool, rule id, path, source, CWE list), held
 * once instead of once per finding (ARCHITECTURE.md, "Scan memory"). What it returns is shared:
 * nobody changes a finding's strings, source or CWE list after it is made.
 */
class RunInterner {
    file;
    run;
    strings = new Map();
    sources = new Map();
    lists = new Map();
    constructor(file, run) {
        this.file = file;
        this.run = run;
    }
    string(text) {
        if (text.length > MAX_INTERNED_CHARS)
            return text;
        const known = this.strings.get(text);
        if (known !== undefined)
            return known;
        // A string of its own: `text` may be a slice that keeps a longer string alive (a path made
        // relative is a slice of the absolute one).
        const own = flat(text);
        if (this.strings.size < MAX_ENTRIES)
            this.strings.set(own, own);
        return own;
    }
    /** The one `source` of the run's findings with this run category. */
    source(category) {
        const key = category ?? '\u0000';
        let source = this.sources.get(key);
        if (source === undefined) {
            source = { file: this.file, run: this.run };
            if (category !== undefined)
                source.category = category;
            if (this.sources.size < MAX_ENTRIES)
                this.sources.set(key, source);
        }
        return source;
    }
    list(items) {
        if (items.length === 0)
            return EMPTY;
        const key = items.join('\u0000');
        if (key.length > MAX_INTERNED_CHARS)
            return items;
        const known = this.lists.get(key);
        if (known !== undefined)
            return known;
        if (this.lists.size < MAX_ENTRIES)
            this.lists.set(key, items);
        return items;
    }
}
const EMPTY = [];
/**
 * A copy of `text` that shares no memory with another string, every UTF-16 code unit kept (a
 * lone surrogate too: JSON writes it as an escape and reads it back).
 */
function flat(text) {
    return JSON.parse(JSON.stringify(text));
}

;// CONCATENATED MODULE: ./src/sarif/read-file.ts














/** Read size: large enough that per-chunk overhead vanishes, small enough to stay cache-friendly. */
const CHUNK_BYTES = 128 * 1024;
/** Decompressed pieces are short-lived allocations: small ones keep the resident size down. */
const GUNZIP_CHUNK_BYTES = 256 * 1024;
const SARIF_VERSION = '2.1.0';
/** A file that cannot be read as SARIF: names the file and where in it. */
class SarifFileError extends errors/* ConfigurationError */.j1 {
    file;
    offset;
    jsonPath;
    /** SHA-256 of the file's bytes, when it could be read at all: what was judged. */
    sha256;
    bytes;
    constructor(file, message, offset, jsonPath) {
        super(`${file}: ${message}`);
        this.file = file;
        this.offset = offset;
        this.jsonPath = jsonPath;
        this.name = 'SarifFileError';
    }
}
/** How a Git LFS pointer file begins (https://github.com/git-lfs/git-lfs/blob/main/docs/spec.md). */
const LFS_POINTER = 'version https://git-lfs.github.com/spec/v1';
/** What a path is when it is not a regular file, in words. */
function kindOf(stats) {
    if (stats.isDirectory())
        return 'a directory';
    if (stats.isFIFO())
        return 'a named pipe (FIFO)';
    if (stats.isCharacterDevice())
        return 'a character device';
    if (stats.isBlockDevice())
        return 'a block device';
    if (stats.isSocket())
        return 'a socket';
    return 'not a regular file';
}
/** An input that is not a regular file: named as what it is, never read. */
class NotAFileError extends Error {
}
/**
 * Opens an input for reading, only if it is a regular file. It is opened without blocking
 * (`O_NONBLOCK`: opening a named pipe nobody writes would otherwise wait forever) and its type
 * is taken from the open descriptor (`fstat`), so what is read is what was checked.
 */
async function openInput(path) {
    let handle;
    try {
        handle = await (0,promises_.open)(path, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' && (await (0,promises_.lstat)(path).catch(() => undefined))?.isSymbolicLink())
            throw new NotAFileError('is a symbolic link to nothing, not a SARIF file');
        if (code === 'ENXIO')
            throw new NotAFileError('is a socket, not a SARIF file');
        throw error;
    }
    const stats = await handle.stat();
    if (!stats.isFile()) {
        await handle.close();
        throw new NotAFileError(`is ${kindOf(stats)}, not a SARIF file`);
    }
    return handle;
}
async function head(handle) {
    const buffer = Buffer.alloc(LFS_POINTER.length);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead);
}
function isGzipHead(bytes) {
    return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}
/** SHA-256 and size of a whole file, or undefined when it cannot be read (or is no file). */
async function digestOf(path) {
    let handle;
    try {
        handle = await openInput(path);
        const digest = (0,external_node_crypto_.createHash)('sha256');
        const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
        let bytes = 0;
        for (;;) {
            const { bytesRead } = await handle.read(chunk, 0, CHUNK_BYTES, bytes);
            if (bytesRead === 0)
                break;
            digest.update(chunk.subarray(0, bytesRead));
            bytes += bytesRead;
        }
        return { sha256: digest.digest('hex'), bytes };
    }
    catch {
        return undefined;
    }
    finally {
        await handle?.close();
    }
}
/**
 * Streams a file (gzip detected by content) through a scanner: the reader alone, without
 * normalisation. Returns the number of bytes read from disk.
 */
async function scanFile(path, handler) {
    const handle = await openInput(path);
    try {
        const gzip = isGzipHead(await head(handle));
        const bytes = await feed(handle, gzip, new SarifScanner(handler));
        return { bytes, gzip };
    }
    finally {
        await handle.close();
    }
}
/** Feeds the whole file from its start (each pass reads the same open file). */
async function feed(handle, gzip, scanner, digest) {
    if (gzip)
        return feedGzip(handle, scanner, digest);
    // Two buffers: the next chunk is read while the scanner works on this one (the scanner keeps
    // nothing of a chunk once push returns, so a buffer is read into again only after that).
    let filling = Buffer.allocUnsafe(CHUNK_BYTES);
    let spare = Buffer.allocUnsafe(CHUNK_BYTES);
    let bytes = 0;
    let next = handle.read(filling, 0, CHUNK_BYTES, 0);
    for (;;) {
        const { bytesRead } = await next;
        if (bytesRead === 0)
            break;
        const filled = filling;
        filling = spare;
        spare = filled;
        next = handle.read(filling, 0, CHUNK_BYTES, bytes + bytesRead);
        const view = filled.subarray(0, bytesRead);
        try {
            digest?.update(view);
            scanner.push(view);
        }
        catch (error) {
            // The read under way must end before the file is closed.
            await next.catch(() => undefined);
            throw error;
        }
        bytes += bytesRead;
    }
    scanner.end();
    return bytes;
}
/**
 * Decompresses as it reads: the scanner refuses a value over `MAX_VALUE_BYTES` as soon as it
 * is that large, so a small file that inflates to gigabytes is given up early, and the
 * decompression stops with it.
 */
async function feedGzip(handle, scanner, digest) {
    const gunzip = (0,external_node_zlib_.createGunzip)({ chunkSize: GUNZIP_CHUNK_BYTES });
    const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
    let bytes = 0;
    let failure;
    gunzip.on('data', (piece) => {
        if (failure !== undefined)
            return;
        try {
            scanner.push(piece);
        }
        catch (error) {
            failure = error;
            gunzip.destroy();
        }
    });
    const finished = new Promise((resolve, reject) => {
        gunzip.on('end', resolve);
        gunzip.on('error', reject);
        gunzip.on('close', resolve);
    });
    try {
        for (;;) {
            if (failure !== undefined)
                break;
            const { bytesRead } = await handle.read(chunk, 0, CHUNK_BYTES, bytes);
            if (bytesRead === 0)
                break;
            const view = chunk.subarray(0, bytesRead);
            digest?.update(view);
            bytes += bytesRead;
            // A copy: the chunk is read into again while gunzip may still hold it.
            if (!gunzip.write(Buffer.from(view)))
                await waitForDrain(gunzip, () => failure !== undefined);
        }
        if (failure === undefined)
            gunzip.end();
        await finished;
    }
    finally {
        gunzip.destroy();
    }
    if (failure !== undefined)
        throw failure;
    scanner.end();
    return bytes;
}
/** Waits for `drain` (or for the stream to be given up). */
function waitForDrain(stream, givenUp) {
    if (givenUp())
        return Promise.resolve();
    return new Promise(resolve => {
        const done = () => {
            stream.off('drain', done);
            stream.off('close', done);
            resolve();
        };
        stream.on('drain', done);
        stream.on('close', done);
    });
}
/** Members whose late arrival changes results normalised before it. */
function invalidates(state, key) {
    if (state.processed === 0)
        return false;
    switch (key) {
        case 'tool':
        case 'automationDetails':
            return true;
        case 'artifacts':
            return state.usedArtifacts;
        case 'originalUriBaseIds':
            return [...state.usedBaseIds].some(id => (0,locations/* baseOf */.bx)(state.context, id) !== undefined);
        default:
            return false;
    }
}
/**
 * Reads one SARIF file (plain or gzip, detected by content) and gives each finding to `sink`.
 * Keys may come in any order: a run whose `tool` follows its `results` (or whose URI bases or
 * artifacts arrive after results that needed them) is read again with its full context, and so
 * is a run whose automatic path mapping turned out ambiguous (then without it).
 * Throws `SarifFileError` naming the file, byte offset and JSON path for anything that is not a
 * readable SARIF 2.1.0 log, with the SHA-256 of the bytes it judged; the caller discards that
 * file's findings.
 */
async function readSarifFile(path, displayName, workspace, sink, options = {}) {
    let gzip;
    const states = [];
    const root = new Map();
    const files = options.files ?? new path_map/* WorkspaceFiles */.b$(workspace);
    const pathMap = options.pathMap ?? [];
    const emit = (state, run, value) => {
        state.processed++;
        state.summary.results++;
        const finding = normaliseResult(value, state.context, {
            workspace,
            file: displayName,
            run,
            paths: state.paths,
            census: state.census,
            notes: state.notes,
            intern: state.intern
        });
        if (!state.paths.auto && !state.mappingGivenUp) {
            // The suffix mapping of this run turned out ambiguous: read it again without it.
            state.mappingGivenUp = true;
            state.replay = true;
        }
        if (finding === undefined)
            return;
        state.summary.findings++;
        sink.finding(finding);
    };
    /** A run read in this pass that must be read again forgets what it gave. */
    const endRun = (run) => {
        const state = states[run];
        if (state.reading && state.replay && state.processed > 0) {
            sink.retractRun(run);
            state.summary.results = 0;
            state.summary.findings = 0;
        }
    };
    const firstPass = {
        wantsRootMember: key => key === 'version' || key === '$schema',
        rootMember: (key, value) => {
            root.set(key, value);
        },
        runStart: run => {
            states[run] = {
                context: emptyRunContext(),
                summary: {
                    tool: 'unknown-tool',
                    results: 0,
                    findings: 0,
                    executionFailed: false,
                    errorNotifications: [],
                    hasResults: false,
                    paths: { mappings: [], outside: { findings: 0, examples: [] } },
                    placeholderFingerprints: [],
                    notes: [],
                    notesOmitted: 0
                },
                resultsStarted: false,
                processed: 0,
                replay: false,
                reading: false,
                usedBaseIds: new Set(),
                usedArtifacts: false,
                paths: new path_map/* RunPathMapper */.Gs(pathMap, files),
                mappingGivenUp: false,
                census: new FingerprintCensus(),
                notes: new RunNotes(),
                intern: new RunInterner(displayName, run)
            };
        },
        wantsRunMember: (_run, key) => CONTEXT_MEMBERS.has(key),
        runMember: (run, key, value) => {
            const state = states[run];
            if (key === 'results') {
                if (value !== null)
                    throw new Error(`'results' must be an array`);
                return;
            }
            applyRunMember(state.context, key, value);
            if (state.resultsStarted && !state.replay && invalidates(state, key))
                state.replay = true;
        },
        resultsStart: run => {
            const state = states[run];
            state.resultsStarted = true;
            state.context.hasResults = true;
            if (state.context.tool === undefined)
                state.replay = true;
            state.reading = !state.replay;
            return state.reading;
        },
        result: (run, _index, value) => {
            const state = states[run];
            const needs = pendingNeeds(value, state.context);
            for (const id of needs.baseIds)
                state.usedBaseIds.add(id);
            state.usedArtifacts ||= needs.artifacts;
            emit(state, run, value);
        },
        resultsEnd: () => { },
        runEnd: endRun
    };
    const digest = (0,external_node_crypto_.createHash)('sha256');
    let bytes;
    let passes = 1;
    let mergedBy;
    let handle;
    try {
        handle = await openInput(path);
        const first = await head(handle);
        if (first.toString('latin1') === LFS_POINTER) {
            throw new Error('is a Git LFS pointer, not the SARIF log itself: the file was committed to Git LFS and the checkout did not fetch it. Fetch LFS files before the scan (actions/checkout with lfs: true, or git lfs pull), or point sarif at the file the scanner wrote');
        }
        gzip = isGzipHead(first);
        bytes = await feed(handle, gzip, new scanner_SarifScanner(firstPass), digest);
        checkVersion(root);
        // Our own merged SARIF (every run says so) is never an input: what it gave is taken back.
        if (states.length > 0 && states.every(state => state.context.mergedBy !== undefined)) {
            mergedBy = states[0].context.mergedBy;
            states.forEach((_state, run) => sink.retractRun(run));
        }
        // A run is read again when its context came late, or (once more, at most) when its
        // automatic path mapping turned out ambiguous while it was being read again.
        while (mergedBy === undefined && states.some(s => s.replay) && passes < 3) {
            passes++;
            for (const state of states) {
                state.reading = state.replay;
                state.replay = false;
                state.processed = 0;
                if (state.reading) {
                    state.paths.restart();
                    state.census = new FingerprintCensus();
                    state.notes.restart();
                }
            }
            await feed(handle, gzip, new scanner_SarifScanner(replayHandler(states, emit, endRun)));
        }
    }
    catch (error) {
        await handle?.close();
        handle = undefined;
        const failure = asFileError(displayName, error);
        const judged = await digestOf(path);
        if (judged !== undefined) {
            failure.sha256 = judged.sha256;
            failure.bytes = judged.bytes;
        }
        throw failure;
    }
    finally {
        await handle?.close();
    }
    const summary = {
        sha256: digest.digest('hex'),
        bytes,
        gzip,
        passes,
        runs: states.map(state => summarise(state))
    };
    if (mergedBy !== undefined)
        summary.mergedBy = mergedBy;
    return summary;
}
function replayHandler(states, emit, endRun) {
    return {
        wantsRootMember: () => false,
        rootMember: () => { },
        runStart: () => { },
        wantsRunMember: () => false,
        runMember: () => { },
        resultsStart: run => states[run]?.reading === true,
        result: (run, _index, value) => emit(states[run], run, value),
        resultsEnd: () => { },
        runEnd: endRun
    };
}
function summarise(state) {
    const { context, summary } = state;
    summary.tool = context.tool?.driver.name ?? 'unknown-tool';
    const version = context.tool?.driver.version;
    if (version !== undefined)
        summary.toolVersion = version;
    if (context.category !== undefined)
        summary.category = context.category;
    const outcome = executionOutcome(summary.tool, context.invocations);
    summary.executionFailed = outcome.failure !== undefined;
    if (outcome.failure !== undefined)
        summary.executionFailure = outcome.failure;
    if (outcome.foundOnly !== undefined)
        summary.executionNote = outcome.foundOnly;
    summary.errorNotifications = context.errorNotifications;
    summary.hasResults = context.hasResults;
    summary.paths = state.paths.report();
    summary.placeholderFingerprints = state.census.placeholders();
    summary.notes = state.notes.notes;
    summary.notesOmitted = state.notes.omitted;
    if (context.mergedBy !== undefined)
        summary.mergedBy = context.mergedBy;
    return summary;
}
function checkVersion(root) {
    const version = root.get('version');
    if (version === undefined) {
        throw new Error(`no 'version' member: not a SARIF log (SARIF ${SARIF_VERSION} is required)`);
    }
    if (version !== SARIF_VERSION) {
        throw new Error(`SARIF version ${shown(version, 40)} is not supported: only ${SARIF_VERSION} is read`);
    }
}
function asFileError(file, error) {
    if (error instanceof SarifSyntaxError) {
        return new SarifFileError(file, error.message, error.offset, error.path);
    }
    if (error instanceof NotAFileError)
        return new SarifFileError(file, error.message);
    const code = error?.code;
    const message = (0,errors/* getErrorMessage */.u1)(error);
    switch (code) {
        case 'Z_DATA_ERROR':
        case 'Z_BUF_ERROR':
            return new SarifFileError(file, `not a valid gzip file: ${message}`);
        case 'ENOENT':
            return new SarifFileError(file, 'file not found');
        case 'EISDIR':
            return new SarifFileError(file, 'is a directory, not a SARIF file');
        case 'EACCES':
            return new SarifFileError(file, 'permission denied');
        case 'ELOOP':
            return new SarifFileError(file, 'is a symbolic link loop, not a SARIF file');
        case 'ENOTDIR':
            return new SarifFileError(file, 'a part of its path is not a directory');
        default:
            return new SarifFileError(file, message);
    }
}

// EXTERNAL MODULE: ./src/sarif/store.ts
var store = __webpack_require__(52804);
;// CONCATENATED MODULE: ./src/sarif/collect.ts




/**
 * Gathers findings file by file into a `FindingStore`. A file's findings count only once the
 * whole file has been read: one that fails half-way contributes none (and makes the verdict
 * unknown).
 */
class FindingCollector {
    store;
    constructor(inMemory) {
        this.store = new store/* FindingStore */.Fj(inMemory);
    }
    get duplicates() {
        return this.store.duplicates;
    }
    finding(finding) {
        this.store.add(finding);
    }
    retractRun(run) {
        this.store.retractRun(run);
    }
    commitFile() {
        this.store.commitFile();
    }
    abortFile() {
        this.store.abortFile();
    }
    /** Every finding, in the order first read: for small inputs and tests. */
    findings() {
        return this.store.all();
    }
    /** Copies merged away, per tool. */
    duplicatesOf(tool) {
        return this.store.duplicatesOf(tool);
    }
}
function toolTotals(collector, files) {
    const totals = new Map();
    const entry = (tool) => {
        let found = totals.get(tool);
        if (found === undefined) {
            found = { tool, results: 0, findings: 0, duplicates: collector.duplicatesOf(tool) };
            totals.set(tool, found);
        }
        return found;
    };
    for (const file of files)
        for (const run of file.summary?.runs ?? [])
            entry(run.tool).results += run.results;
    const store = collector.store;
    for (const row of store.rowsInOrderRead())
        entry(store.tools.values[store.toolId(row)]).findings++;
    return [...totals.values()].sort((a, b) => (a.tool < b.tool ? -1 : a.tool > b.tool ? 1 : 0));
}
/** Reads every input; a file that fails is recorded with its error and the others still count. */
async function collectFindings(inputs, workspace, options = {}) {
    const collector = new FindingCollector(options.inMemory);
    const files = [];
    const read = { files: new path_map/* WorkspaceFiles */.b$(workspace) };
    if (options.pathMap !== undefined)
        read.pathMap = options.pathMap;
    for (const input of inputs) {
        try {
            const summary = await readSarifFile(input.path, input.display, workspace, collector, read);
            if (summary.mergedBy !== undefined) {
                collector.abortFile();
                files.push({
                    file: input.display,
                    status: 'skipped',
                    skipped: `is known-good's own merged SARIF (properties.mergedBy ${JSON.stringify(summary.mergedBy)} on every run), not a scanner's output: not read as an input`,
                    sha256: summary.sha256,
                    bytes: summary.bytes
                });
                continue;
            }
            collector.commitFile();
            files.push({ file: input.display, status: 'read', summary });
        }
        catch (error) {
            collector.abortFile();
            if (!(error instanceof SarifFileError)) {
                collector.store.close();
                throw error;
            }
            const record = { file: input.display, status: 'failed', error: error.message };
            if (error.sha256 !== undefined)
                record.sha256 = error.sha256;
            if (error.bytes !== undefined)
                record.bytes = error.bytes;
            files.push(record);
        }
    }
    return {
        files,
        store: collector.store,
        duplicates: collector.duplicates,
        tools: toolTotals(collector, files)
    };
}

// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(73382);
;// CONCATENATED MODULE: ./src/sarif/inputs.ts



/** What a directory given as a SARIF input stands for (like github/codeql-action/upload-sarif). */
const DIRECTORY_PATTERNS = ['**/*.sarif', '**/*.sarif.json', '**/*.sarif.gz'];
function display(path, workspace) {
    const rel = (0,external_node_path_.relative)(workspace, path);
    return rel !== '' && !rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel) ? rel.split('\\').join('/') : path;
}
function inside(path, dir) {
    return path === dir || path.startsWith(dir.endsWith(external_node_path_.sep) ? dir : `${dir}${external_node_path_.sep}`);
}
/** Why `path`, which stat could not follow, is still worth naming as an input. */
async function unreachable(path, code) {
    if (code === 'ELOOP' || code === 'EACCES' || code === 'ENOTDIR')
        return true;
    if (code === 'ENOENT')
        return (await (0,promises_.lstat)(path).catch(() => undefined))?.isSymbolicLink() === true;
    return false;
}
async function expandOne(pattern, workspace) {
    const absolute = (0,external_node_path_.resolve)(workspace, pattern);
    let info;
    let code;
    try {
        info = await (0,promises_.stat)(absolute);
    }
    catch (error) {
        code = error.code;
    }
    if (info?.isDirectory()) {
        const matches = await (0,dist/* glob */.TI)(DIRECTORY_PATTERNS, {
            cwd: absolute,
            absolute: true,
            onlyFiles: true,
            dot: true
        });
        return {
            matches,
            searched: true,
            why: `is a directory that holds no SARIF file (${DIRECTORY_PATTERNS.join(', ')})`
        };
    }
    // A file, and anything else that is there (a FIFO, a device, a link loop or a link to
    // nothing): the reader names what it is, without opening what is not a file.
    if (info !== undefined || (await unreachable(absolute, code)))
        return { matches: [absolute], searched: false };
    if (!(0,dist/* isDynamicPattern */.ey)(pattern))
        return { matches: [], searched: false };
    const matches = await (0,dist/* glob */.TI)([pattern], {
        cwd: workspace,
        absolute: true,
        onlyFiles: true,
        dot: true
    });
    return { matches, searched: true };
}
/**
 * Paths, directories and glob patterns (relative to the workspace) → the files to read, each
 * once, in a stable order. Files in the output directory are never taken by a directory or a
 * glob (see `ExpandOptions.outputDir`).
 */
async function expandInputs(patterns, workspace, options = {}) {
    const seen = new Map();
    const unmatched = [];
    const why = new Map();
    const byPattern = new Map();
    const ownOutput = new Set();
    const realWorkspace = await (0,promises_.realpath)(workspace).catch(() => (0,external_node_path_.resolve)(workspace));
    const outputDir = options.outputDir === undefined
        ? undefined
        : await (0,promises_.realpath)(options.outputDir).catch(() => (0,external_node_path_.resolve)(options.outputDir));
    // An output directory that is the workspace or above it would leave nothing to read.
    const excluded = outputDir !== undefined && !inside(realWorkspace, outputDir) ? outputDir : undefined;
    for (const pattern of patterns) {
        const expansion = await expandOne(pattern, workspace);
        const kept = [];
        for (const match of expansion.matches.sort()) {
            const key = await (0,promises_.realpath)(match).catch(() => match);
            if (expansion.searched && excluded !== undefined && inside(key, excluded)) {
                ownOutput.add(display(match, workspace));
                continue;
            }
            if (!seen.has(key))
                seen.set(key, { path: match, display: display(match, workspace) });
            kept.push(seen.get(key).display);
        }
        byPattern.set(pattern, kept);
        if (kept.length === 0) {
            unmatched.push(pattern);
            if (expansion.matches.length > 0)
                why.set(pattern, `matched only files in output-dir, known-good's own report directory, which are never inputs`);
            else if (expansion.why !== undefined)
                why.set(pattern, expansion.why);
        }
    }
    return { files: [...seen.values()], unmatched, why, byPattern, ownOutput: [...ownOutput] };
}

// EXTERNAL MODULE: ./src/commands/summary.ts
var summary = __webpack_require__(6226);
;// CONCATENATED MODULE: ./src/commands/scan.ts














/** Rows of the findings table in the job summary. */
const JOB_SUMMARY_MAX_FINDINGS = 50;
/** Findings listed in the log. */
const LOG_MAX_FINDINGS = 10;
/** Everything that keeps the inputs from being fully judged. Each one makes the verdict unknown. */
function inputProblems(expanded, collection) {
    const problems = expanded.unmatched.map(pattern => {
        const why = expanded.why.get(pattern);
        return {
            message: `SARIF pattern ${JSON.stringify(pattern)} matched no file${why === undefined ? '' : ` (${why})`}: did the scanner run and write its output there?`
        };
    });
    // A pattern whose every file was skipped (our own merged SARIF) read nothing either.
    const status = new Map(collection.files.map(file => [file.file, file.status]));
    for (const [pattern, files] of expanded.byPattern) {
        if (files.length > 0 && files.every(file => status.get(file) === 'skipped'))
            problems.push({
                message: `SARIF pattern ${JSON.stringify(pattern)} named only known-good's own merged SARIF, which is never read as an input: name the files the scanners wrote`
            });
    }
    for (const file of collection.files) {
        if (file.status === 'skipped')
            continue;
        if (file.status === 'failed') {
            problems.push({ message: file.error ?? `${file.file}: could not be read` });
            continue;
        }
        const runs = file.summary?.runs ?? [];
        if (runs.length === 0)
            problems.push({ file: file.file, message: 'holds no runs: no analysis was recorded' });
        runs.forEach((run, i) => {
            if (run.executionFailed) {
                problems.push({
                    file: file.file,
                    message: `run ${i} (${run.tool}) ${run.executionFailure ?? 'reports that its analysis did not complete'}`
                });
            }
            if (!run.hasResults) {
                problems.push({
                    file: file.file,
                    message: `run ${i} (${run.tool}) has no results array: the tool did not report results`
                });
            }
        });
    }
    return problems;
}
function logOutcome(logger, record, decision) {
    logger.info(`known-good: ${record.verdict}`);
    for (const reason of record.reasons)
        logger.info(`  - ${(0,one_line/* oneLine */.TN)(reason)}`);
    const counted = model/* SEVERITIES */.oC.map(s => `${s} ${record.counts.counted[s]}`).join(', ');
    logger.info(`  counted: ${counted} (of ${record.counts.findings} findings; ${record.counts.blocking} blocking)`);
    const top = (0,order/* firstOf */.Ku)((0,order/* countedOf */.MJ)(decision.judged), LOG_MAX_FINDINGS);
    for (const { finding, blocking } of top.first) {
        const where = finding.location
            ? `${finding.location.path}:${finding.location.startLine}${finding.location.outsideWorkspace ? ' (outside the workspace)' : ''}`
            : '(no location)';
        logger.info(`  ${blocking ? '⛔' : ' '} ${finding.severity} ${(0,one_line/* oneLine */.TN)(finding.ruleId)} ${(0,one_line/* oneLine */.TN)(where)} ${(0,one_line/* oneLine */.TN)(finding.message).slice(0, 200)}`);
    }
}
const MAPPING_HOW = {
    'path-map': 'path-map',
    'source-root': "automatic: the run's own %SRCROOT%",
    suffix: 'automatic: the longest suffix that names a file in the workspace'
};
/** How the run's paths were mapped onto the workspace, and where they could not be. */
function logPaths(logger, where, paths) {
    for (const mapping of paths.mappings) {
        logger.info(`${where}: ${mapping.paths} path(s) mapped from ${(0,one_line/* oneLine */.TN)(mapping.from).slice(0, 300)} to ${mapping.to === '' ? 'the workspace root' : (0,one_line/* oneLine */.TN)(mapping.to).slice(0, 300)} (${MAPPING_HOW[mapping.how]})`);
    }
    const ambiguous = paths.ambiguousRoots;
    if (ambiguous !== undefined) {
        logger.warning(`${where}: paths from another machine were not mapped: both ${(0,one_line/* oneLine */.TN)(ambiguous[0]).slice(0, 200)} and ${(0,one_line/* oneLine */.TN)(ambiguous[1]).slice(0, 200)} fit as the root it ran in; name it with path-map (from=to)`);
    }
}
/** Findings whose path lies outside the workspace: counted, not annotated. */
function logOutside(logger, where, outside) {
    if (outside.findings === 0)
        return;
    const examples = outside.examples.map(path => (0,one_line/* oneLine */.TN)(path).slice(0, 200)).join(', ');
    logger.warning(`${where}: ${outside.findings} finding(s) with a path outside the workspace (counted, not annotated), e.g. ${examples}; if they come from another checkout or a container, map them with path-map (from=to)`);
}
/** The run's notes and the fingerprints that are placeholders. */
function logNotes(logger, where, run) {
    for (const note of run.notes)
        logger.warning(`${where}: ${(0,one_line/* oneLine */.TN)(note)}`);
    if (run.notesOmitted > 0)
        logger.warning(`${where}: ${run.notesOmitted} more such note(s), not listed`);
    for (const placeholder of run.placeholderFingerprints) {
        logger.info(`${where}: ${(0,one_line/* oneLine */.TN)(placeholder.name).slice(0, 100)} is ${JSON.stringify((0,one_line/* oneLine */.TN)(placeholder.value).slice(0, 100))} on ${placeholder.results} results that are different findings: a placeholder, not used to tell findings apart`);
    }
}
/** What the log should say about one run beyond its findings: mappings, outside paths, notes. */
function logRun(logger, file, run) {
    const where = `${(0,one_line/* oneLine */.TN)(file)}: ${(0,one_line/* oneLine */.TN)(run.tool)}`;
    for (const note of run.errorNotifications)
        logger.warning(`${where} reported an error (not part of the verdict): ${(0,one_line/* oneLine */.TN)(note).slice(0, 300)}`);
    if (run.executionNote !== undefined)
        logger.info(`${where}: ${(0,one_line/* oneLine */.TN)(run.executionNote)}`);
    logPaths(logger, where, run.paths);
    logOutside(logger, where, run.paths.outside);
    logNotes(logger, where, run);
}
function logTotals(logger, collection) {
    for (const tool of collection.tools) {
        logger.info(`${(0,one_line/* oneLine */.TN)(tool.tool)}: ${tool.results} result(s) read, ${tool.findings} finding(s) after de-duplication${tool.duplicates > 0 ? ` (${tool.duplicates} duplicate(s) merged)` : ''}`);
    }
}
/** SARIF bytes from which a scan holds its memory down (`memoryPlan`). */
const SAVE_MEMORY_FROM_BYTES = 16 * 1024 * 1024;
/**
 * How a scan holds its memory, from the size of its inputs (ARCHITECTURE.md, "Scan memory").
 * From `SAVE_MEMORY_FROM_BYTES` on, V8's memory saver mode: reading makes much short-lived
 * garbage (every result is parsed, then left), and by default V8 lets its young generation grow
 * to 64 MB and more and the old one well past what is live. And every finding goes to the spill
 * file, none is kept as an object: the first thousands would otherwise stay in the old
 * generation for the whole scan. Below that the heap stays small anyway, and both would only
 * cost time.
 */
function memoryPlan(inputs) {
    let bytes = 0;
    for (const input of inputs)
        bytes += sizeOf(input.path);
    return bytes < SAVE_MEMORY_FROM_BYTES ? { saverMode: false } : { saverMode: true, inMemory: 0 };
}
function sizeOf(path) {
    try {
        return (0,external_node_fs_.statSync)(path).size;
    }
    catch {
        return 0;
    }
}
/** Files in output-dir (known-good's own reports) are never an input: say which were left out. */
function logOwnOutput(logger, ownOutput) {
    if (ownOutput.length === 0)
        return;
    const examples = ownOutput.slice(0, 3).map(file => (0,one_line/* oneLine */.TN)(file).slice(0, 200));
    logger.info(`Left out ${ownOutput.length} file(s) in output-dir, known-good's own report directory (never an input): ${examples.join(', ')}${ownOutput.length > 3 ? ', …' : ''}`);
}
async function scan(config, deps) {
    const { logger } = deps;
    (0,output_dir/* prepareOutputDir */.g$)(config.outputDir);
    const expanded = await expandInputs(config.sarif, config.workspace, {
        outputDir: config.outputDir
    });
    logOwnOutput(logger, expanded.ownOutput);
    logger.info(`Reading ${expanded.files.length} SARIF file(s)`);
    const plan = memoryPlan(expanded.files);
    if (plan.saverMode) {
        (0,external_node_v8_.setFlagsFromString)('--memory-saver-mode');
        logger.debug('large inputs: V8 memory saver mode on, every finding in the spill file');
    }
    const inMemory = deps.findingsInMemory ?? plan.inMemory;
    const collection = await collectFindings(expanded.files, config.workspace, {
        pathMap: config.pathMap,
        ...(inMemory === undefined ? {} : { inMemory })
    });
    try {
        return await judgeAndReport(config, deps, expanded, collection);
    }
    finally {
        collection.store.close();
    }
}
/** What was read, file by file and tool by tool. */
function logCollection(logger, collection) {
    for (const file of collection.files) {
        if (file.status === 'failed')
            logger.warning((0,one_line/* oneLine */.TN)(file.error ?? file.file));
        if (file.status === 'skipped')
            logger.info(`${(0,one_line/* oneLine */.TN)(file.file)} ${file.skipped ?? 'skipped'}`);
        for (const run of file.summary?.runs ?? [])
            logRun(logger, file.file, run);
    }
    logTotals(logger, collection);
}
function verdictOutputs(record, files) {
    return {
        verdict: record.verdict,
        reasons: record.reasons.join('\n'),
        counts: JSON.stringify((0,verdict_record/* countsOutput */.kB)(record)),
        'verdict-file': files.verdict,
        'sarif-file': files.sarif,
        'sarif-sha256': record.sarifSha256,
        'report-dir': files.dir
    };
}
/** The job summary; a reporting channel that fails must not hide or flip the verdict. */
async function jobSummary(deps, record, decision, annotations) {
    if (!deps.writeJobSummary)
        return;
    const limits = { maxFindings: JOB_SUMMARY_MAX_FINDINGS, maxBytes: report_markdown/* JOB_SUMMARY_MAX_BYTES */.m9 };
    await (0,summary/* writeSummary */.S)(deps, (0,report_markdown/* renderMarkdown */.Gc)(record, decision.judged, { ...limits, annotations }));
}
/** The GitHub channels (check run, comment, …), when there is a GitHub to report to. */
async function publish(config, deps, context) {
    if (!config.github || !deps.github)
        return {};
    const full = {
        sha: config.github.sha,
        feedback: config.github.feedback,
        ...context,
        workspace: config.workspace,
        reportingTimeoutMs: config.github.reportingTimeoutMs
    };
    if (config.github.pullRequest)
        full.pullRequest = config.github.pullRequest;
    if (config.identity.runUrl)
        full.runUrl = config.identity.runUrl;
    // The GitHub channels load only when there is a GitHub to report to.
    const { publishToGitHub } = await __webpack_require__.e(/* import() */ 827).then(__webpack_require__.bind(__webpack_require__, 79827));
    return publishToGitHub(full, { ...deps.github, logger: deps.logger });
}
/** The verdict on what was read, and every report of it. */
async function judgeAndReport(config, deps, expanded, collection) {
    const { logger } = deps;
    logCollection(logger, collection);
    const decision = (0,verdict/* decide */.LD)(collection.store, inputProblems(expanded, collection), config.policy);
    const record = (0,verdict_record/* buildVerdictRecord */.NI)({
        decision,
        collection,
        unmatched: expanded.unmatched,
        policy: config.policy,
        identity: config.identity,
        now: deps.now()
    });
    const annotations = planAnnotations(decision.judged);
    const files = await writeReportFiles(config.outputDir, record, decision.judged, annotations);
    for (const cut of files.merged.cuts)
        logger.warning(`merged SARIF cut: ${(0,one_line/* oneLine */.TN)(cut)}`);
    const outputs = verdictOutputs(record, files);
    deps.setOutputs?.(outputs);
    if (config.annotations && deps.annotate)
        for (const annotation of annotations.annotations)
            deps.annotate(annotation);
    await jobSummary(deps, record, decision, annotations);
    const githubOutputs = await publish(config, deps, { record, judged: decision.judged, files });
    logOutcome(logger, record, decision);
    return { status: record.verdict, outputs: { ...githubOutputs, ...outputs } };
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

/***/ 54285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gc: () => (/* binding */ renderMarkdown),
/* harmony export */   Qw: () => (/* binding */ VERDICT_BADGE),
/* harmony export */   m9: () => (/* binding */ JOB_SUMMARY_MAX_BYTES),
/* harmony export */   o3: () => (/* binding */ safeLink)
/* harmony export */ });
/* unused harmony export MARKDOWN_MAX_LISTED */
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10182);
/* harmony import */ var _policy_order_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90762);
/* harmony import */ var _text_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(67388);



/**
 * GitHub's job summary: "up to 1 MiB of content per step"
 * (https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands#step-isolation-and-limits).
 */
const JOB_SUMMARY_MAX_BYTES = 1024 * 1024;
const VERDICT_BADGE = {
    clean: '✅ clean',
    blocked: '⛔ blocked',
    unknown: '❓ unknown (not clean)'
};
/** A link only for a plain http(s) URL; anything else is shown as escaped text. */
function safeLink(text, url) {
    const label = (0,_text_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(text, 200);
    if (url === undefined || !/^https?:\/\/[^\s()<>"'`\\]+$/i.test(url))
        return label;
    return `[${label}](${url})`;
}
/** The first `max` items, and a line saying how many more there are. */
function listed(items, max) {
    return { shown: items.slice(0, max), more: Math.max(0, items.length - max) };
}
/**
 * Reasons and input rows listed at most: 10,000 broken inputs must not push the job summary
 * over its 1 MiB (all of them are in verdict.json).
 */
const MARKDOWN_MAX_LISTED = 200;
function locationText(finding) {
    const location = finding.location;
    if (location === undefined)
        return '—';
    const lines = location.startLine === location.endLine
        ? `${location.startLine}`
        : `${location.startLine}–${location.endLine}`;
    const where = (0,_text_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(`${location.path}:${lines}`, 300);
    return location.outsideWorkspace ? `${where} (outside the workspace)` : where;
}
function findingRow(entry) {
    const f = entry.finding;
    const severity = `${f.severity}${entry.blocking ? ' ⛔' : ''}`;
    const rule = `${safeLink(f.ruleId, f.helpUri)}<br>${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(f.tool, 100)}`;
    const cwes = f.cwes.length > 0 ? `<br>${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(f.cwes.join(', '), 100)}` : '';
    return `| ${severity} | ${rule}${cwes} | ${locationText(f)} | ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(f.message, 500)} |`;
}
function countsTable(record) {
    const lines = ['| Severity | Counted | All findings |', '| --- | ---: | ---: |'];
    for (const severity of _model_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITIES */ .oC) {
        lines.push(`| ${severity} | ${record.counts.counted[severity]} | ${record.counts.all[severity]} |`);
    }
    return lines;
}
function toolTable(record, max) {
    const all = Object.keys(record.byTool).sort();
    if (all.length === 0)
        return [];
    const { shown: tools, more } = listed(all, max);
    const lines = [
        '',
        `| Tool | ${_model_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITIES */ .oC.join(' | ')} |`,
        `| --- |${' ---: |'.repeat(_model_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITIES */ .oC.length)}`
    ];
    for (const tool of tools) {
        const counts = record.byTool[tool];
        lines.push(`| ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(tool, 100)} | ${_model_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITIES */ .oC.map(s => counts[s]).join(' | ')} |`);
    }
    if (more > 0)
        lines.push('', `_${more} more tools are listed in verdict.json._`);
    return lines;
}
function notCounted(record) {
    const c = record.counts;
    const parts = [
        [c.suppressed, 'suppressed'],
        [c.excluded, 'excluded by path'],
        [c.allowed, 'of allowed rules'],
        [c.existing, 'existing (new-only)'],
        [c.fixed, 'fixed (baseline absent)'],
        [c.duplicates, 'duplicates merged']
    ].filter(([n]) => n > 0);
    return parts.length === 0
        ? ''
        : `Not counted: ${parts.map(([n, what]) => `${n} ${what}`).join(', ')}.`;
}
function inputsSection(record, max) {
    const lines = [
        '<details><summary>Inputs</summary>',
        '',
        '| File | Status | Tools | SHA-256 |',
        '| --- | --- | --- | --- |'
    ];
    const inputs = listed(record.inputs, max);
    for (const input of inputs.shown) {
        const tools = (input.runs ?? [])
            .map(r => `${r.tool}${r.version ? ` ${r.version}` : ''} (${r.findings})`)
            .join(', ');
        const status = input.status === 'read'
            ? 'read'
            : input.status === 'skipped'
                ? `skipped: ${input.skipped ?? ''}`
                : `failed: ${input.error ?? ''}`;
        lines.push(`| ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(input.file, 300)} | ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(status, 500)} | ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(tools, 300)} | ${input.sha256 ? `\`${input.sha256.slice(0, 12)}\`` : '—'} |`);
    }
    const patterns = listed(record.unmatchedPatterns, Math.max(0, max - inputs.shown.length));
    for (const pattern of patterns.shown)
        lines.push(`| ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(pattern, 300)} | matched no file | — | — |`);
    if (inputs.more + patterns.more > 0)
        lines.push('', `_${inputs.more + patterns.more} more inputs are listed in verdict.json._`);
    lines.push('', '</details>');
    return lines;
}
function policyLine(record) {
    const p = record.policy;
    const parts = [`fail-on ${p.failOn}`];
    const max = Object.entries(p.maxCounts).map(([s, n]) => `${s}=${n}`);
    if (max.length > 0)
        parts.push(`max-counts ${max.join(', ')}`);
    if (p.newOnly)
        parts.push('new-only');
    if (p.countSuppressed)
        parts.push('count-suppressed');
    if (p.include.length > 0)
        parts.push(`include ${p.include.join(', ')}`);
    if (p.exclude.length > 0)
        parts.push(`exclude ${p.exclude.join(', ')}`);
    if (p.allowRules.length > 0)
        parts.push(`allow-rules ${p.allowRules.join(', ')}`);
    if (p.denyRules.length > 0)
        parts.push(`deny-rules ${p.denyRules.join(', ')}`);
    return `Policy: ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(parts.join('; '), 2000)}.`;
}
function render(record, 
/** The first counted findings in order (as many as rows may show) and how many are counted. */
counted, rows, options, maxListed = MARKDOWN_MAX_LISTED) {
    const lines = [`## known-good: ${VERDICT_BADGE[record.verdict]}`, ''];
    const reasons = listed(record.reasons, maxListed);
    for (const reason of reasons.shown)
        lines.push(`- ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(reason, 1000)}`);
    if (reasons.more > 0)
        lines.push(`- _${reasons.more} more reasons are listed in verdict.json._`);
    lines.push('', ...countsTable(record), ...toolTable(record, maxListed), '');
    if (counted.total > 0) {
        lines.push(`### Findings (${Math.min(rows, counted.total)} of ${counted.total} counted, most severe first)`, '');
        lines.push('| Severity | Rule | Location | Message |', '| --- | --- | --- | --- |');
        for (const entry of counted.first.slice(0, rows))
            lines.push(findingRow(entry));
        if (counted.total > rows) {
            lines.push('', `_${counted.total - rows} more counted findings are in the report files (verdict JSON, merged SARIF)._`);
        }
        lines.push('');
    }
    const omitted = options.annotations?.omitted;
    if (omitted && omitted.error + omitted.warning + omitted.notice > 0) {
        lines.push(`GitHub shows 10 annotations per level per step: ${omitted.error} errors, ${omitted.warning} warnings and ${omitted.notice} notices more are listed here and in the report files, not as annotations.`, '');
    }
    const skipped = notCounted(record);
    if (skipped)
        lines.push(skipped, '');
    lines.push(policyLine(record), '');
    const id = record.identity;
    const run = id.runUrl ? safeLink('CI run', id.runUrl) : undefined;
    const commit = id.commit
        ? `commit \`${id.commit.slice(0, 12).replace(/[^0-9a-fA-F]/g, '')}\``
        : undefined;
    if (run || commit)
        lines.push(`${[commit, run].filter(Boolean).join(' · ')}`, '');
    lines.push(...inputsSection(record, maxListed), '');
    return lines.join('\n');
}
/**
 * The verdict as Markdown, cut to fit `maxBytes`: fewer finding rows until it fits, then fewer
 * reasons and input rows; what is left out is counted in the text.
 */
function renderMarkdown(record, judged, options) {
    // Only the rows that can be shown are kept: a bounded top of the one order, not a copy.
    const counted = (0,_policy_order_js__WEBPACK_IMPORTED_MODULE_0__/* .firstOf */ .Ku)((0,_policy_order_js__WEBPACK_IMPORTED_MODULE_0__/* .countedOf */ .MJ)(judged), options.maxFindings);
    let rows = options.maxFindings;
    let maxListed = options.maxListed ?? MARKDOWN_MAX_LISTED;
    for (;;) {
        const text = render(record, counted, rows, options, maxListed);
        if (Buffer.byteLength(text, 'utf8') <= options.maxBytes || (rows === 0 && maxListed === 0))
            return text;
        if (rows > 0)
            rows = Math.floor(rows / 2);
        else
            maxListed = Math.floor(maxListed / 2);
    }
}


/***/ }),

/***/ 77644:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pp: () => (/* binding */ resultObject),
/* harmony export */   r8: () => (/* binding */ SARIF_UPLOAD_LIMITS),
/* harmony export */   tY: () => (/* binding */ writeMergedSarif),
/* harmony export */   u7: () => (/* binding */ ruleDescriptor),
/* harmony export */   yR: () => (/* binding */ slug)
/* harmony export */ });
/* unused harmony export FINGERPRINT_KEY */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _policy_order_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90762);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(311);
/* harmony import */ var _sarif_message_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38146);
/* harmony import */ var _file_writer_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2796);






/**
 * GitHub code scanning's upload limits
 * (https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning#file-size-and-result-limits):
 * "Maximum size of a gzip-compressed SARIF file: 10 MB", 20 runs per file, 25,000 results and
 * 25,000 rules per run, 100 tool extensions per run. Since June 2025 runs of one upload must not
 * share tool and category, so every run gets its own `automationDetails.id`.
 */
const SARIF_UPLOAD_LIMITS = {
    gzipBytes: 10 * 1000 * 1000,
    runs: 20,
    resultsPerRun: 25_000,
    rulesPerRun: 25_000
};
const FINGERPRINT_KEY = 'knownGood/v1';
function ruleDescriptor(finding) {
    const rule = { id: finding.ruleId };
    if (finding.ruleName !== undefined)
        rule.name = finding.ruleName;
    if (finding.ruleDescription !== undefined)
        rule.shortDescription = { text: finding.ruleDescription };
    if (finding.helpUri !== undefined)
        rule.helpUri = finding.helpUri;
    const properties = {};
    if (finding.cwes.length > 0)
        properties.tags = finding.cwes.map(cwe => `external/cwe/${cwe.toLowerCase()}`);
    if (finding.securitySeverity !== undefined)
        properties['security-severity'] = finding.securitySeverity.toFixed(1);
    if (Object.keys(properties).length > 0)
        rule.properties = properties;
    return rule;
}
/**
 * The message as SARIF writes it (§3.11.5): a template filled by arguments keeps both, so that
 * a consumer fills it as the tool meant; other text has its braces escaped (`{` → `{{`). A
 * template longer than a finding's message may be is written filled instead: written once per
 * result, it would repeat a shared `messageStrings` template in every one.
 */
function messageObject(f) {
    if (f.messageTemplate !== undefined &&
        f.messageArguments !== undefined &&
        f.messageTemplate.length <= _sarif_message_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_MESSAGE_CHARS */ .hP)
        return { text: f.messageTemplate, arguments: f.messageArguments };
    return { text: (0,_sarif_message_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeBraces */ .Qq)(f.message || f.ruleId) };
}
function resultObject(entry, ruleIndex) {
    const f = entry.finding;
    const result = {
        ruleId: f.ruleId,
        ruleIndex,
        level: f.level,
        message: messageObject(f),
        partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
        properties: { severity: f.severity, disposition: entry.disposition, blocking: entry.blocking }
    };
    if (f.location !== undefined) {
        const region = {
            startLine: f.location.startLine,
            endLine: f.location.endLine
        };
        if (f.location.startColumn !== undefined)
            region.startColumn = f.location.startColumn;
        if (f.location.endColumn !== undefined)
            region.endColumn = f.location.endColumn;
        const artifactLocation = f.location.outsideWorkspace
            ? { uri: f.location.path }
            : { uri: encodeURI(f.location.path), uriBaseId: '%SRCROOT%' };
        result.locations = [{ physicalLocation: { artifactLocation, region } }];
    }
    if (f.suppressed)
        result.suppressions = [{ kind: 'external', status: 'accepted' }];
    if (f.baselineState !== undefined)
        result.baselineState = f.baselineState;
    return result;
}
function slug(text) {
    return (text
        .toLowerCase()
        .replace(/[^a-z0-9._-]+/g, '-')
        .replace(/^-+|-+$/g, '') || 'tool');
}
function write(path, byTool, limits, cuts) {
    const tools = [...byTool.keys()].sort();
    let runs = 0;
    let results = 0;
    const bytes = (0,_file_writer_js__WEBPACK_IMPORTED_MODULE_3__/* .writeFileAtomically */ .lo)(path, out => {
        out.write('{"$schema":"https://json.schemastore.org/sarif-2.1.0.json","version":"2.1.0","runs":[');
        const categories = new Set();
        for (const tool of tools.slice(0, limits.runs)) {
            const entries = byTool.get(tool);
            const rules = new Map();
            const descriptors = [];
            // Which entries are kept, and each one's rule index: a number each, not the finding, so
            // that a run of many results holds none of them while it is written.
            const ruleIndex = new Int32Array(entries.length).fill(-1);
            let keptCount = 0;
            let position = -1;
            for (const entry of entries) {
                position++;
                if (keptCount >= limits.resultsPerRun)
                    break;
                let index = rules.get(entry.finding.ruleId);
                if (index === undefined) {
                    if (descriptors.length >= limits.rulesPerRun)
                        continue;
                    index = descriptors.length;
                    rules.set(entry.finding.ruleId, index);
                    descriptors.push(ruleDescriptor(entry.finding));
                }
                ruleIndex[position] = index;
                keptCount++;
            }
            if (keptCount < entries.length)
                cuts.push(`${tool}: ${entries.length - keptCount} of ${entries.length} results left out (at most ${limits.resultsPerRun} results and ${limits.rulesPerRun} rules per run; most severe kept)`);
            let category = `${_version_js__WEBPACK_IMPORTED_MODULE_5__/* .PRODUCT */ .A}/${slug(tool)}/`;
            for (let n = 2; categories.has(category); n++)
                category = `${_version_js__WEBPACK_IMPORTED_MODULE_5__/* .PRODUCT */ .A}/${slug(tool)}-${n}/`;
            categories.add(category);
            const version = entries.first(1)[0]?.finding.toolVersion;
            const driver = { name: tool, rules: descriptors };
            if (version !== undefined)
                driver.semanticVersion = version;
            const run = {
                tool: { driver },
                automationDetails: { id: category },
                properties: { mergedBy: `${_version_js__WEBPACK_IMPORTED_MODULE_5__/* .PRODUCT */ .A} ${_version_js__WEBPACK_IMPORTED_MODULE_5__/* .VERSION */ .x}` }
            };
            const header = JSON.stringify(run);
            out.write(`${runs > 0 ? ',' : ''}${header.slice(0, -1)},"results":[`);
            let written = 0;
            position = -1;
            for (const entry of entries) {
                position++;
                if (written >= keptCount)
                    break;
                const index = ruleIndex[position];
                if (index < 0)
                    continue;
                out.write(`${written++ > 0 ? ',' : ''}${JSON.stringify(resultObject(entry, index))}`);
            }
            out.write(']}');
            runs++;
            results += keptCount;
        }
        out.write(']}\n');
    });
    if (tools.length > limits.runs)
        cuts.push(`${tools.length - limits.runs} tools left out (at most ${limits.runs} runs per file)`);
    return { bytes, runs, results };
}
async function gzipSize(path) {
    let size = 0;
    const gzip = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(path).pipe((0,node_zlib__WEBPACK_IMPORTED_MODULE_1__.createGzip)());
    for await (const chunk of gzip)
        size += chunk.length;
    return size;
}
/**
 * One SARIF file for upload: one run per tool, most severe results first, within GitHub's
 * limits. When the gzipped file would exceed 10 MB, fewer results per run are kept until it fits;
 * every cut is named in `cuts`.
 */
async function writeMergedSarif(path, judged) {
    const byTool = (0,_policy_order_js__WEBPACK_IMPORTED_MODULE_2__/* .byTool */ .MU)(judged);
    let limits = { ...SARIF_UPLOAD_LIMITS };
    for (;;) {
        const cuts = [];
        const written = write(path, byTool, limits, cuts);
        const gzipBytes = await gzipSize(path);
        if (gzipBytes <= SARIF_UPLOAD_LIMITS.gzipBytes || limits.resultsPerRun <= 1) {
            if (limits.resultsPerRun < SARIF_UPLOAD_LIMITS.resultsPerRun) {
                cuts.push(`results per run reduced to ${limits.resultsPerRun} to stay under ${SARIF_UPLOAD_LIMITS.gzipBytes / 1e6} MB gzipped`);
            }
            return { ...written, gzipBytes, cuts };
        }
        const ratio = SARIF_UPLOAD_LIMITS.gzipBytes / gzipBytes;
        limits = {
            ...limits,
            resultsPerRun: Math.max(1, Math.floor(limits.resultsPerRun * ratio * 0.95))
        };
    }
}


/***/ }),

/***/ 89907:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g$: () => (/* binding */ prepareOutputDir),
/* harmony export */   u_: () => (/* binding */ reportWriteError),
/* harmony export */   up: () => (/* binding */ outputDirProblem)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);




/*
 * The report directory: whether it can hold the reports, made and proven writable before any
 * input is read, and a failure to write in it said as the setting to change. Apart from the
 * reports themselves, so that reading the configuration loads none of them.
 */
function errorCode(error) {
    const code = error?.code;
    return typeof code === 'string' ? code : undefined;
}
/** File system error codes in words, for the person who has to pick another directory. */
const FS_PROBLEMS = {
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EROFS: 'read-only file system',
    EEXIST: 'something that is not a directory is in the way',
    ENOTDIR: 'a part of the path is not a directory',
    EISDIR: 'a directory is where a report file goes',
    ELOOP: 'a symbolic link loop',
    ENAMETOOLONG: 'the name is too long',
    ENOSPC: 'no space left on the device',
    EDQUOT: 'the disk quota is used up'
};
function fsProblem(code) {
    return (code && FS_PROBLEMS[code]) ?? code ?? 'unknown error';
}
function kindOf(stats) {
    if (stats.isFile())
        return 'a file';
    if (stats.isCharacterDevice())
        return 'a character device';
    if (stats.isBlockDevice())
        return 'a block device';
    if (stats.isFIFO())
        return 'a named pipe (FIFO)';
    if (stats.isSocket())
        return 'a socket';
    return 'not a directory';
}
/**
 * What keeps `dir` from being the report directory, or undefined when it is a writable
 * directory or can be created in one. Only reads: nothing is created here.
 */
function outputDirProblem(dir) {
    for (let at = dir;; at = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(at)) {
        let stats;
        try {
            stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(at);
        }
        catch (error) {
            const code = errorCode(error);
            if (code === 'ENOENT' && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(at, { throwIfNoEntry: false })?.isSymbolicLink())
                return `${at} is a symbolic link to nothing`;
            if (code === 'ENOENT' && (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(at) !== at)
                continue;
            return `${at} cannot be used (${fsProblem(code)})`;
        }
        const what = at === dir ? at : `${at}, a parent of it,`;
        if (!stats.isDirectory())
            return `${what} is ${kindOf(stats)}, not a directory`;
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(at, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK);
        }
        catch {
            return `${what} is not writable by this step`;
        }
        return undefined;
    }
}
/** A failure to write the report files: an environment problem the user fixes by output-dir. */
function reportWriteError(dir, error) {
    const code = errorCode(error);
    if (code === undefined || !/^E[A-Z]+$/.test(code))
        return error;
    const message = (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .getErrorMessage */ .u1)(error);
    const detail = message.startsWith(code) ? message : `${fsProblem(code)} (${message})`;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`could not write the report files to ${dir}: ${detail}: set output-dir to a directory this step can write`, { cause: error });
}
/**
 * Makes the report directory and proves it writable before any input is read, so that a
 * directory that cannot hold the reports fails at once and not after the scan.
 */
function prepareOutputDir(dir) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { recursive: true });
        const probe = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, `.known-good-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomBytes)(6).toString('hex')}.probe`);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(probe, 'wx'));
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(probe, { force: true });
    }
    catch (error) {
        throw reportWriteError(dir, error);
    }
}


/***/ }),

/***/ 64633:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z1: () => (/* binding */ isAbsolutePath),
/* harmony export */   bx: () => (/* binding */ baseOf),
/* harmony export */   c8: () => (/* binding */ resolveArtifactPath),
/* harmony export */   uT: () => (/* binding */ normaliseSlashes)
/* harmony export */ });
/* unused harmony exports MAX_PATH_CHARS, MAX_URI_CHARS, MAX_BASE_CHAIN, MAX_UNUSABLE_PATH_CHARS, toWorkspacePath */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/** The longest path a finding keeps, in characters: Linux's PATH_MAX is 4,096 bytes. */
const MAX_PATH_CHARS = 4096;
/** A location's URI is built (with its bases, percent-encoded) up to this length. */
const MAX_URI_CHARS = 3 * MAX_PATH_CHARS;
/** Base ids that name the root of the scanned sources (`%SRCROOT%`, `SRCROOT`, `SRCROOT0`). */
const SOURCE_ROOT_ID = /^%?SRCROOT\d*%?$/i;
/** Chains of `uriBaseId`s longer than this are refused. */
const MAX_BASE_CHAIN = 16;
function shortId(id) {
    return JSON.stringify(id.length > 60 ? `${id.slice(0, 59)}…` : id);
}
/**
 * What a finding keeps of a path that could not be resolved: enough to recognise it. It names
 * no file, so nothing is lost by cutting it short, and a log of small results under long
 * bases does not make every report repeat kilobytes per finding.
 */
const MAX_UNUSABLE_PATH_CHARS = 256;
function unusable(full, problem) {
    const path = full.length > MAX_UNUSABLE_PATH_CHARS ? `${full.slice(0, MAX_UNUSABLE_PATH_CHARS - 1)}…` : full;
    return { path, outsideWorkspace: true, problem };
}
/**
 * Turns a SARIF artifact location into a repository-relative path (SARIF 2.1.0 §3.4.4, §3.14.14):
 * `index`-only references go through `run.artifacts`, `uriBaseId`s through
 * `run.originalUriBaseIds`, `file://` URIs and percent-encoding are decoded. A base the log does
 * not define (typically `%SRCROOT%`) is taken as the workspace root. A path that leaves the
 * workspace is returned as written with `outsideWorkspace` set: it is reported, never opened.
 */
function resolveArtifactPath(location, context, workspace) {
    if (location === undefined || location === null || typeof location !== 'object')
        return undefined;
    let uri = location.uri;
    let baseId = location.uriBaseId;
    if (typeof uri !== 'string' && typeof location.index === 'number') {
        const artifact = context.artifacts?.[location.index]?.location;
        uri = artifact?.uri;
        baseId = baseId ?? artifact?.uriBaseId;
    }
    if (typeof uri !== 'string' || uri === '')
        return undefined;
    if (uri.length > MAX_URI_CHARS)
        return unusable(uri, `a URI of ${uri.length} characters (at most ${MAX_URI_CHARS} are read)`);
    let full = uri;
    let belowSource;
    const chain = [];
    while (!hasScheme(full) && typeof baseId === 'string') {
        const base = baseOf(context, baseId);
        if (base === undefined || typeof base.uri !== 'string')
            break;
        if (chain.includes(baseId)) {
            const cycle = [...chain.slice(chain.indexOf(baseId)), baseId].map(shortId).join(' → ');
            return unusable(full, `a cycle of uriBaseIds (${cycle})`);
        }
        chain.push(baseId);
        if (chain.length > MAX_BASE_CHAIN)
            return unusable(full, `a chain of more than ${MAX_BASE_CHAIN} uriBaseIds`);
        if (belowSource === undefined && SOURCE_ROOT_ID.test(baseId)) {
            const root = absoluteRoot(base.uri);
            const rest = relativeBelow(full);
            if (root !== undefined && rest !== undefined)
                belowSource = { root, rest };
        }
        full = joinUri(base.uri, full);
        if (full.length > MAX_URI_CHARS)
            return unusable(full, `a URI of more than ${MAX_URI_CHARS} characters with its uriBaseIds (${chain.map(shortId).join(' → ')})`);
        baseId = base.uriBaseId;
    }
    const resolved = toWorkspacePath(full, workspace);
    if (resolved.path.length > MAX_PATH_CHARS)
        return unusable(resolved.path, `a path of ${resolved.path.length} characters (at most ${MAX_PATH_CHARS} are kept)`);
    if (resolved.outsideWorkspace && belowSource !== undefined)
        resolved.sourceRoot = belowSource;
    return resolved;
}
/** A base of `originalUriBaseIds` (ids come from the log: own members only). */
function baseOf(context, id) {
    const bases = context.originalUriBaseIds;
    if (bases === undefined || !Object.hasOwn(bases, id))
        return undefined;
    const base = bases[id];
    return typeof base === 'object' && base !== null ? base : undefined;
}
/** A base URI that is an absolute local path (`file:///src/`, `/src`), without its last slash. */
function absoluteRoot(uri) {
    let path;
    if (/^file:/i.test(uri)) {
        const rest = uri.slice(5);
        if (rest.startsWith('//') && !rest.startsWith('///') && !/^\/\/localhost\//i.test(rest))
            return undefined;
        path = normaliseSlashes(decode(rest.replace(/^\/\/(localhost)?/i, '')));
    }
    else if (hasScheme(uri) && !/^[A-Za-z]:[\\/]/.test(uri)) {
        return undefined;
    }
    else {
        path = normaliseSlashes(decode(uri));
    }
    if (!isAbsolutePath(path))
        return undefined;
    return node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(path).replace(/\/+$/, '') || '/';
}
/** A relative URI reference as a normalised relative path, unless it is absolute or climbs out. */
function relativeBelow(uri) {
    if (hasScheme(uri))
        return undefined;
    const path = normaliseSlashes(decode(uri));
    if (isAbsolutePath(path))
        return undefined;
    const normal = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(path);
    if (normal === '.' || normal === '..' || normal.startsWith('../'))
        return undefined;
    return normal;
}
function hasScheme(uri) {
    return /^[a-z][a-z0-9+.-]+:/i.test(uri);
}
function joinUri(base, relative) {
    if (base === '')
        return relative;
    return base.endsWith('/') ? base + relative : `${base}/${relative}`;
}
function decode(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}
/** `/`-separated, with a Windows drive's leading slash (`/C:/…`) removed. */
function normaliseSlashes(path) {
    const slashed = path.replace(/\\/g, '/');
    return /^\/[A-Za-z]:\//.test(slashed) ? slashed.slice(1) : slashed;
}
function isAbsolutePath(path) {
    return path.startsWith('/') || /^[A-Za-z]:\//.test(path);
}
function toWorkspacePath(uri, workspace) {
    let path;
    if (/^file:/i.test(uri)) {
        const rest = uri.slice(5);
        if (rest.startsWith('//') && !rest.startsWith('///') && !/^\/\/localhost\//i.test(rest)) {
            return { path: uri, outsideWorkspace: true }; // a file on another host
        }
        path = normaliseSlashes(decode(rest.replace(/^\/\/(localhost)?/i, '')));
    }
    else if (hasScheme(uri) && !/^[A-Za-z]:[\\/]/.test(uri)) {
        return { path: uri, outsideWorkspace: true }; // http:, https:, …: not a file here
    }
    else {
        path = normaliseSlashes(decode(uri));
    }
    const root = normaliseSlashes(workspace).replace(/\/+$/, '');
    const absolute = isAbsolutePath(path) ? node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(path) : node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(root, path);
    const caseless = /^[A-Za-z]:\//.test(root);
    const inside = caseless
        ? absolute.toLowerCase().startsWith(`${root.toLowerCase()}/`)
        : absolute.startsWith(`${root}/`);
    if (inside)
        return { path: absolute.slice(root.length + 1), outsideWorkspace: false };
    if (isAbsolutePath(path))
        return { path: absolute, outsideWorkspace: true };
    return { path: node_path__WEBPACK_IMPORTED_MODULE_0__.posix.relative(root, absolute) || '.', outsideWorkspace: true };
}


/***/ }),

/***/ 38146:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ resultMessage),
/* harmony export */   Qq: () => (/* binding */ escapeBraces),
/* harmony export */   hP: () => (/* binding */ MAX_MESSAGE_CHARS)
/* harmony export */ });
/* unused harmony export formatMessage */
/* harmony import */ var _util_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74976);
/* harmony import */ var _text_one_line_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73854);


/**
 * The longest message a finding keeps, in UTF-16 code units, whatever it came from: plain
 * `text`, a `messageStrings` template, or a template filled with arguments. A template such as
 * `{0}{0}{0}…` repeated thousands of times over a long argument would otherwise grow each
 * finding, and every report that shows it, far beyond the log it came from.
 */
const MAX_MESSAGE_CHARS = 4096;
/** `{{`, `}}` or a placeholder `{n}` with `n` a non-negative integer without leading zeros. */
const FORMAT_TOKEN = /\{\{|\}\}|\{(0|[1-9]\d{0,8})\}/g;
const PLACEHOLDER = /\{(0|[1-9]\d{0,8})\}/;
/**
 * Fills a SARIF message string (§3.11.5): `{n}` becomes argument `n`; `{{` and `}}` are literal
 * braces. A placeholder without its argument is left as written, as is any other brace. The
 * arguments substituted are bounded by `max`, and so is the result (an ellipsis marks the cut).
 */
function formatMessage(template, args, max = MAX_MESSAGE_CHARS) {
    return fill(template, args, max).text;
}
/** The filled message, and whether it had to be cut to `max`. */
function fill(template, args, max) {
    if (!template.includes('{') && !template.includes('}'))
        return { text: (0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(template, max), cut: template.length > max };
    // Literal text between tokens is copied as it is (bounded by the template); what the
    // arguments add is counted, so that the text built is never much longer than the cap.
    let budget = max + 1;
    const filled = template.replace(FORMAT_TOKEN, (token, index) => {
        if (index === undefined)
            return token[0];
        const value = args?.[Number(index)];
        if (value === undefined)
            return token;
        if (budget <= 0)
            return '';
        const piece = value.length > budget ? value.slice(0, budget) : value;
        budget -= piece.length;
        return piece;
    });
    return { text: (0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(filled, max), cut: filled.length > max };
}
/** Braces written as SARIF message strings need them (`{` → `{{`), for text without arguments. */
function escapeBraces(text) {
    return text.replace(/[{}]/g, '$&$&');
}
/**
 * Message arguments as strings (§3.11.11 says they are strings; numbers and booleans are taken
 * as written). Anything else leaves its placeholder unfilled.
 */
function argumentsOf(message) {
    if (!Array.isArray(message.arguments))
        return undefined;
    return message.arguments.map(value => typeof value === 'string'
        ? value
        : typeof value === 'number' || typeof value === 'boolean'
            ? String(value)
            : undefined);
}
/**
 * A result's message (§3.11): `text`; else `id` looked up in the rule's `messageStrings`, then
 * the driver's `globalMessageStrings` (§3.11.7); else `markdown`, shown as plain text. `text` is
 * preferred over `markdown` everywhere: a tool's Markdown is never rendered. An `id` that names
 * no string is shown as the id.
 */
function resultMessage(value, lookup) {
    const message = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(value) ? value : undefined;
    if (message === undefined)
        return { text: '' };
    let template = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(message.text);
    if (template === undefined) {
        const id = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(message.id);
        if (id !== undefined)
            template = lookup(id) ?? id;
    }
    template ??= (0,_util_json_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(message.markdown) ?? '';
    const args = argumentsOf(message);
    const { text, cut } = fill(template, args, MAX_MESSAGE_CHARS);
    // The template and its arguments are kept (for the merged SARIF) only when what they expand
    // to fits the cap: a consumer that fills them again then gets no more than we showed.
    if (cut || args === undefined || args.length === 0 || !PLACEHOLDER.test(template))
        return { text };
    return { text, template, arguments: args.map(a => a ?? '') };
}


/***/ }),

/***/ 95693:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gs: () => (/* binding */ RunPathMapper),
/* harmony export */   b$: () => (/* binding */ WorkspaceFiles),
/* harmony export */   dI: () => (/* binding */ parsePathMapEntry)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _locations_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64633);



function decodePath(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}
/** `file:///src/`, `/src/`, `C:\src` → `/src`, `C:/src`. */
function foreignRoot(text) {
    let path = text.trim();
    if (/^file:/i.test(path)) {
        const rest = path.slice(5);
        if (rest.startsWith('//') && !rest.startsWith('///') && !/^\/\/localhost\//i.test(rest))
            return undefined;
        path = decodePath(rest.replace(/^\/\/(localhost)?/i, ''));
    }
    path = (0,_locations_js__WEBPACK_IMPORTED_MODULE_2__/* .normaliseSlashes */ .uT)(path);
    if (!(0,_locations_js__WEBPACK_IMPORTED_MODULE_2__/* .isAbsolutePath */ .Z1)(path))
        return undefined;
    return node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(path).replace(/\/+$/, '');
}
/**
 * Reads one `path-map` entry. Returns the entry, or what is wrong with it (the caller names the
 * input). `to` may be relative to the workspace or absolute inside it; it may not leave it.
 */
function parsePathMapEntry(line, workspace) {
    const eq = line.lastIndexOf('=');
    if (eq <= 0)
        return 'expected from=to: a path prefix where the scanner ran, = the same place here';
    const from = foreignRoot(line.slice(0, eq));
    if (from === undefined)
        return `the part before '=' must be an absolute path or file:// URI on the scanner's machine (e.g. /src or C:\\build\\app)`;
    let to = (0,_locations_js__WEBPACK_IMPORTED_MODULE_2__/* .normaliseSlashes */ .uT)(line.slice(eq + 1).trim());
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(to) || (0,_locations_js__WEBPACK_IMPORTED_MODULE_2__/* .isAbsolutePath */ .Z1)(to)) {
        const inside = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(workspace, to);
        if (inside.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(inside))
            return `the part after '=' must be inside the workspace (${workspace}); give it relative to the workspace, e.g. /src=. or /src=services/api`;
        to = inside;
    }
    to = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(to === '' ? '.' : to.split('\\').join('/'));
    if (to === '..' || to.startsWith('../'))
        return `the part after '=' must not leave the workspace; give it relative to the workspace, e.g. /src=. or /src=services/api`;
    return { from, to: to === '.' ? '' : to.replace(/\/+$/, '') };
}
/** Remembered per scan: which workspace-relative paths are files. */
class WorkspaceFiles {
    root;
    known = new Map();
    constructor(root) {
        this.root = root;
    }
    isFile(path) {
        const cached = this.known.get(path);
        if (cached !== undefined)
            return cached;
        let found;
        try {
            found = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.root, path), { throwIfNoEntry: false })?.isFile() === true;
        }
        catch {
            // ENOTDIR, ENAMETOOLONG, EACCES, ELOOP: not a file this scan can name.
            found = false;
        }
        if (this.known.size < MAX_REMEMBERED)
            this.known.set(path, found);
        return found;
    }
}
const MAX_REMEMBERED = 100_000;
/** Suffixes tried per path: real repository paths are not this deep. */
const MAX_SUFFIX_SEGMENTS = 32;
/** Suffix searches per run (each stats up to `MAX_SUFFIX_SEGMENTS` paths). */
const MAX_SEARCHES = 5_000;
const OUTSIDE_EXAMPLES = 3;
/** True when `path` is `prefix` or below it. Drive-letter paths compare without case. */
function under(path, prefix) {
    if (/^[A-Za-z]:/.test(prefix)) {
        const lower = path.toLowerCase();
        const p = prefix.toLowerCase();
        return lower === p || lower.startsWith(`${p}/`);
    }
    return path === prefix || path.startsWith(`${prefix}/`);
}
function below(path, prefix) {
    return path.length === prefix.length ? '' : path.slice(prefix.length + 1);
}
/**
 * Brings the paths of one run that leave the workspace back into it, when that is safe:
 * 1. `path-map` entries (the longest `from` that matches);
 * 2. the run's own source root: a path given relative to a `%SRCROOT%`-like base
 *    (`originalUriBaseIds`, §3.14.14) whose URI is on another machine is that path here;
 * 3. the longest suffix of the path that names a file in the workspace. That suffix implies the
 *    root the scanner ran in; when two paths of one run imply different roots the mapping is
 *    ambiguous and given up for the whole run (the reader then reads it again without it).
 * A path that still leaves the workspace is counted and reported; it is never opened.
 */
class RunPathMapper {
    files;
    applied = new Map();
    mapped = new Map();
    outsideFindings = 0;
    outsideExamples = [];
    root;
    searches = 0;
    /** False once the suffix mapping turned out ambiguous. */
    auto = true;
    ambiguousRoots;
    entries;
    constructor(entries, files) {
        this.files = files;
        this.entries = [...entries].sort((a, b) => b.from.length - a.from.length);
    }
    /** Forget what was counted: the run is read again. */
    restart() {
        this.applied = new Map();
        this.mapped = new Map();
        this.outsideFindings = 0;
        this.outsideExamples = [];
        this.root = undefined;
        this.searches = 0;
    }
    /** The path as the finding keeps it; counts paths that stay outside when `count` is set. */
    map(resolved, count) {
        if (!resolved.outsideWorkspace)
            return resolved;
        // A path that could not be resolved (a cycle, beyond the caps) is never mapped.
        const mapped = resolved.problem === undefined ? this.tryMap(resolved) : undefined;
        if (mapped !== undefined)
            return { path: mapped, outsideWorkspace: false };
        if (count) {
            this.outsideFindings++;
            if (this.outsideExamples.length < OUTSIDE_EXAMPLES &&
                !this.outsideExamples.includes(resolved.path))
                this.outsideExamples.push(resolved.path);
        }
        return resolved;
    }
    report() {
        const report = {
            mappings: [...this.applied.values()],
            outside: { findings: this.outsideFindings, examples: [...this.outsideExamples] }
        };
        if (this.ambiguousRoots)
            report.ambiguousRoots = this.ambiguousRoots;
        return report;
    }
    note(how, from, to) {
        const key = `${how}\u0000${from}\u0000${to}`;
        const entry = this.applied.get(key);
        if (entry)
            entry.paths++;
        else
            this.applied.set(key, { how, from, to, paths: 1 });
    }
    tryMap(resolved) {
        const path = resolved.path;
        const known = this.mapped.get(path);
        if (known !== undefined)
            return known ?? undefined;
        const found = this.search(resolved);
        if (this.mapped.size < MAX_REMEMBERED)
            this.mapped.set(path, found ?? null);
        return found;
    }
    search(resolved) {
        const path = resolved.path;
        if (!(0,_locations_js__WEBPACK_IMPORTED_MODULE_2__/* .isAbsolutePath */ .Z1)(path))
            return undefined;
        for (const entry of this.entries) {
            if (!under(path, entry.from))
                continue;
            const rest = below(path, entry.from);
            this.note('path-map', entry.from === '' ? '/' : entry.from, entry.to);
            return entry.to === '' ? rest || '.' : rest === '' ? entry.to : `${entry.to}/${rest}`;
        }
        const source = resolved.sourceRoot;
        if (source !== undefined) {
            this.note('source-root', source.root, '');
            return source.rest;
        }
        if (!this.auto || this.files === undefined)
            return undefined;
        if (this.root !== undefined && under(path, this.root)) {
            const rest = below(path, this.root);
            if (rest === '' || !this.files.isFile(rest))
                return undefined;
            this.note('suffix', this.root, '');
            return rest;
        }
        if (this.searches >= MAX_SEARCHES)
            return undefined;
        this.searches++;
        const segments = path.split('/');
        const first = Math.max(1, segments.length - MAX_SUFFIX_SEGMENTS);
        for (let i = first; i < segments.length; i++) {
            const suffix = segments.slice(i).join('/');
            if (!this.files.isFile(suffix))
                continue;
            const root = segments.slice(0, i).join('/');
            if (this.root === undefined)
                this.root = root;
            else if (root !== this.root) {
                this.auto = false;
                this.ambiguousRoots = [this.root, root || '/'];
                return undefined;
            }
            this.note('suffix', root || '/', '');
            return suffix;
        }
        return undefined;
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
