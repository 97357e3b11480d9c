export const id = 556;
export const ids = [556];
export const modules = {

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

/***/ 90762:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ku: () => (/* binding */ firstOf),
/* harmony export */   MJ: () => (/* binding */ countedOf),
/* harmony export */   MU: () => (/* binding */ byTool),
/* harmony export */   Ss: () => (/* binding */ DISPOSITION_CODE),
/* harmony export */   Te: () => (/* binding */ OrderedJudged),
/* harmony export */   pq: () => (/* binding */ countOf)
/* harmony export */ });
/* unused harmony exports DISPOSITIONS, compareJudged, orderJudged, mergeSort */
/* harmony import */ var _sarif_store_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52804);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10182);


/** Why a finding does or does not count; its code in the store is its index here. */
const DISPOSITIONS = [
    'counted',
    'suppressed',
    'excluded',
    'allowed',
    'existing',
    'fixed'
];
/** Each disposition's code in the store. */
const DISPOSITION_CODE = Object.fromEntries(DISPOSITIONS.map((name, code) => [name, code]));
/** Within one severity and blocking: by place, then by identity. */
function compareInBucket(a, b) {
    const x = a.finding;
    const y = b.finding;
    return (compareText(x.location?.path ?? NO_LOCATION, y.location?.path ?? NO_LOCATION) ||
        (x.location?.startLine ?? 0) - (y.location?.startLine ?? 0) ||
        compareText(x.fingerprint, y.fingerprint) ||
        compareText(x.tool, y.tool) ||
        compareText(x.source.file, y.source.file) ||
        x.source.run - y.source.run);
}
/** Where a finding without a location sorts among paths. */
const NO_LOCATION = '\uffff';
/**
 * The one order of judged findings, as a comparison of two (the order's definition;
 * `OrderedJudged.of` sorts a store's rows by the same keys): most severe first, blocking before
 * non-blocking, then by place, then by identity. A total order: findings are de-duplicated by
 * fingerprint (sarif/store.ts), and the tool and source after it decide between equal
 * fingerprints should two ever meet, so output is byte-stable.
 */
function compareJudged(a, b) {
    return (severityRank(a.finding.severity) - severityRank(b.finding.severity) ||
        Number(b.blocking) - Number(a.blocking) ||
        compareInBucket(a, b));
}
/**
 * The one order of judged findings (ARCHITECTURE.md, "Scan memory"): rows of a `FindingStore`,
 * sorted once where the judgement is made (`decide`) and never again. Every report walks this
 * list, or a part of it taken in order, so no report sorts the findings: a part of an ordered
 * list is ordered. Walking it reads each finding from the store (a spilled one from disk), so
 * a report keeps only what it needs of each. Only this module makes one, so a report cannot be
 * handed an unsorted list.
 */
class OrderedJudged {
    store;
    list;
    countedPart;
    constructor(store, list) {
        this.store = store;
        this.list = list;
    }
    get length() {
        return this.list.length;
    }
    *[Symbol.iterator]() {
        for (const row of this.list)
            yield this.entry(row);
    }
    /**
     * What the store holds of each entry without reading the finding, in order; `entry()` reads
     * it. One object, changed at each step: take what is needed before the next.
     */
    *rows() {
        const store = this.store;
        const view = {
            severity: _model_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC[0],
            disposition: DISPOSITIONS[0],
            blocking: false,
            baselineState: undefined,
            entry: () => this.entry(current)
        };
        let current = 0;
        for (const row of this.list) {
            current = row;
            view.severity = store.severity(row);
            view.disposition = DISPOSITIONS[store.disposition(row)];
            view.blocking = store.blocking(row);
            view.baselineState = store.baselineState(row);
            yield view;
        }
    }
    /** How many entries block: no finding is read. */
    get blocking() {
        let count = 0;
        for (const row of this.list)
            if (this.store.blocking(row))
                count++;
        return count;
    }
    /** The entries whose row `keep` keeps, still in order. */
    rowsWhere(keep) {
        // Two passes into a typed array: `filter` would first gather the rows in a plain array,
        // 8 bytes a row of garbage for every part taken.
        let count = 0;
        for (const row of this.list)
            if (keep(row, this.store))
                count++;
        // Every entry kept (every finding counts, as often): the list is its own part.
        if (count === this.list.length)
            return this;
        const rows = new Uint32Array(count);
        let i = 0;
        for (const row of this.list)
            if (keep(row, this.store))
                rows[i++] = row;
        return new OrderedJudged(this.store, rows);
    }
    /** The counted entries, in order; taken once per list and kept. */
    counted() {
        this.countedPart ??= this.rowsWhere((row, store) => store.disposition(row) === DISPOSITION_CODE.counted);
        return this.countedPart;
    }
    /** The entries `keep` keeps, still in order (each finding read to decide). */
    where(keep) {
        return this.rowsWhere(row => keep(this.entry(row)));
    }
    /** The first `n` entries, in order. */
    first(n) {
        const first = [];
        for (const row of this.list.subarray(0, Math.max(0, n)))
            first.push(this.entry(row));
        return first;
    }
    /** The entries come from one tool, or there are none: no finding is read. */
    fromOneTool() {
        const first = this.list[0];
        if (first === undefined)
            return true;
        const tool = this.store.toolId(first);
        for (const row of this.list)
            if (this.store.toolId(row) !== tool)
                return false;
        return true;
    }
    /** The entries of each tool, each list still in order; tools in the order they first appear. */
    byTool() {
        // Counted first, then filled: one typed array per tool, no list that grows.
        const counts = new Map();
        for (const row of this.list) {
            const tool = this.store.toolId(row);
            counts.set(tool, (counts.get(tool) ?? 0) + 1);
        }
        if (counts.size === 1) {
            // One tool: the list is its own part.
            const [tool] = counts.keys();
            return new Map([[this.store.tools.values[tool], this]]);
        }
        const lists = new Map();
        for (const [tool, count] of counts)
            lists.set(tool, { rows: new Uint32Array(count), filled: 0 });
        for (const row of this.list) {
            const list = lists.get(this.store.toolId(row));
            list.rows[list.filled++] = row;
        }
        const tools = new Map();
        for (const [tool, list] of lists)
            tools.set(this.store.tools.values[tool], new OrderedJudged(this.store, list.rows));
        return tools;
    }
    entry(row) {
        return {
            finding: this.store.finding(row),
            disposition: DISPOSITIONS[this.store.disposition(row)],
            blocking: this.store.blocking(row)
        };
    }
    /**
     * Sorts the judged rows of a store into the one order (the keys of `compareJudged`).
     * Severity and blocking split them into buckets in one pass; only a bucket is sorted, by
     * place and identity, each key a number (a string's rank among the store's strings).
     */
    static of(store) {
        if (store.isSealed)
            throw new Error('these findings were judged and ordered already');
        // No finding comes after the judgement: the de-duplication table's memory holds the order.
        const space = store.seal();
        const paths = store.paths.values;
        const pathRank = ranksWith(paths, NO_LOCATION);
        const noLocation = pathRank[paths.length];
        const toolRank = ranksWith(store.tools.values);
        const fileRank = ranksWith(store.files.values);
        // Counted first, then filled: the buckets are parts of one typed array, each sorted with
        // the part of the same length beside it as scratch, so no list grows and nothing is copied.
        const bucketOf = (row) => store.severityCode(row) * 2 + (store.blocking(row) ? 0 : 1);
        const starts = new Uint32Array((_model_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC.length + 1) * 2 + 1);
        for (const row of store.rowsInOrderRead())
            starts[bucketOf(row) + 1]++;
        for (let bucket = 1; bucket < starts.length; bucket++)
            starts[bucket] += starts[bucket - 1];
        const filled = starts.slice(0, -1);
        const total = starts[starts.length - 1];
        const rows = space.subarray(0, total);
        const scratch = space.subarray(total, 2 * total);
        for (const row of store.rowsInOrderRead())
            rows[filled[bucketOf(row)]++] = row;
        const place = (row) => {
            const path = store.pathId(row);
            return path < paths.length ? pathRank[path] : noLocation;
        };
        const compare = (a, b) => place(a) - place(b) ||
            store.startLine(a) - store.startLine(b) ||
            store.compareFingerprints(a, b) ||
            toolRank[store.toolId(a)] - toolRank[store.toolId(b)] ||
            fileRank[store.fileId(a)] - fileRank[store.fileId(b)] ||
            store.run(a) - store.run(b);
        for (let bucket = 0; bucket + 1 < starts.length; bucket++) {
            const [from, to] = [starts[bucket], starts[bucket + 1]];
            mergeSort(rows.subarray(from, to), scratch.subarray(from, to), compare);
        }
        store.arrange(rows);
        // The order outlives the table it was made in: kept at its own size, it lets the table's
        // other half (the scratch) go, 4 bytes a finding, now that the digests are gone too.
        const kept = rows.slice();
        (0,_sarif_store_js__WEBPACK_IMPORTED_MODULE_0__/* .release */ ._r)(space);
        return new OrderedJudged(store, kept);
    }
}
/** Judged findings (already de-duplicated) in the one order, held in a store of their own. */
function orderJudged(judged) {
    const store = FindingStore.of(judged.map(entry => entry.finding));
    judged.forEach((entry, row) => store.setJudgement(row, DISPOSITION_CODE[entry.disposition], entry.blocking));
    return OrderedJudged.of(store);
}
/**
 * Sorts `list` in place, stably, with `scratch` (as long as `list`) for the merges: the same
 * order as `Array.prototype.sort`, whose typed-array form copies the numbers into two arrays of
 * 8 bytes each. Runs of 16 are sorted by insertion first, then merged bottom up.
 */
