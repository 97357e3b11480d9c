export const id = 747;
export const ids = [747];
export const modules = {

/***/ 64747:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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


/***/ })

};
