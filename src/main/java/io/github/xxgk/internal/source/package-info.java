/**
 * Internal: {@code Sources} tells an input's kind from its bytes and hands it to the reader of that kind (one
 * subpackage each: {@code text}, {@code html}, {@code word}, {@code pdf}, and {@code ocr} for scans and pictures);
 * every reader produces the document of {@code model}. Not part of the API, free to change.
 */
package io.github.xxgk.internal.source;
