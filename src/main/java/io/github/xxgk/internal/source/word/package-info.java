/** Internal: the readers of Word reports, .docx and the older binary .doc (Apache POI). Not part of the API. */
package io.github.xxgk.internal.source.word;
