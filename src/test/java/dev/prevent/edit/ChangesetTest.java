package dev.prevent.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prevent.Fixtures;
import dev.prevent.adopt.NewPlan;
import dev.prevent.adopt.PlanImport;
import dev.prevent.exit.ExitCode;
import dev.prevent.exit.UserError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The one way plan files are written, for every command that writes them: a dry run shows the change and writes
 * nothing; a change whose files someone else wrote meanwhile, or whose new files appeared meanwhile, is refused
 * and writes nothing; a write that fails half way leaves every file and folder as it was.
 */
class ChangesetTest {

    static final LocalDate TODAY = LocalDate.of(2016, 2, 1);

    @TempDir
    Path dir;

    /** Each command that writes plan files, making its change of a copy of the report fixture in {@code dir}. */
    enum Writer {
        UPDATE(dir -> PlanEditor.of(plan(dir), TODAY).update(new PlanEditor.Request("1.2", "on", "Booked", TODAY, List.of(), null))),
        ADD(dir -> PlanEditor.of(plan(dir), TODAY).add("2", "Schools", null, List.of("COLP"), "2016/17", List.of("Every school"))),
        ROLLOVER(dir -> Rollover.to(plan(dir), "2016/17", dir.resolve("next"), TODAY).change()),
        IMPORT(dir -> PlanImport.run(twoObjectives(dir), plan(dir), PlanImport.Request.of(null, null, TODAY), TODAY).change()),
        INIT(dir -> NewPlan.create(dir.resolve("new"), TODAY)),
        ADD_OBJECTIVE(dir -> dev.prevent.adopt.NewObjective.of(plan(dir), null, "Schools", "Every school knows its duty", TODAY));

        final Function<Path, Changeset> make;

        Writer(Function<Path, Changeset> make) {
            this.make = make;
        }
    }

    static Path plan(Path dir) {
        Path plan = dir.resolve("plan");
        return Files.isDirectory(plan) ? plan : Fixtures.copy(Fixtures.plan("report"), plan);
    }

