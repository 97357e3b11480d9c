export const id = 622;
export const ids = [622,324];
export const modules = {

/***/ 47645:
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
        deps.logger.warning(`could not write the job summary: ${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorMessage */ .u)(error))}`);
    }
}


/***/ }),

/***/ 3622:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  scan: () => (/* binding */ scan)
});

// UNUSED EXPORTS: JOB_SUMMARY_MAX_FINDINGS, inputProblems

// EXTERNAL MODULE: ./src/command/summary.ts
var summary = __webpack_require__(47645);
// EXTERNAL MODULE: ./src/text/one-line.ts
var one_line = __webpack_require__(73854);
// EXTERNAL MODULE: ./src/model.ts
var model = __webpack_require__(10182);
// EXTERNAL MODULE: ./src/policy/verdict.ts
var verdict = __webpack_require__(75187);
// EXTERNAL MODULE: ./src/report/annotations.ts
var report_annotations = __webpack_require__(856);
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
function writeGitLabCodeQuality(path, judged) {
    const counted = judged.filter(e => e.disposition === 'counted').sort(report_annotations/* compareJudged */.xu);
    return (0,file_writer/* writeFileAtomically */.l)(path, out => {
        out.write('[');
        counted.forEach((entry, i) => {
            const f = entry.finding;
            const issue = {
                type: 'issue',
                description: `${f.message || f.ruleId}${entry.blocking ? ' (blocks the release)' : ''}`,
                check_name: `${f.tool}:${f.ruleId}`,
                fingerprint: f.fingerprint,
                severity: GITLAB_SEVERITY[f.severity],
                location: { path: f.location?.path ?? '.', lines: { begin: f.location?.startLine ?? 1 } }
            };
            out.write(`${i > 0 ? ',' : ''}\n${JSON.stringify(issue)}`);
        });
        out.write('\n]\n');
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
 */
function writeJUnit(path, record, judged) {
    const counted = judged.filter(e => e.disposition === 'counted').sort(report_annotations/* compareJudged */.xu);
    const byTool = new Map();
    for (const entry of counted) {
        const list = byTool.get(entry.finding.tool) ?? [];
        list.push(entry);
        byTool.set(entry.finding.tool, list);
    }
    const verdictFails = record.verdict !== 'clean';
    const failures = counted.filter(e => e.blocking).length + (verdictFails ? 1 : 0);
    return (0,file_writer/* writeFileAtomically */.l)(path, out => {
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n');
        out.write(`<testsuites name="known-good" tests="${counted.length + 1}" failures="${failures}">\n`);
        const verdictCase = verdictFails
            ? `<failure type="${record.verdict}" message="verdict ${record.verdict}">${(0,text_escape/* escapeXml */.X)(record.reasons.join('\n'))}</failure>`
            : '';
        out.write(`<testsuite name="verdict" tests="1" failures="${verdictFails ? 1 : 0}">\n`);
        out.write(`<testcase classname="known-good" name="verdict is clean">${verdictCase}</testcase>\n</testsuite>\n`);
        for (const [tool, entries] of [...byTool.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
            const toolFailures = entries.filter(e => e.blocking).length;
            const skipped = entries.length - toolFailures;
            out.write(`<testsuite name="${(0,text_escape/* escapeXml */.X)(tool)}" tests="${entries.length}" failures="${toolFailures}" skipped="${skipped}">\n`);
            for (const entry of entries)
                out.write(testcase(entry));
            out.write('</testsuite>\n');
        }
        out.write('</testsuites>\n');
    });
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var report_markdown = __webpack_require__(54285);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./src/version.ts
var src_version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/report/merged-sarif.ts





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
function resultObject(entry, ruleIndex) {
    const f = entry.finding;
    const result = {
        ruleId: f.ruleId,
        ruleIndex,
        level: f.level,
        message: { text: f.message || f.ruleId },
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
    const bytes = (0,file_writer/* writeFileAtomically */.l)(path, out => {
        out.write('{"$schema":"https://json.schemastore.org/sarif-2.1.0.json","version":"2.1.0","runs":[');
        const categories = new Set();
        for (const tool of tools.slice(0, limits.runs)) {
            const entries = byTool.get(tool);
            const rules = new Map();
            const descriptors = [];
            const kept = [];
            for (const entry of entries) {
                if (kept.length >= limits.resultsPerRun)
                    break;
                let index = rules.get(entry.finding.ruleId);
                if (index === undefined) {
                    if (descriptors.length >= limits.rulesPerRun)
                        continue;
                    index = descriptors.length;
                    rules.set(entry.finding.ruleId, index);
                    descriptors.push(ruleDescriptor(entry.finding));
                }
                kept.push([entry, index]);
            }
            if (kept.length < entries.length)
                cuts.push(`${tool}: ${entries.length - kept.length} of ${entries.length} results left out (at most ${limits.resultsPerRun} results and ${limits.rulesPerRun} rules per run; most severe kept)`);
            let category = `${src_version/* PRODUCT */.A}/${slug(tool)}/`;
            for (let n = 2; categories.has(category); n++)
                category = `${src_version/* PRODUCT */.A}/${slug(tool)}-${n}/`;
            categories.add(category);
            const version = entries[0]?.finding.toolVersion;
            const driver = { name: tool, rules: descriptors };
            if (version !== undefined)
                driver.semanticVersion = version;
            const run = {
                tool: { driver },
                automationDetails: { id: category },
                properties: { mergedBy: `${src_version/* PRODUCT */.A} ${src_version/* VERSION */.x}` }
            };
            const header = JSON.stringify(run);
            out.write(`${runs > 0 ? ',' : ''}${header.slice(0, -1)},"results":[`);
            kept.forEach(([entry, index], i) => out.write(`${i > 0 ? ',' : ''}${JSON.stringify(resultObject(entry, index))}`));
            out.write(']}');
            runs++;
            results += kept.length;
        }
        out.write(']}\n');
    });
    if (tools.length > limits.runs)
        cuts.push(`${tools.length - limits.runs} tools left out (at most ${limits.runs} runs per file)`);
    return { bytes, runs, results };
}
async function gzipSize(path) {
    let size = 0;
    const gzip = (0,external_node_fs_.createReadStream)(path).pipe((0,external_node_zlib_.createGzip)());
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
    const byTool = new Map();
    for (const entry of [...judged].sort(report_annotations/* compareJudged */.xu)) {
        const list = byTool.get(entry.finding.tool);
        if (list)
            list.push(entry);
        else
            byTool.set(entry.finding.tool, [entry]);
    }
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
async function writeReportFiles(dir, record, judged, annotations) {
    const paths = {
        dir,
        verdict: (0,external_node_path_.join)(dir, REPORT_FILES.verdict),
        markdown: (0,external_node_path_.join)(dir, REPORT_FILES.markdown),
        sarif: (0,external_node_path_.join)(dir, REPORT_FILES.sarif),
        junit: (0,external_node_path_.join)(dir, REPORT_FILES.junit),
        codeQuality: (0,external_node_path_.join)(dir, REPORT_FILES.codeQuality)
    };
    const merged = await writeMergedSarif(paths.sarif, judged);
    writeJUnit(paths.junit, record, judged);
    writeGitLabCodeQuality(paths.codeQuality, judged);
    const markdown = (0,report_markdown/* renderMarkdown */.Gc)(record, judged, {
        maxFindings: MARKDOWN_REPORT_MAX_FINDINGS,
        maxBytes: MARKDOWN_REPORT_MAX_BYTES,
        annotations
    });
    (0,file_writer/* writeFileAtomically */.l)(paths.markdown, out => out.write(markdown));
    // The verdict record last: its presence says the other files are complete.
    (0,file_writer/* writeFileAtomically */.l)(paths.verdict, out => out.write(`${JSON.stringify(record, null, 2)}\n`));
    return { ...paths, merged };
}

// EXTERNAL MODULE: ./src/verdict/record.ts
var verdict_record = __webpack_require__(26768);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/sarif/fingerprint.ts
/**
 * A fast, stable 64-bit string hash (two 32-bit multiply–xorshift lanes), as 16 hex digits.
 * Not cryptographic: it names findings, it does not protect anything. A cryptographic hash per
 * result would cost more than parsing it.
 */
function hash64(text) {
    let h1 = 0xdeadbeef ^ text.length;
    let h2 = 0x41c6ce57 ^ text.length;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        h1 = Math.imul(h1 ^ c, 2654435761);
        h2 = Math.imul(h2 ^ c, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}
function stringEntries(value) {
    if (value === null || typeof value !== 'object')
        return '';
    return Object.entries(value)
        .filter((entry) => typeof entry[1] === 'string')
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => `${k}=${v}`)
        .join('\u0000');
}
/**
 * A finding's identity: tool, rule and place, told apart by the tool's own `fingerprints`
 * (§3.27.16), else its `partialFingerprints` (§3.27.17, e.g. CodeQL's
 * `primaryLocationLineHash`), else the message. The place stays in the identity because real
 * tools do not keep the spec's promise: Semgrep writes the same placeholder
 * (`"matchBasedId/v1": "requires login"`) into every result, which alone would merge them all.
 */
function fingerprintOf(fingerprints, partialFingerprints, parts) {
    const own = stringEntries(fingerprints);
    const partial = own === '' ? stringEntries(partialFingerprints) : '';
    const distinguisher = own !== '' ? `f\u0000${own}` : partial !== '' ? `p\u0000${partial}` : `m\u0000${parts.message}`;
    return hash64([
        parts.tool,
        parts.ruleId,
        parts.path ?? '',
        parts.startLine ?? '',
        parts.startColumn ?? '',
        distinguisher
    ].join('\u0000'));
}

;// CONCATENATED MODULE: ./src/sarif/locations.ts

/** Chains of `uriBaseId`s longer than this are a loop. */
const MAX_BASE_CHAIN = 16;
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
    let full = uri;
    for (let hops = 0; !hasScheme(full) && typeof baseId === 'string' && hops < MAX_BASE_CHAIN; hops++) {
        const base = context.originalUriBaseIds?.[baseId];
        if (base === undefined || base === null || typeof base.uri !== 'string')
            break;
        full = joinUri(base.uri, full);
        baseId = base.uriBaseId;
    }
    return toWorkspacePath(full, workspace);
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
    const absolute = isAbsolutePath(path) ? external_node_path_.posix.normalize(path) : external_node_path_.posix.join(root, path);
    const caseless = /^[A-Za-z]:\//.test(root);
    const inside = caseless
        ? absolute.toLowerCase().startsWith(`${root.toLowerCase()}/`)
        : absolute.startsWith(`${root}/`);
    if (inside)
        return { path: absolute.slice(root.length + 1), outsideWorkspace: false };
    if (isAbsolutePath(path))
        return { path: absolute, outsideWorkspace: true };
    return { path: external_node_path_.posix.relative(root, absolute) || '.', outsideWorkspace: true };
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
/** A `security-severity` property as a number in [0, 10], or undefined if absent or invalid. */
function parseSecuritySeverity(value) {
    const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
    if (!/^\d+(\.\d+)?$/.test(text))
        return undefined;
    const score = Number(text);
    return score >= 0 && score <= 10 ? score : undefined;
}

;// CONCATENATED MODULE: ./src/sarif/run-context.ts

function emptyRunContext() {
    return { executionFailed: false, hasResults: false, errorNotifications: [] };
}
function isObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
function run_context_text(value) {
    if (typeof value === 'string')
        return value;
    if (isObject(value) && typeof value.text === 'string')
        return value.text;
    return undefined;
}
const LEVELS = new Set(['error', 'warning', 'note', 'none']);
function asLevel(value) {
    return typeof value === 'string' && LEVELS.has(value) ? value : undefined;
}
const CWE_PATTERN = /\bcwe[-_/ :]*0*(\d{1,6})\b/i;
/** `external/cwe/cwe-079` (CodeQL), `CWE-89: …` (Semgrep), `cwe-22` → `CWE-79`, `CWE-89`, `CWE-22`. */
function cweFromText(tag) {
    const match = CWE_PATTERN.exec(tag);
    return match ? `CWE-${match[1]}` : undefined;
}
function messageStrings(value) {
    const out = {};
    if (!isObject(value))
        return out;
    for (const [id, message] of Object.entries(value)) {
        const body = run_context_text(message);
        if (body !== undefined)
            out[id] = body;
    }
    return out;
}
function cwesOf(descriptor) {
    const found = new Set();
    const properties = isObject(descriptor.properties) ? descriptor.properties : {};
    if (Array.isArray(properties.tags)) {
        for (const tag of properties.tags) {
            const cwe = typeof tag === 'string' ? cweFromText(tag) : undefined;
            if (cwe)
                found.add(cwe);
        }
    }
    if (Array.isArray(descriptor.relationships)) {
        for (const relationship of descriptor.relationships) {
            if (!isObject(relationship) || !isObject(relationship.target))
                continue;
            const target = relationship.target;
            const component = isObject(target.toolComponent) ? target.toolComponent.name : undefined;
            if (typeof target.id === 'string' &&
                (component === undefined || /cwe/i.test(String(component)))) {
                const cwe = cweFromText(/^\d+$/.test(target.id) ? `CWE-${target.id}` : target.id);
                if (cwe)
                    found.add(cwe);
            }
        }
    }
    return [...found];
}
function ruleInfo(descriptor) {
    const raw = isObject(descriptor) ? descriptor : {};
    const properties = isObject(raw.properties) ? raw.properties : {};
    const config = isObject(raw.defaultConfiguration) ? raw.defaultConfiguration : {};
    return {
        id: typeof raw.id === 'string' ? raw.id : undefined,
        name: typeof raw.name === 'string' ? raw.name : undefined,
        shortDescription: run_context_text(raw.shortDescription) ?? run_context_text(raw.fullDescription),
        helpUri: typeof raw.helpUri === 'string' ? raw.helpUri : undefined,
        defaultLevel: asLevel(config.level),
        securitySeverity: parseSecuritySeverity(properties['security-severity']),
        cwes: cwesOf(raw),
        messageStrings: messageStrings(raw.messageStrings),
        raw
    };
}
function componentInfo(value, fallbackName) {
    const raw = isObject(value) ? value : {};
    const rules = Array.isArray(raw.rules) ? raw.rules.map(ruleInfo) : [];
    const byId = new Map();
    for (const rule of rules)
        if (rule.id !== undefined && !byId.has(rule.id))
            byId.set(rule.id, rule);
    const version = [raw.semanticVersion, raw.version].find(v => typeof v === 'string');
    return {
        name: typeof raw.name === 'string' && raw.name.trim() !== '' ? raw.name : fallbackName,
        version,
        rules,
        byId,
        globalMessageStrings: messageStrings(raw.globalMessageStrings)
    };
}
/** `run.tool` (§3.18): the driver and its extensions, each with its rules. */
function toolInfo(value) {
    const raw = isObject(value) ? value : {};
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
        if (!isObject(invocation))
            continue;
        for (const key of ['toolExecutionNotifications', 'toolConfigurationNotifications']) {
            const list = invocation[key];
            if (!Array.isArray(list))
                continue;
            for (const notification of list) {
                if (isObject(notification) && notification.level === 'error')
                    found.push(run_context_text(notification.message) ?? 'error notification without a message');
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
            if (isObject(value))
                context.originalUriBaseIds = value;
            break;
        case 'artifacts':
            if (Array.isArray(value))
                context.artifacts = value;
            break;
        case 'automationDetails':
            if (isObject(value) && typeof value.id === 'string')
                context.category = value.id;
            break;
        case 'invocations':
            if (Array.isArray(value)) {
                context.executionFailed ||= value.some(i => isObject(i) && i.executionSuccessful === false);
                context.errorNotifications.push(...errorNotifications(value));
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
    'invocations'
]);

;// CONCATENATED MODULE: ./src/sarif/normalize.ts




function normalize_isObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
const BASELINE_STATES = new Set(['new', 'unchanged', 'updated', 'absent']);
/** A result is a finding only when its `kind` is `fail` (the default, §3.27.9). */
function isFailure(result) {
    return result.kind === undefined || result.kind === 'fail';
}
/** The component a `reportingDescriptorReference` points into (§3.52.7): driver unless told. */
function componentOf(context, reference) {
    const tool = context.tool;
    if (tool === undefined)
        return undefined;
    const component = reference && normalize_isObject(reference.toolComponent) ? reference.toolComponent : undefined;
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
/**
 * Finds the rule of a result (§3.27.5–3.27.7): by `rule.index` in its tool component, by
 * `ruleIndex` in the driver, else by id in the driver and then in every extension.
 */
function findRule(result, context) {
    const reference = normalize_isObject(result.rule) ? result.rule : undefined;
    const component = componentOf(context, reference);
    if (component && reference && typeof reference.index === 'number') {
        const rule = component.rules[reference.index];
        if (rule)
            return rule;
    }
    if (typeof result.ruleIndex === 'number' && context.tool) {
        const rule = context.tool.driver.rules[result.ruleIndex];
        if (rule)
            return rule;
    }
    const id = typeof result.ruleId === 'string' ? result.ruleId : reference?.id;
    if (typeof id !== 'string' || context.tool === undefined)
        return undefined;
    const inComponent = component?.byId.get(id);
    if (inComponent)
        return inComponent;
    for (const candidate of [context.tool.driver, ...context.tool.extensions]) {
        const rule = candidate.byId.get(id);
        if (rule)
            return rule;
    }
    return undefined;
}
/** `message.text`, or `message.id` looked up in the rule's / tool's message strings (§3.11.10). */
function messageText(result, rule, context) {
    const message = normalize_isObject(result.message) ? result.message : {};
    if (typeof message.text === 'string')
        return message.text;
    if (typeof message.id === 'string') {
        const template = rule?.messageStrings[message.id] ?? context.tool?.driver.globalMessageStrings[message.id];
        if (template !== undefined) {
            const args = Array.isArray(message.arguments) ? message.arguments.map(String) : [];
            return template.replace(/\{(\d+)\}/g, (whole, n) => args[Number(n)] ?? whole);
        }
        return message.id;
    }
    return '';
}
/** Suppressed when a suppression is accepted (§3.35.3); status absent counts as accepted. */
function isSuppressed(result) {
    if (!Array.isArray(result.suppressions) || result.suppressions.length === 0)
        return false;
    return result.suppressions.some(s => normalize_isObject(s) && (s.status === undefined || s.status === 'accepted'));
}
function positive(value) {
    return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
}
function locationOf(result, context, workspace) {
    const first = Array.isArray(result.locations) ? result.locations[0] : undefined;
    const physical = normalize_isObject(first) && normalize_isObject(first.physicalLocation) ? first.physicalLocation : undefined;
    if (physical === undefined)
        return undefined;
    const artifact = normalize_isObject(physical.artifactLocation) ? physical.artifactLocation : undefined;
    const resolved = resolveArtifactPath(artifact, context, workspace);
    if (resolved === undefined)
        return undefined;
    const region = normalize_isObject(physical.region) ? physical.region : {};
    // §3.30.5: startLine defaults to 1 for a text region; endLine defaults to startLine.
    const startLine = positive(region.startLine) ?? 1;
    const endLine = Math.max(positive(region.endLine) ?? startLine, startLine);
    const location = { ...resolved, startLine, endLine };
    const startColumn = positive(region.startColumn);
    const endColumn = positive(region.endColumn);
    if (startColumn !== undefined)
        location.startColumn = startColumn;
    if (endColumn !== undefined)
        location.endColumn = endColumn;
    return location;
}
function resultCwes(result, rule) {
    const found = new Set(rule?.cwes ?? []);
    const properties = normalize_isObject(result.properties) ? result.properties : {};
    if (Array.isArray(properties.tags)) {
        for (const tag of properties.tags) {
            const cwe = typeof tag === 'string' ? cweFromText(tag) : undefined;
            if (cwe)
                found.add(cwe);
        }
    }
    return [...found];
}
/**
 * One SARIF result as a `Finding`, or undefined when it is not a finding (`kind` other than
 * `fail`). Throws a plain Error for a result that is not an object.
 */
function normaliseResult(raw, context, env) {
    if (!normalize_isObject(raw))
        throw new Error('a result must be a JSON object');
    if (!isFailure(raw))
        return undefined;
    const rule = findRule(raw, context);
    const reference = normalize_isObject(raw.rule) ? raw.rule : undefined;
    const ruleId = (typeof raw.ruleId === 'string' ? raw.ruleId : undefined) ??
        (typeof reference?.id === 'string' ? reference.id : undefined) ??
        rule?.id ??
        '(no rule)';
    // §3.27.10: level defaults to the rule's default configuration, then `warning`.
    const level = asLevel(raw.level) ?? rule?.defaultLevel ?? 'warning';
    const score = rule?.securitySeverity;
    const severity = score !== undefined ? severityFromScore(score) : severityFromLevel(level);
    const tool = context.tool?.driver.name ?? 'unknown-tool';
    const location = locationOf(raw, context, env.workspace);
    const message = messageText(raw, rule, context);
    const finding = {
        fingerprint: fingerprintOf(raw.fingerprints, raw.partialFingerprints, {
            tool,
            ruleId,
            path: location?.path,
            startLine: location?.startLine,
            startColumn: location?.startColumn,
            message
        }),
        tool,
        ruleId,
        cwes: resultCwes(raw, rule),
        level,
        severity,
        message,
        suppressed: isSuppressed(raw),
        source: { file: env.file, run: env.run }
    };
    const version = context.tool?.driver.version;
    if (version !== undefined)
        finding.toolVersion = version;
    if (rule?.name !== undefined)
        finding.ruleName = rule.name;
    if (rule?.shortDescription !== undefined)
        finding.ruleDescription = rule.shortDescription;
    if (rule?.helpUri !== undefined)
        finding.helpUri = rule.helpUri;
    if (score !== undefined)
        finding.securitySeverity = score;
    if (location !== undefined)
        finding.location = location;
    if (typeof raw.baselineState === 'string' && BASELINE_STATES.has(raw.baselineState)) {
        finding.baselineState = raw.baselineState;
    }
    if (context.category !== undefined)
        finding.source.category = context.category;
    return finding;
}
/**
 * What a result still needs from its run before it can be normalised for good: the caller
 * defers it (or re-reads the run) when one of these arrives after the result.
 */
function pendingNeeds(raw, context) {
    const needs = { baseIds: [], artifacts: false };
    if (!normalize_isObject(raw) || !Array.isArray(raw.locations))
        return needs;
    const first = raw.locations[0];
    const physical = normalize_isObject(first) && normalize_isObject(first.physicalLocation) ? first.physicalLocation : undefined;
    const artifact = physical && normalize_isObject(physical.artifactLocation) ? physical.artifactLocation : undefined;
    if (artifact === undefined)
        return needs;
    let baseId = artifact.uriBaseId;
    if (typeof artifact.uri !== 'string' && typeof artifact.index === 'number') {
        if (context.artifacts === undefined)
            needs.artifacts = true;
        // The artifact's own location may name a base of its own.
        baseId ??= context.artifacts?.[artifact.index]?.location?.uriBaseId;
    }
    if (typeof baseId === 'string' && context.originalUriBaseIds?.[baseId] === undefined) {
        needs.baseIds.push(baseId);
    }
    return needs;
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
 * Values the consumer does not want are skipped by bracket counting.
 */

/** Deeper than any real SARIF (a code flow location is ~15 levels): a nesting bomb, refused. */
const MAX_NESTING_DEPTH = 256;
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
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;
function isWhitespace(c) {
    return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}
function describeByte(c) {
    if (c >= 0x21 && c <= 0x7e)
        return `'${String.fromCharCode(c)}'`;
    return `byte 0x${c.toString(16).padStart(2, '0')}`;
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
        const needed = rest + chunk.length;
        if (needed > this.backing.length) {
            const grown = Buffer.allocUnsafe(Math.max(needed, this.backing.length * 2));
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
    error(message, at = this.pos) {
        return new SarifSyntaxError(message, this.base + at, this.path());
    }
    path() {
        let path = '$';
        for (const frame of this.frames) {
            if (frame.role === Role.Runs || frame.role === Role.Results) {
                path += `[${frame.index}]`;
            }
            else if (frame.state >= 2) {
                path += `.${frame.key}`;
            }
        }
        return path;
    }
    process() {
        while (true) {
            if (this.inValue) {
                if (!this.scanValue())
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
        while (i < buf.length && isWhitespace(buf[i]))
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
        const buf = this.win;
        const i = this.pos;
        if (this.base + i === 0 && c === 0xef) {
            if (buf.length < 3 && !this.eof)
                return false;
            if (buf[1] === 0xbb && buf[2] === 0xbf) {
                this.pos = 3; // UTF-8 byte order mark
                return true;
            }
        }
        if ((c === 0xff && buf[i + 1] === 0xfe) || (c === 0xfe && buf[i + 1] === 0xff)) {
            throw this.error('the file is UTF-16 encoded; SARIF must be UTF-8');
        }
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
        }
        if (i >= buf.length) {
            if (this.eof)
                throw this.error('unexpected end of file inside a member name');
            return false;
        }
        frame.key = escaped
            ? JSON.parse(buf.toString('utf8', start, i + 1))
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
        while (i < buf.length && isWhitespace(buf[i]))
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
        const first = frame.index;
        for (let n = 0; n < values.length; n++) {
            frame.index = first + n;
            try {
                this.handler.result(frame.run, frame.index, values[n]);
            }
            catch (error) {
                if (error instanceof SarifSyntaxError)
                    throw error;
                throw this.error((0,errors/* getErrorMessage */.u)(error), start);
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
        if (c === OPEN_BRACE || c === OPEN_BRACKET) {
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
                if (c === COMMA || c === CLOSE_BRACE || c === CLOSE_BRACKET || isWhitespace(c))
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
    finishValue() {
        this.inValue = false;
        const frame = this.frames[this.frames.length - 1];
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
                throw this.error((0,errors/* getErrorMessage */.u)(error), this.vStart);
            }
        }
        else if (this.vScalar) {
            this.checkScalar(this.vStart, this.pos);
        }
        frame.state = frame.role === Role.Root || frame.role === Role.Run ? 4 : 2;
    }
    parseSlice(start, end) {
        try {
            return JSON.parse(this.win.toString('utf8', start, end));
        }
        catch (error) {
            throw this.error(`invalid JSON: ${(0,errors/* getErrorMessage */.u)(error)}`, start);
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

;// CONCATENATED MODULE: ./src/sarif/read-file.ts








/** Read size: large enough that per-chunk overhead vanishes, small enough to stay cache-friendly. */
const CHUNK_BYTES = 128 * 1024;
/** Decompressed pieces are short-lived allocations: small ones keep the resident size down. */
const GUNZIP_CHUNK_BYTES = 256 * 1024;
const SARIF_VERSION = '2.1.0';
/** A file that cannot be read as SARIF: names the file and where in it. */
class SarifFileError extends errors/* ConfigurationError */.j {
    file;
    offset;
    jsonPath;
    constructor(file, message, offset, jsonPath) {
        super(`${file}: ${message}`);
        this.file = file;
        this.offset = offset;
        this.jsonPath = jsonPath;
        this.name = 'SarifFileError';
    }
}
async function isGzip(path) {
    const handle = await (0,promises_.open)(path, 'r');
    try {
        const head = Buffer.alloc(2);
        const { bytesRead } = await handle.read(head, 0, 2, 0);
        return bytesRead === 2 && head[0] === 0x1f && head[1] === 0x8b;
    }
    finally {
        await handle.close();
    }
}
/**
 * Streams a file (gzip detected by content) through a scanner: the reader alone, without
 * normalisation. Returns the number of bytes read from disk.
 */
async function scanFile(path, handler) {
    const gzip = await isGzip(path);
    const bytes = await feed(path, gzip, new SarifScanner(handler));
    return { bytes, gzip };
}
async function feed(path, gzip, scanner, digest) {
    if (gzip)
        return feedGzip(path, scanner, digest);
    const handle = await (0,promises_.open)(path, 'r');
    const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
    let bytes = 0;
    try {
        for (;;) {
            const { bytesRead } = await handle.read(chunk, 0, CHUNK_BYTES, null);
            if (bytesRead === 0)
                break;
            const view = chunk.subarray(0, bytesRead);
            digest?.update(view);
            scanner.push(view);
            bytes += bytesRead;
        }
    }
    finally {
        await handle.close();
    }
    scanner.end();
    return bytes;
}
async function feedGzip(path, scanner, digest) {
    const raw = (0,external_node_fs_.createReadStream)(path, { highWaterMark: CHUNK_BYTES });
    const gunzip = (0,external_node_zlib_.createGunzip)({ chunkSize: GUNZIP_CHUNK_BYTES });
    let bytes = 0;
    raw.on('data', chunk => {
        bytes += chunk.length;
        digest?.update(chunk);
    });
    raw.on('error', error => gunzip.destroy(error));
    for await (const chunk of raw.pipe(gunzip))
        scanner.push(chunk);
    scanner.end();
    return bytes;
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
            return [...state.usedBaseIds].some(id => state.context.originalUriBaseIds?.[id] !== undefined);
        default:
            return false;
    }
}
/**
 * Reads one SARIF file (plain or gzip, detected by content) and gives each finding to `sink`.
 * Keys may come in any order: a run whose `tool` follows its `results` (or whose URI bases or
 * artifacts arrive after results that needed them) is read a second time with its full context.
 * Throws `SarifFileError` naming the file, byte offset and JSON path for anything that is not a
 * readable SARIF 2.1.0 log; the caller discards that file's findings.
 */
async function readSarifFile(path, displayName, workspace, sink) {
    let gzip;
    const states = [];
    const root = {};
    const emit = (state, run, value) => {
        state.summary.results++;
        const finding = normaliseResult(value, state.context, { workspace, file: displayName, run });
        if (finding === undefined)
            return;
        state.summary.findings++;
        sink.finding(finding);
    };
    const firstPass = {
        wantsRootMember: key => key === 'version' || key === '$schema',
        rootMember: (key, value) => {
            root[key] = value;
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
                    hasResults: false
                },
                resultsStarted: false,
                processed: 0,
                replay: false,
                usedBaseIds: new Set(),
                usedArtifacts: false
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
            return !state.replay;
        },
        result: (run, _index, value) => {
            const state = states[run];
            const needs = pendingNeeds(value, state.context);
            for (const id of needs.baseIds)
                state.usedBaseIds.add(id);
            state.usedArtifacts ||= needs.artifacts;
            state.processed++;
            emit(state, run, value);
        },
        resultsEnd: () => { },
        runEnd: run => {
            const state = states[run];
            if (state.replay && state.processed > 0) {
                sink.retractRun(run);
                state.summary.results = 0;
                state.summary.findings = 0;
            }
        }
    };
    const digest = (0,external_node_crypto_.createHash)('sha256');
    let bytes;
    let passes = 1;
    try {
        gzip = await isGzip(path);
        bytes = await feed(path, gzip, new scanner_SarifScanner(firstPass), digest);
        checkVersion(root);
        if (states.some(s => s.replay)) {
            passes = 2;
            await feed(path, gzip, new scanner_SarifScanner(replayHandler(states, emit)));
        }
    }
    catch (error) {
        throw asFileError(displayName, error);
    }
    return {
        sha256: digest.digest('hex'),
        bytes,
        gzip,
        passes,
        runs: states.map(state => summarise(state))
    };
}
function replayHandler(states, emit) {
    return {
        wantsRootMember: () => false,
        rootMember: () => { },
        runStart: () => { },
        wantsRunMember: () => false,
        runMember: () => { },
        resultsStart: run => states[run]?.replay === true,
        result: (run, _index, value) => emit(states[run], run, value),
        resultsEnd: () => { },
        runEnd: () => { }
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
    summary.executionFailed = context.executionFailed;
    summary.errorNotifications = context.errorNotifications;
    summary.hasResults = context.hasResults;
    return summary;
}
function checkVersion(root) {
    const version = root.version;
    if (version === undefined) {
        throw new Error(`no 'version' member: not a SARIF log (SARIF ${SARIF_VERSION} is required)`);
    }
    if (version !== SARIF_VERSION) {
        throw new Error(`SARIF version ${JSON.stringify(version)} is not supported: only ${SARIF_VERSION} is read`);
    }
}
function asFileError(file, error) {
    if (error instanceof SarifSyntaxError) {
        return new SarifFileError(file, error.message, error.offset, error.path);
    }
    const code = error?.code;
    const message = (0,errors/* getErrorMessage */.u)(error);
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
        default:
            return new SarifFileError(file, message);
    }
}

;// CONCATENATED MODULE: ./src/sarif/collect.ts


/**
 * Gathers findings file by file. A file's findings count only once the whole file has been read:
 * one that fails half-way contributes none (and makes the verdict unknown).
 */
class FindingCollector {
    pending = [];
    byFingerprint = new Map();
    duplicates = 0;
    finding(finding) {
        this.pending.push(finding);
    }
    retractRun(run) {
        this.pending = this.pending.filter(finding => finding.source.run !== run);
    }
    commitFile() {
        for (const finding of this.pending)
            this.merge(finding);
        this.pending = [];
    }
    abortFile() {
        this.pending = [];
    }
    findings() {
        return [...this.byFingerprint.values()];
    }
    /** The same finding seen again keeps its most severe form; it is suppressed only if every copy is. */
    merge(finding) {
        const existing = this.byFingerprint.get(finding.fingerprint);
        if (existing === undefined) {
            this.byFingerprint.set(finding.fingerprint, finding);
            return;
        }
        this.duplicates++;
        const suppressed = existing.suppressed && finding.suppressed;
        const kept = (0,model/* atLeast */.jZ)(finding.severity, existing.severity) && finding.severity !== existing.severity
            ? finding
            : existing;
        kept.suppressed = suppressed;
        this.byFingerprint.set(finding.fingerprint, kept);
    }
}
/** Reads every input; a file that fails is recorded with its error and the others still count. */
async function collectFindings(inputs, workspace) {
    const collector = new FindingCollector();
    const files = [];
    for (const input of inputs) {
        try {
            const summary = await readSarifFile(input.path, input.display, workspace, collector);
            collector.commitFile();
            files.push({ file: input.display, status: 'read', summary });
        }
        catch (error) {
            collector.abortFile();
            if (!(error instanceof SarifFileError))
                throw error;
            files.push({ file: input.display, status: 'failed', error: error.message });
        }
    }
    return { files, findings: collector.findings(), duplicates: collector.duplicates };
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
async function expandOne(pattern, workspace) {
    const absolute = (0,external_node_path_.resolve)(workspace, pattern);
    const info = await (0,promises_.stat)(absolute).catch(() => undefined);
    if (info?.isFile())
        return [absolute];
    if (info?.isDirectory()) {
        return (0,dist/* glob */.TI)(DIRECTORY_PATTERNS, { cwd: absolute, absolute: true, onlyFiles: true, dot: true });
    }
    if (!(0,dist/* isDynamicPattern */.ey)(pattern))
        return [];
    return (0,dist/* glob */.TI)([pattern], { cwd: workspace, absolute: true, onlyFiles: true, dot: true });
}
/**
 * Paths, directories and glob patterns (relative to the workspace) → the files to read, each
 * once, in a stable order.
 */
async function expandInputs(patterns, workspace) {
    const seen = new Map();
    const unmatched = [];
    for (const pattern of patterns) {
        const matches = await expandOne(pattern, workspace);
        if (matches.length === 0)
            unmatched.push(pattern);
        for (const match of matches.sort()) {
            const key = await (0,promises_.realpath)(match).catch(() => match);
            if (!seen.has(key))
                seen.set(key, { path: match, display: display(match, workspace) });
        }
    }
    return { files: [...seen.values()], unmatched };
}

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
function checkOutput(record, judged) {
    const counted = record.counts.counted;
    const title = `${record.verdict}: ${record.counts.blocking} blocking, ${counted.critical} critical, ${counted.high} high, ${counted.medium} medium`;
    const summary = (0,report_markdown/* renderMarkdown */.Gc)(record, judged, { maxFindings: 50, maxBytes: CHECK_TEXT_MAX });
    return { title, summary: cut(summary, CHECK_TEXT_MAX) };
}
/** The fingerprint we put in `raw_details`, so a re-run can tell what it already annotated. */
function annotationKey(fingerprint) {
    return `known-good fingerprint ${fingerprint}`;
}
/**
 * Every finding that has a place in the repository, most severe first; findings that do not
 * count are notices that say why.
 */
function checkAnnotations(judged) {
    const out = [];
    for (const entry of [...judged].sort(report_annotations/* compareJudged */.xu)) {
        const f = entry.finding;
        const location = f.location;
        if (location === undefined || location.outsideWorkspace)
            continue;
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
        out.push(annotation);
    }
    return out;
}

// EXTERNAL MODULE: ./src/report/pr-comment.ts
var pr_comment = __webpack_require__(71914);
// EXTERNAL MODULE: ./src/report/review-comments.ts
var review_comments = __webpack_require__(86703);
// EXTERNAL MODULE: ./src/github/api.ts
var api = __webpack_require__(28943);
// EXTERNAL MODULE: ./src/github/commit-status.ts
var commit_status = __webpack_require__(37593);
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
/**
 * Runs each reporting channel; a channel that fails is a warning, never a failed or flipped
 * verdict. After the first 403/404 (a read-only token, as on pull requests from forks) no
 * further write is tried and one warning says so: the job summary and annotations still carry
 * the verdict.
 */
class Channels {
    logger;
    degraded = false;
    constructor(logger) {
        this.logger = logger;
    }
    async run(channel, write) {
        if (this.degraded)
            return;
        try {
            await write();
        }
        catch (error) {
            const status = (0,api.httpStatus)(error);
            if (status === 403 || status === 404) {
                this.degraded = true;
                this.logger.warning(`GitHub answered ${status} to the ${channel} (${(0,one_line/* oneLine */.TN)((0,errors/* getErrorMessage */.u)(error))}): the token cannot write here, as on pull requests from forks. ` +
                    'No further check run, comment, review, status or label is attempted; the verdict is in the job summary and the annotations. See the README section "Fork pull requests".');
                return;
            }
            this.logger.warning(`could not write the ${channel}: ${(0,one_line/* oneLine */.TN)((0,errors/* getErrorMessage */.u)(error))}`);
        }
    }
}
async function writeCheckRun(ctx, api, outputs) {
    const output = checkOutput(ctx.record, ctx.judged);
    let annotations = checkAnnotations(ctx.judged);
    const conclusion = conclusionFor(ctx.record.verdict);
    const existing = await api.findCheckRun(ctx.sha, ctx.feedback.checkName);
    const first = () => annotations.slice(0, CHECK_ANNOTATIONS_PER_REQUEST);
    let ref;
    if (existing) {
        // A re-run: annotations accumulate on a check run, so only the ones it lacks are sent.
        const posted = new Set(await api.checkRunAnnotationDetails(existing.id));
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
    const body = (0,pr_comment/* stickyComment */.NL)(ctx.record, ctx.judged, ctx.feedback.checkName, links);
    const marker = (0,pr_comment/* stickyMarker */.YL)(ctx.feedback.checkName);
    const mine = (await api.listIssueComments(pull.number)).find(c => c.isBot && c.body.includes(marker));
    const written = mine
        ? await api.updateIssueComment(mine.id, body)
        : await api.createIssueComment(pull.number, body);
    outputs['comment-url'] = written.url;
}
async function writeReviewComments(ctx, pull, api, outputs) {
    const files = new Map((await api.listPullFiles(pull.number)).map(f => [f.filename, parsePatch(f.patch)]));
    const posted = (0,review_comments/* postedFingerprints */.$e)(await api.listReviewCommentBodies(pull.number));
    const planned = (0,review_comments/* planReviewComments */.RA)(ctx.judged, files, ctx.feedback.reviewComments, posted);
    const onLines = planned.filter(c => c.line !== undefined);
    for (let i = 0; i < onLines.length; i += review_comments/* MAX_REVIEW_COMMENTS_PER_REQUEST */.hX) {
        await api.createReview(pull.number, pull.headSha, onLines.slice(i, i + review_comments/* MAX_REVIEW_COMMENTS_PER_REQUEST */.hX));
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
/** Check run, sticky comment, review comments, commit status, labels and artifact, as configured. */
async function publishToGitHub(ctx, deps) {
    const { api, logger } = deps;
    const outputs = {};
    const channels = new Channels(logger);
    const pull = ctx.pullRequest;
    if (pull?.fork) {
        // A pull request from a fork gets a read-only token: every write would answer 403.
        logger.warning('This pull request comes from a fork, whose token cannot write: no check run, comment, review, status or label is attempted. ' +
            'The verdict is in the job summary and the annotations. See the README section "Fork pull requests" for a workflow_run setup that can post.');
        channels.degraded = true;
    }
    await channels.run('check run', () => writeCheckRun(ctx, api, outputs));
    if (pull && ctx.feedback.comment)
        await channels.run('pull request comment', () => writeComment(ctx, pull, api, outputs));
    if (pull && ctx.feedback.reviewComments !== 'off')
        await channels.run('review comments', () => writeReviewComments(ctx, pull, api, outputs));
    if (ctx.feedback.commitStatus) {
        await channels.run('commit status', () => api.createStatus(ctx.sha, (0,commit_status/* statusState */._6)(ctx.record.verdict), commit_status/* STATUS_CONTEXT */.j, (0,commit_status/* statusDescription */.$U)(ctx.record), ctx.runUrl));
    }
    if (pull && ctx.feedback.prLabels)
        await channels.run('pull request labels', () => writeLabels(ctx.record.verdict, pull, api));
    if (ctx.feedback.uploadArtifact && deps.artifacts) {
        const files = [ctx.files.verdict, ctx.files.sarif, ctx.files.markdown];
        try {
            const artifact = await deps.artifacts.upload(ctx.feedback.artifactName, files, ctx.files.dir);
            outputs['artifact-id'] = String(artifact.id);
            if (artifact.url)
                outputs['artifact-url'] = artifact.url;
        }
        catch (error) {
            logger.warning(`could not upload the report artifact: ${(0,one_line/* oneLine */.TN)((0,errors/* getErrorMessage */.u)(error))}`);
        }
    }
    outputs['github-degraded'] = String(channels.degraded);
    return outputs;
}

;// CONCATENATED MODULE: ./src/commands/scan.ts











/** Rows of the findings table in the job summary. */
const JOB_SUMMARY_MAX_FINDINGS = 50;
/** Findings listed in the log. */
const LOG_MAX_FINDINGS = 10;
/** Everything that keeps the inputs from being fully judged. Each one makes the verdict unknown. */
function inputProblems(expanded, collection) {
    const problems = expanded.unmatched.map(pattern => ({
        message: `SARIF pattern ${JSON.stringify(pattern)} matched no file: did the scanner run and write its output there?`
    }));
    for (const file of collection.files) {
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
                    message: `run ${i} (${run.tool}) reports that its analysis did not complete (executionSuccessful: false)`
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
    const top = decision.judged
        .filter(e => e.disposition === 'counted')
        .sort(report_annotations/* compareJudged */.xu)
        .slice(0, LOG_MAX_FINDINGS);
    for (const { finding, blocking } of top) {
        const where = finding.location
            ? `${finding.location.path}:${finding.location.startLine}`
            : '(no location)';
        logger.info(`  ${blocking ? '⛔' : ' '} ${finding.severity} ${(0,one_line/* oneLine */.TN)(finding.ruleId)} ${(0,one_line/* oneLine */.TN)(where)} ${(0,one_line/* oneLine */.TN)(finding.message).slice(0, 200)}`);
    }
}
async function scan(config, deps) {
    const { logger } = deps;
    const expanded = await expandInputs(config.sarif, config.workspace);
    logger.info(`Reading ${expanded.files.length} SARIF file(s)`);
    const collection = await collectFindings(expanded.files, config.workspace);
    for (const file of collection.files) {
        if (file.status === 'failed')
            logger.warning((0,one_line/* oneLine */.TN)(file.error ?? file.file));
        for (const run of file.summary?.runs ?? []) {
            for (const note of run.errorNotifications) {
                logger.warning(`${(0,one_line/* oneLine */.TN)(file.file)}: ${(0,one_line/* oneLine */.TN)(run.tool)} reported an error (not part of the verdict): ${(0,one_line/* oneLine */.TN)(note).slice(0, 300)}`);
            }
        }
    }
    const decision = (0,verdict/* decide */.LD)(collection.findings, inputProblems(expanded, collection), config.policy);
    const record = (0,verdict_record/* buildVerdictRecord */.NI)({
        decision,
        collection,
        unmatched: expanded.unmatched,
        policy: config.policy,
        identity: config.identity,
        now: deps.now()
    });
    const annotations = (0,report_annotations/* planAnnotations */.mc)(decision.judged);
    const files = await writeReportFiles(config.outputDir, record, decision.judged, annotations);
    for (const cut of files.merged.cuts)
        logger.warning(`merged SARIF cut: ${(0,one_line/* oneLine */.TN)(cut)}`);
    if (config.annotations && deps.annotate)
        for (const annotation of annotations.annotations)
            deps.annotate(annotation);
    if (deps.writeJobSummary) {
        const markdown = (0,report_markdown/* renderMarkdown */.Gc)(record, decision.judged, {
            maxFindings: JOB_SUMMARY_MAX_FINDINGS,
            maxBytes: report_markdown/* JOB_SUMMARY_MAX_BYTES */.m9,
            annotations
        });
        // A reporting channel that fails must not hide or flip the verdict.
        await (0,summary/* writeSummary */.S)(deps, markdown);
    }
    let githubOutputs = {};
    if (config.github && deps.github) {
        const context = {
            sha: config.github.sha,
            feedback: config.github.feedback,
            record,
            judged: decision.judged,
            files
        };
        if (config.github.pullRequest)
            context.pullRequest = config.github.pullRequest;
        if (config.identity.runUrl)
            context.runUrl = config.identity.runUrl;
        githubOutputs = await publishToGitHub(context, { ...deps.github, logger });
    }
    logOutcome(logger, record, decision);
    return {
        status: record.verdict,
        outputs: {
            ...githubOutputs,
            verdict: record.verdict,
            reasons: record.reasons.join('\n'),
            counts: JSON.stringify((0,verdict_record/* countsOutput */.kB)(record)),
            'verdict-file': files.verdict,
            'sarif-file': files.sarif,
            'sarif-sha256': record.sarifSha256,
            'report-dir': files.dir
        }
    };
}


/***/ }),

/***/ 28943:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   httpStatus: () => (/* binding */ httpStatus),
/* harmony export */   octokitApi: () => (/* binding */ octokitApi)
/* harmony export */ });
/** Every list call pages through all results (100 per page, GitHub's maximum). */
const PER_PAGE = 100;
function octokitApi(octokit, repo) {
    const base = { owner: repo.owner, repo: repo.repo };
    return {
        async findCheckRun(sha, name) {
            const runs = await octokit.paginate(octokit.rest.checks.listForRef, {
                ...base,
                ref: sha,
                check_name: name,
                filter: 'latest',
                per_page: PER_PAGE
            });
            const run = runs.find(r => r.name === name);
            return run ? { id: run.id, url: run.html_url ?? '' } : undefined;
        },
        async createCheckRun(run) {
            const { data } = await octokit.rest.checks.create({
                ...base,
                ...run,
                output: run.output
            });
            return { id: data.id, url: data.html_url ?? '' };
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
            const annotations = await octokit.paginate(octokit.rest.checks.listAnnotations, {
                ...base,
                check_run_id: id,
                per_page: PER_PAGE
            });
            return annotations.map(a => a.raw_details ?? '');
        },
        async listIssueComments(issue) {
            const comments = await octokit.paginate(octokit.rest.issues.listComments, {
                ...base,
                issue_number: issue,
                per_page: PER_PAGE
            });
            return comments.map(c => ({
                id: c.id,
                body: c.body ?? '',
                isBot: c.user?.type === 'Bot',
                url: c.html_url
            }));
        },
        async createIssueComment(issue, body) {
            const { data } = await octokit.rest.issues.createComment({
                ...base,
                issue_number: issue,
                body
            });
            return { id: data.id, url: data.html_url };
        },
        async updateIssueComment(id, body) {
            const { data } = await octokit.rest.issues.updateComment({ ...base, comment_id: id, body });
            return { url: data.html_url };
        },
        async listPullFiles(pull) {
            const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
                ...base,
                pull_number: pull,
                per_page: PER_PAGE
            });
            return files.map(f => f.patch === undefined ? { filename: f.filename } : { filename: f.filename, patch: f.patch });
        },
        async listReviewCommentBodies(pull) {
            const comments = await octokit.paginate(octokit.rest.pulls.listReviewComments, {
                ...base,
                pull_number: pull,
                per_page: PER_PAGE
            });
            return comments.map(c => c.body);
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
            const { data } = await octokit.rest.repos.listCommitStatusesForRef({
                ...base,
                ref: sha,
                per_page: PER_PAGE
            });
            const status = data.find(s => s.context === context);
            return status
                ? { state: status.state, description: status.description ?? '' }
                : undefined;
        },
        async listLabels(issue) {
            const labels = await octokit.paginate(octokit.rest.issues.listLabelsOnIssue, {
                ...base,
                issue_number: issue,
                per_page: PER_PAGE
            });
            return labels.map(l => l.name);
        },
        async addLabels(issue, labels) {
            await octokit.rest.issues.addLabels({ ...base, issue_number: issue, labels });
        },
        async removeLabel(issue, label) {
            await octokit.rest.issues.removeLabel({ ...base, issue_number: issue, name: label });
        }
    };
}
/** HTTP status of an Octokit error (or of anything shaped like one). */
function httpStatus(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}


/***/ }),

/***/ 75187:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LD: () => (/* binding */ decide),
/* harmony export */   bk: () => (/* binding */ VERDICTS)
/* harmony export */ });
/* unused harmony export allowance */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10182);


const VERDICTS = ['clean', 'blocked', 'unknown'];
function matcher(patterns) {
    if (patterns.length === 0)
        return () => false;
    return picomatch__WEBPACK_IMPORTED_MODULE_0___default()(patterns, { dot: true });
}
function ruleMatcher(patterns) {
    const plain = matcher(patterns.filter(p => !p.includes(':')));
    const qualified = matcher(patterns.filter(p => p.includes(':')));
    return finding => plain(finding.ruleId) || qualified(`${finding.tool}:${finding.ruleId}`);
}
/** The most findings of a severity that still leave the release clean. */
function allowance(policy, severity) {
    const explicit = policy.maxCounts[severity];
    if (explicit !== undefined)
        return explicit;
    if (policy.failOn === 'none')
        return Number.POSITIVE_INFINITY;
    return (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .atLeast */ .jZ)(severity, policy.failOn) ? 0 : Number.POSITIVE_INFINITY;
}
function dispositionOf(finding, policy, include, exclude, allowed) {
    if (finding.baselineState === 'absent')
        return 'fixed';
    if (finding.suppressed && !policy.countSuppressed)
        return 'suppressed';
    const location = finding.location;
    // A path outside the workspace cannot be matched against workspace globs: it always counts.
    if (location !== undefined && !location.outsideWorkspace) {
        if (policy.include.length > 0 && !include(location.path))
            return 'excluded';
        if (exclude(location.path))
            return 'excluded';
    }
    if (allowed(finding))
        return 'allowed';
    if (policy.newOnly &&
        (finding.baselineState === 'unchanged' || finding.baselineState === 'updated')) {
        return 'existing';
    }
    return 'counted';
}
/**
 * Findings + policy → verdict. Pure. `unknown` (inputs that could not be judged) is never clean;
 * blocking findings from the inputs that were read still make it `blocked`.
 */
function decide(findings, problems, policy) {
    const include = matcher(policy.include);
    const exclude = matcher(policy.exclude);
    const allowed = ruleMatcher(policy.allowRules);
    const denied = ruleMatcher(policy.denyRules);
    const counted = (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .emptyCounts */ .W1)();
    const dispositions = {
        counted: 0,
        suppressed: 0,
        excluded: 0,
        allowed: 0,
        existing: 0,
        fixed: 0
    };
    const judged = findings.map(finding => {
        const disposition = dispositionOf(finding, policy, include, exclude, allowed);
        dispositions[disposition]++;
        if (disposition === 'counted')
            counted[finding.severity]++;
        return { finding, disposition, blocking: false };
    });
    const reasons = [];
    const blockingSeverities = new Set();
    for (const severity of _model_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC) {
        const limit = allowance(policy, severity);
        if (counted[severity] > limit) {
            blockingSeverities.add(severity);
            const rule = policy.maxCounts[severity] !== undefined
                ? `max-counts allows ${limit}`
                : `fail-on ${policy.failOn} allows none`;
            reasons.push(`${counted[severity]} ${severity} finding${counted[severity] === 1 ? '' : 's'} (${rule})`);
        }
    }
    let deniedCount = 0;
    for (const entry of judged) {
        if (entry.disposition !== 'counted')
            continue;
        const isDenied = denied(entry.finding);
        if (isDenied)
            deniedCount++;
        entry.blocking = isDenied || blockingSeverities.has(entry.finding.severity);
    }
    if (deniedCount > 0)
        reasons.push(`${deniedCount} finding${deniedCount === 1 ? '' : 's'} of denied rules (deny-rules)`);
    for (const problem of problems)
        reasons.push(problem.file ? `${problem.file}: ${problem.message}` : problem.message);
    const blocking = judged.filter(entry => entry.blocking).length;
    const verdict = blocking > 0 ? 'blocked' : problems.length > 0 ? 'unknown' : 'clean';
    if (verdict === 'clean')
        reasons.push('no counted finding exceeds the policy');
    return { verdict, reasons, judged, counted, dispositions, blocking };
}


/***/ }),

/***/ 2796:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ writeFileAtomically)
/* harmony export */ });
/* unused harmony export ChunkedFileWriter */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


const FLUSH_BYTES = 1 << 20;
/**
 * Writes a large text file piece by piece (a report of a million findings would not fit in one
 * string) to a temporary name, renamed into place on `close`: a reader never sees half a file.
 */
class ChunkedFileWriter {
    path;
    fd;
    temp;
    pending = [];
    pendingBytes = 0;
    bytes = 0;
    constructor(path) {
        this.path = path;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
        this.temp = `${path}.${process.pid}.tmp`;
        this.fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(this.temp, 'w');
    }
    write(text) {
        this.pending.push(text);
        this.pendingBytes += text.length;
        if (this.pendingBytes >= FLUSH_BYTES)
            this.flush();
    }
    close() {
        this.flush();
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(this.fd);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(this.temp, this.path);
    }
    abort() {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(this.fd);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(this.temp, { force: true });
    }
    flush() {
        if (this.pending.length === 0)
            return;
        const chunk = Buffer.from(this.pending.join(''), 'utf8');
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(this.fd, chunk);
        this.bytes += chunk.length;
        this.pending = [];
        this.pendingBytes = 0;
    }
}
/** Writes `produce`'s output to `path`, or nothing at all if it throws. */
function writeFileAtomically(path, produce) {
    const writer = new ChunkedFileWriter(path);
    try {
        produce(writer);
    }
    catch (error) {
        writer.abort();
        throw error;
    }
    writer.close();
    return writer.bytes;
}


/***/ }),

/***/ 26768:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CS: () => (/* binding */ VERDICT_SCHEMA),
/* harmony export */   NI: () => (/* binding */ buildVerdictRecord),
/* harmony export */   kB: () => (/* binding */ countsOutput)
/* harmony export */ });
/* unused harmony export combinedDigest */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10182);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(311);



