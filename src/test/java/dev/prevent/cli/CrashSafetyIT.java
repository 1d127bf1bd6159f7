package dev.prevent.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.prevent.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A change of several files killed at each of its renames in turn (SIGKILL, by strace's fault injection, so the
 * built jar runs as it is), then any command run: the plan is always wholly as it was or wholly as the change makes
 * it, with nothing of the change left lying about. For {@code rollover} in git (its files, its commit and its tag)
 * and a three-objective {@code import}. Skipped where strace is missing or may not trace (a locked-down container).
 */
class CrashSafetyIT {

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    @BeforeAll
    static void straceCanTrace() throws Exception {
        boolean can;
        try {
            Process probe = new ProcessBuilder("strace", "-qq", "-o", "/dev/null", "true").redirectErrorStream(true).start();
            probe.getInputStream().readAllBytes();
            can = probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (java.io.IOException none) {
            can = false;
        }
        assumeTrue(can, "CrashSafetyIT needs strace, allowed to trace (apt-get install strace); skipped");
    }

    private static Run run(Path cwd, List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).directory(cwd.toFile()).start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Run(process.exitValue(), out, err);
    }

    private static List<String> prevent(String... args) {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-jar",
                Path.of("target/prevent.jar").toAbsolutePath().toString()));
        command.addAll(List.of(args));
        return command;
    }

    /** The command killed at its {@code n}th rename: every rename the process makes counts, git's own too. */
    private static List<String> killedAtRename(int n, List<String> command) {
        return signalledAtRename("KILL", n, command);
    }

    /** The command sent {@code signal} at its {@code n}th rename. */
    private static List<String> signalledAtRename(String signal, int n, List<String> command) {
        List<String> traced = new ArrayList<>(List.of("strace", "-f", "-qq", "-o", "/dev/null", "-e", "trace=rename,renameat,renameat2",
                "-e", "inject=rename,renameat,renameat2:signal=" + signal + ":when=" + n));
        traced.addAll(command);
        return traced;
    }

    /** Every file of a folder, by name, with its bytes. */
    private static Map<String, String> files(Path folder) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> listed = Files.list(folder)) {
            for (Path file : listed.filter(Files::isRegularFile).toList()) {
                files.put(file.getFileName().toString(), new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }

    private static Map<String, String> withoutLock(Map<String, String> files) {
        Map<String, String> plan = new TreeMap<>(files);
        plan.remove(".prevent.lock");
        return plan;
    }

    private static void git(Path repo, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Coordinator", "-c", "user.email=c@example.org"));
        command.addAll(Arrays.asList(args));
        Run run = run(repo, command);
        assertThat(run.exit()).as(run.err()).isZero();
    }

    private Path shippedPlanInGit(String name) throws Exception {
        Path repo = Files.createDirectories(dir.resolve(name));
        Fixtures.copy(Fixtures.shippedPlan(), repo.resolve("plans"));
        // A closed status and a closed action, so the rollover edits assurance.yaml too.
        Path planYaml = repo.resolve("plans/plan.yaml");
        Files.writeString(planYaml, Files.readString(planYaml).replace("    colour: \"#00703c\"\n",
                "    colour: \"#00703c\"\n  - key: done\n    label: Complete\n    closed: true\n"));
        Path objective = repo.resolve("plans/objective-2-individuals.yaml");
        Files.writeString(objective, Files.readString(objective).replace("  - id: \"2.4\"\n", "  - id: \"2.4\"\n    status: done\n"));
        git(repo, "init", "-q", "-b", "main");
        git(repo, "add", ".");
        git(repo, "commit", "-q", "-m", "The plan as agreed");
        return repo;
    }

    @Test
    void aRolloverKilledAtAnyRenameLeavesThePlanWhollyBeforeOrWhollyAfter() throws Exception {
        Path whole = shippedPlanInGit("whole");
        Map<String, String> before = files(whole.resolve("plans"));
        Run done = run(whole, prevent("--plan", "plans", "rollover", "2016/17"));
        assertThat(done.exit()).as(done.err()).isZero();
        Map<String, String> after = files(whole.resolve("plans"));
        assertThat(after).isNotEqualTo(before);

        int killed = 0;
        for (int n = 1; n < 80; n++) {
            Path repo = shippedPlanInGit("kill-" + n);
            Run run = run(repo, killedAtRename(n, prevent("--plan", "plans", "rollover", "2016/17")));
            if (run.exit() == 0) {
                break;
            }
            killed++;
            assertThat(run.exit()).as("killed at rename %d: %s", n, run.err()).isEqualTo(137);
            Run next = run(repo, prevent("--plan", "plans", "validate"));
            Map<String, String> now = files(repo.resolve("plans"));
            now.remove(".prevent.journal");
            assertThat(now).as("after a kill at rename %d, then validate (%s)", n, next.err()).isIn(before, after);
            try (Stream<Path> left = Files.list(repo.resolve("plans"))) {
                assertThat(left.map(p -> p.getFileName().toString())).as("nothing of the change left, rename %d", n)
                        .noneMatch(name -> name.endsWith(".part") || name.equals(".prevent.lock"));
            }
            if (now.equals(after)) {
                // Wholly after: committed and tagged as the change asked, or the journal kept to commit on the next run.
                Run log = run(repo, List.of("git", "log", "--format=%s", "-1"));
                Run tags = run(repo, List.of("git", "tag"));
                boolean committed = log.out().startsWith("Plan for 2016/17") && tags.out().contains("plan-2015-16");
                assertThat(committed || Files.exists(repo.resolve("plans/.prevent.journal")))
                        .as("rename %d: committed (%s, %s), or to be committed (%s)", n, log.out(), tags.out(), next.err()).isTrue();
                if (!committed) {
                    continue;
                }
                assertThat(repo.resolve("plans/.prevent.journal")).doesNotExist();
            } else {
                assertThat(repo.resolve("plans/.prevent.journal")).doesNotExist();
                // Wholly before: the rollover can simply be run again.
                Run again = run(repo, prevent("--plan", "plans", "rollover", "2016/17"));
                assertThat(again.exit()).as("rename %d, run again: %s", n, again.err()).isZero();
                assertThat(files(repo.resolve("plans"))).isEqualTo(after);
            }
        }
        assertThat(killed).as("renames the rollover makes").isGreaterThanOrEqualTo(4);
    }

    @Test
    void anImportOfThreeObjectivesKilledAtAnyRenameLeavesThePlanWhollyBeforeOrWhollyAfter() throws Exception {
        Path paper = dir.resolve("paper.docx");
        Run word = run(Path.of("").toAbsolutePath(), prevent("--plan", Fixtures.shippedPlan().toString(), "report", "--format", "docx",
                "-o", paper.toString()));
        assertThat(word.exit()).as(word.err()).isZero();
        Path whole = Files.createDirectories(dir.resolve("whole"));
        Files.copy(Fixtures.shippedPlan().resolve("plan.yaml"), whole.resolve("plan.yaml"));
        Map<String, String> before = files(whole);
        Run done = run(dir, prevent("--plan", whole.toString(), "import", paper.toString()));
        assertThat(done.exit()).as(done.err()).isZero();
        Map<String, String> after = files(whole);
        assertThat(after.keySet()).hasSizeGreaterThanOrEqualTo(4);

        int killed = 0;
        for (int n = 1; n < 20; n++) {
            Path plan = Files.createDirectories(dir.resolve("kill-" + n));
            Files.copy(Fixtures.shippedPlan().resolve("plan.yaml"), plan.resolve("plan.yaml"));
            Run run = run(dir, killedAtRename(n, prevent("--plan", plan.toString(), "import", paper.toString())));
            if (run.exit() == 0) {
                break;
            }
            killed++;
            assertThat(run.exit()).as("killed at rename %d: %s", n, run.err()).isEqualTo(137);
            Run next = run(dir, prevent("--plan", plan.toString(), "list", "--format", "csv"));
            assertThat(files(plan)).as("after a kill at rename %d, then list (%s)", n, next.err()).isIn(before, after);
            assertThat(next.err()).as("says what it did").containsAnyOf("finished a change that was interrupted", "removed");
        }
        assertThat(killed).as("renames the import makes: its journal and its three files").isGreaterThanOrEqualTo(4);

        // Stopped by SIGTERM (a CI timeout, Ctrl-C in some shells) at each rename: no staged file is left behind.
        for (int n = 1; n <= killed; n++) {
            Path plan = Files.createDirectories(dir.resolve("term-" + n));
            Files.copy(Fixtures.shippedPlan().resolve("plan.yaml"), plan.resolve("plan.yaml"));
            run(dir, signalledAtRename("TERM", n, prevent("--plan", plan.toString(), "import", paper.toString())));
            try (Stream<Path> left = Files.list(plan)) {
                assertThat(left.map(p -> p.getFileName().toString())).as("SIGTERM at rename %d", n).noneMatch(name -> name.endsWith(".part"));
            }
            run(dir, prevent("--plan", plan.toString(), "validate"));
            // The lock's file may be left or not, as the signal meets the run's last step (a killed run's lock is
            // taken over by the next writer, docs/commands.md): the plan's own files are whole either way.
            assertThat(withoutLock(files(plan))).as("SIGTERM at rename %d, then validate", n).isIn(withoutLock(before), withoutLock(after));
        }
    }
}