    static Path twoObjectives(Path dir) {
        try {
            return Files.writeString(dir.resolve("two.csv"), "Objective 5: Schools,\nRef,ACTION\n5.1,Brief heads\n"
                    + "Objective 6: Colleges,\nRef,ACTION\n6.1,Brief principals\n6.2,Visit\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Every file under {@code dir} and its bytes, as text: what a write must leave as it was. */
    static Map<String, String> tree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> !p.equals(dir)).collect(Collectors.toMap(p -> dir.relativize(p).toString(), p -> {
                try {
                    return Files.isDirectory(p) ? "(folder)" : Files.readString(p, StandardCharsets.ISO_8859_1);
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            }, (a, b) -> a, TreeMap::new));
        }
    }

    @ParameterizedTest
    @EnumSource(Writer.class)
    void aDryRunShowsTheChangeAndWritesNothing(Writer writer) throws Exception {
        Changeset change = writer.make.apply(dir);
        Map<String, String> before = tree(dir);

        Changeset.Applied applied = change.apply(true, false);

        assertThat(applied.written()).isEmpty();
        assertThat(applied.commit()).isEmpty();
        assertThat(applied.diff()).startsWith(change.files().get(0).isNew() ? "--- /dev/null\n" : "--- a/").contains("+++ b/");
        for (Changeset.FileChange file : change.files()) {
            assertThat(applied.diff()).contains("+++ b/" + file.file().toString().replaceFirst("^/+", ""));
        }
        assertThat(tree(dir)).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(Writer.class)
    void aChangeWritesEveryFileItMadeAndTheLockIsGone(Writer writer) throws Exception {
        Changeset change = writer.make.apply(dir);

        Changeset.Applied applied = change.apply(false, false);

        assertThat(applied.written()).hasSameSizeAs(change.files());
        for (Changeset.FileChange file : change.files()) {
            assertThat(file.file()).hasBinaryContent(file.after());
        }
        assertThat(change.planDir().resolve(PlanLock.NAME)).doesNotExist();
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
        }
    }

    @ParameterizedTest
    @EnumSource(Writer.class)
    void aChangeWhoseFilesSomeoneElseWroteMeanwhileIsRefusedAndWritesNothing(Writer writer) throws Exception {
        Changeset change = writer.make.apply(dir);
        Changeset.FileChange first = change.files().get(0);
        // Someone else's write between this change's reading and its writing: an editor's save, another run.
        Files.createDirectories(first.file().getParent());
        Files.writeString(first.file(), first.isNew() ? "title: theirs\n" : new String(first.before(), StandardCharsets.UTF_8)
                + "# theirs\n");
        Map<String, String> before = tree(dir);

        assertThatThrownBy(() -> change.apply(false, false)).isInstanceOf(UserError.class)
                .hasMessageContaining(first.file().toString()).hasMessageContaining("nothing was written")
                .satisfies(e -> assertThat(e).isInstanceOf(first.isNew() ? UserError.class : Changeset.Stale.class));

        assertThat(tree(dir)).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(value = Writer.class, names = {"UPDATE", "ADD", "IMPORT"})
    void aChangeThatWouldGiveThePlanAnErrorIsRefusedWithOneWordingAndExitOne(Writer writer) throws Exception {
        Changeset change = writer.make.apply(dir);
        // The plan gains an error of its own after the change was made: the would-be plan is checked as written.
        Files.writeString(plan(dir).resolve("objective-9.yaml"), "id: 9\nname: N\naim: A\nactions:\n  - id: 1.1\n    title: T\n"
                + "    action: A\n    lead: COLC\n    timescale: 2016/17\n");
        Map<String, String> before = tree(dir);

        assertThatThrownBy(() -> change.apply(false, false)).isInstanceOf(UserError.class)
                .hasMessageStartingWith("the change would give the plan an error, so nothing was written:\n")
                .hasMessageContaining("[duplicate-id]")
                .satisfies(e -> assertThat(((UserError) e).exitCode()).isEqualTo(ExitCode.PLAN_ERRORS));

        assertThat(tree(dir)).isEqualTo(before);
    }

    @Test
    void anImportOfTwoObjectivesWhoseSecondCannotBeWrittenLeavesTheFolderAsItWas() throws Exception {
        Path plan = plan(dir);
        Changeset change = Writer.IMPORT.make.apply(dir);
        assertThat(change.files()).hasSize(2);
        Map<String, String> before = tree(dir);
        Path second = change.files().get(1).file();

        assertThatThrownBy(() -> change.apply(false, false, file -> {
            if (file.equals(second)) {
                throw new IOException("No space left on device");
            }
        })).isInstanceOf(UserError.class).hasMessageContaining("No space left on device")
                .hasMessageContaining("none of the 2 files was written");

        assertThat(tree(dir)).isEqualTo(before);
        assertThat(plan.resolve(PlanLock.NAME)).doesNotExist();
    }

    @Test
    void aRolloverThatFailsHalfWayLeavesNoNewFolder() throws Exception {
        Changeset change = Writer.ROLLOVER.make.apply(dir);
        Map<String, String> before = tree(dir);
        Path last = change.files().get(change.files().size() - 1).file();

        assertThatThrownBy(() -> change.apply(false, false, file -> {
            if (file.equals(last)) {
                throw new IOException("Input/output error");
            }
        })).isInstanceOf(UserError.class).hasMessageContaining("Input/output error");

        assertThat(tree(dir)).isEqualTo(before);
        assertThat(dir.resolve("next")).doesNotExist();
    }

    @Test
    void anEditThatFailsHalfWayPutsBackTheFilesAlreadyWritten() throws Exception {
        Path plan = plan(dir);
        Path one = plan.resolve("objective-1.yaml");
        Path two = plan.resolve("objective-2.yaml");
        byte[] oneBefore = Files.readAllBytes(one);
        byte[] twoBefore = Files.readAllBytes(two);
        Changeset change = Changeset.of(plan, TODAY, "both", List.of(
                Changeset.FileChange.edited(one, oneBefore, (new String(oneBefore, StandardCharsets.UTF_8) + "# one\n").getBytes(StandardCharsets.UTF_8)),
                Changeset.FileChange.edited(two, twoBefore, (new String(twoBefore, StandardCharsets.UTF_8) + "# two\n").getBytes(StandardCharsets.UTF_8))));

        assertThatThrownBy(() -> change.apply(false, false, file -> {
            if (file.equals(two)) {
                throw new IOException("Disk quota exceeded");
            }
        })).isInstanceOf(UserError.class);

        assertThat(one).hasBinaryContent(oneBefore);
        assertThat(two).hasBinaryContent(twoBefore);
    }

    @Test
    void aMessageOfSeveralLinesIsOneLineSoItCannotForgeTrailers() {
        Changeset change = Changeset.of(dir, TODAY, "1.1 Title\n\nSigned-off-by: Someone Else <x@example.org>",
                List.of(Changeset.FileChange.created(dir.resolve("a.yaml"), new byte[0], null)));

        assertThat(change.message()).isEqualTo("1.1 Title Signed-off-by: Someone Else <x@example.org>");
    }

    /** Another process holding the system's lock on the plan's lock file, as a writing run does; killed by the test. */
    private static Process holder(Path plan) throws Exception {
        Path script = plan.resolveSibling("hold.py");
        Files.writeString(script, "import fcntl, sys, time\nf = open(sys.argv[1], 'a+')\n"
                + "fcntl.lockf(f, fcntl.LOCK_EX, 1, 9223372036854775806)\nprint('held', flush=True)\ntime.sleep(60)\n");
        Process process = new ProcessBuilder("python3", script.toString(), plan.resolve(PlanLock.NAME).toString()).start();
        assertThat(new String(process.getInputStream().readNBytes(5), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("held\n");
        return process;
    }

    @Test
    void aLockHeldByALiveRunIsWaitedForThenRefusedAndFreedWhenThatRunDies() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isExecutable(Path.of("/usr/bin/python3")),
                "needs python3 to hold a lock from another process; skipped");
        Path plan = plan(dir);
        Process other = holder(plan);
        try {
            assertThatThrownBy(() -> PlanLock.take(plan, java.time.Duration.ofMillis(300))).isInstanceOf(UserError.class)
                    .hasMessageContaining("another run of prevent is writing to " + plan);
        } finally {
            // Killed, as a run is by SIGKILL: the system releases its lock, whatever its file says.
            other.destroyForcibly().waitFor();
        }
        try (PlanLock lock = PlanLock.take(plan, java.time.Duration.ofMillis(300))) {
            assertThat(plan.resolve(PlanLock.NAME)).content().isEqualTo(ProcessHandle.current().pid() + "\n");
        }
        assertThat(plan.resolve(PlanLock.NAME)).doesNotExist();
    }

    @Test
    void aLockFileNamingAnyProcessIsNoLockWhenNoRunHoldsIt() throws Exception {
        // PID 1 lives in every container, this process lives too: neither holds the system's lock, so neither blocks.
        for (String pid : List.of("1", String.valueOf(ProcessHandle.current().pid()), "not a pid")) {
            Path plan = plan(Files.createDirectories(dir.resolve("pid-" + pid.replace(' ', '-'))));
            Files.writeString(plan.resolve(PlanLock.NAME), pid + "\n");
            try (PlanLock lock = PlanLock.take(plan, java.time.Duration.ofMillis(200))) {
                assertThat(plan.resolve(PlanLock.NAME)).exists();
            }
            assertThat(plan.resolve(PlanLock.NAME)).doesNotExist();
        }
    }

    @Test
    void aLockPathThatIsALinkOrAFolderIsRefusedAtOnceInPlainWords() throws Exception {
        Path dangling = plan(Files.createDirectories(dir.resolve("dangling")));
        Files.createSymbolicLink(dangling.resolve(PlanLock.NAME), dangling.resolve("nowhere"));
        Path folder = plan(Files.createDirectories(dir.resolve("folder")));
        Files.createDirectory(folder.resolve(PlanLock.NAME));

        long started = System.nanoTime();
        assertThatThrownBy(() -> PlanLock.take(dangling, java.time.Duration.ofSeconds(20))).isInstanceOf(UserError.class)
                .hasMessageContaining(dangling.resolve(PlanLock.NAME) + " is a symbolic link").hasMessageContaining("remove it");
        assertThatThrownBy(() -> PlanLock.take(folder, java.time.Duration.ofSeconds(20))).isInstanceOf(UserError.class)
                .hasMessageContaining(folder.resolve(PlanLock.NAME) + " is a folder");
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).as("refused, not waited on").isLessThan(java.time.Duration.ofSeconds(10));
        assertThat(dangling.resolve("nowhere")).as("the link was not followed").doesNotExist();
    }
}