function mergeSort(list, scratch, compare) {
    const n = list.length;
    if (scratch.length < n)
        throw new Error('the scratch of a merge sort is shorter than its list');
    const RUN = 16;
    for (let lo = 0; lo < n; lo += RUN) {
        const hi = Math.min(lo + RUN, n);
        for (let i = lo + 1; i < hi; i++) {
            const value = list[i];
            let j = i - 1;
            while (j >= lo && compare(list[j], value) > 0) {
                list[j + 1] = list[j];
                j--;
            }
            list[j + 1] = value;
        }
    }
    let from = list;
    let to = scratch;
    for (let width = RUN; width < n; width *= 2) {
        for (let lo = 0; lo < n; lo += 2 * width) {
            const mid = Math.min(lo + width, n);
            const hi = Math.min(lo + 2 * width, n);
            let i = lo;
            let j = mid;
            let k = lo;
            while (i < mid && j < hi)
                to[k++] = compare(from[j], from[i]) < 0 ? from[j++] : from[i++];
            while (i < mid)
                to[k++] = from[i++];
            while (j < hi)
                to[k++] = from[j++];
        }
        ;
        [from, to] = [to, from];
    }
    if (from !== list)
        list.set(from.subarray(0, n));
}
/** Each string's rank in `<` order (equal strings, equal ranks), `extra` ranked last in the list. */
function ranksWith(values, ...extra) {
    const all = [...values, ...extra];
    const order = all.map((_, i) => i).sort((a, b) => (0,_sarif_store_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6)(all[a], all[b]));
    const ranks = new Uint32Array(all.length);
    let rank = 0;
    order.forEach((id, i) => {
        if (i > 0 && all[order[i - 1]] !== all[id])
            rank = i;
        ranks[id] = rank;
    });
    return ranks;
}
/** The counted entries, in order: no finding is read to choose them. */
function countedOf(list) {
    return list.counted();
}
/** How many entries `keep` keeps: one pass, no copy. */
function countOf(list, keep) {
    let count = 0;
    for (const entry of list)
        if (keep(entry))
            count++;
    return count;
}
/** The first `n` entries of a list, in order, and how many it has in all: no pass over the rest. */
function firstOf(list, n) {
    return { first: list.first(n), total: list.length };
}
/** The entries of each tool, each list still in order; tools in the order they first appear. */
function byTool(list) {
    return list.byTool();
}


/***/ }),

/***/ 75187:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LD: () => (/* binding */ decide),
/* harmony export */   bk: () => (/* binding */ VERDICTS)
/* harmony export */ });
/* unused harmony export allowance */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(10182);
/* harmony import */ var _sarif_store_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52804);
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(90762);




