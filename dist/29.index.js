export const id = 29;
export const ids = [29];
export const modules = {

/***/ 41029:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  V$: () => (/* binding */ logRotation),
  Hg: () => (/* binding */ renewedList),
  Qs: () => (/* binding */ rotateCertificates),
  bu: () => (/* binding */ rotationOutputs),
  Zu: () => (/* binding */ rotationSummary)
});

// EXTERNAL MODULE: ./src/cluster/wait.ts
var cluster_wait = __webpack_require__(973);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/text/one-line.ts
var one_line = __webpack_require__(73854);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/cluster/conflict.ts
var conflict = __webpack_require__(55146);
;// CONCATENATED MODULE: ./src/certs/certificate.ts


const CERT_MANAGER_GROUP = 'cert-manager.io';
/** cert-manager sets it on each CertificateRequest: the revision the request is for. */
const REVISION_ANNOTATION = 'cert-manager.io/certificate-revision';
const CERTIFICATE_NAME_ANNOTATION = 'cert-manager.io/certificate-name';
function certificatesRef(namespace) {
    return { group: CERT_MANAGER_GROUP, version: 'v1', plural: 'certificates', namespace };
}
function certificateRequestsRef(namespace) {
    return { group: CERT_MANAGER_GROUP, version: 'v1', plural: 'certificaterequests', namespace };
}
function conditions(object) {
    const list = object.status?.conditions;
    return Array.isArray(list) ? list : [];
}
function condition(object, type) {
    return conditions(object).find(c => c.type === type);
}
function revision(object) {
    const value = object.status?.revision;
    return typeof value === 'number' ? value : 0;
}
function secretName(object) {
    const value = object.spec?.secretName;
    return typeof value === 'string' ? value : undefined;
}
/** Serial and validity of the certificate a TLS Secret holds, or undefined if none parses. */
function secretCertificate(secret) {
    const pem = secret?.data?.['tls.crt'];
    if (!pem)
        return undefined;
    try {
        const certificate = new external_node_crypto_.X509Certificate(Buffer.from(pem, 'base64'));
        return {
            serial: certificate.serialNumber,
            notBefore: certificate.validFrom,
            notAfter: certificate.validTo
        };
    }
    catch {
        return undefined;
    }
}
/**
 * Triggers re-issuance exactly as `cmctl renew` does: condition Issuing=True, reason
 * ManuallyTriggered, with the current generation as observedGeneration and a fresh
 * lastTransitionTime, written through the status subresource. The whole conditions array is
 * sent (a merge patch replaces arrays) with the resourceVersion read; a conflict reads again.
 * A certificate that is already issuing is left alone.
 */
async function triggerRenewal(api, namespace, name, now) {
    const ref = certificatesRef(namespace);
    return (0,conflict/* retryOnConflict */.S)(async () => {
        const certificate = await api.get(ref, name);
        if (!certificate)
            throw new Error(`certificate ${namespace}/${name} disappeared`);
        if (condition(certificate, 'Issuing')?.status === 'True')
            return { triggered: false, certificate, reason: 'already issuing' };
        const at = now()
            .toISOString()
            .replace(/\.\d{3}Z$/, 'Z');
        const issuing = {
            type: 'Issuing',
            status: 'True',
            reason: 'ManuallyTriggered',
            message: 'Certificate re-issuance manually triggered',
            lastTransitionTime: at,
            observedGeneration: certificate.metadata.generation ?? 1
        };
        const patch = {
            metadata: { resourceVersion: certificate.metadata.resourceVersion },
            status: {
                conditions: [...conditions(certificate).filter(c => c.type !== 'Issuing'), issuing]
            }
        };
        return { triggered: true, certificate: await api.mergePatchStatus(ref, name, patch), at };
    });
}
/**
 * Renewed = the revision went up, nothing is issuing, and Ready=True for the current generation
 * (Ready stays True during a renewal, so it alone proves nothing). Failed = Issuing=False with a
 * lastFailureTime at or after the trigger.
 */
