/**
 * The batch machinery shared by the command-line tool and the Spark job: listing the inputs, extracting each file
 * under a deadline on a pool of workers, the journal that makes a batch resumable (one entry per input's SHA-256),
 * and writing the outputs from the journal in input order. Uses Jackson (the journal, the JSON files) and Commons
 * CSV (the CSV files), optional dependencies of the library that a program using the batch adds.
 *
 * <p>API: {@link io.github.xxgk.Batch} with its records, and {@link io.github.xxgk.Progress.Mode}.
 * The other public types here ({@code Journal}, {@code FileExtraction}, {@code InputFiles}, {@code WorkerPool},
 * {@code BuildStamp}, {@code OutputNames}, {@code Progress} itself) are internal: public because the CLI and the
 * Spark job use them, not part of the API, free to change.
 */
package io.github.xxgk.internal.batch;
