export const id = 272;
export const ids = [272];
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

/***/ 31272:
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
// EXTERNAL MODULE: ./src/report/files.ts + 2 modules
var report_files = __webpack_require__(21315);
// EXTERNAL MODULE: ./src/report/markdown.ts
var report_markdown = __webpack_require__(54285);
// EXTERNAL MODULE: ./src/verdict/record.ts
var verdict_record = __webpack_require__(26768);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
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
    return (0,external_node_crypto_.hash)('sha256', JSON.stringify(parts), 'hex').slice(0, 32);
}
/** Distinct fingerprint values followed per run: enough to catch a value every result repeats. */
const MAX_TRACKED = 1_000;
/**
 * Finds fingerprint values that the results of one run share although they are different
 * findings: placeholders, not identities (Semgrep writes `"matchBasedId/v1": "requires login"`
 * into every result without a login). Reported, never used to merge.
 */
class FingerprintCensus {
    /** Per `member.key`, per value: who had it first, how many have it, whether others differ. */
    seen = new Map();
    tracked = 0;
    observe(result, identity) {
        this.observeMember('fingerprints', result.fingerprints, identity);
        this.observeMember('partialFingerprints', result.partialFingerprints, identity);
    }
    observeMember(member, value, identity) {
        if (!(0,json/* isObject */.Gv)(value))
            return;
        for (const key in value) {
            const fingerprint = value[key];
            if (typeof fingerprint !== 'string')
                continue;
            const name = `${member}.${key}`;
            let values = this.seen.get(name);
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
            if (values === undefined) {
                values = new Map();
                this.seen.set(name, values);
            }
            values.set(fingerprint, { identity, results: 1, shared: false });
        }
    }
    placeholders() {
        const found = [];
        for (const [name, values] of this.seen)
            for (const [value, { results, shared }] of values)
                if (shared)
                    found.push({ name, value, results });
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
function asLevel(value) {
    return typeof value === 'string' && LEVELS.has(value) ? value : undefined;
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
    return [...found];
}
function ruleInfo(descriptor) {
    const raw = (0,json/* asObject */.eB)(descriptor);
    const properties = (0,json/* asObject */.eB)(raw.properties);
    const config = (0,json/* asObject */.eB)(raw.defaultConfiguration);
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
    const raw = (0,json/* asObject */.eB)(value);
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
                if ((0,json/* isObject */.Gv)(notification) && notification.level === 'error')
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
            if ((0,json/* isObject */.Gv)(value))
                context.originalUriBaseIds = value;
            break;
        case 'artifacts':
            if (Array.isArray(value))
                context.artifacts = value;
            break;
        case 'automationDetails':
            if ((0,json/* isObject */.Gv)(value) && typeof value.id === 'string')
                context.category = value.id;
            break;
        case 'invocations':
            if (Array.isArray(value)) {
                for (const invocation of value)
                    if ((0,json/* isObject */.Gv)(invocation))
                        context.invocations.push(invocationFacts(invocation));
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
/**
 * Finds the rule of a result (§3.27.5–3.27.7): by `rule.index` in its tool component, by
 * `ruleIndex` in the driver, else by id in the driver and then in every extension.
 */
function findRule(result, context) {
    const reference = (0,json/* isObject */.Gv)(result.rule) ? result.rule : undefined;
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
/**
 * The result's message with its placeholders filled (§3.11.5): `message.text`, or `message.id`
 * looked up in the rule's, then the driver's message strings (§3.11.7).
 */
function messageOf(result, rule, context) {
    return (0,message/* resultMessage */.FV)(result.message, id => rule?.messageStrings.get(id) ?? context.tool?.driver.globalMessageStrings.get(id));
}
/** The message as people read it. */
function messageText(result, rule, context) {
    return messageOf(result, rule, context).text;
}
/** Suppressed when a suppression is accepted (§3.35.3); status absent counts as accepted. */
function isSuppressed(result) {
    if (!Array.isArray(result.suppressions) || result.suppressions.length === 0)
        return false;
    return result.suppressions.some(s => (0,json/* isObject */.Gv)(s) && (s.status === undefined || s.status === 'accepted'));
}
function positive(value) {
    return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
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
    const resolved = { path: mapped.path, outsideWorkspace: mapped.outsideWorkspace };
    const region = (0,json/* asObject */.eB)(physical.region);
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
    const properties = (0,json/* asObject */.eB)(result.properties);
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
    if (!(0,json/* isObject */.Gv)(raw))
        throw new Error('a result must be a JSON object');
    if (!isFailure(raw))
        return undefined;
    const rule = findRule(raw, context);
    const reference = (0,json/* isObject */.Gv)(raw.rule) ? raw.rule : undefined;
    const ruleId = (typeof raw.ruleId === 'string' ? raw.ruleId : undefined) ??
        (typeof reference?.id === 'string' ? reference.id : undefined) ??
        rule?.id ??
        '(no rule)';
    // §3.27.10: level defaults to the rule's default configuration, then `warning`.
    const level = asLevel(raw.level) ?? rule?.defaultLevel ?? 'warning';
    const score = rule?.securitySeverity;
    const severity = score !== undefined ? severityFromScore(score) : severityFromLevel(level);
    const tool = context.tool?.driver.name ?? 'unknown-tool';
    const location = locationOf(raw, context, env);
    const message = messageOf(raw, rule, context);
    const finding = {
        fingerprint: '',
        tool,
        ruleId,
        cwes: resultCwes(raw, rule),
        level,
        severity,
        message: message.text,
        suppressed: isSuppressed(raw),
        source: { file: env.file, run: env.run }
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
    if (score !== undefined)
        finding.securitySeverity = score;
    if (location !== undefined)
        finding.location = location;
    if (typeof raw.baselineState === 'string' && BASELINE_STATES.has(raw.baselineState)) {
        finding.baselineState = raw.baselineState;
    }
    if (context.category !== undefined)
        finding.source.category = context.category;
    // Last: computing the identity consumes the result.
    finding.fingerprint = identityOf(raw, tool, ruleId, location?.path);
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
    if (typeof baseId === 'string' && context.originalUriBaseIds?.[baseId] === undefined) {
        needs.baseIds.push(baseId);
    }
    return needs;
}

// EXTERNAL MODULE: ./src/sarif/path-map.ts
var path_map = __webpack_require__(95693);
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
async function head(path) {
    const handle = await (0,promises_.open)(path, 'r');
    try {
        const buffer = Buffer.alloc(LFS_POINTER.length);
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
        return buffer.subarray(0, bytesRead);
    }
    finally {
        await handle.close();
    }
}
function isGzipHead(bytes) {
    return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}
async function isGzip(path) {
    return isGzipHead(await head(path));
}
/** SHA-256 and size of a whole file, or undefined when it cannot be read. */
async function digestOf(path) {
    try {
        const digest = (0,external_node_crypto_.createHash)('sha256');
        let bytes = 0;
        for await (const chunk of (0,external_node_fs_.createReadStream)(path, { highWaterMark: CHUNK_BYTES })) {
            digest.update(chunk);
            bytes += chunk.length;
        }
        return { sha256: digest.digest('hex'), bytes };
    }
    catch {
        return undefined;
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
 * artifacts arrive after results that needed them) is read again with its full context, and so
 * is a run whose automatic path mapping turned out ambiguous (then without it).
 * Throws `SarifFileError` naming the file, byte offset and JSON path for anything that is not a
 * readable SARIF 2.1.0 log, with the SHA-256 of the bytes it judged; the caller discards that
 * file's findings.
 */
async function readSarifFile(path, displayName, workspace, sink, options = {}) {
    let gzip;
    const states = [];
    const root = {};
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
            census: state.census
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
                    hasResults: false,
                    paths: { mappings: [], outside: { findings: 0, examples: [] } },
                    placeholderFingerprints: []
                },
                resultsStarted: false,
                processed: 0,
                replay: false,
                reading: false,
                usedBaseIds: new Set(),
                usedArtifacts: false,
                paths: new path_map/* RunPathMapper */.Gs(pathMap, files),
                mappingGivenUp: false,
                census: new FingerprintCensus()
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
    try {
        const first = await head(path);
        if (first.toString('latin1') === LFS_POINTER) {
            throw new Error('is a Git LFS pointer, not the SARIF log itself: the file was committed to Git LFS and the checkout did not fetch it. Fetch LFS files before the scan (actions/checkout with lfs: true, or git lfs pull), or point sarif at the file the scanner wrote');
        }
        gzip = isGzipHead(first);
        bytes = await feed(path, gzip, new scanner_SarifScanner(firstPass), digest);
        checkVersion(root);
        // A run is read again when its context came late, or (once more, at most) when its
        // automatic path mapping turned out ambiguous while it was being read again.
        while (states.some(s => s.replay) && passes < 3) {
            passes++;
            for (const state of states) {
                state.reading = state.replay;
                state.replay = false;
                state.processed = 0;
                if (state.reading) {
                    state.paths.restart();
                    state.census = new FingerprintCensus();
                }
            }
            await feed(path, gzip, new scanner_SarifScanner(replayHandler(states, emit, endRun)));
        }
    }
    catch (error) {
        const failure = asFileError(displayName, error);
        const judged = await digestOf(path);
        if (judged !== undefined) {
            failure.sha256 = judged.sha256;
            failure.bytes = judged.bytes;
        }
        throw failure;
    }
    return {
        sha256: digest.digest('hex'),
        bytes,
        gzip,
        passes,
        runs: states.map(state => summarise(state))
    };
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
    duplicatesByTool = new Map();
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
    /** Copies merged away, per tool. */
    duplicatesOf(tool) {
        return this.duplicatesByTool.get(tool) ?? 0;
    }
    /** The same finding seen again keeps its most severe form; it is suppressed only if every copy is. */
    merge(finding) {
        const existing = this.byFingerprint.get(finding.fingerprint);
        if (existing === undefined) {
            this.byFingerprint.set(finding.fingerprint, finding);
            return;
        }
        this.duplicates++;
        this.duplicatesByTool.set(finding.tool, this.duplicatesOf(finding.tool) + 1);
        const suppressed = existing.suppressed && finding.suppressed;
        const kept = (0,model/* atLeast */.jZ)(finding.severity, existing.severity) && finding.severity !== existing.severity
            ? finding
            : existing;
        kept.suppressed = suppressed;
        this.byFingerprint.set(finding.fingerprint, kept);
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
    for (const finding of collector.findings())
        entry(finding.tool).findings++;
    return [...totals.values()].sort((a, b) => (a.tool < b.tool ? -1 : a.tool > b.tool ? 1 : 0));
}
/** Reads every input; a file that fails is recorded with its error and the others still count. */
async function collectFindings(inputs, workspace, options = {}) {
    const collector = new FindingCollector();
    const files = [];
    const read = { files: new path_map/* WorkspaceFiles */.b$(workspace) };
    if (options.pathMap !== undefined)
        read.pathMap = options.pathMap;
    for (const input of inputs) {
        try {
            const summary = await readSarifFile(input.path, input.display, workspace, collector, read);
            collector.commitFile();
            files.push({ file: input.display, status: 'read', summary });
        }
        catch (error) {
            collector.abortFile();
            if (!(error instanceof SarifFileError))
                throw error;
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
        findings: collector.findings(),
        duplicates: collector.duplicates,
        tools: toolTotals(collector, files)
    };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
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
    const top = decision.judged
        .filter(e => e.disposition === 'counted')
        .sort(report_annotations/* compareJudged */.xu)
        .slice(0, LOG_MAX_FINDINGS);
    for (const { finding, blocking } of top) {
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
/** What the log should say about one run beyond its findings: mappings, outside paths, notes. */
function logRun(logger, file, run) {
    const where = `${(0,one_line/* oneLine */.TN)(file)}: ${(0,one_line/* oneLine */.TN)(run.tool)}`;
    for (const note of run.errorNotifications) {
        logger.warning(`${where} reported an error (not part of the verdict): ${(0,one_line/* oneLine */.TN)(note).slice(0, 300)}`);
    }
    if (run.executionNote !== undefined)
        logger.info(`${where}: ${(0,one_line/* oneLine */.TN)(run.executionNote)}`);
    for (const mapping of run.paths.mappings) {
        logger.info(`${where}: ${mapping.paths} path(s) mapped from ${(0,one_line/* oneLine */.TN)(mapping.from).slice(0, 300)} to ${mapping.to === '' ? 'the workspace root' : (0,one_line/* oneLine */.TN)(mapping.to).slice(0, 300)} (${MAPPING_HOW[mapping.how]})`);
    }
    const ambiguous = run.paths.ambiguousRoots;
    if (ambiguous !== undefined) {
        logger.warning(`${where}: paths from another machine were not mapped: both ${(0,one_line/* oneLine */.TN)(ambiguous[0]).slice(0, 200)} and ${(0,one_line/* oneLine */.TN)(ambiguous[1]).slice(0, 200)} fit as the root it ran in; name it with path-map (from=to)`);
    }
    const outside = run.paths.outside;
    if (outside.findings > 0) {
        const examples = outside.examples.map(path => (0,one_line/* oneLine */.TN)(path).slice(0, 200)).join(', ');
        logger.warning(`${where}: ${outside.findings} finding(s) with a path outside the workspace (counted, not annotated), e.g. ${examples}; if they come from another checkout or a container, map them with path-map (from=to)`);
    }
    for (const placeholder of run.placeholderFingerprints) {
        logger.info(`${where}: ${(0,one_line/* oneLine */.TN)(placeholder.name).slice(0, 100)} is ${JSON.stringify((0,one_line/* oneLine */.TN)(placeholder.value).slice(0, 100))} on ${placeholder.results} results that are different findings: a placeholder, not used to tell findings apart`);
    }
}
function logTotals(logger, collection) {
    for (const tool of collection.tools) {
        logger.info(`${(0,one_line/* oneLine */.TN)(tool.tool)}: ${tool.results} result(s) read, ${tool.findings} finding(s) after de-duplication${tool.duplicates > 0 ? ` (${tool.duplicates} duplicate(s) merged)` : ''}`);
    }
}
async function scan(config, deps) {
    const { logger } = deps;
    (0,report_files/* prepareOutputDir */.g$)(config.outputDir);
    const expanded = await expandInputs(config.sarif, config.workspace);
    logger.info(`Reading ${expanded.files.length} SARIF file(s)`);
    const collection = await collectFindings(expanded.files, config.workspace, {
        pathMap: config.pathMap
    });
    for (const file of collection.files) {
        if (file.status === 'failed')
            logger.warning((0,one_line/* oneLine */.TN)(file.error ?? file.file));
        for (const run of file.summary?.runs ?? [])
            logRun(logger, file.file, run);
    }
    logTotals(logger, collection);
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
    const files = await (0,report_files/* writeReportFiles */.t4)(config.outputDir, record, decision.judged, annotations);
    for (const cut of files.merged.cuts)
        logger.warning(`merged SARIF cut: ${(0,one_line/* oneLine */.TN)(cut)}`);
    const verdictOutputs = {
        verdict: record.verdict,
        reasons: record.reasons.join('\n'),
        counts: JSON.stringify((0,verdict_record/* countsOutput */.kB)(record)),
        'verdict-file': files.verdict,
        'sarif-file': files.sarif,
        'sarif-sha256': record.sarifSha256,
        'report-dir': files.dir
    };
    deps.setOutputs?.(verdictOutputs);
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
            files,
            workspace: config.workspace,
            reportingTimeoutMs: config.github.reportingTimeoutMs
        };
        if (config.github.pullRequest)
            context.pullRequest = config.github.pullRequest;
        if (config.identity.runUrl)
            context.runUrl = config.identity.runUrl;
        // The GitHub channels load only when there is a GitHub to report to.
        const { publishToGitHub } = await __webpack_require__.e(/* import() */ 121).then(__webpack_require__.bind(__webpack_require__, 18121));
        githubOutputs = await publishToGitHub(context, { ...deps.github, logger });
    }
    logOutcome(logger, record, decision);
    return { status: record.verdict, outputs: { ...githubOutputs, ...verdictOutputs } };
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
        if (file.sha256 !== undefined)
            record.sha256 = file.sha256;
        if (file.bytes !== undefined)
            record.bytes = file.bytes;
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
                if (run.executionFailure !== undefined)
                    out.executionFailure = run.executionFailure;
                if (run.executionNote !== undefined)
                    out.executionNote = run.executionNote;
                if (run.errorNotifications.length > 0)
                    out.notifications = run.errorNotifications;
                if (run.paths.mappings.length > 0)
                    out.pathMappings = run.paths.mappings;
                if (run.paths.outside.findings > 0)
                    out.outsideWorkspace = run.paths.outside;
                if (run.paths.ambiguousRoots)
                    out.ambiguousRoots = run.paths.ambiguousRoots;
                if (run.placeholderFingerprints.length > 0)
                    out.placeholderFingerprints = run.placeholderFingerprints;
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
    // Tool names come from the logs: a null-prototype object takes any name as a plain key.
    const byTool = Object.create(null);
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
        toolTotals: collection.tools,
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


/***/ })

};
