package io.github.xxgk.cli;

import io.github.xxgk.internal.batch.BuildStamp;
import io.github.xxgk.internal.source.pdf.PdfWarmUp;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code java -jar xxgk.jar extract|bench …}. The only place that calls System.exit. The top command and
 * {@code extract} are modelled in code ({@link ExtractSpec}); {@code bench}, by its annotations, is added only
 * to a command line that is not an extract line, so that picocli's reflection never runs on the way to a batch.
 */
public final class Main implements Runnable {

    /** java.util.logging keeps loggers weakly: a silenced logger must be held, or its level is lost. */
    private static final java.util.List<Logger> QUIET = new java.util.ArrayList<>();

    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI and returns its exit code: 0 all inputs gave tables, 1 some failed, 2 usage error. */
    public static int run(String... args) {
        if (args.length > 0 && args[0].equals("extract") && Arrays.stream(args).anyMatch(ExtractCommand::looksLikePdf)) {
            // first of all, before picocli reads the line: the warm-up's head start is the first PDF's time saved
            PdfWarmUp.start();
        }
        quietLibraries();
        return commandLine(args.length == 0 || !args[0].equals("extract")).execute(args);
    }

    /** The top command, {@code xxgk}, with its subcommands ({@code bench} only when asked for). */
    static CommandLine commandLine(boolean withBench) {
        Main main = new Main();
        main.spec = CommandSpec.wrapWithoutInspection(main).name("xxgk").version("xxgk " + BuildStamp.VERSION);
        main.spec.usageMessage().description("Turns 政府信息公开工作年度报告 into validated data.");
        addHelpOptions(main.spec);
        CommandLine cl = new CommandLine(main.spec);
        cl.addSubcommand("extract", new ExtractCommand().commandLine());
        if (withBench) {
            cl.addSubcommand("bench", new BenchCommand());
        }
        return cl;
    }

    /** {@code -h, --help} and {@code -V, --version}, as picocli's standard help mixin has them. */
    static void addHelpOptions(CommandSpec spec) {
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).type(boolean.class)
                .description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).type(boolean.class)
                .description("Print version information and exit.").build());
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
