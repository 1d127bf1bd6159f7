package dev.prevent.history;

import dev.prevent.load.PlanLoader;
import dev.prevent.load.StatusFields;
import dev.prevent.model.Code;
import dev.prevent.model.FieldHistory;
import dev.prevent.model.Plan;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * The git side of {@link DatedPlan}, apart so that a command that reads no history loads none of git's classes: the plan
 * with each action's {@code status} field dated by git ({@link FieldHistory}): a field counts from the day its
 * revision was made, the commit's day or the day of a meeting whose tag already held that revision if earlier; an
 * uncommitted value counts from today. Git is read only when the plan is in a work tree whose HEAD holds the plan folder,
 * along the first-parent line (the branch as it was kept), and only as far back as the earliest day asked. Each file's
 * text is read once, however many revisions share it.
 */
final class FieldWalk {

    private FieldWalk() {
    }

    /**
     * The working tree's plan, dated: {@code plan} as read from {@code planDir}, with each action's field history from
     * HEAD back to the last commit before {@code earliest}; {@code plan} itself outside git or before its first commit.
     */
    static Plan of(Path planDir, Plan plan, LocalDate earliest, LocalDate today) {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(planDir.toAbsolutePath().toFile());
        if (builder.getGitDir() == null) {
            return plan;
        }
        try (Repository repository = builder.setMustExist(true).build(); ObjectReader reader = repository.newObjectReader();
                RevWalk walk = new RevWalk(reader)) {
            ObjectId head = repository.isBare() ? null : repository.resolve("HEAD^{commit}");
            if (head == null) {
                return plan;
            }
            String folder = PlanHistory.inRepository(repository, planDir);
            return new Walk(repository, reader, walk, planDir, folder, plan.meetings().tags())
                    .dated(walk.parseCommit(head), plan, earliest, today);
        } catch (IOException | RuntimeException e) {
            // A history that cannot be read dates nothing: the plan answers as a plan outside git does.
            return plan;
        }
    }

    /** A past revision's plan, dated by its own history as far back as {@code earliest}; as it is when it cannot be. */
    static Plan at(Repository repository, ObjectReader reader, RevWalk walk, Path planDir, String folder, RevCommit commit,
            Plan plan, LocalDate earliest) {
        try {
            return new Walk(repository, reader, walk, planDir, folder, plan.meetings().tags()).dated(commit, plan, earliest, null);
        } catch (IOException | RuntimeException e) {
            return plan;
        }
    }

    /** The day a commit was made, in this machine's time zone. */
    static LocalDate dayOf(RevCommit commit) {
        return Instant.ofEpochSecond(commit.getCommitTime()).atZone(ZoneId.systemDefault()).toLocalDate();
    }

    /** One walk back along the first parents, with the objective files' statuses read once per blob. */
    private static final class Walk {
        private final ObjectReader reader;
        private final RevWalk walk;
        private final Path planDir;
        private final String folder;
        private final Map<ObjectId, LocalDate> meetingDays;
        private final Map<ObjectId, Map<String, String>> statusesByBlob = new HashMap<>();

        Walk(Repository repository, ObjectReader reader, RevWalk walk, Path planDir, String folder, String meetingTags)
                throws IOException {
            this.reader = reader;
            this.walk = walk;
            this.planDir = planDir;
            this.folder = folder;
            this.meetingDays = meetingDays(repository, walk, meetingTags);
        }

        /** Each meeting tag's commit, with the earliest day of a meeting tagged there. */
        private static Map<ObjectId, LocalDate> meetingDays(Repository repository, RevWalk walk, String glob) throws IOException {
            Map<ObjectId, LocalDate> days = new HashMap<>();
            PathMatcher matcher;
            try {
                matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
            } catch (IllegalArgumentException e) {
                return days;
            }
            for (Ref ref : repository.getRefDatabase().getRefsByPrefix("refs/tags/")) {
                String name = Repository.shortenRefName(ref.getName());
                if (name.contains("/") || !matcher.matches(Path.of(name))) {
                    continue;
                }
                ObjectId id = repository.resolve(ref.getName() + "^{commit}");
                if (id != null) {
                    LocalDate day = PlanHistory.meetingDay(name, walk.parseCommit(id));
                    days.merge(id.copy(), day, (a, b) -> a.isBefore(b) ? a : b);
                }
            }
            return days;
        }

