package dev.prevent.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prevent.exit.UserError;
import java.nio.file.Path;
import dev.prevent.model.Meetings;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding the plan as it was: meetings by their tags' days, a revision on a day, and the words for one not found. */
class PlanHistoryTest {

    static final LocalDate AS_OF = LocalDate.of(2016, 12, 31);

    @TempDir
    Path repo;

    @Test
    void meetingsAreInTheOrderTheyWereHeldNotByName() throws Exception {
        PlanRepository plan = PlanRepository.of(repo, "report");
        plan.commit("September", "2015-09-14");
        plan.tag("z-meeting");
        plan.edit("objective-1.yaml", "    status: off\n    notes:", "    status: on\n    notes:");
        plan.commit("December", "2015-12-07");
        plan.tag("a-meeting");

        List<PlanHistory.Meeting> meetings = PlanHistory.meetings(plan.plans, Meetings.byDefault(), "*-meeting", AS_OF).meetings();

        assertThat(meetings).extracting(m -> m.name() + " " + m.day()).containsExactly("z-meeting 2015-09-14", "a-meeting 2015-12-07");
    }

    @Test
    void theNewestTwentyFourMeetingsAreKept() throws Exception {
        PlanRepository plan = PlanRepository.of(repo, "report");
        for (int i = 0; i <= PlanHistory.MAX_MEETINGS; i++) {
            plan.edit("objective-1.yaml", "title: Community groups", "title: Community groups " + i);
            plan.commit("meeting " + i, LocalDate.of(2015, 1, 1).plusDays(i).toString());
            plan.tag(String.format("meeting-%02d", i));
            plan.edit("objective-1.yaml", "title: Community groups " + i, "title: Community groups");
        }

        List<PlanHistory.Meeting> meetings = PlanHistory.meetings(plan.plans, Meetings.byDefault(), null, AS_OF).meetings();

        assertThat(meetings).hasSize(PlanHistory.MAX_MEETINGS);
        assertThat(meetings.get(0).name()).isEqualTo("meeting-01");
        assertThat(meetings.get(PlanHistory.MAX_MEETINGS - 1).name()).isEqualTo("meeting-24");
    }

    @Test
    void aCommitAtMidnightBelongsToTheDayItStarts() throws Exception {
        PlanRepository plan = PlanRepository.of(repo, "report");
        plan.commit("before", "2016-01-14");
        String before = plan.git.getRepository().resolve("HEAD").name();
        plan.edit("objective-1.yaml", "    status: off\n    notes:", "    status: on\n    notes:");
        Date midnight = Date.from(LocalDate.of(2016, 1, 16).atStartOfDay(ZoneId.systemDefault()).toInstant());
        PersonIdent who = new PersonIdent(new PersonIdent("Prevent Coordinator", "coordinator@example.org"), midnight);
        plan.git.add().addFilepattern(".").call();
        plan.git.commit().setMessage("at midnight").setAuthor(who).setCommitter(who).setSign(false).call();

        assertThat(PlanHistory.at(plan.plans, "main@{2016-01-15}", AS_OF).commit()).startsWith(before.substring(0, 7));
        assertThat(PlanHistory.at(plan.plans, "main@{2016-01-16}", AS_OF).commit()).doesNotStartWith(before.substring(0, 7));
    }

    @Test
    void anUnknownRevisionListsTheLastEightTagsByName() throws Exception {
        PlanRepository plan = PlanRepository.of(repo, "report");
        plan.commit("the plan");
        for (int i = 1; i <= 9; i++) {
            plan.tag("t" + i);
        }

        assertThatThrownBy(() -> PlanHistory.at(plan.plans, "nothing-like-it", AS_OF)).isInstanceOf(UserError.class)
                .hasMessage("unknown revision 'nothing-like-it'; the tags are t2, t3, t4, t5, t6, t7, t8, t9; the branches are main");
        plan.git.tagDelete().setTags("t1").call();
        assertThatThrownBy(() -> PlanHistory.at(plan.plans, "nothing-like-it", AS_OF)).isInstanceOf(UserError.class)
                .hasMessage("unknown revision 'nothing-like-it'; the tags are t2, t3, t4, t5, t6, t7, t8, t9; the branches are main");
    }

    @Test
    void aFileTooBigAtARevisionIsRefusedAsOnDiskAndSubFoldersAreNotThePlans() throws Exception {
        PlanRepository plan = PlanRepository.of(repo, "report");
        java.nio.file.Files.writeString(plan.plans.resolve("objective-9.yaml"), "# x\n".repeat(17 << 18));
        java.nio.file.Files.createDirectories(plan.plans.resolve("old"));
        java.nio.file.Files.writeString(plan.plans.resolve("old/objective-1.yaml"), "not: a plan file of this folder\n");
        plan.commit("a big file");

        PastPlan past = PlanHistory.at(plan.plans, "HEAD", AS_OF);

        // The fixture's own warnings aside, the one error is the big file; old/ is not read.
        assertThat(past.validation().orElseThrow().diagnostics()).filteredOn(d -> d.isError())
                .extracting(d -> d.at().file().getFileName() + " " + d.message())
                .containsExactly("objective-9.yaml the file is 17.8 MB; a plan file may be at most 16 MB");
    }
}
