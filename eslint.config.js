// Lint rules. Inside core/ the rules forbid what would make dose arithmetic
// inexact or impure: I/O, clocks, randomness and float conversions.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const floatAndImpure = [
  { selector: "CallExpression[callee.name='parseFloat']", message: 'core/: no parseFloat (binary floats in dose code); parse decimals with parseQuantity.' },
  { selector: "CallExpression[callee.name='parseInt']", message: 'core/: no parseInt; use exact arithmetic.' },
  { selector: "CallExpression[callee.name='Number']", message: 'core/: no Number(...) conversions in dose code.' },
  { selector: "MemberExpression[object.name='Number'][property.name='parseFloat']", message: 'core/: no Number.parseFloat.' },
  { selector: "CallExpression[callee.property.name='toFixed'][arguments.length>0]", message: 'core/: no toFixed(n) rounding; use core/rounding.' },
  { selector: "CallExpression[callee.property.name='toNumber']", message: 'core/: no toNumber() (a float).' },
  { selector: "MemberExpression[object.name='Math'][property.name='random']", message: 'core/: no randomness.' },
  { selector: "MemberExpression[object.name='Math'][property.name=/^(round|floor|ceil|trunc)$/]", message: 'core/: round only through core/rounding.' },
  { selector: "NewExpression[callee.name='Date']", message: 'core/: no clock (Date).' },
  { selector: "MemberExpression[object.name='Date']", message: 'core/: no clock (Date).' },
  { selector: "MemberExpression[object.name='performance']", message: 'core/: no clock.' },
  { selector: "MemberExpression[object.name='process']", message: 'core/: no process access.' },
  { selector: "MemberExpression[object.name='console']", message: 'core/: no I/O.' },
  { selector: "ThrowStatement", message: 'core/: errors are values (Either); nothing throws.' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'coverage/**', 'node_modules/**', 'reports/**', 'audit-bundle/**', '.stryker-tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly', setTimeout: 'readonly', Buffer: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['core/**/*.ts'],
    ignores: ['core/**/*.test.ts'],
    rules: {
      'no-restricted-syntax': ['error', ...floatAndImpure],
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['node:*', 'fs', 'path', 'os', 'child_process', 'http', 'https', 'net', 'crypto'], message: 'core/: no I/O modules.' },
          { group: ['**/spec/**', '**/adapters/**', '**/properties/**'], message: 'core/ depends on nothing outside core/.' },
        ],
      }],
      'no-restricted-globals': ['error', 'fetch', 'setTimeout', 'setInterval', 'globalThis', 'window', 'require'],
    },
  },
  {
    files: ['spec/reference/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/core/**'], message: 'the reference model is independent of core/.' }] }],
    },
  },
);
