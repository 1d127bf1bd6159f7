package dev.prevent.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.Fixtures;
import dev.prevent.check.Validation;
import dev.prevent.cli.Cli;
import dev.prevent.model.Update;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeResult;
import org.eclipse.jgit.lib.RepositoryState;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the one write path promises a coordinator at the command line: a log written on one line is added to, never
 * replaced; {@code --commit} refuses, before writing anything, a repository in the middle of something; and two
 * runs at once both land.
 */
class WritePathTest {

    static final LocalDate TODAY = LocalDate.of(2016, 2, 1);

    @TempDir
    Path dir;

    Path plans;

    @BeforeEach
    void aCopyOfThePlan() {
        plans = Fixtures.copy(Fixtures.plan("edit-styles"), dir.resolve("plans"));
    }

    private Cli.Result run(String... args) {
        return Cli.on(plans, args);
    }

    /** A git repository of the plan with everything committed, as a coordinator's is between meetings. */
    private Git committed() throws Exception {
        Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
        git.add().addFilepattern(".").call();
        git.commit().setMessage("plan").setSign(false).call();
        return git;
    }

    private String text(String file) throws Exception {
        return Files.readString(plans.resolve(file));
    }

    private List<Update> log(String id) {
        return Validation.of(plans, TODAY).validPlan().actions().filter(a -> a.id().equals(id)).findFirst().orElseThrow().updates();
    }

    @Test
    void aProgressLogWrittenOnOneLineIsAddedToInsideItsBrackets() throws Exception {
        String file = "objective-2-flow.yaml";
        Files.writeString(plans.resolve(file), text(file).replace("updates: []",
                "updates: [{date: 2015-05-01, note: a}, {date: 2015-12-01, status: green, note: \"b, c\"}]"));

        Cli.Result later = run("update", "2.2", "--note", "Done: at last, {really}", "--date", "2016-01-05");
        Cli.Result between = run("update", "2.2", "--status", "amber", "--date", "2015-06-01");

        assertThat(later.exit()).as(later.err()).isZero();
        assertThat(between.exit()).as(between.err()).isZero();
        assertThat(text(file)).contains("  updates: [{date: 2015-05-01, note: a}, {date: 2015-06-01, status: amber}, "
                + "{date: 2015-12-01, status: green, note: \"b, c\"}, {date: 2016-01-05, note: \"Done: at last, {really}\"}]\n");
        assertThat(log("2.2")).extracting(Update::note).containsExactly("a", null, "b, c", "Done: at last, {really}");
    }

