export const id = 502;
export const ids = [502];
export const modules = {

/***/ 44502:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  drill: () => (/* binding */ drill_drill)
});

// EXTERNAL MODULE: ./src/catalog/catalog.ts + 3 modules
var catalog_catalog = __webpack_require__(58923);
// EXTERNAL MODULE: ./src/catalog/restore-plan.ts
var restore_plan = __webpack_require__(82878);
// EXTERNAL MODULE: ./src/backup/drill.ts
var drill = __webpack_require__(89939);
// EXTERNAL MODULE: ./src/cluster/api.ts
var cluster_api = __webpack_require__(83074);
// EXTERNAL MODULE: ./src/cluster/wait.ts
var wait = __webpack_require__(973);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/text/one-line.ts
var one_line = __webpack_require__(73854);
// EXTERNAL MODULE: ./src/backup/label-contract.ts
var label_contract = __webpack_require__(39511);
// EXTERNAL MODULE: ./src/backup/retention.ts
var retention = __webpack_require__(65668);
// EXTERNAL MODULE: ./src/backup/velero-ref.ts
var velero_ref = __webpack_require__(74437);
;// CONCATENATED MODULE: ./src/backup/scratch-restore.ts








/**
 * The ClusterRole the drill binds to itself inside its scratch namespace, and only there
 * (deploy/rbac.yaml): read what was restored, delete the namespace when done.
 */
