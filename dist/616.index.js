export const id = 616;
export const ids = [616];
export const modules = {

/***/ 4616:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   actionsArtifacts: () => (/* binding */ actionsArtifacts)
/* harmony export */ });
/* harmony import */ var _actions_artifact__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91252);

/** Uploads through the Actions results service, as `actions/upload-artifact` does. */
function actionsArtifacts(run) {
    const client = new _actions_artifact__WEBPACK_IMPORTED_MODULE_0__/* .DefaultArtifactClient */ .t9();
    return {
        async upload(name, files, rootDir) {
            const { id } = await client.uploadArtifact(name, files, rootDir);
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
