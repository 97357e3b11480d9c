import { describe, expect, it } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { connectCluster } from '../../src/cluster/connect.js'
import { ConfigurationError } from '../../src/errors.js'
import { RecordingLogger } from '../helpers/recording-logger.js'
import { tempDir } from '../helpers/sarif.js'

const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.secret-token-value-1234567890'

function kubeconfig(options: { insecure?: boolean } = {}): string {
  return [
    'apiVersion: v1',
    'kind: Config',
    'clusters:',
    '- name: prod',
    '  cluster:',
    '    server: https://10.0.0.1:6443',
    ...(options.insecure
      ? ['    insecure-skip-tls-verify: true']
      : ['    certificate-authority-data: dGVzdA==']),
    'users:',
    '- name: ci',
    '  user:',
    `    token: ${TOKEN}`,
    'contexts:',
    '- name: prod',
    '  context: {cluster: prod, user: ci}',
    '- name: other',
    '  context: {cluster: prod, user: ci}',
    'current-context: prod',
    ''
  ].join('\n')
}

function connect(
  connection: Parameters<typeof connectCluster>[0],
  env: Record<string, string> = {}
) {
  const logger = new RecordingLogger()
  const kubeConfig = connectCluster(connection, env, logger)
  return { kubeConfig, logger }
}

describe('connectCluster', () => {
  it('reads kubeconfig content, raw or base64, and masks the content and every token', () => {
    for (const content of [kubeconfig(), Buffer.from(kubeconfig()).toString('base64')]) {
      const { kubeConfig, logger } = connect({ kubeconfig: content, insecureSkipTlsVerify: false })
      expect(kubeConfig.getCurrentCluster()?.server).toBe('https://10.0.0.1:6443')
      expect(logger.masked).toContain(TOKEN)
      expect(logger.masked).toContain(content.trim())
    }
  })

  it('takes a path, then $KUBECONFIG (the first file that exists)', () => {
    const dir = tempDir()
    const path = join(dir, 'config')
    writeFileSync(path, kubeconfig())
    expect(
      connect({ kubeconfigPath: path, insecureSkipTlsVerify: false }).kubeConfig.getCurrentContext()
    ).toBe('prod')
    expect(
      connect(
        { insecureSkipTlsVerify: false },
        { KUBECONFIG: `${join(dir, 'missing')}:${path}` }
      ).kubeConfig.getCurrentContext()
    ).toBe('prod')
  })

  it('switches to the context asked for, and names the ones it has when it is missing', () => {
    expect(
      connect({
        kubeconfig: kubeconfig(),
        context: 'other',
        insecureSkipTlsVerify: false
      }).kubeConfig.getCurrentContext()
    ).toBe('other')
    expect(() =>
      connect({ kubeconfig: kubeconfig(), context: 'staging', insecureSkipTlsVerify: false })
    ).toThrow('context "staging" is not in the kubeconfig (it has: prod, other)')
  })

  it('refuses a kubeconfig that disables TLS verification unless told, and then warns', () => {
    expect(() =>
      connect({ kubeconfig: kubeconfig({ insecure: true }), insecureSkipTlsVerify: false })
    ).toThrow(/disables TLS verification .* set the insecure-skip-tls-verify input/)
    const { logger, kubeConfig } = connect({
      kubeconfig: kubeconfig(),
      insecureSkipTlsVerify: true
    })
    expect(kubeConfig.getCurrentCluster()?.skipTLSVerify).toBe(true)
    expect(logger.text('warning')).toMatch(/insecure-skip-tls-verify is on/)
  })

  it.each([
    [
      { kubeconfig: 'not a kubeconfig !!', insecureSkipTlsVerify: false },
      {},
      /neither kubeconfig YAML nor base64/
    ],
    [
      { kubeconfigPath: '/nope/config', insecureSkipTlsVerify: false },
      {},
      /kubeconfig-path \/nope\/config does not exist/
    ],
    [{ insecureSkipTlsVerify: false }, {}, /no cluster to talk to/],
    [
      { insecureSkipTlsVerify: false },
      { KUBECONFIG: '/nope/a:/nope/b' },
      /KUBECONFIG names no existing file/
    ]
  ])('says what to change: %j', (connection, env, message) => {
    expect(() => connect(connection, env)).toThrow(ConfigurationError)
    expect(() => connect(connection, env)).toThrow(message)
  })
})
