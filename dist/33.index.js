export const id = 33;
export const ids = [33];
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

/***/ 93033:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rotateCerts: () => (/* binding */ rotateCerts)
/* harmony export */ });
/* harmony import */ var _certs_rotation_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41029);
/* harmony import */ var _command_summary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47645);


/** Renewal (when enabled), proof that it happened, rollout of consumers, and the expiry report. */
async function rotateCerts(config, deps) {
    const result = await (0,_certs_rotation_js__WEBPACK_IMPORTED_MODULE_0__/* .rotateCertificates */ .Qs)(deps.cluster, config, deps);
    (0,_certs_rotation_js__WEBPACK_IMPORTED_MODULE_0__/* .logRotation */ .V$)(result, deps.logger);
    await (0,_command_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .writeSummary */ .S)(deps, `## known-good certificates\n\n${(0,_certs_rotation_js__WEBPACK_IMPORTED_MODULE_0__/* .rotationSummary */ .Zu)(result)}`);
    const outputs = (0,_certs_rotation_js__WEBPACK_IMPORTED_MODULE_0__/* .rotationOutputs */ .bu)(result);
    return result.failure
        ? { status: 'failed', outputs, failure: result.failure }
        : { status: 'ok', outputs };
}


/***/ })

};
