export const id = 746;
export const ids = [746,747];
export const modules = {

/***/ 75497:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fk: () => (/* binding */ revokeReleases),
/* harmony export */   HV: () => (/* binding */ revocationOutputs),
/* harmony export */   Py: () => (/* binding */ revocationTable)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _backup_create_provider_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33972);
/* harmony import */ var _backup_label_contract_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(39511);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _github_commit_status_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(37593);
/* harmony import */ var _ledger_ledger_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(82420);
/* harmony import */ var _ledger_revocation_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(58249);
/* harmony import */ var _ledger_store_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(40492);
/* harmony import */ var _report_file_writer_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2796);
/* harmony import */ var _text_escape_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(67388);
/* harmony import */ var _text_one_line_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(73854);











function logPlan(plan, deps, dryRun) {
    const { logger } = deps;
    logger.info(`${dryRun ? 'would revoke' : 'revoking'} ${plan.commits.length} commit(s) as ${plan.id}`);
    for (const commit of plan.commits)
        logger.info(`  commit ${commit}`);
    for (const { backup, previous, already } of plan.backups)
        logger.info(`  backup ${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_9__/* .oneLine */ .TN)(backup.name)} (commit ${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_9__/* .oneLine */ .TN)(backup.commit ?? '?')}): ${previous ?? 'no verdict'} → revoked${already ? ' (already)' : ''}`);
    if (plan.backups.length === 0)
        logger.info('  no backup is of these commits: the revocation is recorded all the same (ledger, commit statuses), so that none taken from them is ever restored');
    for (const { backup, commit } of plan.undecided)
        logger.warning(`backup ${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_9__/* .oneLine */ .TN)(backup)} names commit ${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_9__/* .oneLine */ .TN)(commit)}, which the workspace's history does not have: it is not revoked; fetch that history or name the commit with commits`);
}
/** Sets the commit status of each commit to failure, "revoked: <reason>"; a refusal is a warning. */
async function writeStatuses(commits, reason, runUrl, deps) {
    if (!deps.github)
        return 0;
    let written = 0;
    for (const sha of commits) {
        try {
            await deps.github.api.createStatus(sha, 'failure', _github_commit_status_js__WEBPACK_IMPORTED_MODULE_10__/* .STATUS_CONTEXT */ .j, (0,_github_commit_status_js__WEBPACK_IMPORTED_MODULE_10__/* .revokedDescription */ .Dv)(reason), runUrl);
            written++;
        }
        catch (error) {
            deps.logger.warning(`could not set the commit status of ${sha} to revoked (${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_9__/* .oneLine */ .TN)((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .getErrorMessage */ .u1)(error))}): the ledger still records it`);
        }
    }
    return written;
}
/**
 * Plans a revocation and, unless it is a dry run, applies it: backups marked revoked, the
 * ledger ConfigMap and file, the commit statuses, and the file as an artifact in Actions.
 */