const VERDICTS = ['clean', 'blocked', 'unknown'];
function matcher(patterns) {
    if (patterns.length === 0)
        return () => false;
    return picomatch__WEBPACK_IMPORTED_MODULE_2___default()(patterns, { dot: true });
}
/** A rule pattern list: `rule` or `tool:rule` globs. */
function ruleMatcher(patterns) {
    const plain = matcher(patterns.filter(p => !p.includes(':')));
    const qualified = matcher(patterns.filter(p => p.includes(':')));
    return (tool, ruleId) => plain(ruleId) || qualified(`${tool}:${ruleId}`);
}
/** A predicate over small ids (paths, rules), each id's answer computed once. */
function memo(answer) {
    const known = [];
    return id => {
        let value = known[id];
        if (value === undefined)
            known[id] = value = answer(id) ? 1 : 0;
        return value === 1;
    };
}
/** The most findings of a severity that still leave the release clean. */
function allowance(policy, severity) {
    const explicit = policy.maxCounts[severity];
    if (explicit !== undefined)
        return explicit;
    if (policy.failOn === 'none')
        return Number.POSITIVE_INFINITY;
    return (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .atLeast */ .jZ)(severity, policy.failOn) ? 0 : Number.POSITIVE_INFINITY;
}
/** Why a row of the store does or does not count, from its columns. */
function dispositionOf(store, row, policy, excluded, allowed) {
    const baselineState = store.baselineState(row);
    if (baselineState === 'absent')
        return 'fixed';
    if (store.suppressed(row) && !policy.countSuppressed)
        return 'suppressed';
    // A path outside the workspace cannot be matched against workspace globs: it always counts.
    const path = store.workspacePathId(row);
    if (path !== undefined && excluded(path))
        return 'excluded';
    if (allowed(store.ruleKey(row)))
        return 'allowed';
    if (policy.newOnly && (baselineState === 'unchanged' || baselineState === 'updated'))
        return 'existing';
    return 'counted';
}
/**
 * Findings + policy → verdict. The judgement of each finding is written into its row of the
 * store, which is then sorted into the one order. `unknown` (inputs that could not be judged)
 * is never clean; blocking findings from the inputs that were read still make it `blocked`.
 */
function decide(findings, problems, policy) {
    const store = findings instanceof _sarif_store_js__WEBPACK_IMPORTED_MODULE_0__/* .FindingStore */ .Fj ? findings : _sarif_store_js__WEBPACK_IMPORTED_MODULE_0__/* .FindingStore */ .Fj.of(findings);
    const include = matcher(policy.include);
    const exclude = matcher(policy.exclude);
    const excluded = memo(id => {
        const path = store.paths.values[id];
        return (policy.include.length > 0 && !include(path)) || exclude(path);
    });
    const rule = (matches) => memo(key => matches(store.tools.values[store.toolOfRule(key)], store.ruleIdOf(key)));
    const allowed = rule(ruleMatcher(policy.allowRules));
    const denied = rule(ruleMatcher(policy.denyRules));
    const counted = (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .emptyCounts */ .W1)();
    const all = (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .emptyCounts */ .W1)();
    const dispositions = {
        counted: 0,
        suppressed: 0,
        excluded: 0,
        allowed: 0,
        existing: 0,
        fixed: 0
    };
    const countedByTool = Object.create(null);
    for (const row of store.rowsInOrderRead()) {
        const severity = store.severity(row);
        all[severity]++;
        const disposition = dispositionOf(store, row, policy, excluded, allowed);
        dispositions[disposition]++;
        store.setJudgement(row, _order_js__WEBPACK_IMPORTED_MODULE_1__/* .DISPOSITION_CODE */ .Ss[disposition], false);
        if (disposition === 'counted') {
            counted[severity]++;
            (countedByTool[store.tools.values[store.toolId(row)]] ??= (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .emptyCounts */ .W1)())[severity]++;
        }
    }
    const reasons = [];
    const blockingSeverities = new Set();
    for (const severity of _model_js__WEBPACK_IMPORTED_MODULE_3__/* .SEVERITIES */ .oC) {
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
    let blocking = 0;
    for (const row of store.rowsInOrderRead()) {
        if (store.disposition(row) !== _order_js__WEBPACK_IMPORTED_MODULE_1__/* .DISPOSITION_CODE */ .Ss.counted)
            continue;
        const isDenied = denied(store.ruleKey(row));
        if (isDenied)
            deniedCount++;
        if (isDenied || blockingSeverities.has(store.severity(row))) {
            store.setJudgement(row, _order_js__WEBPACK_IMPORTED_MODULE_1__/* .DISPOSITION_CODE */ .Ss.counted, true);
            blocking++;
        }
    }
    if (deniedCount > 0)
        reasons.push(`${deniedCount} finding${deniedCount === 1 ? '' : 's'} of denied rules (deny-rules)`);
    for (const problem of problems)
        reasons.push(problem.file ? `${problem.file}: ${problem.message}` : problem.message);
    const verdict = blocking > 0 ? 'blocked' : problems.length > 0 ? 'unknown' : 'clean';
    if (verdict === 'clean')
        reasons.push('no counted finding exceeds the policy');
    return {
        verdict,
        reasons,
        judged: _order_js__WEBPACK_IMPORTED_MODULE_1__/* .OrderedJudged */ .Te.of(store),
        counted,
        all,
        countedByTool,
        dispositions,
        blocking
    };
}


/***/ }),

/***/ 2796:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lo: () => (/* binding */ writeFileAtomically)
/* harmony export */ });
/* unused harmony exports randomSuffix, ChunkedFileWriter */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _util_appender_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77145);




/** One report file's write buffer. */
const BUFFER_BYTES = 1 << 18;
/** Names tried for the temporary file before giving up (each taken one is someone else's). */
const TEMP_ATTEMPTS = 8;
/** An unpredictable suffix: nobody can plant a file or a link at the name beforehand. */
function randomSuffix() {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(8).toString('hex');
}
/**
 * Creates the temporary file exclusively (O_CREAT | O_EXCL): a name that exists, a symbolic
 * link included (even one to a missing file), is never opened, so nothing is written through a
 * link planted there. A taken name is skipped for another.
 */
function openTemp(path, suffix) {
    for (let attempt = 1;; attempt++) {
        const temp = `${path}.${suffix()}.tmp`;
        try {
            return { fd: (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(temp, 'wx', 0o644), temp };
        }
        catch (error) {
            if (error.code !== 'EEXIST' || attempt >= TEMP_ATTEMPTS)
                throw error;
        }
    }
}
/**
 * Writes a large text file piece by piece (a report of a million findings would not fit in one
 * string) to a temporary name, renamed into place on `close`: a reader never sees half a file.
 * Each piece is encoded into one reused buffer as it is given (`Appender`), so the pieces of a
 * report do not stay on the heap. The rename replaces whatever is at `path`, a symbolic link
 * too, without following it.
 */
class ChunkedFileWriter {
    path;
    fd;
    temp;
    out;
    constructor(path, suffix = randomSuffix) {
        this.path = path;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), { recursive: true });
        ({ fd: this.fd, temp: this.temp } = openTemp(path, suffix));
        this.out = new _util_appender_js__WEBPACK_IMPORTED_MODULE_3__/* .Appender */ .w(this.fd, BUFFER_BYTES);
    }
    /** Bytes given so far, written or still in the buffer. */
    get bytes() {
        return this.out.end;
    }
    write(text) {
        this.out.append(text);
    }
    close() {
        try {
            this.out.flush();
        }
        catch (error) {
            this.abort();
            throw error;
        }
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(this.fd);
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(this.temp, this.path);
        }
        catch (error) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(this.temp, { force: true });
            throw error;
        }
    }
    abort() {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(this.fd);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(this.temp, { force: true });
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

/***/ 52804:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fj: () => (/* binding */ FindingStore),
/* harmony export */   _r: () => (/* binding */ release),
/* harmony export */   n6: () => (/* binding */ compareText)
/* harmony export */ });
/* unused harmony exports IN_MEMORY_FINDINGS, combineBaseline */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(10182);
/* harmony import */ var _util_appender_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(77145);







