/** Internal: finds a report's title, agency, year and narrative sections. Not part of the API. */
package io.github.xxgk.internal.detect;
