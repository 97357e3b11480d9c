export const id = 497;
export const ids = [497,747];
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
/* harmony import */ var _backup_create_provider_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30848);
/* harmony import */ var _backup_label_contract_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(39511);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _github_commit_status_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(37593);
/* harmony import */ var _ledger_ledger_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(82420);
/* harmony import */ var _ledger_revocation_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(58249);
/* harmony import */ var _ledger_store_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(40492);
/* harmony import */ var _report_file_writer_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2796);
/* harmony import */ var _text_escape_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(67388);
/* harmony import */ var _text_one_line_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(73854);











function logPlan(plan, deps, dryRun) {
    const { logger } = deps;
    logger.info(`${dryRun ? 'would revoke' : 'revoking'} ${plan.commits.length} commit(s) as ${plan.id}`);
    for (const commit of plan.commits)
        logger.info(`  commit ${commit}`);
    for (const { backup, previous, already } of plan.backups)
        logger.info(`  backup ${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_8__/* .oneLine */ .TN)(backup.name)} (commit ${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_8__/* .oneLine */ .TN)(backup.commit ?? '?')}): ${previous ?? 'no verdict'} → revoked${already ? ' (already)' : ''}`);
    if (plan.backups.length === 0)
        logger.info('  no backup is of these commits: the revocation is recorded all the same (ledger, commit statuses), so that none taken from them is ever restored');
    for (const { backup, commit } of plan.undecided)
        logger.warning(`backup ${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_8__/* .oneLine */ .TN)(backup)} names commit ${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_8__/* .oneLine */ .TN)(commit)}, which the workspace's history does not have: it is not revoked; fetch that history or name the commit with commits`);
}
/** Sets the commit status of each commit to failure, "revoked: <reason>"; a refusal is a warning. */
async function writeStatuses(commits, reason, runUrl, deps) {
    if (!deps.github)
        return 0;
    let written = 0;
    for (const sha of commits) {
        try {
            await deps.github.api.createStatus(sha, 'failure', _github_commit_status_js__WEBPACK_IMPORTED_MODULE_9__/* .STATUS_CONTEXT */ .j, (0,_github_commit_status_js__WEBPACK_IMPORTED_MODULE_9__/* .revokedDescription */ .Dv)(reason), runUrl);
            written++;
        }
        catch (error) {
            deps.logger.warning(`could not set the commit status of ${sha} to revoked (${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_8__/* .oneLine */ .TN)((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .getErrorMessage */ .u)(error))}): the ledger still records it`);
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
            deps.logger.warning(`could not upload the ledger as an artifact: ${(0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_8__/* .oneLine */ .TN)((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .getErrorMessage */ .u)(error))}`);
        }
    }
    return { plan, applied: { ledger, file, statuses: { written, of: commits.length } } };
}
/** The revocation as a Markdown table, for job summaries and the incident report. */
function revocationTable(plan) {
    const rows = plan.backups.map(({ backup, previous, already }) => `| ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_10__/* .escapeMarkdown */ .FV)(backup.name, 200)} | ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_10__/* .escapeMarkdown */ .FV)(backup.commit ?? '—', 64)} | ${previous ?? '—'} | ${already ? 'already revoked' : 'revoked'} |`);
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
                    ? new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j('git is not on PATH: revoke by ancestry reads the repository history')
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
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`more than ${MAX_DESCENDANTS} commits contain ${ancestor} on the way to HEAD: name the affected commits with the commits input instead`);
            return [ancestor.toLowerCase(), ...commits.map(c => c.toLowerCase())];
        }
    };
}


/***/ }),

/***/ 82420:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hg: () => (/* binding */ emptyLedger),
/* harmony export */   Kd: () => (/* binding */ sameCommit),
/* harmony export */   aM: () => (/* binding */ revocationFor),
/* harmony export */   dR: () => (/* binding */ mergeLedgers),
/* harmony export */   dU: () => (/* binding */ serialiseLedger),
/* harmony export */   h8: () => (/* binding */ parseLedger),
/* harmony export */   sk: () => (/* binding */ LEDGER_SCHEMA),
/* harmony export */   th: () => (/* binding */ LEDGER_FILE)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _util_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74976);
/**
 * The revocation ledger: releases found compromised after the fact. It lives where the backups
 * live (a ConfigMap in the backup namespace, see store.ts) and as a file (`revocations.json` in
 * the report directory and artifact) that a fresh cluster, which has only the bucket, is given.
 * A revocation is never undone: sources are merged by union, and a commit revoked in any of them
 * is revoked (ARCHITECTURE.md, "Revocations").
 */