/**
 * Where the findings of a scan live between reading and reporting (ARCHITECTURE.md, "Scan
 * memory"). Each finding is a row of fixed-size columns: what de-duplication, the policy and the
 * one order need (fingerprint digest, severity, flags, rule, path, line, source), about 50 bytes,
 * plus the finding itself. The first `inMemory` findings are kept as objects; every later one is
 * written to a spill file in the temporary directory as a line of JSON and read back when a
 * report asks for it, so memory does not grow with the findings beyond the columns.
 */
/** Rows per block of a column: columns grow by a block, never by copying. */
const BLOCK_BITS = 12;
const BLOCK = 1 << BLOCK_BITS;
const MASK = BLOCK - 1;
/** Findings kept as objects before the spill file is used (the scan's default). */
const IN_MEMORY_FINDINGS = 16_384;
/** Spill writes go out in pieces of this size. */
const SPILL_BUFFER_BYTES = 1 << 20;
/** A column of numbers that grows a block at a time. */
class Column {
    make;
    stride;
    blocks = [];
    constructor(make, stride = 1) {
        this.make = make;
        this.stride = stride;
    }
    get(row, lane = 0) {
        return this.blocks[row >>> BLOCK_BITS][(row & MASK) * this.stride + lane];
    }
    set(row, value, lane = 0) {
        const block = row >>> BLOCK_BITS;
        while (block >= this.blocks.length)
            this.blocks.push(this.make(BLOCK * this.stride));
        this.blocks[block][(row & MASK) * this.stride + lane] = value;
    }
    /** Gives the column's memory back now, not at a later collection (`release`). */
    release() {
        for (const block of this.blocks)
            release(block);
        this.blocks.length = 0;
    }
}
/**
 * Frees a typed array's memory at once and leaves it empty. V8 frees the memory of a typed
 * array that is no longer used only when a full collection finds it, so a large one dropped
 * before the reports (the digests, the de-duplication table: ARCHITECTURE.md, "Scan memory")
 * would still count in the scan's peak while they are written. Detaching its buffer
 * (`ArrayBuffer.prototype.transfer`, ES2024) frees it now. For arrays that own their buffer.
 */
function release(array) {
    if (array.byteOffset !== 0 || array.byteLength !== array.buffer.byteLength)
        throw new Error('only a typed array that owns its whole buffer is released');
    array.buffer.transfer(0);
}
/** Distinct strings, each given a small number. */
class Table {
    ids = new Map();
    values = [];
    /** The number of a value already given one. */
    find(value) {
        return this.ids.get(value);
    }
    id(value) {
        let id = this.ids.get(value);
        if (id === undefined) {
            id = this.values.length;
            this.ids.set(value, id);
            this.values.push(value);
        }
        return id;
    }
}
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
// Bits of the `bits` column.
const SEVERITY_MASK = 0x7; // severityRank + 1: 0 for no severity of SARIF's
const SUPPRESSED = 1 << 3;
const HAS_LOCATION = 1 << 4;
const OUTSIDE = 1 << 5;
const DEAD = 1 << 6;
const BASELINE_SHIFT = 7; // 3 bits: 0 none, then BASELINES
const BASELINE_MASK = 0x7 << BASELINE_SHIFT;
const DISPOSITION_SHIFT = 10; // 3 bits, set by the policy
const DISPOSITION_MASK = 0x7 << DISPOSITION_SHIFT;
const BLOCKING = 1 << 13;
const BASELINES = [
    undefined,
    'new',
    'updated',
    'unchanged',
    'absent'
];
/**
 * The baseline state of a finding from two copies of it: the one that counts most wins, so
 * that no copy hides another. `new` in any copy is new; a copy without a state (no baseline
 * comparison) counts like new; then `updated`, then `unchanged`; `absent` (fixed) only when
 * every copy says so: a copy cannot make a finding fixed that another copy reports.
 */
const BASELINE_WEIGHT = {
    new: 4,
    none: 3,
    updated: 2,
    unchanged: 1,
    absent: 0
};
function combineBaseline(a, b) {
    return BASELINE_WEIGHT[a ?? 'none'] >= BASELINE_WEIGHT[b ?? 'none'] ? a : b;
}
/** Shared parts held at most; a finding beyond is spilled whole. */
const MAX_SHARED = 1 << 16;
/**
 * What a spilled finding writes of its own; the rest is its `Shared`. An object literal of the
 * members (undefined ones are left out by JSON) is three times faster to write than
 * `JSON.stringify` with a list of names.
 */
function ownMembers(f) {
    return {
        fingerprint: f.fingerprint,
        level: f.level,
        severity: f.severity,
        securitySeverity: f.securitySeverity,
        message: f.message,
        messageTemplate: f.messageTemplate,
        messageArguments: f.messageArguments,
        location: f.location,
        suppressed: f.suppressed,
        baselineState: f.baselineState
    };
}
function sameShared(shared, finding) {
    return (shared.tool === finding.tool &&
        shared.ruleId === finding.ruleId &&
        shared.toolVersion === finding.toolVersion &&
        shared.ruleName === finding.ruleName &&
        shared.ruleDescription === finding.ruleDescription &&
        shared.helpUri === finding.helpUri &&
        sameList(shared.cwes, finding.cwes) &&
        (shared.source === finding.source ||
            (shared.source.file === finding.source.file &&
                shared.source.run === finding.source.run &&
                shared.source.category === finding.source.category)));
}
function sameList(a, b) {
    return a === b || (a.length === b.length && a.every((item, i) => item === b[i]));
}
const NO_PATH = 0xffffffff;
/** The row of a finding that is not in the store. */
const EMPTY_SLOT = -1;
/**
 * The findings of a scan, de-duplicated by fingerprint, each file's committed only when the
 * whole file was read. Rows are numbered in the order findings were first read.
 */