async function revokeReleases(settings, dryRun, deps) {
    const keys = (0,_backup_label_contract_js__WEBPACK_IMPORTED_MODULE_2__/* .recordKeys */ .IH)(settings.backups.labelPrefix);
    const provider = (0,_backup_create_provider_js__WEBPACK_IMPORTED_MODULE_1__/* .createProvider */ .Q)(deps.cluster, settings.backups, { now: deps.now });
    const history = await deps.history(settings.workspace);
    const request = { ...settings.target, reason: settings.reason };
    const plan = await (0,_ledger_revocation_js__WEBPACK_IMPORTED_MODULE_5__/* .planRevocation */ .E2)(provider, request, history, settings.id);
    logPlan(plan, deps, dryRun);
    if (dryRun)
        return { plan };
    const entry = (0,_ledger_revocation_js__WEBPACK_IMPORTED_MODULE_5__/* .revocationEntry */ .Bp)(plan, request, deps.now(), settings.identity);
    await (0,_ledger_revocation_js__WEBPACK_IMPORTED_MODULE_5__/* .markRevoked */ ._9)(provider, keys, plan, entry);
    const ledger = await (0,_ledger_store_js__WEBPACK_IMPORTED_MODULE_6__/* .recordRevocations */ .Hh)(deps.cluster, settings.backups.namespace, [entry], {
        'app.kubernetes.io/managed-by': 'known-good'
    });
    const commits = (0,_ledger_revocation_js__WEBPACK_IMPORTED_MODULE_5__/* .statusCommits */ .$e)(plan);
    const written = await writeStatuses(commits, settings.reason, settings.identity.runUrl, deps);
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(settings.outputDir, _ledger_ledger_js__WEBPACK_IMPORTED_MODULE_4__/* .LEDGER_FILE */ .th);
    (0,_report_file_writer_js__WEBPACK_IMPORTED_MODULE_7__/* .writeFileAtomically */ .lo)(file, out => out.write((0,_ledger_ledger_js__WEBPACK_IMPORTED_MODULE_4__/* .serialiseLedger */ .dU)(ledger)));
    if (deps.github?.artifacts) {
        try {
            await deps.github.artifacts.upload(`known-good-revocations-${plan.id}`, [file], settings.outputDir);
        }
        catch (error) {
            deps.logger.warning(`could not upload the ledger as an artifact: ${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_9__/* .oneLine */ .TN)((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .getErrorMessage */ .u1)(error))}`);
        }
    }
    return { plan, applied: { ledger, file, statuses: { written, of: commits.length } } };
}
/** The revocation as a Markdown table, for job summaries and the incident report. */
function revocationTable(plan) {
    const rows = plan.backups.map(({ backup, previous, already }) => `| ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_8__/* .escapeMarkdown */ .FV)(backup.name, 200)} | ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_8__/* .escapeMarkdown */ .FV)(backup.commit ?? '—', 64)} | ${previous ?? '—'} | ${already ? 'already revoked' : 'revoked'} |`);
    return [
        '| Backup | Commit | Verdict before | Now |',
        '| --- | --- | --- | --- |',
        ...(rows.length > 0 ? rows : ['| (none) | | | |'])
    ].join('\n');
}
/** The revoke outputs of an outcome (revoke and incident set the same ones). */
function revocationOutputs(outcome) {
    return {
        'revocation-id': outcome.plan.id,
        'revoked-commits': JSON.stringify(outcome.plan.commits),
        'revoked-backups': JSON.stringify(outcome.plan.backups.map(b => ({
            name: b.backup.name,
            previous: b.previous ?? null,
            already: b.already
        }))),
        ...(outcome.applied ? { 'ledger-file': outcome.applied.file } : {})
    };
}


/***/ }),

/***/ 21746:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   revoke: () => (/* binding */ revoke)
/* harmony export */ });
/* harmony import */ var _command_revocation_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75497);
/* harmony import */ var _command_summary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47645);
/* harmony import */ var _ledger_ledger_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(82420);
/* harmony import */ var _text_escape_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(67388);




/**
 * Marks releases compromised after the fact: their backups become `revoked` (never restored),
 * the revocation goes into the ledger (the cluster's ConfigMap and `revocations.json`), and the
 * commit statuses say so, so that a cluster that only has the bucket refuses them too.
 */
async function revoke(config, deps) {
    const outcome = await (0,_command_revocation_js__WEBPACK_IMPORTED_MODULE_0__/* .revokeReleases */ .Fk)(config, config.dryRun, deps);
    const { plan, applied } = outcome;
    const summary = [
        `## known-good revoke${config.dryRun ? ' (dry run)' : ''}: ${plan.commits.length} commit(s)`,
        '',
        `Reason: ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(config.reason, 1000)}`,
        '',
        (0,_command_revocation_js__WEBPACK_IMPORTED_MODULE_0__/* .revocationTable */ .Py)(plan),
        ''
    ];
    if (applied) {
        summary.push(`Ledger: configmap known-good-ledger in namespace ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(config.backups.namespace, 253)} and ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(_ledger_ledger_js__WEBPACK_IMPORTED_MODULE_2__/* .LEDGER_FILE */ .th)} (${applied.ledger.revocations.length} revocation(s) in all).`, deps.github
            ? `Commit statuses known-good/verdict set to failure: ${applied.statuses.written} of ${applied.statuses.of}.`
            : 'No GitHub token: commit statuses were not changed (the ledger is the record).');
        deps.logger.info(`revoked ${plan.backups.filter(b => !b.already).length} backup(s); ledger written to ${applied.file}`);
    }
    await (0,_command_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .writeSummary */ .S)(deps, summary.join('\n'));
    return { status: 'ok', outputs: (0,_command_revocation_js__WEBPACK_IMPORTED_MODULE_0__/* .revocationOutputs */ .HV)(outcome) };
}


/***/ }),

/***/ 64747:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FULL_HISTORY: () => (/* binding */ FULL_HISTORY),
/* harmony export */   GIT_TIMEOUT_MS: () => (/* binding */ GIT_TIMEOUT_MS),
/* harmony export */   MAX_DESCENDANTS: () => (/* binding */ MAX_DESCENDANTS),
/* harmony export */   gitAncestry: () => (/* binding */ gitAncestry)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);


