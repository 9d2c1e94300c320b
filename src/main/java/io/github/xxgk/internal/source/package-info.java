/**
 * The document model every reader produces ({@link io.github.xxgk.internal.source.model.SourceDocument} of
 * {@link io.github.xxgk.internal.source.model.Row}s of {@link io.github.xxgk.internal.source.model.Cell}s) and {@code Sources}, which tells an
 * input's kind from its bytes and hands it to the reader of that kind (one subpackage each: {@code text},
 * {@code html}, {@code word}, {@code pdf}, and {@code ocr} for pictures). API: {@link io.github.xxgk.report.InputKind}.
 * Every other public type here is internal: public because other xxgk packages use it, not part of the API, free
 * to change.
 */
package io.github.xxgk.internal.source;
