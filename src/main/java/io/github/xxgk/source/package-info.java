/**
 * The readers, one per input kind. API: {@link io.github.xxgk.source.InputKind}. Every other public type here is
 * internal: public because other xxgk packages use it, not part of the API, free to change.
 */
package io.github.xxgk.source;