/** A bound on every git call: a history query that takes longer is not answered. */
const GIT_TIMEOUT_MS = 60_000;
/** More commits than this on the way from introduced-in to HEAD is not one incident. */
const MAX_DESCENDANTS = 10_000;
const HEX = /^[0-9a-f]{7,64}$/i;
/** Runs git without a shell (arguments are passed as they are), with a bound. */
function git(workspace, args) {
    return new Promise((resolve, reject) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', ['-C', workspace, ...args], {
            timeout: GIT_TIMEOUT_MS,
            maxBuffer: 64 * 1024 * 1024,
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0' }
        }, (error, stdout, stderr) => {
            if (error && typeof error.code !== 'number') {
                reject(error.code === 'ENOENT'
                    ? new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('git is not on PATH: revoke by ancestry reads the repository history')
                    : error.killed
                        ? new Error(`git ${args[0]} did not answer within ${GIT_TIMEOUT_MS / 1000} s`)
                        : error);
                return;
            }
            resolve({ code: typeof error?.code === 'number' ? error.code : 0, stdout, stderr });
        });
    });
}
/** What to say when the history cannot answer: the checkout has to change. */
const FULL_HISTORY = 'check out with fetch-depth: 0 (actions/checkout) or run git fetch --unshallow';
/** The workspace's git history, or undefined when the workspace is not a git repository. */
async function gitAncestry(workspace) {
    const shallow = await git(workspace, ['rev-parse', '--is-shallow-repository']);
    if (shallow.code !== 0)
        return undefined;
    return {
        shallow: shallow.stdout.trim() === 'true',
        async resolve(sha) {
            if (!HEX.test(sha) && sha !== 'HEAD')
                return undefined;
            const result = await git(workspace, ['rev-parse', '--verify', '--quiet', `${sha}^{commit}`]);
            return result.code === 0 ? result.stdout.trim().toLowerCase() : undefined;
        },
        async contains(commit, ancestor) {
            if (!(HEX.test(commit) || commit === 'HEAD') || !HEX.test(ancestor))
                return false;
            const result = await git(workspace, ['merge-base', '--is-ancestor', ancestor, commit]);
            if (result.code === 0)
                return true;
            if (result.code === 1)
                return false;
            throw new Error(`git merge-base: ${result.stderr.trim()}`);
        },
        async descendants(ancestor) {
            if (!HEX.test(ancestor))
                return [];
            const result = await git(workspace, ['rev-list', '--ancestry-path', `${ancestor}..HEAD`]);
            if (result.code !== 0)
                throw new Error(`git rev-list: ${result.stderr.trim()}`);
            const commits = result.stdout.split('\n').filter(Boolean);
            if (commits.length > MAX_DESCENDANTS)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`more than ${MAX_DESCENDANTS} commits contain ${ancestor} on the way to HEAD: name the affected commits with the commits input instead`);
            return [ancestor.toLowerCase(), ...commits.map(c => c.toLowerCase())];
        }
    };
}


/***/ }),

/***/ 58249:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ statusCommits),
/* harmony export */   Bp: () => (/* binding */ revocationEntry),
/* harmony export */   E2: () => (/* binding */ planRevocation),
/* harmony export */   _9: () => (/* binding */ markRevoked)
/* harmony export */ });
/* unused harmony export revocationId */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _git_ancestry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64747);
/* harmony import */ var _ledger_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(82420);




const FULL_SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
/** The same request gives the same id: re-running a revoke adds nothing to the ledger. */
function revocationId(request) {
    const canonical = JSON.stringify([
        [...request.commits].sort(),
        request.introducedIn ?? '',
        request.fixedIn ?? '',
        request.reason
    ]);
    return `rev-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(canonical).digest('hex').slice(0, 16)}`;
}
function commitOf(backup) {
    return backup.commitSha ?? backup.commit;
}
/** A commit named by the user: its full SHA, from the history when there is one. */
async function resolveNamed(sha, input, history) {
    if (history) {
        const full = await history.resolve(sha);
        if (full)
            return full;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${input} ${sha} is not a commit of the workspace's repository${history.shallow ? ` (a shallow clone: ${_git_ancestry_js__WEBPACK_IMPORTED_MODULE_2__.FULL_HISTORY})` : ''}: check the SHA`);
    }
    if (FULL_SHA.test(sha))
        return sha;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${input} ${sha} is a short SHA and the workspace is not a git repository that could expand it: give the full 40-digit SHA`);
}
/** Every commit that contains `introduced` and not `fixed`, among HEAD's history and the backups'. */
async function byAncestry(history, introduced, fixed, backups) {
    const commits = new Set();
    const undecided = [];
    const affected = async (commit) => (await history.contains(commit, introduced)) &&
        !(fixed !== undefined && (await history.contains(commit, fixed)));
    for (const commit of await history.descendants(introduced))
        if (await affected(commit))
            commits.add(commit);
    let reaches = await history.contains('HEAD', introduced);
    for (const backup of backups) {
        const named = commitOf(backup);
        if (named === undefined)
            continue;
        const full = await history.resolve(named);
        if (full === undefined) {
            undecided.push({ backup: backup.name, commit: named });
            continue;
        }
        if (await history.contains(full, introduced))
            reaches = true;
        if (await affected(full))
            commits.add(full);
    }
    if (!reaches)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`introduced-in ${introduced} is an ancestor neither of HEAD nor of any backup's commit: is it the right commit, and is its branch checked out?`);
    return { commits, undecided };
}
/**
 * What a revocation covers: the commits (named, or every one that contains introduced-in and
 * not fixed-in) and the backups of those commits. Changes nothing.
 */