class FindingStore {
    inMemory;
    rows = 0;
    /** Rows below this are committed; the rest belong to the file being read. */
    committed = 0;
    digest = new Column(n => new Uint32Array(n), 4);
    bitsColumn = new Column(n => new Uint32Array(n));
    rule = new Column(n => new Uint32Array(n));
    path = new Column(n => new Uint32Array(n));
    line = new Column(n => new Uint32Array(n));
    source = new Column(n => new Uint32Array(n));
    /** Byte offset of the row's JSON in the spill file, or -1: the object is in `objects`. */
    where = new Column(n => new Float64Array(n));
    length = new Column(n => new Uint32Array(n));
    objects = [];
    /** Fingerprints that are not 32 hex digits (given by hand), by row. */
    oddFingerprints = new Map();
    tools = new Table();
    /** Rule keys by tool and rule id, and each key's tool and rule id. */
    rules = new Map();
    ruleTool = [];
    ruleIds = [];
    paths = new Table();
    files = new Table();
    /** Sources by file and run, and each one's file and run. */
    sources = new Map();
    sourceFile = [];
    sourceRun = [];
    /** Open addressing over committed rows by digest: row + 1, 0 for empty. */
    slots = new Uint32Array(1 << 10);
    used = 0;
    spill;
    /** What spilled findings share, and the last one of each rule key. */
    shared = [];
    sharedByRule = [];
    /** The spill file holds the findings in the order of `arrange`. */
    arranged = false;
    sealed = false;
    live = 0;
    duplicates = 0;
    duplicatesByTool = new Map();
    constructor(inMemory = IN_MEMORY_FINDINGS) {
        this.inMemory = inMemory;
    }
    /** A store of findings already de-duplicated, all committed, in the order given. */
    static of(findings, inMemory = IN_MEMORY_FINDINGS) {
        const store = new FindingStore(inMemory);
        for (const finding of findings)
            store.add(finding);
        store.committed = store.rows;
        store.live = store.rows;
        return store;
    }
    /** A finding of the file being read: counts once `commitFile` is called. */
    add(finding) {
        if (this.sealed)
            throw new Error('a finding was added to a store already judged');
        const row = this.rows++;
        const odd = digestWords(finding.fingerprint);
        for (let lane = 0; lane < 4; lane++)
            this.digest.set(row, WORDS[lane], lane);
        if (odd)
            this.oddFingerprints.set(row, finding.fingerprint);
        else
            this.oddFingerprints.delete(row);
        const location = finding.location;
        let bits = ((0,_model_js__WEBPACK_IMPORTED_MODULE_6__/* .severityRank */ .qs)(finding.severity) + 1) & SEVERITY_MASK;
        if (finding.suppressed)
            bits |= SUPPRESSED;
        if (location !== undefined)
            bits |= HAS_LOCATION;
        if (location?.outsideWorkspace)
            bits |= OUTSIDE;
        bits |= baselineCode(finding.baselineState) << BASELINE_SHIFT;
        this.bitsColumn.set(row, bits);
        const rule = this.ruleOf(finding.tool, finding.ruleId);
        this.rule.set(row, rule);
        this.path.set(row, location === undefined ? NO_PATH : this.paths.id(location.path));
        this.line.set(row, clampLine(location?.startLine));
        this.source.set(row, this.sourceOf(finding.source.file, finding.source.run));
        if (row < this.inMemory) {
            this.objects[row] = finding;
            this.where.set(row, EMPTY_SLOT);
            this.length.set(row, 0);
        }
        else {
            this.spill ??= new Spill();
            const shared = this.sharedOf(finding, rule);
            const { offset, length } = this.spill.append(shared < 0 ? JSON.stringify(finding) : `${shared}${JSON.stringify(ownMembers(finding))}`);
            this.where.set(row, offset);
            this.length.set(row, length);
        }
    }
    /** Forgets every finding of this run of the file being read. */
    retractRun(run) {
        for (let row = this.committed; row < this.rows; row++)
            if (this.sourceRun[this.source.get(row)] === run)
                this.kill(row);
        this.dropDeadTail();
    }
    /** Forgets every finding of the file being read. */
    abortFile() {
        for (let row = this.committed; row < this.rows; row++)
            this.kill(row);
        this.dropDeadTail();
    }
    /**
     * The findings of the file being read count now. The same finding seen again keeps its most
     * severe form; it is suppressed only if every copy is, and its baseline state is the one that
     * counts most.
     */
    commitFile() {
        this.reserve(this.used + this.rows - this.committed);
        for (let row = this.committed; row < this.rows; row++) {
            if (this.isDead(row))
                continue;
            const existing = this.lookup(row);
            if (existing === undefined) {
                this.insert(row);
                this.live++;
            }
            else {
                this.merge(existing, row);
            }
        }
        this.committed = this.rows;
    }
    /** Findings after de-duplication. */
    get size() {
        return this.live;
    }
    /** Committed findings that count, in the order they were first read. */
    *rowsInOrderRead() {
        for (let row = 0; row < this.committed; row++)
            if (!this.isDead(row))
                yield row;
    }
    /** The finding of a row, as it was merged. */
    finding(row) {
        const offset = this.where.get(row);
        const finding = offset === EMPTY_SLOT
            ? this.objects[row]
            : this.fromSpill(this.spill.text(offset, this.length.get(row), this.arranged));
        const bits = this.bits(row);
        finding.suppressed = (bits & SUPPRESSED) !== 0;
        const baseline = BASELINES[(bits & BASELINE_MASK) >>> BASELINE_SHIFT];
        if (baseline === undefined)
            delete finding.baselineState;
        else
            finding.baselineState = baseline;
        return finding;
    }
    /** Every committed finding, in the order first read: for small stores and tests. */
    all() {
        return [...this.rowsInOrderRead()].map(row => this.finding(row));
    }
    /** Copies merged away, per tool. */
    duplicatesOf(tool) {
        const id = this.tools.find(tool);
        return id === undefined ? 0 : (this.duplicatesByTool.get(id) ?? 0);
    }
    // Columns, for the policy and the order.
    bits(row) {
        return this.bitsColumn.get(row);
    }
    setJudgement(row, disposition, blocking) {
        const bits = this.bits(row) & ~(DISPOSITION_MASK | BLOCKING);
        this.bitsColumn.set(row, bits | (disposition << DISPOSITION_SHIFT) | (blocking ? BLOCKING : 0));
    }
    disposition(row) {
        return (this.bits(row) & DISPOSITION_MASK) >>> DISPOSITION_SHIFT;
    }
    blocking(row) {
        return (this.bits(row) & BLOCKING) !== 0;
    }
    /** severityRank + 1. */
    severityCode(row) {
        return this.bits(row) & SEVERITY_MASK;
    }
    severity(row) {
        return _model_js__WEBPACK_IMPORTED_MODULE_6__/* .SEVERITIES */ .oC[this.severityCode(row) - 1];
    }
    suppressed(row) {
        return (this.bits(row) & SUPPRESSED) !== 0;
    }
    baselineState(row) {
        return BASELINES[(this.bits(row) & BASELINE_MASK) >>> BASELINE_SHIFT];
    }
    /** The workspace path, when the finding has a location inside the workspace. */
    workspacePathId(row) {
        const bits = this.bits(row);
        return (bits & HAS_LOCATION) !== 0 && (bits & OUTSIDE) === 0 ? this.path.get(row) : undefined;
    }
    pathId(row) {
        return this.path.get(row);
    }
    ruleKey(row) {
        return this.rule.get(row);
    }
    toolOfRule(key) {
        return this.ruleTool[key];
    }
    ruleIdOf(key) {
        return this.ruleIds[key];
    }
    toolId(row) {
        return this.ruleTool[this.rule.get(row)];
    }
    startLine(row) {
        return this.line.get(row);
    }
    fileId(row) {
        return this.sourceFile[this.source.get(row)];
    }
    run(row) {
        return this.sourceRun[this.source.get(row)];
    }
    /** Fingerprint order: the same as `<` on the fingerprint strings. */
    compareFingerprints(a, b) {
        const oddA = this.oddFingerprints.get(a);
        const oddB = this.oddFingerprints.get(b);
        if (oddA !== undefined || oddB !== undefined)
            return compareText(oddA ?? this.hex(a), oddB ?? this.hex(b));
        for (let lane = 0; lane < 4; lane++) {
            const d = this.digest.get(a, lane) - this.digest.get(b, lane);
            if (d !== 0)
                return d;
        }
        return 0;
    }
    /**
     * Rewrites the spill file in the order of `rows` (the one order), leaving out findings merged
     * away, so that every later walk in that order, or in a part of it, reads the file from start
     * to end in large pieces instead of a read per finding.
     */
    arrange(rows) {
        if (!this.sealed)
            throw new Error('a store is arranged only once sealed: its findings are all in');
        // The order is made: the digests and odd fingerprints that decided it are given back (a
        // finding keeps its fingerprint in its JSON).
        this.digest.release();
        this.digest = new Column(n => new Uint32Array(n), 4);
        this.oddFingerprints.clear();
        const old = this.spill;
        if (old === undefined)
            return;
        const next = new Spill();
        try {
            for (const row of rows) {
                const offset = this.where.get(row);
                if (offset === EMPTY_SLOT)
                    continue;
                const length = this.length.get(row);
                const { buffer, start } = old.bytes(offset, length, false);
                this.where.set(row, next.appendBytes(buffer, start, length));
            }
        }
        catch (error) {
            next.close();
            throw error;
        }
        old.close();
        this.spill = next;
        this.arranged = true;
    }
    /**
     * No finding is added from now on. The table that de-duplicates the findings is not needed
     * any more, and its memory becomes the order's: at least two numbers a finding (the table is
     * at most half full), for the rows in order and for the sort's scratch, so making the order
     * takes no memory of its own. Called once the findings are judged (`OrderedJudged.of`), then
     * `arrange` puts them in their one order.
     */
    seal() {
        this.sealed = true;
        const table = this.slots;
        this.slots = new Uint32Array(0);
        this.used = 0;
        return table.length >= 2 * this.live ? table : new Uint32Array(2 * this.live);
    }
    /** `seal` was called: the findings are all in and judged; `arrange` orders them once. */
    get isSealed() {
        return this.sealed;
    }
    /** Closes and removes the spill file. The store can no longer give findings. */
    close() {
        this.spill?.close();
        this.spill = undefined;
    }
    hex(row) {
        let text = '';
        for (let lane = 0; lane < 4; lane++)
            text += this.digest.get(row, lane).toString(16).padStart(8, '0');
        return text;
    }
    isDead(row) {
        return (this.bits(row) & DEAD) !== 0;
    }
    kill(row) {
        this.bitsColumn.set(row, this.bits(row) | DEAD);
        this.objects[row] = undefined;
    }
    /** Rows at the end that are dead are given back, and so is their room in the spill file. */
    dropDeadTail() {
        let rows = this.rows;
        while (rows > this.committed && this.isDead(rows - 1))
            rows--;
        if (rows === this.rows)
            return;
        let spillEnd;
        for (let row = rows; row < this.rows; row++) {
            const offset = this.where.get(row);
            if (offset !== EMPTY_SLOT) {
                spillEnd = offset;
                break;
            }
        }
        if (spillEnd !== undefined)
            this.spill.truncate(spillEnd);
        this.objects.length = Math.min(this.objects.length, rows);
        this.rows = rows;
    }
    ruleOf(tool, ruleId) {
        let rules = this.rules.get(tool);
        if (rules === undefined)
            this.rules.set(tool, (rules = new Map()));
        let key = rules.get(ruleId);
        if (key === undefined) {
            key = this.ruleIds.length;
            rules.set(ruleId, key);
            this.ruleIds.push(ruleId);
            this.ruleTool.push(this.tools.id(tool));
        }
        return key;
    }
    sourceOf(file, run) {
        let runs = this.sources.get(file);
        if (runs === undefined)
            this.sources.set(file, (runs = new Map()));
        let key = runs.get(run);
        if (key === undefined) {
            key = this.sourceFile.length;
            runs.set(run, key);
            this.sourceFile.push(this.files.id(file));
            this.sourceRun.push(run);
        }
        return key;
    }
    /**
     * The number of what this finding shares with others of its rule and run (tool, rule texts,
     * CWE list, source), kept once in memory; -1 when the table is full and the finding is
     * spilled whole.
     */
    sharedOf(finding, rule) {
        const known = this.sharedByRule[rule];
        if (known !== undefined && sameShared(this.shared[known], finding))
            return known;
        if (this.shared.length >= MAX_SHARED)
            return -1;
        const shared = {
            tool: finding.tool,
            ruleId: finding.ruleId,
            cwes: finding.cwes,
            source: finding.source
        };
        if (finding.toolVersion !== undefined)
            shared.toolVersion = finding.toolVersion;
        if (finding.ruleName !== undefined)
            shared.ruleName = finding.ruleName;
        if (finding.ruleDescription !== undefined)
            shared.ruleDescription = finding.ruleDescription;
        if (finding.helpUri !== undefined)
            shared.helpUri = finding.helpUri;
        this.sharedByRule[rule] = this.shared.length;
        this.shared.push(shared);
        return this.shared.length - 1;
    }
    /** A finding from its spilled text: `<shared>` then its own members as JSON. */
    fromSpill(text) {
        const brace = text.indexOf('{');
        const id = Number(text.slice(0, brace));
        const finding = JSON.parse(brace === 0 ? text : text.slice(brace));
        if (brace === 0)
            return finding;
        const shared = this.shared[id];
        finding.tool = shared.tool;
        finding.ruleId = shared.ruleId;
        finding.cwes = shared.cwes;
        finding.source = shared.source;
        if (shared.toolVersion !== undefined)
            finding.toolVersion = shared.toolVersion;
        if (shared.ruleName !== undefined)
            finding.ruleName = shared.ruleName;
        if (shared.ruleDescription !== undefined)
            finding.ruleDescription = shared.ruleDescription;
        if (shared.helpUri !== undefined)
            finding.helpUri = shared.helpUri;
        return finding;
    }
    sameFingerprint(a, b) {
        for (let lane = 0; lane < 4; lane++)
            if (this.digest.get(a, lane) !== this.digest.get(b, lane))
                return false;
        return this.oddFingerprints.get(a) === this.oddFingerprints.get(b);
    }
    slotOf(row) {
        const mask = this.slots.length - 1;
        let slot = (this.digest.get(row, 0) ^ Math.imul(this.digest.get(row, 1), 0x9e3779b1)) & mask;
        for (;;) {
            const held = this.slots[slot];
            if (held === 0 || this.sameFingerprint(held - 1, row))
                return slot;
            slot = (slot + 1) & mask;
        }
    }
    lookup(row) {
        const held = this.slots[this.slotOf(row)];
        return held === 0 ? undefined : held - 1;
    }
    insert(row) {
        this.reserve(this.used + 1);
        this.slots[this.slotOf(row)] = row + 1;
        this.used++;
    }
    /**
     * Room for `entries` at most half full, made at once: a file's findings are inserted as it is
     * committed, and growing by doubling would hold each old table beside its successor.
     */
    reserve(entries) {
        let length = Math.max(this.slots.length, 1);
        while (entries * 2 > length)
            length *= 2;
        if (length !== this.slots.length)
            this.resize(length);
    }
    resize(length) {
        const old = this.slots;
        this.slots = new Uint32Array(length);
        for (const held of old)
            if (held !== 0)
                this.slots[this.slotOf(held - 1)] = held;
    }
    /** `copy` (of the file being read) merged into the committed `kept`. */
    merge(kept, copy) {
        this.duplicates++;
        const tool = this.toolId(copy);
        this.duplicatesByTool.set(tool, (this.duplicatesByTool.get(tool) ?? 0) + 1);
        const a = this.bits(kept);
        const b = this.bits(copy);
        const suppressed = a & b & SUPPRESSED;
        const baseline = baselineCode(combineBaseline(this.baselineState(kept), this.baselineState(copy)));
        // A copy strictly more severe (a lower severity rank) replaces the finding.
        const replace = (b & SEVERITY_MASK) < (a & SEVERITY_MASK);
        const base = replace ? b : a;
        this.bitsColumn.set(kept, (base & ~(SUPPRESSED | BASELINE_MASK | DEAD)) | suppressed | (baseline << BASELINE_SHIFT));
        if (replace) {
            this.where.set(kept, this.where.get(copy));
            this.length.set(kept, this.length.get(copy));
            this.objects[kept] = this.objects[copy];
            this.source.set(kept, this.source.get(copy));
            this.rule.set(kept, this.rule.get(copy));
            this.path.set(kept, this.path.get(copy));
            this.line.set(kept, this.line.get(copy));
        }
        this.kill(copy);
    }
}
function baselineCode(state) {
    return state === undefined ? 0 : BASELINES.indexOf(state);
}
function clampLine(line) {
    if (line === undefined || !(line > 0))
        return 0;
    return Math.min(line, 0xffffffff);
}
/** Reused by `digestWords`: its words are copied out before the next call. */
const WORDS = new Uint32Array(4);
/**
 * The fingerprint as four 32-bit words (in `WORDS`), read digit by digit; one that is not 32
 * lowercase hex digits by its SHA-256. True when it was not.
 */
