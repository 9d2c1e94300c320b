package io.github.xxgk.cli;

import io.github.xxgk.internal.source.Sources;

import java.util.Arrays;
import java.util.concurrent.locks.LockSupport;

/**
 * {@code xxgk extract} in a child JVM whose reader never returns from the inputs whose names end with
 * {@code args[0]} (the rest are the command's arguments): a stand-in for an input that takes the process down,
 * where a test kills the child (SIGKILL) once that input's in-flight mark is written. It lives in the test
 * classes only: no production entry point can reach it.
 */
final class StuckAtFileMain {

    private StuckAtFileMain() {
    }

    public static void main(String[] args) {
        String stuck = args[0];
        ExtractCommand cmd = new ExtractCommand();
        cmd.reader = (content, name) -> {
            if (name.endsWith(stuck)) {
                while (true) {
                    LockSupport.park(); // until the test kills the process
                }
            }
            return Sources.read(content, name);
        };
        System.exit(cmd.commandLine().execute(Arrays.copyOfRange(args, 1, args.length)));
    }
}