const SCRATCH_ROLE = 'known-good-drill-scratch';
/** How long a new RoleBinding may take to reach the authorizer (it reads from a cache). */
const RBAC_PROPAGATION_MS = 15_000;
/** The scratch namespace, labelled as ours, and our read access to it. */
async function createScratch(api, keys, plan) {
    const backup = plan.backup.name;
    await api.createNamespace({
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: {
            name: plan.scratch,
            labels: { [keys.drill]: (0,label_contract/* labelValue */.w)(backup), 'app.kubernetes.io/managed-by': 'known-good' },
            annotations: { [keys.drill]: `restore drill of backup ${backup}, namespace ${plan.source}` }
        }
    });
    const user = await api.whoAmI();
    await api.createRoleBinding(plan.scratch, {
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'RoleBinding',
        metadata: { name: 'known-good-drill', labels: { [keys.drill]: (0,label_contract/* labelValue */.w)(backup) } },
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: SCRATCH_ROLE },
        subjects: [{ apiGroup: 'rbac.authorization.k8s.io', kind: 'User', name: user }]
    });
}
/** Reads an expected object; a 403 right after the RoleBinding was made is retried briefly. */
async function expectedCheck(api, namespace, expected, logger) {
    const found = await (0,wait/* pollUntil */.g3)(`read access to ${expected.text} in namespace ${namespace}`, async () => {
        try {
            return { object: await api.getObject(expected, namespace, expected.name) };
        }
        catch (error) {
            if (error instanceof errors/* ConfigurationError */.j1 && /\(403:/.test(error.message))
                return undefined;
            throw error;
        }
    }, { timeoutMs: RBAC_PROPAGATION_MS, intervalMs: 1000, logger });
    return {
        name: `expect ${expected.text}`,
        passed: found.object !== undefined,
        detail: found.object
            ? `${expected.kind} ${expected.name} exists in ${namespace}`
            : `${expected.kind} ${expected.name} is not in ${namespace} after the restore`
    };
}
/** Only the source namespace, mapped to the scratch one, and no cluster-scoped object. */
function scratchRequest(plan, keys, options) {
    return {
        namespaces: [plan.source],
        mapping: new Map([[plan.source, plan.scratch]]),
        existingResourcePolicy: 'none',
        includeClusterResources: false,
        annotations: {
            [keys.reason]: `restore drill into scratch namespace ${plan.scratch}`,
            [keys.requestedBy]: options.identity.actor ?? 'unknown',
            ...(options.identity.runUrl ? { [keys.runUrl]: options.identity.runUrl } : {})
        },
        labels: { [keys.verdict]: 'clean', [keys.drill]: (0,label_contract/* labelValue */.w)(plan.backup.name) }
    };
}
/** Forbidden or gone: say so; the drill's result stands. */
async function deleteScratch(api, scratch, logger) {
    try {
        await api.deleteNamespace(scratch);
    }
    catch (error) {
        logger.warning(`could not delete scratch namespace ${scratch}${(0,cluster_api/* apiStatus */.$)(error) ? ` (HTTP ${(0,cluster_api/* apiStatus */.$)(error)})` : ''}: ${(0,one_line/* oneLine */.TN)((0,errors/* getErrorMessage */.u1)(error))}; delete it yourself`);
    }
}
/** The restore and the checks, in the scratch namespace. */
async function restoreAndCheck(plan, options, deps, run) {
    const { api, provider, keys } = deps;
    await createScratch(api, keys, plan);
    const request = scratchRequest(plan, keys, options);
    run.result = await provider.restore(plan.backup, request, plan.name, deps.wait);
    run.checks.push((0,drill/* restoreCheck */.Jr)(run.result));
    const restoreObject = await api.get((0,velero_ref/* veleroRef */.N)('restores', provider.namespace), plan.name);
    if (restoreObject)
        run.checks.push((0,drill/* countCheck */.or)(restoreObject, plan.object));
    for (const expected of options.expect)
        run.checks.push(await expectedCheck(api, plan.scratch, expected, deps.logger));
}
/**
 * Restores the backup into its scratch namespace (namespace mapping, no cluster-scoped object),
 * checks what came back and deletes the namespace (unless kept). It never writes to the
 * backup's own namespace. A failure is a failed check, except what the user must fix (a
 * permission, a name), which is no verdict on the backup and is thrown.
 */
async function restoreIntoScratch(plan, options, deps) {
    const run = { checks: [] };
    try {
        await restoreAndCheck(plan, options, deps, run);
    }
    catch (error) {
        if (error instanceof errors/* ConfigurationError */.j1)
            throw error;
        run.checks.push({ name: 'drill', passed: false, detail: (0,one_line/* oneLine */.TN)((0,errors/* getErrorMessage */.u1)(error)) });
    }
    finally {
        if (!options.keep)
            await deleteScratch(deps.api, plan.scratch, deps.logger);
    }
    return run;
}
/** Records the outcome on the backup: drilled-at and drill-result annotations. */
async function recordDrill(provider, keys, backup, passed, at) {
    await provider.record(backup, {}, { [keys.drilledAt]: (0,retention/* rfc3339 */.ag)(at), [keys.drillResult]: passed ? 'passed' : 'failed' }, () => undefined);
}

// EXTERNAL MODULE: ./src/config/restore.ts
var restore = __webpack_require__(21556);
// EXTERNAL MODULE: ./src/commands/summary.ts
var summary = __webpack_require__(6226);
;// CONCATENATED MODULE: ./src/commands/drill.ts









/** The newest known-good backup (or the named one, which must be clean). */
async function chooseDrilled(config, catalog) {
    const { chosen } = await catalog.choose({
        ...(config.backup === restore/* LATEST_KNOWN_GOOD */.y$ ? {} : { name: config.backup }),
        allowUnverified: false,
        reason: 'restore drill'
    });
    return chosen.backup;
}
/** The namespace of the backup to restore, a scratch one for it, and the Restore's name. */
async function planDrill(config, deps, backup) {
    const namespace = config.backups.namespace;
    const object = await deps.cluster.get((0,velero_ref/* veleroRef */.N)('backups', namespace), backup.name);
    if (!object)
        throw new errors/* ConfigurationError */.j1(`backup ${backup.name} disappeared from namespace ${namespace}`);
    const source = (0,drill/* sourceNamespace */.L)(object, config.sourceNamespace);
    if ('problem' in source)
        throw new errors/* ConfigurationError */.j1(source.problem);
    const scratch = (0,drill/* scratchNamespace */.GW)(source.namespace);
    deps.logger.info(`drill: restoring backup ${(0,one_line/* oneLine */.TN)(backup.name)} (namespace ${source.namespace}) into scratch namespace ${scratch}`);
    const name = (0,restore_plan/* restoreName */.Q)(backup.name, deps.now()).replace('-restore-', '-drill-');
    return { backup, object, source: source.namespace, scratch, name };
}
/**
 * The drill stage: restore the newest known-good backup into a scratch namespace of its own,
 * check what came back, delete the namespace and record the result on the backup
 * (backup/scratch-restore.ts).
 */
async function drill_drill(config, deps) {
    const catalog = (0,catalog_catalog/* openCatalog */.O)(deps, config);
    const plan = await planDrill(config, deps, await chooseDrilled(config, catalog));
    const { provider, keys } = catalog;
    const wait = catalog.wait('restore', config.timeoutMs);
    const scratchDeps = { api: deps.cluster, provider, keys, logger: deps.logger, wait };
    const run = await restoreIntoScratch(plan, config, scratchDeps);
    const passed = (0,drill/* drillPassed */.os)(run.checks);
    await recordDrill(provider, keys, plan.backup.name, passed, deps.now());
    const { source, scratch } = plan;
    const outcome = {
        ...run,
        backup: plan.backup.name,
        source,
        scratch,
        restoreName: plan.name,
        kept: config.keep
    };
    (0,drill/* logDrill */.eN)(outcome, deps.logger);
    const outputs = (0,drill/* drillOutputs */.yQ)(outcome);
    await (0,summary/* writeSummary */.S)(deps, (0,drill/* drillSummary */.M0)(outcome));
    return passed
        ? { status: 'ok', outputs }
        : { status: 'failed', outputs, failure: (0,drill/* drillFailure */.s3)(outcome) };
}


/***/ })

};
