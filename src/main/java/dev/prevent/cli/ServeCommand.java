package dev.prevent.cli;

import dev.prevent.exit.ExitCode;
import dev.prevent.serve.Workspace;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code prevent serve}: the plan as web pages on this computer, for whoever will never open a terminal. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Show the plan as web pages on this computer: its figures, its actions, progress recorded, the round, the papers.",
        description = {"Starts a web server on 127.0.0.1 (this computer only) and prints the address to open, with a token that "
                + "lets only the browser that opens it in. The pages read the plan's files as they are (an edit made in an "
                + "editor shows on the next page) and change them as the commands do: the same checks, the same diff, the same "
                + "lock. Stop it with Ctrl-C."},
        footer = {"", "Examples:", "  prevent serve --open", "  prevent --plan plans serve --port 8080"})
final class ServeCommand extends PlanCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "N", description = "The port to listen on (default: a free one).")
    private int port;

    @Option(names = "--open", description = "Open the address in the desktop's browser too.")
    private boolean open;

    @Override
    public Integer call() throws InterruptedException {
        Workspace workspace = Workspace.start(planDir(), port, Today::date);
        var out = out();
        out.println("Open " + workspace.address() + " in your browser");
        out.println("(this computer only; stop with Ctrl-C)");
        out.flush();
        if (open) {
            Browser.open(workspace.address(), spec.commandLine().getErr());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            workspace.stop();
            stopped.countDown();
        }, "prevent-serve-stop"));
        stopped.await();
        return ExitCode.OK.code();
    }

    /** The desktop's browser, as the system opens an address; said, never fatal, when there is none. */
    static final class Browser {
        private Browser() {
        }

        static void open(String address, java.io.PrintWriter err) {
            String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
            java.util.List<String> command = os.contains("win") ? java.util.List.of("rundll32", "url.dll,FileProtocolHandler", address)
                    : os.contains("mac") ? java.util.List.of("open", address) : java.util.List.of("xdg-open", address);
            try {
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            } catch (java.io.IOException e) {
                err.println("prevent: no browser could be opened (" + e.getMessage() + "); open the address above yourself");
                err.flush();
            }
        }
    }
}
