import { describe, expect, it } from '@jest/globals'
import { issuanceState } from '../../src/certs/certificate.js'
import { expiryReport } from '../../src/certs/expiry.js'
import { restartDecision, rolloutComplete, secretUses } from '../../src/certs/workloads.js'
import type { KubeObject } from '../../src/cluster/api.js'
import { renewalSkipReason } from '../../src/github/event.js'

function deployment(
  pod: Record<string, unknown>,
  extra: { annotations?: Record<string, string>; paused?: boolean } = {}
): KubeObject {
  return {
    metadata: {
      name: 'web',
      namespace: 'shop',
      ...(extra.annotations ? { annotations: extra.annotations } : {})
    },
    spec: { ...(extra.paused ? { paused: true } : {}), template: { spec: pod } }
  }
}

const VOLUME = { volumes: [{ name: 'tls', secret: { secretName: 'web-tls' } }] }

describe('restartDecision', () => {
  it.each([
    [
      'a plain volume mount (kubelet updates it)',
      {
        ...VOLUME,
        containers: [{ name: 'c', volumeMounts: [{ name: 'tls', mountPath: '/tls' }] }]
      },
      'none'
    ],
    [
      'a subPath mount',
      {
        ...VOLUME,
        containers: [
          { name: 'c', volumeMounts: [{ name: 'tls', mountPath: '/tls/crt', subPath: 'tls.crt' }] }
        ]
      },
      'restart'
    ],
    [
      'a projected volume with subPath',
      {
        volumes: [{ name: 'p', projected: { sources: [{ secret: { name: 'web-tls' } }] } }],
        containers: [
          { name: 'c', volumeMounts: [{ name: 'p', mountPath: '/x', subPath: 'tls.key' }] }
        ]
      },
      'restart'
    ],
    [
      'env valueFrom',
      {
        containers: [
          {
            name: 'c',
            env: [{ name: 'KEY', valueFrom: { secretKeyRef: { name: 'web-tls', key: 'tls.key' } } }]
          }
        ]
      },
      'restart'
    ],
    [
      'envFrom',
      {
        initContainers: [{ name: 'i', envFrom: [{ secretRef: { name: 'web-tls' } }] }],
        containers: [{ name: 'c' }]
      },
      'restart'
    ],
    [
      'another Secret',
      {
        volumes: [{ name: 'tls', secret: { secretName: 'other' } }],
        containers: [{ name: 'c', volumeMounts: [{ name: 'tls', mountPath: '/t', subPath: 'a' }] }]
      },
      'none'
    ]
  ])('%s → %s', (_what, pod, action) => {
    expect(restartDecision('Deployment', deployment(pod), 'web-tls').action).toBe(action)
  })

  it('leaves workloads annotated for Reloader to it and reports paused Deployments', () => {
    const pod = { containers: [{ name: 'c', envFrom: [{ secretRef: { name: 'web-tls' } }] }] }
    expect(
      restartDecision(
        'Deployment',
        deployment(pod, { annotations: { 'reloader.stakater.com/auto': 'true' } }),
        'web-tls'
      )
    ).toEqual({ action: 'none', why: 'left to Reloader' })
    expect(
      restartDecision(
        'Deployment',
        deployment(pod, { annotations: { 'secret.reloader.stakater.com/reload': 'a, web-tls' } }),
        'web-tls'
      ).action
    ).toBe('none')
    expect(restartDecision('Deployment', deployment(pod, { paused: true }), 'web-tls').action).toBe(
      'report'
    )
    expect(secretUses(deployment(pod), 'web-tls')).toEqual(['env'])
  })
})

describe('rolloutComplete (kubectl rollout status rules)', () => {
  const base = { metadata: { name: 'd', generation: 3 }, spec: { replicas: 2 } }
  it.each([
    [{ observedGeneration: 2, updatedReplicas: 2, replicas: 2, availableReplicas: 2 }, false],
    [{ observedGeneration: 3, updatedReplicas: 1, replicas: 2, availableReplicas: 2 }, false],
    [{ observedGeneration: 3, updatedReplicas: 2, replicas: 3, availableReplicas: 2 }, false],
    [{ observedGeneration: 3, updatedReplicas: 2, replicas: 2, availableReplicas: 1 }, false],
    [{ observedGeneration: 3, updatedReplicas: 2, replicas: 2, availableReplicas: 2 }, true]
  ])('Deployment status %j → %s', (status, done) => {
    expect(rolloutComplete('Deployment', { ...base, status })).toBe(done)
  })
})

