package io.github.xxgk.spark;

import io.github.xxgk.report.XxgkException;
import io.github.xxgk.internal.source.model.ReportSource;
import io.github.xxgk.internal.source.model.SourceDocument;
import io.github.xxgk.internal.source.Sources;
import org.apache.spark.sql.SparkSession;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The Spark job in local mode in a child JVM, with a reader that halts the JVM ({@link Runtime#halt}: no
 * shutdown hook, no finally, as a crash in native code ends it) when it reads an input whose name ends with
 * {@code args[0]}; the rest are the job's arguments. In local mode the tasks run in the driver, so the halt
 * ends the job as an executor's death ends a task on a cluster. It lives in the test classes only: no
 * production entry point can reach it.
 */
public final class HaltAtFileJob {

    private HaltAtFileJob() {
    }

    /** Reads as the job does, except that it halts the JVM at the inputs named {@code ...suffix}. */
    record HaltAt(String suffix) implements ReportSource, Serializable {

        @Override
        public SourceDocument read(byte[] content, String name) throws XxgkException {
            if (name.endsWith(suffix)) {
                Runtime.getRuntime().halt(134);
            }
            return Sources.read(content, name);
        }
    }

    public static void main(String[] args) throws Exception {
        SparkSession spark = SparkSession.builder().master("local[2]").appName("xxgk-halt-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1")
                .config("spark.sql.codegen.wholeStage", "false").config("spark.sql.codegen.factoryMode", "NO_CODEGEN")
                .getOrCreate();
        try {
            ExtractJob.run(spark, JobOptions.parse(Arrays.copyOfRange(args, 1, args.length)), new HaltAt(args[0]));
        } finally {
            spark.stop();
        }
    }
}