    @Test
    void anUpdateRunAgainAfterItsOutputWasLostAddsNothing() throws Exception {
        java.io.OutputStream full = new java.io.OutputStream() {
            @Override
            public void write(int b) throws java.io.IOException {
                throw new java.io.IOException("No space left on device");
            }
        };
        String[] update = {"--plan", plans.toString(), "update", "1.1", "--status", "green", "--note", "Venues booked",
                "--date", "2016-01-20"};

        Cli.Result lost = Cli.runWritingTo(full, update);
        String afterFirst = text("objective-1-comments.yaml");
        Cli.Result again = Cli.run(update);

        assertThat(lost.exit()).isEqualTo(2);
        assertThat(lost.err()).contains("cannot write to standard output");
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).isEqualTo("nothing to write: 1.1 Community groups: already recorded on 2016-01-20\n");
        assertThat(text("objective-1-comments.yaml")).isEqualTo(afterFirst);
        assertThat(log("1.1")).extracting(Update::note).containsOnlyOnce("Venues booked");
    }

    @Test
    void lineSeparatorsOtherReadersBreakLinesAtAreWrittenEscaped() throws Exception {
        String note = "Moved\u2028to spring\u2029(venue)\u0085again, from C:\\New";

        Cli.Result result = run("update", "2.1", "--note", note, "--date", "2016-01-20");

        assertThat(result.exit()).as(result.err()).isZero();
        String text = text("objective-2-flow.yaml");
        assertThat(text).doesNotContain("\u2028", "\u2029", "\u0085").contains("note: \"Moved\\u2028to spring\\u2029(venue)\\Nagain, from C:\\\\New\"");
        assertThat(log("2.1")).extracting(Update::note).containsExactly(note);
    }

    @Test
    void anEditKeepsTheFilesOwnerAndGroupAndItsOtherNames() throws Exception {
        Path file = plans.resolve("objective-1-comments.yaml");
        Path other = Files.createLink(dir.resolve("objective-1-comments.copy"), file);
        var owner = Files.getOwner(file);
        boolean root = "root".equals(System.getProperty("user.name"));
        var nobody = root ? file.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody") : owner;
        var nogroup = root ? file.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByGroupName("nogroup") : null;
        if (root) {
            Files.setOwner(file, nobody);
            Files.getFileAttributeView(file, java.nio.file.attribute.PosixFileAttributeView.class).setGroup(nogroup);
        }

        Cli.Result result = run("update", "1.1", "--note", "Checked", "--date", "2016-01-20");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(Files.isSameFile(file, other)).as("still one file with two names").isTrue();
        assertThat(Files.readString(other)).contains("note: Checked");
        assertThat(Files.getOwner(file)).isEqualTo(nobody);
        if (root) {
            assertThat(Files.readAttributes(file, java.nio.file.attribute.PosixFileAttributes.class).group()).isEqualTo(nogroup);
        }
    }

    @Test
    void aBlockTextThatEndsTheFileWithoutALineBreakKeepsItsValueWhenLinesFollowIt() throws Exception {
        Path plan = Fixtures.copy(Fixtures.plan("report"), dir.resolve("report"));
        Path file = plan.resolve("objective-2.yaml");
        String text = Files.readString(file).stripTrailing() + "\n    notes: |\n      Two lines\n      of notes";
        Files.writeString(file, text);
        String before = Validation.of(plan, TODAY).validPlan().actions().filter(a -> a.id().equals("2.3")).findFirst().orElseThrow().notes();

        Cli.Result result = Cli.run("--plan", plan.toString(), "update", "2.3", "--note", "Seen", "--date", "2016-01-20");

        assertThat(result.exit()).as(result.err()).isZero();
        var after = Validation.of(plan, TODAY).validPlan().actions().filter(a -> a.id().equals("2.3")).findFirst().orElseThrow();
        assertThat(before).isEqualTo("Two lines\nof notes");
        assertThat(after.notes()).isEqualTo(before);
        assertThat(after.updates()).extracting(Update::note).containsExactly("Seen");
        assertThat(Files.readString(file)).contains("    notes: |-\n      Two lines\n      of notes\n    updates:\n");
    }

    @Test
    void aNoteEndingInBlankLinesKeepsThemAndTakesNoneOfTheFilesOwn() throws Exception {
        String before = text("objective-1-comments.yaml");

        Cli.Result result = run("update", "1.1", "--note", "Done\n\n", "--date", "2016-01-20");
        Cli.Result second = run("update", "1.1", "--note", "After", "--date", "2016-01-21");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(second.exit()).as(second.err()).isZero();
        assertThat(log("1.1")).extracting(Update::note).endsWith("Done\n\n", "After");
        // What follows the action in the file is as it was: the blank lines and comment above 1.2 are not the note's.
        String after = text("objective-1-comments.yaml");
        String tail = before.substring(before.lastIndexOf("\n", before.indexOf("  - id: \"1.2\"") - 2));
        assertThat(after).endsWith(tail);
    }

    @Test
    void anIdWrittenWithSpacesIsFoundByItsTrimmedId() throws Exception {
        String file = "objective-2-flow.yaml";
        Files.writeString(plans.resolve(file), text(file).replace("- id: '2.1'", "- id: ' 2.1'"));

        Cli.Result result = run("update", "2.1", "--note", "Started");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(log("2.1")).extracting(Update::note).containsExactly("Started");
    }

    @Test
    void commitDuringAMergeIsRefusedAndWritesNothing() throws Exception {
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            Files.writeString(dir.resolve("README.md"), "Our plan\n");
            git.add().addFilepattern(".").call();
            git.commit().setMessage("plan").setSign(false).call();
            git.branchCreate().setName("minutes").call();
            git.checkout().setName("minutes").call();
            Files.writeString(dir.resolve("minutes.md"), "Minutes of the meeting\n");
            git.add().addFilepattern("minutes.md").call();
            git.commit().setMessage("minutes").setSign(false).call();
            git.checkout().setName("main").call();
            Files.writeString(dir.resolve("README.md"), "Our plan, 2015/16\n");
            git.commit().setAll(true).setMessage("readme").setSign(false).call();
            MergeResult merge = git.merge().include(git.getRepository().resolve("minutes")).setCommit(false).call();
            assertThat(merge.getMergeStatus()).isEqualTo(MergeResult.MergeStatus.MERGED_NOT_COMMITTED);
            assertThat(git.getRepository().getRepositoryState()).isEqualTo(RepositoryState.MERGING_RESOLVED);
            String before = text("objective-1-comments.yaml");

            Cli.Result refused = run("update", "1.1", "--status", "green", "--note", "Done", "--commit");

            assertThat(refused.exit()).isEqualTo(2);
            assertThat(refused.err()).contains("the repository is in the middle of a merge", "nothing was written");
            assertThat(text("objective-1-comments.yaml")).isEqualTo(before);
            assertThat(git.getRepository().getRepositoryState()).isEqualTo(RepositoryState.MERGING_RESOLVED);
        }
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{1}")
    @org.junit.jupiter.params.provider.CsvSource({"CHERRY_PICK_HEAD, a cherry-pick", "REVERT_HEAD, a revert",
            "rebase-merge/, a rebase", "rebase-apply/, a rebase", "BISECT_LOG, a bisect"})
    void commitWhileGitIsInTheMiddleOfSomethingIsRefusedAndWritesNothing(String mark, String what) throws Exception {
        try (Git git = committed()) {
            RevCommit head = git.log().setMaxCount(1).call().iterator().next();
            // What git leaves in the repository while it is at it.
            Path at = dir.resolve(".git").resolve(mark);
            if (mark.endsWith("/")) {
                Files.createDirectories(at);
                Files.writeString(at.resolve("head-name"), "refs/heads/main\n");
            } else {
                Files.writeString(at, head.getName() + "\n");
            }
            String before = text("objective-1-comments.yaml");

            Cli.Result refused = run("update", "1.1", "--note", "Done", "--commit");

            assertThat(refused.exit()).isEqualTo(2);
            assertThat(refused.err()).contains("the repository is in the middle of " + what, "nothing was written");
            assertThat(text("objective-1-comments.yaml")).isEqualTo(before);
        }
    }

    @Test
    void commitOnADetachedHeadIsRefusedAndWritesNothing() throws Exception {
        try (Git git = committed()) {
            RevCommit first = git.log().setMaxCount(1).call().iterator().next();
            git.checkout().setName(first.getName()).call();
            String before = text("objective-1-comments.yaml");

            Cli.Result refused = run("update", "1.1", "--note", "Done", "--commit");

            assertThat(refused.exit()).isEqualTo(2);
            assertThat(refused.err()).contains("HEAD is detached", "nothing was written");
            assertThat(text("objective-1-comments.yaml")).isEqualTo(before);
        }
    }

    @Test
    void commitWhileAnotherGitRunsIsRefusedAndWritesNothing() throws Exception {
        try (Git git = committed()) {
            Files.writeString(dir.resolve(".git/index.lock"), "");
            String before = text("objective-1-comments.yaml");

            Cli.Result refused = run("update", "1.1", "--note", "Done", "--commit");

            assertThat(refused.exit()).isEqualTo(2);
            assertThat(refused.err()).contains("another git command is running", "index.lock", "nothing was written");
            assertThat(text("objective-1-comments.yaml")).isEqualTo(before);
        }
    }

    @Test
    void commitOfAFileGitIgnoresIsRefusedAndWritesNothing() throws Exception {
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            Files.writeString(dir.resolve(".gitignore"), "plans/\n");
            git.add().addFilepattern(".gitignore").call();
            git.commit().setMessage("ignore").setSign(false).call();
            String before = text("objective-1-comments.yaml");

            Cli.Result refused = run("update", "1.1", "--note", "Done", "--commit");

            assertThat(refused.exit()).isEqualTo(2);
            assertThat(refused.err()).contains("is ignored by git (.gitignore), so it cannot be committed", "nothing was written");
            assertThat(text("objective-1-comments.yaml")).isEqualTo(before);
        }
    }

    @Test
    void aHookThatRefusesTheCommitIsSaidAndTheWrittenFileNamed() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "hooks run with /bin/sh");
        try (Git git = committed()) {
            Path hook = Files.writeString(dir.resolve(".git/hooks/pre-commit"), "#!/bin/sh\necho 'the plan is frozen' >&2\nexit 1\n");
            hook.toFile().setExecutable(true);

            Cli.Result result = run("update", "1.1", "--note", "Done", "--commit");

            assertThat(result.exit()).isEqualTo(2);
            assertThat(result.err()).contains("wrote plans/objective-1-comments.yaml, but could not commit it",
                    "commit with git yourself, or undo with git checkout");
            assertThat(text("objective-1-comments.yaml")).contains("note: Done");
        }
    }

    @Test
    void anImportIsCommittedAsOneCommitOfItsNewFiles() throws Exception {
        try (Git git = committed()) {
            Path csv = Files.writeString(dir.resolve("two.csv"), "Objective 5: Schools,\nRef,ACTION\n5.1,Brief heads\n"
                    + "Objective 6: Colleges,\nRef,ACTION\n6.1,Brief principals\n");

            Cli.Result result = run("import", csv.toString(), "--commit");

            assertThat(result.exit()).as(result.err()).isZero();
            assertThat(result.out()).endsWith("(1 action) and committed them as "
                    + git.getRepository().resolve("HEAD").abbreviate(8).name() + "\n");
            assertThat(git.log().setMaxCount(1).call().iterator().next().getFullMessage()).isEqualTo("Imported two.csv: 2 objectives");
            assertThat(git.status().call().getUntracked()).containsExactly("two.csv");
        }
    }

    @Test
    void twoUpdatesAtOnceBothLand() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                String a = "A" + round;
                String b = "B" + round;
                List<Callable<Cli.Result>> pair = List.of(() -> run("update", "2.1", "--note", a),
                        () -> run("update", "2.1", "--note", b));
                List<Cli.Result> results = new ArrayList<>();
                for (Future<Cli.Result> done : pool.invokeAll(pair)) {
                    results.add(done.get());
                }
                assertThat(results).allSatisfy(r -> assertThat(r.exit()).as(r.err()).isZero());
                assertThat(log("2.1")).extracting(Update::note).contains(a, b);
            }
            assertThat(log("2.1")).hasSize(20);
        } finally {
            pool.shutdownNow();
        }
    }
}
