/** Internal: places the rows and values of a read document on the schema's cells. Not part of the API. */
package io.github.xxgk.internal.grid;
