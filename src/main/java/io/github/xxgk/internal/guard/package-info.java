/**
 * Resource guards of an extraction. API: {@link io.github.xxgk.report.Limits}. The other public types here
 * ({@code Checkpoint}, {@code MemoryBudget}, {@code HtmlDepth}) are internal: public because the readers in
 * other packages use them, not part of the API, free to change. The process-wide memory budget is set through
 * {@link io.github.xxgk.Xxgk#setMemoryBudget}.
 */
package io.github.xxgk.internal.guard;