const LEDGER_SCHEMA = 'known-good.revocations/v1';
/** The file `revoke` writes and `restore --ledger` reads. */
const LEDGER_FILE = 'revocations.json';
function emptyLedger() {
    return { schema: LEDGER_SCHEMA, revocations: [] };
}
const SHA = /^[0-9a-f]{7,64}$/;
function readRevocation(value, where) {
    if (!(0,_util_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(value))
        throw new Error(`${where} is not an object`);
    const id = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(value.id);
    const reason = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(value.reason);
    const revokedAt = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(value.revokedAt);
    const commits = Array.isArray(value.commits) ? value.commits : undefined;
    if (!id || !reason || !revokedAt || !commits)
        throw new Error(`${where} lacks id, reason, revokedAt or commits`);
    if (!commits.every(c => typeof c === 'string' && SHA.test(c)))
        throw new Error(`${where}.commits holds something that is not a commit SHA`);
    const revocation = { id, commits: commits, reason, revokedAt };
    for (const key of ['revokedBy', 'runUrl', 'introducedIn', 'fixedIn']) {
        const text = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(value[key]);
        if (text !== undefined)
            revocation[key] = text;
    }
    return revocation;
}
/** Reads a ledger (a file, a ConfigMap's data), refusing anything that is not ours. */
function parseLedger(text, source) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`${source} is not JSON (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorMessage */ .u)(error)}): pass the ${LEDGER_FILE} that revoke wrote`);
    }
    if (!(0,_util_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(value) || value.schema !== LEDGER_SCHEMA || !Array.isArray(value.revocations))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`${source} is not a known-good revocation ledger (expected "schema": "${LEDGER_SCHEMA}" and a revocations array): pass the ${LEDGER_FILE} that revoke wrote`);
    try {
        return {
            schema: LEDGER_SCHEMA,
            revocations: value.revocations.map((r, i) => readRevocation(r, `revocations[${i}]`))
        };
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`${source}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorMessage */ .u)(error)}`);
    }
}
/** The union of ledgers: every revocation once (by id; a later copy adds its commits). */
function mergeLedgers(...ledgers) {
    const byId = new Map();
    for (const revocation of ledgers.flatMap(l => l.revocations)) {
        const known = byId.get(revocation.id);
        byId.set(revocation.id, known
            ? { ...known, commits: [...new Set([...known.commits, ...revocation.commits])] }
            : { ...revocation, commits: [...revocation.commits] });
    }
    return {
        schema: LEDGER_SCHEMA,
        revocations: [...byId.values()].sort((a, b) => a.revokedAt < b.revokedAt ? -1 : a.revokedAt > b.revokedAt ? 1 : a.id < b.id ? -1 : 1)
    };
}
/** Same commit: a backup names a short SHA (its label) or the full one (its annotation). */
function sameCommit(a, b) {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    return Math.min(x.length, y.length) >= 7 && (x.startsWith(y) || y.startsWith(x));
}
/** The revocation that covers a commit, if any (the earliest). */
function revocationFor(ledger, commit) {
    if (commit === undefined)
        return undefined;
    return ledger.revocations.find(r => r.commits.some(c => sameCommit(c, commit)));
}
function serialiseLedger(ledger) {
    return `${JSON.stringify(ledger, null, 2)}\n`;
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`${input} ${sha} is not a commit of the workspace's repository${history.shallow ? ` (a shallow clone: ${_git_ancestry_js__WEBPACK_IMPORTED_MODULE_2__.FULL_HISTORY})` : ''}: check the SHA`);
    }
    if (FULL_SHA.test(sha))
        return sha;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`${input} ${sha} is a short SHA and the workspace is not a git repository that could expand it: give the full 40-digit SHA`);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`introduced-in ${introduced} is an ancestor neither of HEAD nor of any backup's commit: is it the right commit, and is its branch checked out?`);
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`introduced-in needs the repository's history, and the workspace is not a git repository: run in a checkout (${_git_ancestry_js__WEBPACK_IMPORTED_MODULE_2__.FULL_HISTORY})`);
        if (history.shallow)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`introduced-in needs the whole history, and the workspace is a shallow clone, which cannot tell which commits contain another: ${_git_ancestry_js__WEBPACK_IMPORTED_MODULE_2__.FULL_HISTORY}`);
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

