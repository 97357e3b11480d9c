export const id = 616;
export const ids = [616];
export const modules = {

/***/ 4616:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   actionsArtifacts: () => (/* binding */ actionsArtifacts)
/* harmony export */ });
/* harmony import */ var _actions_artifact__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50228);

/**
 * @actions/artifact 6 reads this for each upload: the blob upload fails once no bytes moved
 * for this long (lib/internal/shared/config.js getUploadChunkTimeout, default 300000 ms).
 */
const STALL_TIMEOUT_VARIABLE = 'ACTIONS_ARTIFACT_UPLOAD_TIMEOUT_MS';
function withStallTimeout(ms, work) {
    if (ms === undefined || process.env[STALL_TIMEOUT_VARIABLE] !== undefined)
        return work();
    process.env[STALL_TIMEOUT_VARIABLE] = String(ms);
    return work();
}
function untilAborted(signal) {
    if (signal === undefined)
        return undefined;
    return new Promise((_resolve, reject) => {
        if (signal.aborted)
            reject(signal.reason);
        else
            signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    });
}
/**
 * Uploads through the Actions results service, as `actions/upload-artifact` does. Its calls to
 * the results service have no timeout of their own (@actions/http-client without a socket
 * timeout, retried up to 5 times), so the caller's signal is the bound; a blob upload that
 * stalls fails after `stallTimeoutMs` unless the runner's own setting says otherwise.
 */
function actionsArtifacts(run) {
    const client = new _actions_artifact__WEBPACK_IMPORTED_MODULE_0__/* .DefaultArtifactClient */ .t9();
    let abandoned = false;
    return {
        get abandoned() {
            return abandoned;
        },
        async upload(name, files, rootDir, signal) {
            const upload = withStallTimeout(run.stallTimeoutMs, () => client.uploadArtifact(name, files, rootDir));
            const stop = untilAborted(signal);
            let settled = false;
            void upload.then(() => (settled = true), () => (settled = true));
            let id;
            try {
                ;
                ({ id } = await (stop ? Promise.race([upload, stop]) : upload));
            }
            catch (error) {
                if (!settled && signal?.aborted)
                    abandoned = true;
                throw error;
            }
            if (id === undefined)
                throw new Error('the results service returned no artifact id');
            const url = run.serverUrl && run.repository && run.runId
                ? `${run.serverUrl}/${run.repository}/actions/runs/${run.runId}/artifacts/${id}`
                : undefined;
            return url ? { id, url } : { id };
        }
    };
}


/***/ })

};