function issuanceState(certificate, before, triggeredAt) {
    const generation = certificate.metadata.generation ?? 1;
    const issuing = condition(certificate, 'Issuing');
    const ready = condition(certificate, 'Ready');
    const failedAt = certificate.status?.lastFailureTime;
    if (issuing?.status === 'False' &&
        typeof failedAt === 'string' &&
        Date.parse(failedAt) >= Date.parse(triggeredAt) - 1000) {
        return { state: 'failed', message: issuing.message ?? issuing.reason ?? 'issuance failed' };
    }
    const current = revision(certificate);
    if (current > before &&
        issuing?.status !== 'True' &&
        ready?.status === 'True' &&
        (ready.observedGeneration ?? generation) >= generation) {
        return { state: 'done', revision: current };
    }
    return { state: 'pending' };
}
/** The reason cert-manager gave on the CertificateRequest for the failed revision. */
async function requestFailure(api, namespace, name, forRevision) {
    const requests = await api.list(certificateRequestsRef(namespace));
    const request = requests.find(r => r.metadata.annotations?.[CERTIFICATE_NAME_ANNOTATION] === name &&
        r.metadata.annotations?.[REVISION_ANNOTATION] === String(forRevision));
    if (!request)
        return undefined;
    const ready = condition(request, 'Ready');
    const denied = condition(request, 'Denied');
    const failure = denied?.status === 'True' ? denied : ready;
    return failure
        ? `CertificateRequest ${request.metadata.name}: ${failure.reason ?? ''}${failure.message ? ` (${failure.message})` : ''}`
        : undefined;
}

// EXTERNAL MODULE: ./src/text/escape.ts
var text_escape = __webpack_require__(67388);
;// CONCATENATED MODULE: ./src/certs/expiry.ts


const DAY_MS = 86_400_000;
/** Each certificate's expiry, with a warning below the threshold or when it has none. */
function expiryReport(certificates, now, warnDays) {
    return certificates
        .map(certificate => {
        const status = certificate.status ?? {};
        const row = {
            namespace: certificate.metadata.namespace ?? '',
            name: certificate.metadata.name,
            ready: condition(certificate, 'Ready')?.status === 'True'
        };
        if (typeof status.notAfter === 'string') {
            row.notAfter = status.notAfter;
            row.daysLeft = Math.floor((Date.parse(status.notAfter) - now.getTime()) / DAY_MS);
            if (row.daysLeft < 0)
                row.warning = 'expired';
            else if (row.daysLeft < warnDays)
                row.warning = `expires in ${row.daysLeft} days (threshold ${warnDays})`;
        }
        else {
            row.warning = 'never issued (no notAfter)';
        }
        if (typeof status.renewalTime === 'string')
            row.renewalTime = status.renewalTime;
        return row;
    })
        .sort((a, b) => (a.daysLeft ?? -Infinity) - (b.daysLeft ?? -Infinity) || a.name.localeCompare(b.name));
}
/** The expiry report as a Markdown table (untrusted names escaped). */
function expiryTable(rows) {
    const lines = [
        '| Certificate | Not after | Renewal time | Days left | Ready | |',
        '| --- | --- | --- | ---: | --- | --- |'
    ];
    for (const row of rows) {
        lines.push(`| ${(0,text_escape/* escapeMarkdown */.FV)(`${row.namespace}/${row.name}`, 200)} | ${(0,text_escape/* escapeMarkdown */.FV)(row.notAfter ?? '—')} | ${(0,text_escape/* escapeMarkdown */.FV)(row.renewalTime ?? '—')} | ${row.daysLeft ?? '—'} | ${row.ready ? 'yes' : 'no'} | ${(0,text_escape/* escapeMarkdown */.FV)(row.warning ?? '', 200)} |`);
    }
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/util/map-limit.ts
/** Runs `task` over `items` with at most `limit` at once; results in input order. */
async function mapLimit(items, limit, task) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await task(items[index]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), items.length) }, worker));
    return results;
}

;// CONCATENATED MODULE: ./src/certs/renewal.ts



