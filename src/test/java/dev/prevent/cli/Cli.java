package dev.prevent.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import picocli.CommandLine;

/** Runs prevent in-process, as a user would type it, capturing what it prints. */
public final class Cli {

    /** What a run printed and how it ended. */
    public record Result(int exit, String out, String err) {
        /** Both streams, for asserting that neither shows a Java stack trace. */
        public String all() {
            return out + err;
        }
    }

    private Cli() {
    }

    public static Result run(String... args) {
        return run(Map.of(), args);
    }

    public static Result run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine(env, args);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }
}
