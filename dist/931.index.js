export const id = 931;
export const ids = [931];
export const modules = {

/***/ 83074:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ apiStatus),
/* harmony export */   V: () => (/* binding */ ClusterApiError)
/* harmony export */ });
/**
 * The cluster as the product uses it: only the calls it makes (a port). The client-node
 * implementation is `client.ts`; tests pass plain fakes or run against the real API server.
 */
/** HTTP status of a failed API call, or undefined for transport errors. */
function apiStatus(error) {
    // client-node's ApiException carries the status as `code`; octokit's errors as `status`.
    const { code, status } = (error ?? {});
    if (typeof status === 'number')
        return status;
    return typeof code === 'number' ? code : undefined;
}
/** A failed API call that is not the user's to fix (conflict, server error), with its status. */
class ClusterApiError extends Error {
    status;
    constructor(message, status, options) {
        super(message, options);
        this.status = status;
        this.name = 'ClusterApiError';
    }
}


/***/ }),

/***/ 74931:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   clusterApi: () => (/* binding */ clusterApi),
/* harmony export */   explainApiError: () => (/* binding */ explainApiError),
/* harmony export */   transportFailure: () => (/* binding */ transportFailure)
/* harmony export */ });
/* harmony import */ var _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71943);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _api_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83074);



function apiMessage(error) {
    const body = error?.body;
    if (typeof body === 'string') {
        try {
            const parsed = JSON.parse(body);
            if (typeof parsed.message === 'string')
                return parsed.message;
        }
        catch {
            return body.slice(0, 500);
        }
    }
    const message = body?.message;
    return typeof message === 'string' ? message : (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .getErrorMessage */ .u1)(error);
}
/** Node's codes for a server that cannot be reached or spoken to (net, dns, tls). */
const TRANSPORT_CODES = new Map([
    ['ECONNREFUSED', 'connection refused'],
    ['ECONNRESET', 'connection reset'],
    ['ENOTFOUND', 'no such host (DNS)'],
    ['EAI_AGAIN', 'DNS lookup failed for now'],
    ['ETIMEDOUT', 'timed out'],
    ['EHOSTUNREACH', 'host unreachable'],
    ['ENETUNREACH', 'network unreachable'],
    ['EPIPE', 'connection closed'],
    ['UND_ERR_CONNECT_TIMEOUT', 'connect timed out'],
    ['UND_ERR_HEADERS_TIMEOUT', 'no answer in time'],
    ['UND_ERR_BODY_TIMEOUT', 'the answer stalled'],
    ['UND_ERR_SOCKET', 'connection closed'],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', 'TLS: the server certificate is self-signed and not trusted'],
    ['SELF_SIGNED_CERT_IN_CHAIN', 'TLS: a self-signed certificate in the chain is not trusted'],
    ['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'TLS: the server certificate cannot be verified'],
    ['UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'TLS: the issuer of the server certificate is unknown'],
    ['CERT_HAS_EXPIRED', 'TLS: the server certificate has expired'],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'TLS: the server certificate is for another name']
]);
/** The transport failure behind an error (a `fetch failed` keeps it in its cause chain). */
function transportFailure(error) {
    for (let e = error, depth = 0; e && depth < 5; depth++) {
        const code = e.code;
        if (typeof code === 'string' && TRANSPORT_CODES.has(code))
            return `${TRANSPORT_CODES.get(code)} (${code})`;
        e = e.cause;
    }
    return undefined;
}
/**
 * Turns what the API server refused into an error that says what to change. 403 names the verb
 * and resource the identity lacks (the server's own words) and where the minimal rules are. A
 * server that cannot be reached, or refuses the credentials, is a `ServiceUnreachableError`
 * naming the server (ARCHITECTURE.md, "Errors").
 */
function explainApiError(error, doing, server = 'its address') {
    const status = (0,_api_js__WEBPACK_IMPORTED_MODULE_2__/* .apiStatus */ .$)(error);
    const transport = status === undefined ? transportFailure(error) : undefined;
    if (transport !== undefined)
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServiceUnreachableError */ .s7('kubernetes', server, `${doing}: ${transport}`, {
            cause: error
        });
    const message = apiMessage(error);
    if (status === 401)
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServiceUnreachableError */ .s7('kubernetes', server, `${doing}: the cluster refused the credentials (401: ${message}); check the kubeconfig or token`, { cause: error });
    if (status === 403) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${doing}: permission denied (403: ${message}). Grant the CI identity the rules in deploy/rbac.yaml.`);
    }
    if (status === 404 && /the server could not find the requested resource/i.test(message)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${doing}: the cluster does not serve this resource (${message}); is the operator (Velero, the CSI snapshot CRDs, cert-manager) installed?`);
    }
    if (status === 422 || status === 400)
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${doing}: the API server rejected the object (${status}: ${message})`);
    return new _api_js__WEBPACK_IMPORTED_MODULE_2__/* .ClusterApiError */ .V(`${doing}: ${status ? `HTTP ${status}: ` : ''}${message}`, status, {
        cause: error
    });
}
const MERGE_PATCH = (0,_kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .setHeaderOptions */ .OkF)('Content-Type', _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .PatchStrategy */ .Qve.MergePatch);
const STRATEGIC_MERGE_PATCH = (0,_kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .setHeaderOptions */ .OkF)('Content-Type', _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .PatchStrategy */ .Qve.StrategicMergePatch);
function items(list) {
    return (list.items ?? []);
}
function clusterApi(kubeConfig) {
    const custom = kubeConfig.makeApiClient(_kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .CustomObjectsApi */ .aVm);
    const core = kubeConfig.makeApiClient(_kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .CoreV1Api */ .f5Y);
    const apps = kubeConfig.makeApiClient(_kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .AppsV1Api */ .eY6);
    const rbac = kubeConfig.makeApiClient(_kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .RbacAuthorizationV1Api */ .j3A);
    const authn = kubeConfig.makeApiClient(_kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .AuthenticationV1Api */ .At);
    const objects = _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .KubernetesObjectApi */ .e1Y.makeApiClient(kubeConfig);
    const plural = (kind) => `${kind.toLowerCase()}s`;
    const server = kubeConfig.getCurrentCluster()?.server;
    const explain = (error, doing) => explainApiError(error, doing, server);
    const call = async (doing, request) => {
        try {
            return await request();
        }
        catch (error) {
            throw explain(error, doing);
        }
    };
    const orUndefined = async (doing, request) => {
        try {
            return await request();
        }
        catch (error) {
            if ((0,_api_js__WEBPACK_IMPORTED_MODULE_2__/* .apiStatus */ .$)(error) === 404)
                return undefined;
            throw explain(error, doing);
        }
    };
    const name = (ref) => `${ref.plural}.${ref.group} in namespace ${ref.namespace}`;
    return {
        list: (ref, labelSelector) => call(`listing ${name(ref)}`, async () => items(await custom.listNamespacedCustomObject({
            ...ref,
            ...(labelSelector ? { labelSelector } : {})
        }))),
        get: async (ref, objectName) => {
            try {
                return (await custom.getNamespacedCustomObject({ ...ref, name: objectName }));
            }
            catch (error) {
                if ((0,_api_js__WEBPACK_IMPORTED_MODULE_2__/* .apiStatus */ .$)(error) === 404 &&
                    !/could not find the requested resource/i.test(apiMessage(error)))
                    return undefined;
                throw explain(error, `reading ${objectName} (${name(ref)})`);
            }
        },
        create: (ref, body) => call(`creating ${body.metadata.name} (${name(ref)})`, async () => (await custom.createNamespacedCustomObject({ ...ref, body }))),
        mergePatch: (ref, objectName, patch) => call(`updating ${objectName} (${name(ref)})`, async () => (await custom.patchNamespacedCustomObject({ ...ref, name: objectName, body: patch }, MERGE_PATCH))),
        mergePatchStatus: (ref, objectName, patch) => call(`updating the status of ${objectName} (${name(ref)})`, async () => (await custom.patchNamespacedCustomObjectStatus({ ...ref, name: objectName, body: patch }, MERGE_PATCH))),
        delete: async (ref, objectName) => {
            try {
                await custom.deleteNamespacedCustomObject({ ...ref, name: objectName });
            }
            catch (error) {
                if ((0,_api_js__WEBPACK_IMPORTED_MODULE_2__/* .apiStatus */ .$)(error) === 404)
                    return;
                throw explain(error, `deleting ${objectName} (${name(ref)})`);
            }
        },
        getSecret: (namespace, secretName) => orUndefined(`reading secret ${secretName} in namespace ${namespace}`, async () => (await core.readNamespacedSecret({
            namespace,
            name: secretName
        }))),
        getConfigMap: (namespace, configMap) => orUndefined(`reading configmap ${configMap} in namespace ${namespace}`, async () => (await core.readNamespacedConfigMap({ namespace, name: configMap }))),
        createConfigMap: (namespace, body) => call(`creating configmap ${body.metadata.name} in namespace ${namespace}`, async () => (await core.createNamespacedConfigMap({ namespace, body: body }))),
        replaceConfigMap: (namespace, body) => call(`updating configmap ${body.metadata.name} in namespace ${namespace}`, async () => (await core.replaceNamespacedConfigMap({
            namespace,
            name: body.metadata.name,
            body: body
        }))),
        listWorkloads: (kind, namespace) => call(`listing ${plural(kind)} in namespace ${namespace}`, async () => {
            if (kind === 'Deployment')
                return items(await apps.listNamespacedDeployment({ namespace }));
            if (kind === 'StatefulSet')
                return items(await apps.listNamespacedStatefulSet({ namespace }));
            return items(await apps.listNamespacedDaemonSet({ namespace }));
        }),
        getWorkload: (kind, namespace, workload) => orUndefined(`reading ${kind.toLowerCase()} ${workload} in namespace ${namespace}`, async () => {
            if (kind === 'Deployment')
                return (await apps.readNamespacedDeployment({
                    namespace,
                    name: workload
                }));
            if (kind === 'StatefulSet')
                return (await apps.readNamespacedStatefulSet({
                    namespace,
                    name: workload
                }));
            return (await apps.readNamespacedDaemonSet({
                namespace,
                name: workload
            }));
        }),
        patchWorkload: (kind, namespace, workload, patch) => call(`restarting ${kind.toLowerCase()} ${workload} in namespace ${namespace}`, async () => {
            const param = { namespace, name: workload, body: patch };
            if (kind === 'Deployment')
                return (await apps.patchNamespacedDeployment(param, STRATEGIC_MERGE_PATCH));
            if (kind === 'StatefulSet')
                return (await apps.patchNamespacedStatefulSet(param, STRATEGIC_MERGE_PATCH));
            return (await apps.patchNamespacedDaemonSet(param, STRATEGIC_MERGE_PATCH));
        }),
        whoAmI: () => call('asking the API server who this identity is (SelfSubjectReview)', async () => {
            const review = await authn.createSelfSubjectReview({
                body: { apiVersion: 'authentication.k8s.io/v1', kind: 'SelfSubjectReview' }
            });
            const username = review.status?.userInfo?.username;
            if (!username)
                throw new Error('the SelfSubjectReview names no user');
            return username;
        }),
        createNamespace: body => call(`creating namespace ${body.metadata.name}`, async () => (await core.createNamespace({ body: body }))),
        deleteNamespace: async (namespace) => {
            await orUndefined(`deleting namespace ${namespace}`, () => core.deleteNamespace({ name: namespace }));
        },
        createRoleBinding: (namespace, body) => call(`creating rolebinding ${body.metadata.name} in namespace ${namespace}`, async () => (await rbac.createNamespacedRoleBinding({
            namespace,
            body: body
        }))),
        getObject: (type, namespace, objectName) => orUndefined(`reading ${type.kind} ${objectName} in namespace ${namespace}`, async () => (await objects.read({
            apiVersion: type.apiVersion,
            kind: type.kind,
            metadata: { name: objectName, namespace }
        }))),
        listPersistentVolumeClaims: (namespace, labelSelector) => call(`listing persistentvolumeclaims in namespace ${namespace}`, async () => items(await core.listNamespacedPersistentVolumeClaim({
            namespace,
            ...(labelSelector ? { labelSelector } : {})
        }))),
        createPersistentVolumeClaim: (namespace, body) => call(`creating persistentvolumeclaim ${body.metadata.name} in namespace ${namespace}`, async () => (await core.createNamespacedPersistentVolumeClaim({
            namespace,
            body: body
        })))
    };
}


/***/ })

};
