import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import globals from 'globals'

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', '.cache/', '.bench/', '__tests__/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error'
    }
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/action.ts', 'src/index.ts'],
    rules: {
      // Only the entry points talk to the Actions toolkit (DESIGN.md, "Shape").
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: '@actions/core', allowTypeImports: true },
            { name: '@actions/github', allowTypeImports: true }
          ]
        }
      ]
    }
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: globals.node }
  }
)