const VERDICT_SCHEMA = 'known-good.verdict/v1';
function combinedDigest(digests) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update([...digests].sort().join('\n'))
        .digest('hex');
}
function inputRecords(collection) {
    return collection.files.map(file => {
        const record = { file: file.file, status: file.status };
        if (file.error !== undefined)
            record.error = file.error;
        if (file.summary) {
            record.sha256 = file.summary.sha256;
            record.bytes = file.summary.bytes;
            record.runs = file.summary.runs.map(run => {
                const out = {
                    tool: run.tool,
                    results: run.results,
                    findings: run.findings
                };
                if (run.toolVersion !== undefined)
                    out.version = run.toolVersion;
                if (run.category !== undefined)
                    out.category = run.category;
                if (run.errorNotifications.length > 0)
                    out.notifications = run.errorNotifications;
                return out;
            });
        }
        return record;
    });
}
function toolsOf(inputs) {
    const seen = new Map();
    for (const run of inputs.flatMap(input => input.runs ?? [])) {
        const key = `${run.tool}\u0000${run.version ?? ''}`;
        if (!seen.has(key))
            seen.set(key, run.version === undefined ? { name: run.tool } : { name: run.tool, version: run.version });
    }
    return [...seen.values()];
}
function buildVerdictRecord(args) {
    const { decision, collection } = args;
    const all = (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .emptyCounts */ .W1)();
    const byTool = {};
    for (const entry of decision.judged) {
        all[entry.finding.severity]++;
        if (entry.disposition === 'counted') {
            const counts = (byTool[entry.finding.tool] ??= (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .emptyCounts */ .W1)());
            counts[entry.finding.severity]++;
        }
    }
    const inputs = inputRecords(collection);
    return {
        schema: VERDICT_SCHEMA,
        verdict: decision.verdict,
        reasons: decision.reasons,
        counts: {
            counted: decision.counted,
            all,
            findings: decision.judged.length,
            blocking: decision.blocking,
            suppressed: decision.dispositions.suppressed,
            excluded: decision.dispositions.excluded,
            allowed: decision.dispositions.allowed,
            existing: decision.dispositions.existing,
            fixed: decision.dispositions.fixed,
            duplicates: collection.duplicates
        },
        byTool,
        policy: args.policy,
        inputs,
        unmatchedPatterns: args.unmatched,
        tools: toolsOf(inputs),
        sarifSha256: combinedDigest(inputs.flatMap(input => (input.sha256 ? [input.sha256] : []))),
        identity: args.identity,
        scannedAt: args.now.toISOString(),
        producer: { name: _version_js__WEBPACK_IMPORTED_MODULE_2__/* .PRODUCT */ .A, version: _version_js__WEBPACK_IMPORTED_MODULE_2__/* .VERSION */ .x }
    };
}
/** The `counts` output and annotation: counted findings per severity plus the totals. */
function countsOutput(record) {
    const c = record.counts;
    return {
        ...c.counted,
        findings: c.findings,
        blocking: c.blocking,
        suppressed: c.suppressed,
        excluded: c.excluded,
        allowed: c.allowed,
        existing: c.existing,
        fixed: c.fixed,
        duplicates: c.duplicates
    };
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