function digestWords(fingerprint) {
    if (fingerprint.length === 32 && readHex(fingerprint))
        return false;
    readHex((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(fingerprint).digest('hex').slice(0, 32));
    return true;
}
function readHex(text) {
    for (let lane = 0; lane < 4; lane++) {
        let word = 0;
        for (let i = lane * 8; i < lane * 8 + 8; i++) {
            const c = text.charCodeAt(i);
            const digit = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : -1;
            if (digit < 0)
                return false;
            word = word * 16 + digit;
        }
        WORDS[lane] = word;
    }
    return true;
}
/**
 * The spill file: findings as JSON, one after another, in a file of a directory of its own
 * under the temporary directory (TMPDIR; RUNNER_TEMP on a runner). On POSIX systems the name is
 * removed at once and the open descriptor keeps the file until it is closed, so nothing is left
 * behind whatever ends the process.
 */
class Spill {
    fd;
    dir;
    removed = false;
    out;
    /** What was last read from the file, from `windowStart` on; never past the written end. */
    window = Buffer.allocUnsafe(4096);
    windowStart = 0;
    windowBytes = 0;
    constructor() {
        const base = spillBase();
        try {
            this.dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(base, 'known-good-'));
            const file = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(this.dir, 'findings.jsonl');
            this.fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(file, 'wx+', 0o600);
            try {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(file);
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(this.dir, { recursive: true });
                this.removed = true;
            }
            catch {
                // Windows keeps an open file's name: removed at close.
            }
        }
        catch (error) {
            throw spillError(base, error);
        }
        this.out = new _util_appender_js__WEBPACK_IMPORTED_MODULE_5__/* .Appender */ .w(this.fd, SPILL_BUFFER_BYTES, error => spillError(spillBase(), error));
    }
    /** Appends `text` (UTF-8): where it starts and how many bytes it takes. */
    append(text) {
        return this.out.append(text);
    }
    /** Appends bytes: where they start. */
    appendBytes(bytes, start, length) {
        return this.out.appendBytes(bytes, start, length);
    }
    /**
     * The bytes at `offset`, as a part of a buffer that is valid until the next call. `ahead`: the
     * next reads are further on in the file (a walk in file order), so a megabyte is read at once;
     * otherwise just these bytes.
     */
    bytes(offset, length, ahead) {
        const end = offset + length;
        if (offset >= this.windowStart && end <= this.windowStart + this.windowBytes)
            return { buffer: this.window, start: offset - this.windowStart };
        if (end > this.out.flushed)
            this.out.flush();
        const want = ahead ? Math.max(length, SPILL_BUFFER_BYTES) : length;
        if (this.window.length < want)
            this.window = Buffer.allocUnsafe(want);
        let done = 0;
        while (done < want) {
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(this.fd, this.window, done, want - done, offset + done);
            if (n === 0)
                break;
            done += n;
        }
        if (done < length)
            throw new Error(`findings spill file ends at byte ${offset + done}`);
        this.windowStart = offset;
        // Bytes past the written end are left over from a truncated part: a later append
        // overwrites them, so the window must not keep them.
        this.windowBytes = Math.min(done, this.out.flushed - offset);
        return { buffer: this.window, start: 0 };
    }
    text(offset, length, ahead) {
        const { buffer, start } = this.bytes(offset, length, ahead);
        return buffer.toString('utf8', start, start + length);
    }
    /** Forgets every byte from `offset` on. */
    truncate(offset) {
        this.windowBytes = 0;
        this.out.truncate(offset);
    }
    close() {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(this.fd);
        if (!this.removed)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(this.dir, { recursive: true, force: true });
    }
}
/** The temporary directory: TMPDIR when set, else the system's (`os.tmpdir`). */
function spillBase() {
    return process.env.TMPDIR || (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)();
}
function spillError(dir, error) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`could not keep the findings in a file under the temporary directory ${dir} (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .getErrorMessage */ .u1)(error)}): set TMPDIR (RUNNER_TEMP on a runner) to a writable directory with room, about 1 KB per finding`, { cause: error });
}


