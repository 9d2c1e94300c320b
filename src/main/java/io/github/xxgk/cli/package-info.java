/**
 * Internal: the command-line tool ({@code java -jar xxgk.jar}), a thin layer of argument parsing over
 * {@code io.github.xxgk.internal.batch}. Not part of the library API; picocli, which only it uses, is an optional
 * dependency that a consumer does not get.
 */
package io.github.xxgk.cli;