/***/ 40492:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hh: () => (/* binding */ recordRevocations),
/* harmony export */   J$: () => (/* binding */ updateLedgerConfigMap),
/* harmony export */   OO: () => (/* binding */ loadLedger),
/* harmony export */   X4: () => (/* binding */ LEDGER_CONFIGMAP)
/* harmony export */ });
/* unused harmony export readClusterLedger */
/* harmony import */ var _cluster_conflict_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(55146);
/* harmony import */ var _ledger_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(82420);


/** The ConfigMap in the backup namespace that holds the ledger (and incident progress). */
const LEDGER_CONFIGMAP = 'known-good-ledger';
function ledgerOf(configMap, namespace) {
    const text = configMap?.data?.[_ledger_js__WEBPACK_IMPORTED_MODULE_1__/* .LEDGER_FILE */ .th];
    return text === undefined
        ? (0,_ledger_js__WEBPACK_IMPORTED_MODULE_1__/* .emptyLedger */ .Hg)()
        : (0,_ledger_js__WEBPACK_IMPORTED_MODULE_1__/* .parseLedger */ .h8)(text, `configmap ${LEDGER_CONFIGMAP} in namespace ${namespace}`);
}
/** The ledger of a cluster; empty when it has none yet. */
async function readClusterLedger(api, namespace) {
    return ledgerOf(await api.getConfigMap(namespace, LEDGER_CONFIGMAP), namespace);
}
/**
 * Changes one key of the ledger ConfigMap with optimistic locking: read, change, write with the
 * resourceVersion read; a conflict (409) reads again. Creates the ConfigMap when it is missing.
 */
async function updateLedgerConfigMap(api, namespace, change, labels = {}) {
    return (0,_cluster_conflict_js__WEBPACK_IMPORTED_MODULE_0__/* .retryOnConflict */ .S)(async () => {
        const current = await api.getConfigMap(namespace, LEDGER_CONFIGMAP);
        const data = change({ ...(current?.data ?? {}) });
        if (current === undefined)
            return api.createConfigMap(namespace, {
                apiVersion: 'v1',
                kind: 'ConfigMap',
                metadata: { name: LEDGER_CONFIGMAP, namespace, labels },
                data
            });
        return api.replaceConfigMap(namespace, { ...current, data });
    });
}
/** Adds revocations to the cluster's ledger (union: nothing already there is lost). */
async function recordRevocations(api, namespace, revocations, labels = {}) {
    let merged = (0,_ledger_js__WEBPACK_IMPORTED_MODULE_1__/* .emptyLedger */ .Hg)();
    await updateLedgerConfigMap(api, namespace, data => {
        const existing = data[_ledger_js__WEBPACK_IMPORTED_MODULE_1__/* .LEDGER_FILE */ .th] === undefined
            ? (0,_ledger_js__WEBPACK_IMPORTED_MODULE_1__/* .emptyLedger */ .Hg)()
            : (0,_ledger_js__WEBPACK_IMPORTED_MODULE_1__/* .parseLedger */ .h8)(data[_ledger_js__WEBPACK_IMPORTED_MODULE_1__/* .LEDGER_FILE */ .th], `configmap ${LEDGER_CONFIGMAP} in namespace ${namespace}`);
        merged = (0,_ledger_js__WEBPACK_IMPORTED_MODULE_1__/* .mergeLedgers */ .dR)(existing, { schema: existing.schema, revocations });
        return { ...data, [_ledger_js__WEBPACK_IMPORTED_MODULE_1__/* .LEDGER_FILE */ .th]: (0,_ledger_js__WEBPACK_IMPORTED_MODULE_1__/* .serialiseLedger */ .dU)(merged) };
    }, labels);
    return merged;
}
/**
 * Every revocation this run can read: the cluster's ledger and, when given, a ledger file (a
 * fresh cluster has only the file). A ledger that cannot be read is an error, never "none".
 */
async function loadLedger(api, namespace, file) {
    const cluster = await readClusterLedger(api, namespace);
    return file ? (0,_ledger_js__WEBPACK_IMPORTED_MODULE_1__/* .mergeLedgers */ .dR)(cluster, file) : cluster;
}


/***/ })

};
