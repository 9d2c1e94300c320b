/** Internal: the reader of plain-text reports (tab- or space-separated tables). Not part of the API. */
package io.github.xxgk.internal.source.text;
