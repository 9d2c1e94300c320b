/**
 * Internal: work of one read that other threads may share. A reader hands out the costly, independent parts of a
 * file (the pages of a scan read by OCR) through {@link io.github.xxgk.internal.work.InOrder}; a batch worker
 * with no file left to start {@linkplain io.github.xxgk.internal.work.TaskExchange#help helps} with them, so that
 * the last file of a batch does not end on one core while the others idle. Results are taken back in the order
 * they were handed out, whoever ran them, so nothing a reader gives depends on the number of threads. Not part
 * of the API, free to change.
 */
package io.github.xxgk.internal.work;
