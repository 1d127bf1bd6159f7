package dev.prevent.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;

/** Runs prevent in-process, as a user would type it, capturing what it prints. */
public final class Cli {

    /** What a run printed ({@code bytes}: standard output as written, for a PDF) and how it ended. */
    public record Result(int exit, String out, String err, byte[] bytes) {
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

    /** A run on the plan folder {@code plan}: {@code --plan PLAN} and then the arguments. */
    public static Result on(Path plan, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--plan";
        all[1] = plan.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return run(all);
    }

    /** A run whose standard output is {@code stdout} as the real one is: through the stream that remembers failures. */
    public static Result runWritingTo(java.io.OutputStream stdout, String... args) {
        StandardOutput out = new StandardOutput(stdout);
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine(Map.of(), args, out);
        cli.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Result(exit, "", err.toString(), new byte[0]);
    }

    public static Result run(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine(env, args, out);
        cli.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        cli.getOut().flush();
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(), out.toByteArray());
    }
}
