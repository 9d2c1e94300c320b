package io.github.xxgk.cli;

import io.github.xxgk.internal.batch.BuildStamp;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/** {@code java -jar xxgk.jar extract|bench …}. The only place that calls System.exit. */
@Command(name = "xxgk", mixinStandardHelpOptions = true, version = "xxgk " + BuildStamp.VERSION,
        description = "Turns 政府信息公开工作年度报告 into validated data.",
        subcommands = {ExtractCommand.class, BenchCommand.class})
public final class Main implements Runnable {

    /** java.util.logging keeps loggers weakly: a silenced logger must be held, or its level is lost. */
    private static final java.util.List<Logger> QUIET = new java.util.ArrayList<>();

    @Override
    public void run() {
        CommandLine.usage(this, System.err);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI and returns its exit code: 0 all inputs gave tables, 1 some failed, 2 usage error. */
    public static int run(String... args) {
        quietLibraries();
        Optional<ExtractCommand> quick = QuickExtractArgs.parse(args);
        if (quick.isPresent() && quick.get().invalid() == null) {
            return runQuick(quick.get());
        }
        return new CommandLine(new Main()).execute(args);
    }

    /**
     * A plain extract command line, read without picocli (a faster start, see {@link QuickExtractArgs}); run as
     * picocli would run it: the command's result is the exit code, an exception's stack trace goes to stderr and
     * the exit code is 1. Usage errors never get here: picocli reports them.
     */
    private static int runQuick(ExtractCommand command) {
        try {
            return command.call();
        } catch (Exception e) {
            e.printStackTrace(command.err);
            return 1;
        }
    }

    /**
     * The library logs through slf4j only (PDFBox's commons-logging via jcl-over-slf4j, POI's Log4j API via
     * log4j-to-slf4j), and the CLI jar's slf4j backend is slf4j-nop: a researcher needs no font or parsing
     * warnings. What might still use java.util.logging directly is silenced too.
     */
    private static void quietLibraries() {
        for (String name : new String[] {"org.apache.pdfbox", "org.apache.fontbox", "org.apache.poi", "technology.tabula"}) {
            Logger logger = Logger.getLogger(name);
            logger.setLevel(Level.OFF);
            QUIET.add(logger);
        }
    }
}
