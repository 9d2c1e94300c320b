/**
 * Internal: the resource guards of an extraction (its deadline checkpoints, the shared memory budget, HTML depth),
 * applying the {@link io.github.xxgk.report.Limits} of a call. The process-wide memory budget is set through
 * {@link io.github.xxgk.Xxgk#setMemoryBudget}. Not part of the API, free to change.
 */
package io.github.xxgk.internal.guard;
