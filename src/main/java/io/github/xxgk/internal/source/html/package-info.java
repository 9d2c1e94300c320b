/** Internal: the reader of web pages (jsoup), their tables, text and metadata. Not part of the API. */
package io.github.xxgk.internal.source.html;
