export const id = 340;
export const ids = [340];
export const modules = {

/***/ 33340:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   connectCluster: () => (/* binding */ connectCluster)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71943);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);



function decode(content) {
    const trimmed = content.trim();
    if (/^(apiVersion|kind|clusters|contexts|users|current-context)\s*:/m.test(trimmed) ||
        trimmed.startsWith('{'))
        return trimmed;
    const decoded = Buffer.from(trimmed, 'base64').toString('utf8');
    if (/^(apiVersion|kind|clusters|contexts|users)\s*:/m.test(decoded))
        return decoded;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1("input 'kubeconfig' is neither kubeconfig YAML nor base64 of it");
}
/** Every secret in a kubeconfig, in the forms it may be printed (as is, and base64-decoded). */
function secretsOf(kubeConfig) {
    const secrets = [];
    for (const user of kubeConfig.getUsers()) {
        for (const value of [user.token, user.password, user.keyData, user.certData]) {
            if (typeof value === 'string' && value.length >= 8) {
                secrets.push(value);
                const decoded = Buffer.from(value, 'base64').toString('utf8');
                if (/PRIVATE KEY|CERTIFICATE/.test(decoded))
                    secrets.push(...decoded.split('\n').filter(line => line.length >= 16 && !line.startsWith('-----')));
            }
        }
    }
    return secrets;
}
/**
 * Builds the one KubeConfig of a run: the `kubeconfig` input (content), else `kubeconfig-path`,
 * else $KUBECONFIG (what azure/aks-set-context, google-github-actions/get-gke-credentials and
 * aws eks update-kubeconfig export), else the in-cluster service account. Secrets are masked
 * before anything could print them. TLS is verified unless explicitly, and loudly, disabled.
 */
function connectCluster(connection, env, logger) {
    const kubeConfig = new _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_1__/* .KubeConfig */ .ypW();
    try {
        if (connection.kubeconfig) {
            logger.mask(connection.kubeconfig.trim());
            kubeConfig.loadFromString(decode(connection.kubeconfig));
        }
        else if (connection.kubeconfigPath) {
            if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(connection.kubeconfigPath))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`kubeconfig-path ${connection.kubeconfigPath} does not exist`);
            kubeConfig.loadFromFile(connection.kubeconfigPath);
        }
        else if (env.KUBECONFIG) {
            const first = env.KUBECONFIG.split(':').find(path => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path));
            if (!first)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`KUBECONFIG names no existing file (${env.KUBECONFIG})`);
            kubeConfig.loadFromFile(first);
        }
        else if (env.KUBERNETES_SERVICE_HOST &&
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)('/var/run/secrets/kubernetes.io/serviceaccount/token')) {
            kubeConfig.loadFromCluster();
        }
        else {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1('no cluster to talk to: give the kubeconfig input (secret content), kubeconfig-path, or set KUBECONFIG (e.g. with azure/aks-set-context)');
        }
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1)
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`the kubeconfig cannot be read: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .getErrorMessage */ .u1)(error)}`);
    }
    for (const secret of secretsOf(kubeConfig))
        logger.mask(secret);
    if (connection.context) {
        if (!kubeConfig.getContextObject(connection.context)) {
            const known = kubeConfig
                .getContexts()
                .map(c => c.name)
                .join(', ');
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`context ${JSON.stringify(connection.context)} is not in the kubeconfig (it has: ${known || 'none'})`);
        }
        kubeConfig.setCurrentContext(connection.context);
    }
    const cluster = kubeConfig.getCurrentCluster();
    if (!cluster)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1('the kubeconfig has no current cluster: set its current-context or the context input');
    if (connection.insecureSkipTlsVerify) {
        logger.warning(`insecure-skip-tls-verify is on: the API server at ${cluster.server} is not authenticated, anyone on the path can read and change what is sent`);
        kubeConfig.clusters = kubeConfig.clusters.map(c => c.name === cluster.name ? { ...c, skipTLSVerify: true } : c);
    }
    else if (cluster.skipTLSVerify) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`the kubeconfig disables TLS verification for ${cluster.server}; remove insecure-skip-tls-verify from it, or set the insecure-skip-tls-verify input to accept the risk explicitly`);
    }
    return kubeConfig;
}


/***/ })

};
