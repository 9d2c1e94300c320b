/**
 * Internal: the CLI's CSV, JSON and HTML writers. Not part of the library API; Commons CSV and Jackson, which
 * only these writers use, are optional dependencies that a consumer does not get.
 */
package io.github.xxgk.internal.output;
