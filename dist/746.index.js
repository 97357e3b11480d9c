export const id = 746;
export const ids = [746];
export const modules = {

/***/ 21746:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   revoke: () => (/* binding */ revoke)
/* harmony export */ });
/* harmony import */ var _catalog_catalog_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58923);
/* harmony import */ var _catalog_revocation_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54544);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6226);



/**
 * Marks releases compromised after the fact: their backups become `revoked` (never restored),
 * the revocation goes into the ledger (the cluster's ConfigMap and `revocations.json`), and the
 * commit statuses say so, so that a cluster that only has the bucket refuses them too.
 */
async function revoke(config, deps) {
    const settings = { ...config, namespace: config.backups.namespace };
    const outcome = await (0,_catalog_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .openCatalog */ .O)(deps, config).revoke(settings, deps);
    (0,_catalog_revocation_js__WEBPACK_IMPORTED_MODULE_1__/* .logRevoked */ .nH)(outcome, deps.logger);
    await (0,_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .writeSummary */ .S)(deps, (0,_catalog_revocation_js__WEBPACK_IMPORTED_MODULE_1__/* .revocationSummary */ .Vr)(outcome, settings, deps.github !== undefined));
    return { status: 'ok', outputs: (0,_catalog_revocation_js__WEBPACK_IMPORTED_MODULE_1__/* .revocationOutputs */ .HV)(outcome) };
}


/***/ })

};
