/**
 * The checks (勾稽关系 and heuristics). API: {@link io.github.xxgk.report.Finding}. The other public types here
 * ({@code Validator}, {@code NarrativeCheck}, {@code HeuristicChecks}, {@code CrossYearCheck}) are internal:
 * public because other xxgk packages call them, not part of the API, free to change.
 */
package io.github.xxgk.internal.validate;
