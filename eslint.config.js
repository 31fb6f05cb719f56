import js from '@eslint/js';
import r3f from '@react-three/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'dist-baseline', 'node_modules', 'coverage', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
  },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, '@react-three': r3f },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@react-three/no-clone-in-loop': 'error',
      '@react-three/no-new-in-loop': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // src/core/index.ts is the only way into the engine for the shells around it.
    files: ['src/{stage,ui,kiosk,cli}/**/*.{ts,tsx}', 'src/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/core/*', '!**/core/index'],
              message: "Import the engine from 'src/core' (its index), not its folders.",
            },
          ],
        },
      ],
    },
  },
  {
    // The core runs in node: no React, DOM or WebGL.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-*', '@react-three/*'], message: 'src/core is pure.' },
            { group: ['three/examples/*', 'three/addons/*'], message: 'src/core is pure.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage'],
    },
  },
);