describe('issuanceState', () => {
  const triggeredAt = '2026-01-01T00:00:00Z'
  const cert = (status: Record<string, unknown>, generation = 1): KubeObject => ({
    metadata: { name: 'c', generation },
    status
  })
  it('is done only with a higher revision, nothing issuing, and Ready for this generation', () => {
    const ready = { type: 'Ready', status: 'True', observedGeneration: 2 }
    expect(issuanceState(cert({ revision: 1, conditions: [ready] }, 2), 1, triggeredAt).state).toBe(
      'pending'
    )
    expect(
      issuanceState(
        cert({ revision: 2, conditions: [ready, { type: 'Issuing', status: 'True' }] }, 2),
        1,
        triggeredAt
      ).state
    ).toBe('pending')
    expect(
      issuanceState(
        cert({ revision: 2, conditions: [{ ...ready, observedGeneration: 1 }] }, 2),
        1,
        triggeredAt
      ).state
    ).toBe('pending')
    expect(issuanceState(cert({ revision: 2, conditions: [ready] }, 2), 1, triggeredAt)).toEqual({
      state: 'done',
      revision: 2
    })
  })

  it('is failed when issuing stopped with a failure after the trigger', () => {
    const failed = cert({
      revision: 1,
      lastFailureTime: '2026-01-01T00:00:05Z',
      conditions: [
        { type: 'Issuing', status: 'False', reason: 'Failed', message: 'issuer not found' }
      ]
    })
    expect(issuanceState(failed, 1, triggeredAt)).toEqual({
      state: 'failed',
      message: 'issuer not found'
    })
    const old = cert({
      revision: 1,
      lastFailureTime: '2025-12-01T00:00:00Z',
      conditions: [{ type: 'Issuing', status: 'False' }]
    })
    expect(issuanceState(old, 1, triggeredAt).state).toBe('pending')
  })
})

describe('expiryReport', () => {
  it('gives days left, sorts the most urgent first and warns below the threshold', () => {
    const now = new Date('2026-01-01T00:00:00Z')
    const rows = expiryReport(
      [
        {
          metadata: { name: 'far', namespace: 'a' },
          status: {
            notAfter: '2026-06-01T00:00:00Z',
            renewalTime: '2026-05-01T00:00:00Z',
            conditions: [{ type: 'Ready', status: 'True' }]
          }
        },
        {
          metadata: { name: 'soon', namespace: 'a' },
          status: { notAfter: '2026-01-11T12:00:00Z' }
        },
        { metadata: { name: 'never', namespace: 'a' } }
      ],
      now,
      30
    )
    expect(rows.map(r => [r.name, r.daysLeft, r.warning])).toEqual([
      ['never', undefined, 'never issued (no notAfter)'],
      ['soon', 10, 'expires in 10 days (threshold 30)'],
      ['far', 151, undefined]
    ])
  })
})

describe('renewalSkipReason', () => {
  it('renews after a merge or on demand, and only then', () => {
    const push = { repository: { default_branch: 'main' } }
    expect(
      renewalSkipReason(
        'action',
        { GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main' },
        push
      )
    ).toBeUndefined()
    expect(
      renewalSkipReason(
        'action',
        { GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/feature' },
        push
      )
    ).toMatch(/not a merge/)
    expect(
      renewalSkipReason(
        'action',
        { GITHUB_EVENT_NAME: 'pull_request' },
        { action: 'closed', pull_request: { merged: true } }
      )
    ).toBeUndefined()
    expect(
      renewalSkipReason(
        'action',
        { GITHUB_EVENT_NAME: 'pull_request' },
        { action: 'closed', pull_request: { merged: false } }
      )
    ).toBe('the pull request is not merged')
    expect(
      renewalSkipReason('action', { GITHUB_EVENT_NAME: 'workflow_dispatch' }, {})
    ).toBeUndefined()
    expect(renewalSkipReason('cli', {}, undefined)).toBeUndefined()
  })
})