function key(object) {
    return `${object.namespace}/${object.name}`;
}
async function serialOf(api, certificate) {
    const secret = secretName(certificate);
    return secret
        ? secretCertificate(await api.getSecret(certificate.metadata.namespace, secret))?.serial
        : undefined;
}
/** Triggers re-issuance of each certificate (as `cmctl renew` does), `concurrency` at a time. */
function triggerAll(api, certificates, concurrency, now) {
    return mapLimit(certificates, concurrency, async (certificate) => {
        const namespace = certificate.metadata.namespace;
        const name = certificate.metadata.name;
        const serialBefore = await serialOf(api, certificate);
        const outcome = await triggerRenewal(api, namespace, name, now);
        const renewal = {
            namespace,
            name,
            oldRevision: revision(certificate),
            state: outcome.triggered
                ? { state: 'waiting', triggeredAt: outcome.at }
                : { state: 'skipped', reason: outcome.reason }
        };
        if (serialBefore)
            renewal.serialBefore = serialBefore;
        return renewal;
    });
}
/** The renewals still waiting for a new revision, with when each was triggered. */
function waiting(renewals) {
    return renewals.flatMap(renewal => renewal.state.state === 'waiting' ? [{ renewal, triggeredAt: renewal.state.triggeredAt }] : []);
}
/** One LIST per namespace and round, however many certificates are waited for. */
async function pollRound(api, renewals) {
    for (const namespace of new Set(waiting(renewals).map(w => w.renewal.namespace))) {
        const current = new Map((await api.list(certificatesRef(namespace))).map(c => [c.metadata.name, c]));
        for (const { renewal, triggeredAt } of waiting(renewals).filter(w => w.renewal.namespace === namespace)) {
            const certificate = current.get(renewal.name);
            if (!certificate) {
                renewal.state = { state: 'failed', reason: 'the certificate was deleted while renewing' };
                continue;
            }
            const state = issuanceState(certificate, renewal.oldRevision, triggeredAt);
            if (state.state === 'done')
                renewal.state = { state: 'issued', newRevision: state.revision };
            if (state.state === 'failed') {
                const why = await requestFailure(api, namespace, renewal.name, renewal.oldRevision + 1);
                renewal.state = { state: 'failed', reason: why ?? state.message };
            }
        }
    }
    return waiting(renewals).length === 0 ? true : undefined;
}
/**
 * Waits until every triggered certificate has a new revision or failed. One that is still
 * waiting at the deadline (a missing issuer never fails, it waits) fails with what
 * cert-manager is waiting for.
 */
async function waitForIssuance(api, renewals, wait) {
    try {
        await (0,cluster_wait/* pollUntil */.g3)(`${waiting(renewals).length} certificate(s) to be re-issued`, () => pollRound(api, renewals), wait);
    }
    catch (error) {
        if (!(error instanceof cluster_wait/* WaitTimeoutError */.Do))
            throw error;
        for (const { renewal } of waiting(renewals)) {
            const why = await requestFailure(api, renewal.namespace, renewal.name, renewal.oldRevision + 1).catch(() => undefined);
            renewal.state = {
                state: 'failed',
                reason: `not re-issued within the timeout${why ? `: ${why}` : ''}`
            };
        }
    }
}
/** An issued revision counts once its Secret holds a new certificate (not the one from before). */
async function verifyServed(api, renewals, concurrency) {
    const issued = renewals.filter(r => r.state.state === 'issued');
    const current = new Map();
    for (const namespace of new Set(issued.map(r => r.namespace)))
        for (const c of await api.list(certificatesRef(namespace)))
            current.set(key({ namespace, name: c.metadata.name }), c);
    await mapLimit(issued, concurrency, async (renewal) => {
        if (renewal.state.state !== 'issued')
            return;
        const newRevision = renewal.state.newRevision;
        const certificate = current.get(key(renewal));
        const secret = certificate ? secretName(certificate) : undefined;
        const served = secret
            ? secretCertificate(await api.getSecret(renewal.namespace, secret))
            : undefined;
        renewal.state =
            secret === undefined || served === undefined || served.serial === renewal.serialBefore
                ? {
                    state: 'failed',
                    reason: `revision ${newRevision} is issued but its Secret still holds the old certificate (serial ${renewal.serialBefore ?? 'none'})`
                }
                : {
                    state: 'served',
                    newRevision,
                    secret,
                    servedNotAfter: new Date(served.notAfter).toISOString()
                };
    });
}
/** What the log says about one renewal. */
function describeRenewal(renewal) {
    const s = renewal.state;
    switch (s.state) {
        case 'skipped':
            return s.reason;
        case 'failed':
            return `FAILED: ${s.reason}`;
        case 'waiting':
            return 'waiting';
        case 'issued':
        case 'served':
            return `revision ${renewal.oldRevision} → ${s.newRevision}`;
    }
}

