export const id = 490;
export const ids = [490];
export const modules = {

/***/ 15490:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  labelBackup: () => (/* binding */ labelBackup)
});

// EXTERNAL MODULE: ./src/catalog/catalog.ts + 3 modules
var catalog_catalog = __webpack_require__(58923);
// EXTERNAL MODULE: ./src/catalog/label.ts
var label = __webpack_require__(63137);
// EXTERNAL MODULE: ./src/backup/model.ts
var model = __webpack_require__(81151);
// EXTERNAL MODULE: ./src/backup/provider-messages.ts
var provider_messages = __webpack_require__(54846);
// EXTERNAL MODULE: ./src/backup/retention.ts
var retention = __webpack_require__(65668);
// EXTERNAL MODULE: ./src/text/one-line.ts
var one_line = __webpack_require__(73854);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/policy/verdict.ts
var verdict = __webpack_require__(75187);
// EXTERNAL MODULE: ./src/verdict/record.ts
var verdict_record = __webpack_require__(26768);
;// CONCATENATED MODULE: ./src/verdict/file.ts




/** Reads the verdict record a scan wrote (verdict.json), refusing anything else. */
function readVerdictFile(path) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`verdict-file ${path} cannot be read (${(0,errors/* getErrorMessage */.u1)(error)}): pass the verdict.json that the scan wrote, e.g. downloaded from its artifact`);
    }
    let record;
    try {
        record = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`verdict-file ${path} is not JSON: ${(0,errors/* getErrorMessage */.u1)(error)}`);
    }
    if (record.schema !== verdict_record/* VERDICT_SCHEMA */.CS || !verdict/* VERDICTS */.bk.some(v => v === record.verdict)) {
        throw new errors/* ConfigurationError */.j1(`verdict-file ${path} is not a known-good verdict record (expected "schema": "${verdict_record/* VERDICT_SCHEMA */.CS}" and a verdict)`);
    }
    return record;
}

// EXTERNAL MODULE: ./src/commands/summary.ts
var summary = __webpack_require__(6226);
;// CONCATENATED MODULE: ./src/commands/label-backup.ts








/** Waits until the backup is usable; a backup that ends without becoming so is the error. */
async function waitUsable(config, catalog, labelled) {
    if (!config.wait)
        return labelled.backup;
    try {
        return await catalog.provider.waitUsable(labelled.backup.name, catalog.wait('backup', config.timeoutMs));
    }
    catch (error) {
        if (error instanceof model/* BackupFailedError */.GE)
            return error;
        throw error;
    }
}
const CSI_KEEPS = 'protect-known-good is ignored with provider csi: VolumeSnapshots do not expire by themselves';
/** The retention guard on the schedule of the backup just labelled (Velero only). */
async function guardSchedule(config, catalog, backup, logger) {
    if (config.retention.keep <= 0)
        return undefined;
    if (catalog.provider.kind === 'velero')
        return catalog.protectSchedule((0,retention/* scheduleOf */.rH)(backup), config.retention);
    logger.warning(CSI_KEEPS);
    return undefined;
}
/** The backup ended without becoming usable: the step fails with what the backup system said. */
async function failed(error, catalog, deps, outputs, heading) {
    const said = await catalog.explainFailure(error);
    const report = (0,label/* failedBackupReport */.M3)(error, catalog.provider.kind, said, heading, deps.logger);
    outputs['backup-messages'] = (0,provider_messages/* messagesOutput */.K8)(said);
    await (0,summary/* writeSummary */.S)(deps, report.summary);
    return { status: 'failed', outputs, failure: report.failure };
}
/** The deploy job's stage: record the scan's verdict on the pre-release backup. */
async function labelBackup(config, deps) {
    const record = readVerdictFile(config.verdictFile);
    const { target } = config;
    const snapshotClass = target.kind === 'create' ? target.snapshotClass : undefined;
    const catalog = (0,catalog_catalog/* openCatalog */.O)(deps, {
        backups: config.backups,
        ...(snapshotClass ? { snapshotClass } : {})
    });
    const labelled = await catalog.recordVerdict(target, record, config.identity);
    const outputs = (0,label/* labelOutputs */.jT)(labelled, record.verdict);
    const heading = (0,label/* labelHeading */.DV)(labelled.backup, catalog.provider);
    const backup = await waitUsable(config, catalog, labelled);
    if (backup instanceof model/* BackupFailedError */.GE)
        return failed(backup, catalog, deps, outputs, heading);
    deps.logger.info(`backup ${(0,one_line/* oneLine */.TN)(backup.name)}: ${backup.phase}, verdict ${record.verdict}`);
    const guarded = await guardSchedule(config, catalog, backup, deps.logger);
    if (guarded)
        outputs['protected-backups'] = JSON.stringify(guarded);
    await (0,summary/* writeSummary */.S)(deps, (0,label/* labelSummary */.b)(heading, backup, labelled, record.verdict, guarded));
    return { status: 'ok', outputs };
}


/***/ })

};