async function planRevocation(provider, request, history, id = revocationId(request)) {
    const backups = await provider.list();
    const named = [];
    for (const sha of request.commits)
        named.push(await resolveNamed(sha, 'commit', history));
    const commits = new Set(named);
    let undecided = [];
    if (request.introducedIn !== undefined) {
        if (!history)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`introduced-in needs the repository's history, and the workspace is not a git repository: run in a checkout (${_git_ancestry_js__WEBPACK_IMPORTED_MODULE_2__.FULL_HISTORY})`);
        if (history.shallow)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`introduced-in needs the whole history, and the workspace is a shallow clone, which cannot tell which commits contain another: ${_git_ancestry_js__WEBPACK_IMPORTED_MODULE_2__.FULL_HISTORY}`);
        const introduced = await resolveNamed(request.introducedIn, 'introduced-in', history);
        const fixed = request.fixedIn === undefined
            ? undefined
            : await resolveNamed(request.fixedIn, 'fixed-in', history);
        const found = await byAncestry(history, introduced, fixed, backups);
        for (const commit of found.commits)
            commits.add(commit);
        undecided = found.undecided;
    }
    const revoked = backups.flatMap(backup => {
        const commit = commitOf(backup);
        if (commit === undefined || ![...commits].some(c => (0,_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .sameCommit */ .Kd)(c, commit)))
            return [];
        const entry = { backup, already: backup.verdict === 'revoked' };
        if (backup.verdict !== undefined)
            entry.previous = backup.verdict;
        return [entry];
    });
    return { id, commits: [...commits].sort(), named, backups: revoked, undecided };
}
/** The ledger entry of a plan. */
function revocationEntry(plan, request, at, identity) {
    const entry = {
        id: plan.id,
        commits: plan.commits,
        reason: request.reason,
        revokedAt: at.toISOString()
    };
    if (identity.actor)
        entry.revokedBy = identity.actor;
    if (identity.runUrl)
        entry.runUrl = identity.runUrl;
    if (request.introducedIn)
        entry.introducedIn = request.introducedIn;
    if (request.fixedIn)
        entry.fixedIn = request.fixedIn;
    return entry;
}
/**
 * Marks the backups of a plan revoked: label `verdict: revoked`, annotations with when, why and
 * by whom, and the verdict each had before. Optimistic locking (a conflict reads again); a
 * backup already revoked keeps its first revocation's record.
 */
async function markRevoked(provider, keys, plan, entry) {
    const marked = [];
    for (const { backup, previous, already } of plan.backups) {
        if (already)
            continue;
        const annotations = {
            [keys.revokedAt]: entry.revokedAt,
            [keys.revokedReason]: entry.reason,
            [keys.revokedBy]: entry.revokedBy ?? 'unknown',
            [keys.previousVerdict]: previous ?? 'none'
        };
        marked.push(await provider.record(backup.name, { [keys.verdict]: 'revoked' }, annotations, () => { }));
    }
    return marked;
}
/**
 * The commits whose status known-good/verdict a revocation sets: those the user named and those
 * of the backups it covers, as full SHAs (what restore and a fresh cluster look up). Commits
 * found only by ancestry, with no backup, are in the ledger.
 */
function statusCommits(plan) {
    const wanted = new Set(plan.named);
    for (const { backup } of plan.backups) {
        const commit = commitOf(backup);
        const full = commit === undefined ? undefined : plan.commits.find(c => (0,_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .sameCommit */ .Kd)(c, commit));
        if (full)
            wanted.add(full);
    }
    return [...wanted].sort();
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


/***/ })

};
