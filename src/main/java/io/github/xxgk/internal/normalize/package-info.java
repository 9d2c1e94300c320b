/** Internal: label normalization (ICU4J) and number parsing. Not part of the API. */
package io.github.xxgk.internal.normalize;