;// CONCATENATED MODULE: ./src/certs/workloads.ts
const WORKLOAD_KINDS = ['Deployment', 'StatefulSet', 'DaemonSet'];
/** What `kubectl rollout restart` sets on the pod template. */
const RESTARTED_AT = 'kubectl.kubernetes.io/restartedAt';
function array(value) {
    return Array.isArray(value) ? value : [];
}
function object(value) {
    return value !== null && typeof value === 'object' ? value : {};
}
function podSpec(workload) {
    return object(object(object(workload.spec).template).spec);
}
/** How a workload's pods use the Secret: mounted volumes (with or without subPath), env. */
function secretUses(workload, secret) {
    const spec = podSpec(workload);
    const volumes = new Set();
    for (const volume of array(spec.volumes)) {
        const name = String(volume.name);
        if (object(volume.secret).secretName === secret)
            volumes.add(name);
        if (array(object(volume.projected).sources).some(source => object(source.secret).name === secret))
            volumes.add(name);
    }
    const uses = new Set();
    for (const container of [
        ...array(spec.initContainers),
        ...array(spec.containers),
        ...array(spec.ephemeralContainers)
    ]) {
        for (const mount of array(container.volumeMounts)) {
            if (!volumes.has(String(mount.name)))
                continue;
            uses.add(mount.subPath || mount.subPathExpr ? 'subPath' : 'volume');
        }
        if (array(container.env).some(env => object(object(env.valueFrom).secretKeyRef).name === secret))
            uses.add('env');
        if (array(container.envFrom).some(from => object(from.secretRef).name === secret))
            uses.add('env');
    }
    return [...uses];
}
/** Stakater Reloader restarts workloads annotated for it when their Secrets change. */
function reloaderWatches(workload, secret) {
    const annotations = workload.metadata.annotations ?? {};
    if (annotations['reloader.stakater.com/auto'] === 'true' ||
        annotations['secret.reloader.stakater.com/auto'] === 'true')
        return true;
    if (annotations['reloader.stakater.com/search'] === 'true')
        return true;
    const named = annotations['secret.reloader.stakater.com/reload'];
    return (named !== undefined &&
        named
            .split(',')
            .map(s => s.trim())
            .includes(secret));
}
/**
 * Pods see a renewed Secret through a plain volume mount (the kubelet updates it); subPath mounts
 * and environment variables never change, so those workloads are restarted. Workloads Reloader
 * watches restart themselves; paused Deployments refuse a restart and are reported instead.
 */
function restartDecision(kind, workload, secret) {
    const uses = secretUses(workload, secret);
    if (uses.length === 0)
        return { action: 'none', why: 'does not use the Secret' };
    if (reloaderWatches(workload, secret))
        return { action: 'none', why: 'left to Reloader' };
    if (!uses.includes('subPath') && !uses.includes('env'))
        return { action: 'none', why: 'mounts the Secret as a volume, which the kubelet updates' };
    if (kind === 'Deployment' && object(workload.spec).paused === true)
        return { action: 'report', why: 'paused: a restart would not roll out' };
    return { action: 'restart', uses };
}
function restartPatch(at) {
    return {
        spec: {
            template: {
                metadata: { annotations: { [RESTARTED_AT]: at.toISOString().replace(/\.\d{3}Z$/, 'Z') } }
            }
        }
    };
}
function num(value) {
    return typeof value === 'number' ? value : 0;
}
/** The rollout is complete, by `kubectl rollout status`'s rules for each kind. */
function rolloutComplete(kind, workload) {
    const spec = object(workload.spec);
    const status = object(workload.status);
    if (num(status.observedGeneration) < (workload.metadata.generation ?? 0))
        return false;
    if (kind === 'Deployment') {
        const replicas = typeof spec.replicas === 'number' ? spec.replicas : 1;
        const updated = num(status.updatedReplicas);
        return (updated >= replicas &&
            num(status.replicas) <= updated &&
            num(status.availableReplicas) >= updated);
    }
    if (kind === 'StatefulSet') {
        const replicas = typeof spec.replicas === 'number' ? spec.replicas : 1;
        return (num(status.readyReplicas) >= replicas &&
            num(status.updatedReplicas) >= replicas &&
            status.updateRevision === status.currentRevision);
    }
    const desired = num(status.desiredNumberScheduled);
    return num(status.updatedNumberScheduled) >= desired && num(status.numberAvailable) >= desired;
}

