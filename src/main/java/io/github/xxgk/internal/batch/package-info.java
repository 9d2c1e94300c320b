/**
 * Internal: the batch machinery behind {@link io.github.xxgk.Batch}, shared by the command-line tool and the Spark
 * job: listing the inputs, extracting each file under a deadline on a pool of workers, the journal that makes a
 * batch resumable (one entry per input's SHA-256), and writing the outputs in input order. Uses Jackson (the
 * journal, the JSON files) and Commons CSV (the CSV files), optional dependencies of the library that a program
 * using the batch adds. Not part of the API, free to change.
 */
package io.github.xxgk.internal.batch;
