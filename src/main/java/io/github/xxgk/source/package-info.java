/**
 * The document model every reader produces ({@link io.github.xxgk.source.SourceDocument} of
 * {@link io.github.xxgk.source.Row}s of {@link io.github.xxgk.source.Cell}s) and {@code Sources}, which tells an
 * input's kind from its bytes and hands it to the reader of that kind (one subpackage each: {@code text},
 * {@code html}, {@code word}, {@code pdf}, and {@code ocr} for pictures). API: {@link io.github.xxgk.source.InputKind}.
 * Every other public type here is internal: public because other xxgk packages use it, not part of the API, free
 * to change.
 */
package io.github.xxgk.source;
