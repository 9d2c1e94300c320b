/**
 * The batch machinery shared by the command-line tool and the Spark job: listing the inputs, extracting each file
 * under a deadline on a pool of workers, the journal that makes a batch resumable (one entry per input's SHA-256),
 * and writing the outputs from the journal in input order. Uses Jackson (the journal) and Commons CSV (the
 * outputs).
 */
package io.github.xxgk.batch;
