/**
 * Internal: the command-line tool ({@code java -jar xxgk.jar}). Not part of the library API; the libraries only it
 * uses (picocli, Jackson, Commons CSV, slf4j-nop) are optional dependencies that a consumer does not get.
 */
package io.github.xxgk.cli;