/***/ }),

/***/ 77145:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ Appender)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

/** UTF-8 takes at most 3 bytes per UTF-16 unit (a surrogate pair: 4 bytes for 2 units). */
const MOST_BYTES_PER_UNIT = 3;
/**
 * Appends text and bytes to an open file through one reused buffer (ARCHITECTURE.md, "Scan
 * memory"). Each piece of text is encoded into the buffer as soon as it is given, so no string
 * outlives the call: a writer that kept its pieces until a flush would hold them past the young
 * generation's collections, and a report of a million findings would grow the old generation by
 * every piece. Each piece is encoded on its own (a surrogate pair split between two pieces
 * becomes two U+FFFD), and one larger than the buffer is written on its own. Writes are
 * positional, so the file can be read between them and cut back (`truncate`).
 */
class Appender {
    fd;
    failed;
    buffer;
    buffered = 0;
    /** Bytes of the file written so far. */
    flushedEnd = 0;
    constructor(fd, bufferBytes, 
    /** What a failed write is reported as. */
    failed = error => error) {
        this.fd = fd;
        this.failed = failed;
        this.buffer = Buffer.allocUnsafe(bufferBytes);
    }
    /** Where the next byte goes: the bytes written and those still in the buffer. */
    get end() {
        return this.flushedEnd + this.buffered;
    }
    /** Where the file's written bytes end: reading below it needs no `flush`. */
    get flushed() {
        return this.flushedEnd;
    }
    /** Appends `text` as UTF-8: where it starts and how many bytes it takes. */
    append(text) {
        const most = text.length * MOST_BYTES_PER_UNIT;
        if (this.buffered + most > this.buffer.length)
            this.flush();
        const offset = this.end;
        if (most > this.buffer.length) {
            const bytes = Buffer.from(text, 'utf8');
            this.write(bytes, 0, bytes.length);
            return { offset, length: bytes.length };
        }
        const length = this.buffer.write(text, this.buffered, 'utf8');
        this.buffered += length;
        return { offset, length };
    }
    /** Appends `length` bytes of `bytes` from `start`: where they start. */
    appendBytes(bytes, start, length) {
        if (this.buffered + length > this.buffer.length)
            this.flush();
        const offset = this.end;
        if (length > this.buffer.length)
            this.write(bytes, start, length);
        else {
            bytes.copy(this.buffer, this.buffered, start, start + length);
            this.buffered += length;
        }
        return offset;
    }
    /** Writes what the buffer holds. */
    flush() {
        if (this.buffered === 0)
            return;
        const bytes = this.buffered;
        this.buffered = 0;
        this.write(this.buffer, 0, bytes);
    }
    /** Forgets every byte from `offset` on: the next piece goes there. */
    truncate(offset) {
        if (offset >= this.flushedEnd)
            this.buffered = Math.min(this.buffered, offset - this.flushedEnd);
        else {
            this.buffered = 0;
            this.flushedEnd = offset;
        }
    }
    write(bytes, start, length) {
        let done = 0;
        try {
            while (done < length)
                done += (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(this.fd, bytes, start + done, length - done, this.flushedEnd + done);
        }
        catch (error) {
            throw this.failed(error);
        }
        this.flushedEnd += length;
    }
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
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(311);


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
        if (file.skipped !== undefined)
            record.skipped = file.skipped;
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
                if (run.notes.length > 0)
                    out.notes = run.notes;
                if (run.notesOmitted > 0)
                    out.notesOmitted = run.notesOmitted;
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
    const inputs = inputRecords(collection);
    return {
        schema: VERDICT_SCHEMA,
        verdict: decision.verdict,
        reasons: decision.reasons,
        counts: {
            counted: decision.counted,
            all: decision.all,
            findings: decision.judged.length,
            blocking: decision.blocking,
            suppressed: decision.dispositions.suppressed,
            excluded: decision.dispositions.excluded,
            allowed: decision.dispositions.allowed,
            existing: decision.dispositions.existing,
            fixed: decision.dispositions.fixed,
            duplicates: collection.duplicates
        },
        byTool: decision.countedByTool,
        toolTotals: collection.tools,
        policy: args.policy,
        inputs,
        unmatchedPatterns: args.unmatched,
        tools: toolsOf(inputs),
        // What was judged: a skipped file (our own merged SARIF) was not.
        sarifSha256: combinedDigest(inputs.flatMap(input => input.sha256 !== undefined && input.status !== 'skipped' ? [input.sha256] : [])),
        identity: args.identity,
        scannedAt: args.now.toISOString(),
        producer: { name: _version_js__WEBPACK_IMPORTED_MODULE_1__/* .PRODUCT */ .A, version: _version_js__WEBPACK_IMPORTED_MODULE_1__/* .VERSION */ .x }
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
