package example;

import io.github.xxgk.Xxgk;
import io.github.xxgk.report.Report;
import io.github.xxgk.report.XxgkException;
import io.github.xxgk.report.TableId;
import io.github.xxgk.report.Finding;

import java.nio.file.Path;

/** Extracts one report and prints what it is and every check that failed: {@code FailedChecks REPORT}. */
public final class FailedChecks {

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: FailedChecks REPORT");
            System.exit(2);
        }
        try {
            Report r = Xxgk.extract(Path.of(args[0]));
            System.out.println(r.agency() + " " + r.year() + " (format " + r.format().code() + "): "
                    + r.cells().size() + " cells, " + r.failures().size() + " failed checks");
            r.cell(TableId.T3, "new_received", "total")
                    .ifPresent(c -> System.out.println("本年新收申请 " + c.value()));
            for (Finding f : r.failures()) {
                System.out.println(f.check() + " " + f.cells() + ": " + f.message());
            }
        } catch (XxgkException e) {
            System.err.println(e.reason().code() + ": " + e.describe());
            System.exit(1);
        }
    }
}
