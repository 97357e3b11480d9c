export const id = 490;
export const ids = [490];
export const modules = {

/***/ 15490:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  labelBackup: () => (/* binding */ labelBackup)
});

// EXTERNAL MODULE: ./src/backup/create-provider.ts + 3 modules
var create_provider = __webpack_require__(30848);
// EXTERNAL MODULE: ./src/backup/label-contract.ts
var label_contract = __webpack_require__(39511);
// EXTERNAL MODULE: ./src/backup/model.ts
var model = __webpack_require__(81151);
// EXTERNAL MODULE: ./src/cluster/wait.ts
var wait = __webpack_require__(973);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/text/one-line.ts
var one_line = __webpack_require__(73854);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
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
        throw new errors/* ConfigurationError */.j(`verdict-file ${path} cannot be read (${(0,errors/* getErrorMessage */.u)(error)}): pass the verdict.json that the scan wrote, e.g. downloaded from its artifact`);
    }
    let record;
    try {
        record = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j(`verdict-file ${path} is not JSON: ${(0,errors/* getErrorMessage */.u)(error)}`);
    }
    if (record.schema !== verdict_record/* VERDICT_SCHEMA */.CS || !verdict/* VERDICTS */.bk.some(v => v === record.verdict)) {
        throw new errors/* ConfigurationError */.j(`verdict-file ${path} is not a known-good verdict record (expected "schema": "${verdict_record/* VERDICT_SCHEMA */.CS}" and a verdict)`);
    }
    return record;
}

;// CONCATENATED MODULE: ./src/commands/label-backup.ts







/** Finds the pre-release backup the inputs name (by name, selector or schedule). */
async function findBackup(provider, target) {
    if (target.kind === 'name') {
        const backup = await provider.get(target.name);
        if (!backup)
            throw new errors/* ConfigurationError */.j(`backup ${target.name} does not exist in namespace ${provider.namespace}`);
        return backup;
    }
    const found = target.kind === 'selector'
        ? (0,model/* newestBackup */.RO)(await provider.list(target.selector))
        : await provider.newestOf(target.schedule);
    if (!found)
        throw new errors/* ConfigurationError */.j(`no backup matches ${target.kind === 'selector' ? `selector ${target.selector}` : `schedule ${target.schedule}`} in namespace ${provider.namespace}`);
    return found;
}
/** The verdict must be the one of the commit being released. */
function checkCommit(commit, recorded) {
    if (commit &&
        recorded &&
        commit !== recorded &&
        !recorded.startsWith(commit) &&
        !commit.startsWith(recorded)) {
        throw new errors/* ConfigurationError */.j(`verdict-file is for commit ${recorded}, but this deploy is for ${commit}: pass the verdict of the commit being released`);
    }
}
/** A backup belongs to one release: never relabel one that carries another commit's verdict. */
function refuseOtherCommit(keys, labels) {
    return (current) => {
        const other = current.commit;
        const mine = labels[keys.commit];
        if (other && mine && other !== mine) {
            throw new errors/* ConfigurationError */.j(`backup ${current.name} already carries the verdict of commit ${other}; a backup belongs to one release: label the backup taken for ${mine}`);
        }
    };
}
/**
 * The deploy job's stage: record the scan's verdict on the pre-release backup. A backup we create
 * carries the verdict from creation (stored with it); one labelled afterwards carries a
 * cluster-local index only, and the commit status stays the authoritative record.
 */
async function labelBackup(config, deps) {
    const { logger } = deps;
    const record = readVerdictFile(config.verdictFile);
    const commit = config.identity.commit;
    checkCommit(commit, record.identity?.commit);
    const keys = (0,label_contract/* recordKeys */.IH)(config.backups.labelPrefix);
    const { labels, annotations } = (0,label_contract/* verdictMetadata */.dr)(record, keys, commit ?? record.identity?.commit, config.identity.runUrl);
    const target = config.target;
    const provider = (0,create_provider/* createProvider */.Q)(deps.cluster, config.backups, {
        now: deps.now,
        ...(target.kind === 'create' && target.snapshotClass
            ? { snapshotClass: target.snapshotClass }
            : {})
    });
    let backup;
    if (target.kind === 'create') {
        backup = await provider.create(target.source, labels, annotations);
        logger.info(`created backup ${backup.name} with verdict ${record.verdict} set at creation`);
    }
    else {
        const found = await findBackup(provider, target);
        backup = await provider.record(found.name, labels, annotations, refuseOtherCommit(keys, labels));
        logger.warning(`labelled existing backup ${backup.name} with verdict ${record.verdict}: labels added after a backup completed live only in this cluster ` +
            '(the copy in object storage does not have them); the commit status known-good/verdict and the verdict artifact stay the authoritative record.');
    }
    if (config.wait)
        backup = await provider.waitUsable(backup.name, {
            timeoutMs: config.timeoutMs,
            intervalMs: deps.pollIntervalMs ?? wait/* POLL_INTERVAL_MS */.fv.backup,
            logger
        });
    logger.info(`backup ${(0,one_line/* oneLine */.TN)(backup.name)}: ${backup.phase}, verdict ${record.verdict}`);
    return {
        status: 'ok',
        outputs: {
            'backup-name': backup.name,
            'backup-created': String(target.kind === 'create'),
            labels: JSON.stringify(labels),
            verdict: record.verdict
        }
    };
}


/***/ })

};
