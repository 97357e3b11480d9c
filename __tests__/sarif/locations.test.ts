import { describe, expect, it } from '@jest/globals'
import { resolveArtifactPath, toWorkspacePath } from '../../src/sarif/locations.js'

const WS = '/home/runner/work/app/app'

describe('resolveArtifactPath', () => {
  it.each([
    ['a relative URI', { uri: 'src/a.js' }, 'src/a.js'],
    ['a ./ prefix', { uri: './src/a.js' }, 'src/a.js'],
    ['percent-encoding', { uri: 'src/my%20file%23.js' }, 'src/my file#.js'],
    ['backslashes', { uri: 'src\\win\\a.js' }, 'src/win/a.js'],
    ['an absolute file URI inside the workspace', { uri: `file://${WS}/lib/b.py` }, 'lib/b.py'],
    ['a file://localhost URI', { uri: `file://localhost${WS}/lib/b.py` }, 'lib/b.py'],
    ['an absolute path inside the workspace', { uri: `${WS}/c.go` }, 'c.go'],
    [
      'an undefined base (%SRCROOT%) as the workspace root',
      { uri: 'src/a.js', uriBaseId: '%SRCROOT%' },
      'src/a.js'
    ]
  ])('resolves %s', (_what, location, path) => {
    expect(resolveArtifactPath(location, {}, WS)).toEqual({ path, outsideWorkspace: false })
  })

  it('resolves a chain of uriBaseIds through originalUriBaseIds', () => {
    const context = {
      originalUriBaseIds: {
        ROOT: { uri: `file://${WS}/` },
        SRC: { uri: 'src/', uriBaseId: 'ROOT' }
      }
    }
    expect(resolveArtifactPath({ uri: 'x/y.ts', uriBaseId: 'SRC' }, context, WS)).toEqual({
      path: 'src/x/y.ts',
      outsideWorkspace: false
    })
  })

  it('stops at a loop of uriBaseIds and names it: the path is not one to use', () => {
    const context = {
      originalUriBaseIds: { A: { uri: 'a/', uriBaseId: 'B' }, B: { uri: 'b/', uriBaseId: 'A' } }
    }
    const resolved = resolveArtifactPath({ uri: 'f', uriBaseId: 'A' }, context, WS)
    expect(resolved?.outsideWorkspace).toBe(true)
    expect(resolved?.problem).toBe('a cycle of uriBaseIds ("A" → "B" → "A")')
  })

  it('follows an index-only reference into run.artifacts', () => {
    const context = {
      artifacts: [
        { location: { uri: 'zero.js' } },
        { location: { uri: 'one.js', uriBaseId: '%SRCROOT%' } }
      ]
    }
    expect(resolveArtifactPath({ index: 1 }, context, WS)).toEqual({
      path: 'one.js',
      outsideWorkspace: false
    })
    expect(resolveArtifactPath({ index: 7 }, context, WS)).toBeUndefined()
  })

  it.each([
    ['a relative path that climbs out', { uri: '../../../etc/passwd' }, '../../../etc/passwd'],
    ['an encoded climb', { uri: 'src/%2e%2e/%2e%2e/%2e%2e/secret' }, '../../secret'],
    [
      "another machine's absolute file URI",
      { uri: 'file:///builds/group/project/src/a.js' },
      '/builds/group/project/src/a.js'
    ],
    ['a sibling directory with the same prefix', { uri: `${WS}-other/a.js` }, `${WS}-other/a.js`],
    [
      'a remote file share',
      { uri: 'file://fileserver/share/a.js' },
      'file://fileserver/share/a.js'
    ],
    ['an http URL', { uri: 'https://example.com/a.js' }, 'https://example.com/a.js']
  ])('marks %s as outside the workspace, never following it', (_what, location, path) => {
    expect(resolveArtifactPath(location, {}, WS)).toEqual({ path, outsideWorkspace: true })
  })

  it('compares Windows paths without regard to case', () => {
    expect(toWorkspacePath('file:///D:/a/app/app/src/x.cs', 'D:\\a\\App\\app')).toEqual({
      path: 'src/x.cs',
      outsideWorkspace: false
    })
  })

  it('returns nothing without a usable URI', () => {
    expect(resolveArtifactPath(undefined, {}, WS)).toBeUndefined()
    expect(resolveArtifactPath({ uri: '' }, {}, WS)).toBeUndefined()
    expect(resolveArtifactPath({ uri: 42 }, {}, WS)).toBeUndefined()
  })
})
