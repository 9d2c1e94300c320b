/**
 * xxgk's entry points: {@link io.github.xxgk.Xxgk} reads one 政府信息公开工作年度报告 (text, PDF, web page, Word
 * .docx or .doc, picture; scans and pictures of tables by OCR) and returns a {@link io.github.xxgk.report.Report},
 * or throws one {@link io.github.xxgk.report.XxgkException} with a reason; {@link io.github.xxgk.Batch} runs a
 * resumable batch over many files and writes the command-line tool's outputs.
 *
 * <p>The API is this package and {@code io.github.xxgk.report}, the values the entry points take and return.
 * Everything else is in {@code io.github.xxgk.internal.*} (and the {@code cli} and {@code spark} front ends):
 * undocumented in the javadoc jar, and free to change in any release.
 *
 * <p>The library prints nothing, never exits and logs through slf4j-api only (PDFBox's commons-logging and POI's
 * Log4j API are routed there). Process-wide state is settable: {@link io.github.xxgk.Xxgk#setMemoryBudget} and
 * {@link io.github.xxgk.Xxgk#setExecutor}.
 */
package io.github.xxgk;
