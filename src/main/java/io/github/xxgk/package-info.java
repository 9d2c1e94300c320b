/**
 * xxgk's public API: {@link io.github.xxgk.Xxgk} reads one 政府信息公开工作年度报告 (text, PDF, web page, Word
 * .docx or .doc, picture; scans and pictures of tables by OCR) and returns a {@link io.github.xxgk.report.Report} — its
 * standard tables as {@link io.github.xxgk.report.ReportCell}s keyed by {@link io.github.xxgk.report.CellKey}, every check
 * as a {@link io.github.xxgk.report.Finding}, its narrative as {@link io.github.xxgk.report.ReportSection}s — or throws
 * one {@link io.github.xxgk.report.XxgkException} with a reason. {@link io.github.xxgk.report.Limits} sets the guards of a
 * call. {@link io.github.xxgk.Batch} runs a resumable batch over many files and writes the command-line
 * tool's outputs. {@link io.github.xxgk.report.Report#identity()} resolves who published a report to a GB/T 2260
 * division ({@link io.github.xxgk.report.Identity}).
 *
 * <p>The API is these types and the enums and records they use ({@link io.github.xxgk.report.TableId},
 * {@link io.github.xxgk.report.Format}, {@link io.github.xxgk.report.InputKind}, {@link io.github.xxgk.report.OcrNote},
 * {@link io.github.xxgk.report.NarrativePart}, {@link io.github.xxgk.report.OcrMode}). Every other public type of the
 * jar is internal: public only because another xxgk package uses it, undocumented in the javadoc jar, and free
 * to change in any release. Each package's {@code package-info} says which it is.
 *
 * <p>The library prints nothing, never exits and logs through slf4j-api only (PDFBox's commons-logging and POI's
 * Log4j API are routed there). Process-wide state is settable: {@link io.github.xxgk.Xxgk#setMemoryBudget} and
 * {@link io.github.xxgk.Xxgk#setExecutor}.
 */
package io.github.xxgk;