;// CONCATENATED MODULE: ./src/certs/rollout.ts



/** The workloads of the namespaces that need a restart for the renewed Secrets, once each. */
async function plan(api, renewed) {
    const restarts = new Map();
    for (const namespace of new Set(renewed.map(r => r.namespace))) {
        const secrets = renewed.filter(r => r.namespace === namespace).map(r => r.secret);
        for (const kind of WORKLOAD_KINDS) {
            for (const workload of await api.listWorkloads(kind, namespace)) {
                const id = `${kind}/${namespace}/${workload.metadata.name}`;
                for (const secret of secrets) {
                    const decision = restartDecision(kind, workload, secret);
                    if (decision.action === 'none' || restarts.has(id))
                        continue;
                    restarts.set(id, {
                        kind,
                        namespace,
                        name: workload.metadata.name,
                        action: decision.action === 'restart' ? 'restarted' : 'reported',
                        why: decision.action === 'restart'
                            ? `uses Secret ${secret} through ${decision.uses.join(' and ')}`
                            : decision.why
                    });
                }
            }
        }
    }
    return [...restarts.values()];
}
/**
 * Restarts (like `kubectl rollout restart`) the workloads that use a renewed Secret through a
 * subPath mount or env, and waits for each rollout. A rollout that does not finish in time is a
 * `failed` entry, not a thrown error: the report still says what happened to the others.
 */
async function restartConsumers(api, renewed, now, wait) {
    const restarts = await plan(api, renewed);
    const toRestart = restarts.filter(r => r.action === 'restarted');
    for (const restart of toRestart)
        await api.patchWorkload(restart.kind, restart.namespace, restart.name, restartPatch(now));
    for (const restart of toRestart) {
        try {
            await (0,cluster_wait/* pollUntil */.g3)(`${restart.kind.toLowerCase()} ${restart.namespace}/${restart.name} to roll out`, async () => {
                const workload = await api.getWorkload(restart.kind, restart.namespace, restart.name);
                return workload && rolloutComplete(restart.kind, workload) ? true : undefined;
            }, wait);
        }
        catch (error) {
            if (!(error instanceof cluster_wait/* WaitTimeoutError */.Do))
                throw error;
            restart.action = 'failed';
            restart.why = `${restart.why}; ${(0,errors/* getErrorMessage */.u1)(error)}`;
        }
    }
    return restarts;
}

;// CONCATENATED MODULE: ./src/certs/rotation.ts







