/**
 * The document every reader produces: a {@link io.github.xxgk.internal.source.model.SourceDocument} of
 * {@link io.github.xxgk.internal.source.model.Row}s of {@link io.github.xxgk.internal.source.model.Cell}s, with the
 * reader's {@link io.github.xxgk.internal.source.model.Hints}; shared by the readers (one subpackage of
 * {@code internal.source} each) and by the stages after reading. Internal: free to change.
 */
package io.github.xxgk.internal.source.model;
