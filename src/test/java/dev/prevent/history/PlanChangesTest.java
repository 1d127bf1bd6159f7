package dev.prevent.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.Fixtures;
import dev.prevent.check.Validation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What moved between two versions of a plan, in the words a meeting reads: each change of status with its
 * direction on the plan's scale, timescales with their due dates, leads, and only the updates that are new.
 * The two versions are folders here: the git side is {@code ChangesTest}'s.
 */
class PlanChangesTest {

    static final LocalDate TODAY = LocalDate.of(2016, 4, 1);

    @TempDir
    Path dir;

    Path before;
    Path now;

    @BeforeEach
    void twoCopies() {
        before = Fixtures.copy(Fixtures.plan("report"), dir.resolve("before"));
        now = Fixtures.copy(Fixtures.plan("report"), dir.resolve("now"));
    }

    void edit(Path plan, String file, String from, String to) throws Exception {
        String text = Files.readString(plan.resolve(file));
        assertThat(text).contains(from);
        Files.writeString(plan.resolve(file), text.replace(from, to));
    }

    PlanChanges changes() {
        PastPlan past = new PastPlan("meeting-1", "abc123", TODAY, Optional.of(Validation.of(before, TODAY)));
        return PlanChanges.between(past, Validation.of(now, TODAY).validPlan());
    }

    List<String> worded() {
        PlanChanges changes = changes();
        assertThat(changes.notes()).isEmpty();
        return worded(changes);
    }

    static List<String> worded(PlanChanges changes) {
        return changes.worded().stream().map(w -> w.change().id() + " " + w.what() + ": " + w.from() + " -> " + w.to()).toList();
    }

    @Test
    void aStatusMovesWorseOrBetterByThePlansScaleOrIsAssessedForTheFirstTime() throws Exception {
        edit(now, "objective-1.yaml", "    status: off\n    notes:", "    status: on\n    notes:");
        edit(now, "objective-1.yaml", "    timescale: ongoing\n    status: on", "    timescale: ongoing\n    status: at-risk");
        edit(now, "objective-2.yaml", "    timescale: 2015-12-31\n", "    timescale: 2015-12-31\n    status: off\n");

        assertThat(worded()).containsExactly(
                "1.1 status, better: Off track (off) -> On track (on)",
                "1.2 status, worse: On track (on) -> At risk (at-risk)",
                "2.3 status, assessed: not assessed -> Off track (off)");
    }

    @Test
    void aStatusTakenAwayIsNotAssessedAndAKeyOffTheScaleHasNoDirection() throws Exception {
        edit(now, "objective-2.yaml", "    status: at-risk\n", "");
        edit(before, "objective-1.yaml", "    timescale: ongoing\n    status: on", "    timescale: ongoing\n    status: gone");

        PlanChanges changes = changes();
        assertThat(worded(changes)).containsExactly(
                "1.2 status: gone -> On track (on)",
                "2.1 status: At risk (at-risk) -> not assessed");
        // The old version had an error (its key off the scale): it is compared as far as it reads, and says so.
        assertThat(changes.notes()).singleElement().asString().startsWith("The plan at meeting-1 has 1 error, so changes are "
                + "shown as far as it could be read (first: " + before.resolve("objective-1.yaml") + ":37:13: status 'gone'");
    }

    @Test
    void timescalesAndLeadsReadAsAPaperWritesThem() throws Exception {
        edit(now, "objective-1.yaml", "    lead: NHS\n    timescale: ongoing\n", "    timescale: Q4 2015/16\n");
        edit(now, "objective-2.yaml", "    timescale: 2016-06\n", "");

        assertThat(worded()).containsExactly(
                "1.2 timescale: ongoing -> Q4 2015/16 (due 31 March 2016)",
                "1.2 lead: NHS -> none",
                "2.1 timescale: 2016-06 (due 30 June 2016) -> none");
    }

    @Test
    void onlyTheUpdatesThatAreNewAreNewWhereverTheyStandInTheLog() throws Exception {
        edit(now, "objective-1.yaml", "      - date: 2016-01-10\n",
                "      - date: 2015-11-01\n        note: Met the forum \n      - date: 2016-01-10\n");
        edit(now, "objective-1.yaml", "        note: Still waiting for replies\n",
                "        note: Still waiting for replies\n      - date: 2016-01-10\n        status: off\n        note: Still waiting\n");

        assertThat(worded()).containsExactly(
                "1.1 new update:  -> 1 November 2015: Met the forum",
                "1.1 new update:  -> 10 January 2016, Off track (off): Still waiting");
    }

    @Test
    void addedAndRemovedActionsAreDescribedByTheirStatusAndTimescale() throws Exception {
        edit(before, "objective-2.yaml", "  - id: 2.3\n    title: Not yet assessed\n", "  - id: 2.4\n    title: Old work\n");
        edit(now, "objective-1.yaml", "    status: off\n    notes:", "    status: on\n    notes:");

        // Added first, then changes in plan order, then removals.
        assertThat(changes().changes()).extracting(c -> c.kind().name() + " " + c.id()).containsExactly("ADDED 2.3", "CHANGED 1.1",
                "REMOVED 2.4");
        assertThat(worded()).containsExactly(
                "2.3 added:  -> not assessed, 31 December 2015",
                "1.1 status, better: Off track (off) -> On track (on)",
                "2.4 removed: not assessed, 31 December 2015 -> ");
    }
}