async function listCertificates(api, options) {
    const found = (await Promise.all(options.namespaces.map(ns => api.list(certificatesRef(ns), options.selector)))).flat();
    return options.names.length === 0
        ? found
        : found.filter(c => options.names.includes(c.metadata.name));
}
async function selectCertificates(api, options) {
    const found = await listCertificates(api, options);
    const missing = options.names.filter(name => !found.some(c => c.metadata.name === name));
    if (missing.length > 0)
        throw new errors/* ConfigurationError */.j1(`certificate ${missing.join(', ')} not found in namespace ${options.namespaces.join(', ')}${options.selector ? ` with selector ${options.selector}` : ''}`);
    return found;
}
/** Right after a renewal cert-manager may not have updated status.notAfter yet: use the Secret's. */
function withServedExpiry(certificate, renewals) {
    const state = renewals.get(key({ namespace: certificate.metadata.namespace ?? '', name: certificate.metadata.name }))?.state;
    return state?.state === 'served'
        ? { ...certificate, status: { ...(certificate.status ?? {}), notAfter: state.servedNotAfter } }
        : certificate;
}
/** Renew, prove it happened, restart the consumers that cannot reload. */
async function renew(api, certificates, options, deps, wait) {
    const renewals = await triggerAll(api, certificates, options.concurrency, deps.now);
    await waitForIssuance(api, renewals, wait);
    await verifyServed(api, renewals, options.concurrency);
    const served = renewals.flatMap(r => r.state.state === 'served' ? [{ namespace: r.namespace, secret: r.state.secret }] : []);
    const restarts = options.restartWorkloads && served.length > 0
        ? await restartConsumers(api, served, deps.now(), {
            ...wait,
            intervalMs: deps.pollIntervalMs ?? cluster_wait/* POLL_INTERVAL_MS */.fv.rollout
        })
        : [];
    return { renewals, restarts };
}
function failureOf(renewals, restarts) {
    const failed = renewals.flatMap(r => r.state.state === 'failed' ? [`${r.namespace}/${r.name}: ${r.state.reason}`] : []);
    const stuck = restarts.flatMap(r => r.action === 'failed' ? [`${r.kind} ${r.namespace}/${r.name}: ${r.why}`] : []);
    const parts = [
        ...(failed.length > 0 ? [`renewal failed: ${failed.join('; ')}`] : []),
        ...(stuck.length > 0 ? [`rollout failed: ${stuck.join('; ')}`] : [])
    ];
    return parts.length > 0 ? parts.join('; ') : undefined;
}
/** Renewal (when enabled), proof that it happened, rollout of consumers, and the expiry report. */
async function rotateCertificates(api, options, deps) {
    const wait = {
        timeoutMs: options.timeoutMs,
        intervalMs: deps.pollIntervalMs ?? cluster_wait/* POLL_INTERVAL_MS */.fv.certificate,
        logger: deps.logger
    };
    const certificates = await selectCertificates(api, options);
    let renewals = [];
    let restarts = [];
    if (options.renew)
        ({ renewals, restarts } = await renew(api, certificates, options, deps, wait));
    else if (options.skipReason)
        deps.logger.info(`no renewal: ${options.skipReason}`);
    const byKey = new Map(renewals.map(r => [key(r), r]));
    const expiry = expiryReport((await listCertificates(api, options)).map(c => withServedExpiry(c, byKey)), deps.now(), options.warnDays);
    const failure = failureOf(renewals, restarts);
    return { renewals, restarts, expiry, ...(failure ? { failure } : {}) };
}
/** What the log says: warnings for expiry, one line per renewal and per restart. */
function logRotation(result, logger) {
    for (const row of result.expiry.filter(r => r.warning))
        logger.warning(`certificate ${(0,one_line/* oneLine */.TN)(`${row.namespace}/${row.name}`)}: ${row.warning}`);
    for (const r of result.renewals)
        logger.info(`${r.namespace}/${r.name}: ${(0,one_line/* oneLine */.TN)(describeRenewal(r))}`);
    for (const r of result.restarts)
        logger.info(`${r.kind} ${r.namespace}/${r.name}: ${r.action} (${(0,one_line/* oneLine */.TN)(r.why)})`);
}
function rotationSummary(result) {
    const lines = [expiryTable(result.expiry), ''];
    const served = result.renewals.filter(r => r.state.state === 'served').length;
    if (result.renewals.length > 0)
        lines.push(`Renewed: ${served} of ${result.renewals.length}.`);
    return lines.join('\n');
}
/** The renewed certificates, with their old and new revision. */
function renewedList(result) {
    return result.renewals.flatMap(r => r.state.state === 'served'
        ? [
            {
                namespace: r.namespace,
                name: r.name,
                oldRevision: r.oldRevision,
                newRevision: r.state.newRevision
            }
        ]
        : []);
}
/** The outputs of a rotation: renewed, skipped, restarted, expiry (JSON). */
function rotationOutputs(result) {
    return {
        renewed: JSON.stringify(renewedList(result)),
        skipped: JSON.stringify(result.renewals.flatMap(r => r.state.state === 'skipped'
            ? [{ namespace: r.namespace, name: r.name, reason: r.state.reason }]
            : [])),
        restarted: JSON.stringify(result.restarts),
        expiry: JSON.stringify(result.expiry)
    };
}


/***/ })

};
