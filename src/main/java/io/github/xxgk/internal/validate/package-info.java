/**
 * Internal: the checks (勾稽关系 and heuristics), each giving {@link io.github.xxgk.report.Finding}s. Not part of
 * the API, free to change.
 */
package io.github.xxgk.internal.validate;
