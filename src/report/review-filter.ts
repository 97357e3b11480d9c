/**
 * reviewdog's filter modes: which findings become review comments. A module of its own so that
 * the input table (`config/inputs.ts`) names them without loading the review comments' code.
 */
export const REVIEW_FILTERS = ['off', 'added', 'diff_context', 'file', 'nofilter'] as const
export type ReviewFilter = (typeof REVIEW_FILTERS)[number]