        /**
         * {@code plan} with each action's field history: {@code plan} is the revision {@code start} holds, or, with
         * {@code today} given, the working tree on top of it (a value HEAD does not hold counts from today).
         */
        Plan dated(RevCommit start, Plan plan, LocalDate earliest, LocalDate today) throws IOException {
            Map<String, Trail> trails = new LinkedHashMap<>();
            plan.actions().forEach(a -> trails.putIfAbsent(a.id(), new Trail(a.status())));
            Optional<Map<String, String>> first = statusesAt(start);
            if (first.isEmpty()) {
                // The folder is not in the revision (a plan not yet committed): nothing to date it by.
                return plan;
            }
            if (today != null) {
                // The working tree against HEAD: a value HEAD lacks, or an action it lacks, is today's.
                for (Map.Entry<String, Trail> entry : trails.entrySet()) {
                    entry.getValue().start(today);
                }
            }
            RevCommit commit = start;
            Map<String, String> statuses = first.get();
            LocalDate held = null;
            LocalDate began = null;
            while (true) {
                LocalDate day = dayOf(commit);
                LocalDate meeting = meetingDays.get(commit);
                if (meeting != null && (held == null || meeting.isBefore(held))) {
                    held = meeting;
                }
                LocalDate revisionDay = held != null && held.isBefore(day) ? held : day;
                boolean open = false;
                for (Map.Entry<String, Trail> entry : trails.entrySet()) {
                    entry.getValue().seen(revisionDay, statuses.containsKey(entry.getKey()), statuses.get(entry.getKey()));
                    open |= !entry.getValue().done;
                }
                if (!open || day.isBefore(earliest)) {
                    break;
                }
                if (commit.getParentCount() == 0) {
                    began = revisionDay;
                    break;
                }
                RevCommit parent;
                try {
                    parent = walk.parseCommit(commit.getParent(0));
                } catch (MissingObjectException shallow) {
                    // A shallow clone's history ends here: the oldest value known holds before it.
                    break;
                }
                Optional<Map<String, String>> then = statusesAt(parent);
                if (then.isEmpty()) {
                    // The plan folder was first committed here: before it git knows nothing of the plan.
                    began = revisionDay;
                    break;
                }
                commit = parent;
                statuses = then.get();
            }
            Map<String, FieldHistory> histories = new HashMap<>();
            LocalDate firstCommitted = began;
            trails.forEach((id, trail) -> histories.put(id, trail.history(firstCommitted)));
            return plan.withActions(a -> a.withHistory(histories.getOrDefault(a.id(), FieldHistory.NONE)));
        }

        /** Each action's status field in a revision, by id (null: not written); empty when the plan folder is not there. */
        private Optional<Map<String, String>> statusesAt(RevCommit commit) throws IOException {
            GitFiles files = GitFiles.of(planDir, folder, walk.parseCommit(commit).getTree(), reader);
            if (files == null) {
                return Optional.empty();
            }
            Map<String, String> statuses = new HashMap<>();
            Path planFile = planDir.resolve(PlanLoader.PLAN_FILE).normalize();
            Path assuranceFile = planDir.resolve(dev.prevent.model.Assurance.FILE).normalize();
            for (Map.Entry<Path, ObjectId> file : files.blobs().entrySet()) {
                if (file.getKey().equals(planFile) || file.getKey().equals(assuranceFile)) {
                    continue;
                }
                Map<String, String> read = statusesByBlob.get(file.getValue());
                if (read == null) {
                    read = StatusFields.of(files, file.getKey()).orElse(Map.of());
                    statusesByBlob.put(file.getValue().copy(), read);
                }
                read.forEach(statuses::putIfAbsent);
            }
            return Optional.of(statuses);
        }
    }

    /** One action's field, walked back: the value of the run being followed, and the oldest day that run was seen. */
    private static final class Trail {
        private final FieldHistory.Builder history = new FieldHistory.Builder();
        private String value;
        private LocalDate from;
        private boolean done;

        Trail(String working) {
            this.value = working;
        }

        /** The working tree's value counts from today unless HEAD holds it too. */
        void start(LocalDate today) {
            from = today;
        }

        /** A revision of {@code day} had the action ({@code present}) with {@code status}, or did not. */
        void seen(LocalDate day, boolean present, String status) {
            if (done) {
                return;
            }
            if (!present) {
                if (from != null) {
                    history.value(from, value).added(from);
                }
                done = true;
                return;
            }
            if (from != null && !Code.same(status, value)) {
                history.value(from, value);
            }
            value = status;
            from = day;
        }

        FieldHistory history(LocalDate began) {
            if (!done && from != null) {
                history.value(from, value);
            }
            return history.began(began).build();
        }
    }
}
