package dev.prevent.history;

import dev.prevent.check.Validation;
import dev.prevent.exit.UserError;
import dev.prevent.model.DidYouMean;
import dev.prevent.model.IsoDate;
import dev.prevent.model.Meetings;
import dev.prevent.model.Plan;
import dev.prevent.words.DayWords;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/** Reads the plan folder as it was at a git revision, in-process, without a git binary. */
public final class PlanHistory {

    /** {@code REF@{YYYY-MM-DD}}: the last commit on REF (HEAD when empty) made on or before that day. */
    private static final Pattern ON_DAY = Pattern.compile("(.*)@\\{(\\d{4}-\\d{2}-\\d{2})}");

    private PlanHistory() {
    }

    /**
     * The plan in {@code planDir} as it was at {@code revision} (a tag, a branch, HEAD~3, a commit id,
     * or REF@{YYYY-MM-DD}), read and checked as of {@code asOf}.
     *
     * @throws UserError (exit 2) when the folder is not in a git work tree or the revision is unknown
     */
    public static PastPlan at(Path planDir, String revision, LocalDate asOf) {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(planDir.toAbsolutePath().toFile());
        if (builder.getGitDir() == null) {
            throw new UserError("'" + planDir + "' is not inside a git work tree, so it has no history to compare "
                    + "with; keep the plan in git (git init, then commit it) to see what changed");
        }
        try (Repository repository = builder.setMustExist(true).build(); ObjectReader reader = repository.newObjectReader();
                RevWalk walk = new RevWalk(reader)) {
            if (repository.isBare()) {
                throw new UserError("'" + planDir + "' is in a bare git repository, which has no working tree to compare with");
            }
            RevCommit commit = walk.parseCommit(resolve(repository, walk, revision));
            String folderInRepo = inRepository(repository, planDir);
            GitFiles files = GitFiles.of(planDir, folderInRepo, commit.getTree(), reader);
            // A tag whose name holds a day is the meeting of that day, wherever its commit falls.
            boolean tag = repository.getRefDatabase().exactRef(Constants.R_TAGS + revision.strip()) != null;
            Optional<LocalDate> named = tag ? DayWords.inName(revision.strip()) : Optional.empty();
            LocalDate day = named.orElse(dayOf(commit));
            Optional<Validation> past = files == null ? Optional.empty() : Optional.of(Validation.of(files, asOf)).map(v -> {
                // What the revision said, dated by its own history, to be read on its day.
                Plan dated = FieldWalk.at(repository, reader, walk, planDir, folderInRepo, commit, v.plan(),
                        day.isBefore(dayOf(commit)) ? day : dayOf(commit));
                return new Validation(v.planDir(), dated, v.diagnostics(), v.files());
            });
            return new PastPlan(revision, commit.abbreviate(8).name(), day, past, named.isPresent() ? PastPlan.NAMED : PastPlan.COMMITTED);
        } catch (IOException e) {
            throw new UserError("cannot read the git history of '" + planDir + "': " + e.getMessage());
        }
    }

    /** The day a commit was made, in this machine's time zone. */
    private static LocalDate dayOf(RevCommit commit) {
        return FieldWalk.dayOf(commit);
    }

    /** The day of the meeting a tag marks: the day its name holds ({@code meeting-2026-12-17}), else its commit's day. */
    static LocalDate meetingDay(String tag, RevCommit commit) {
        return DayWords.inName(tag).orElseGet(() -> dayOf(commit));
    }

    /**
     * A meeting: its name (a git tag, or the day plan.yaml lists), its day, where that day comes from ("the day in its
     * name", "the day of its commit", "the day plan.yaml lists"), and, once read ({@link #whatEachSaw}), what the meeting
     * saw: each action's status by id, as its tagged revision says on its day (null: not assessed; an id not there: not
     * in the plan then). A listed day has no revision of its own: the plan of today is read on it.
     */
    public record Meeting(String name, LocalDate day, String dayFrom, Map<String, String> saw) {

        public Meeting(String name, LocalDate day) {
            this(name, day, LISTED, null);
        }

        public Meeting {
            saw = saw == null ? null : java.util.Collections.unmodifiableMap(new java.util.HashMap<>(saw));
        }

        /** What the meeting saw, when it was read from its tagged revision. */
        public Optional<Map<String, String>> seen() {
            return Optional.ofNullable(saw);
        }

        /** The meeting's name and day, as a paper says which day was used: "meeting-3 (17 December 2026, the day in its name)". */
        public String described() {
            return name + " (" + DayWords.inWords(day) + ", " + dayFrom + ")";
        }
    }

    /** Where a listed meeting's day comes from. */
    static final String LISTED = "the day plan.yaml lists";

    /**
     * The meetings with what each saw: each tagged meeting's revision read and its statuses taken on the meeting's day,
     * by the one rule. For the year's table: a meeting counts what its own revision said, whatever was backdated since.
     */
    public static MeetingDays whatEachSaw(Path planDir, MeetingDays meetings) {
        if (!meetings.tagged()) {
            return meetings;
        }
        List<Meeting> read = new ArrayList<>();
        for (Meeting meeting : meetings.meetings()) {
            PastPlan past = at(planDir, meeting.name(), meeting.day());
            Map<String, String> saw = new java.util.HashMap<>();
            past.plan().ifPresent(plan -> plan.actions().forEach(a -> {
                if (!saw.containsKey(a.id())) {
                    saw.put(a.id(), a.statusOn(meeting.day()));
                }
            }));
            read.add(new Meeting(meeting.name(), meeting.day(), meeting.dayFrom(), saw));
        }
        return new MeetingDays(meetings.source(), read, true);
    }

    /**
     * The meetings of the year up to a day, oldest first, and where they come from.
     *
     * @param source   "git tags matching meeting-*" or "the meetings plan.yaml lists"
     * @param meetings the newest {@link #MAX_MEETINGS} of them
     * @param tagged   whether they are git tags (a listed day has no revision of its own)
     */
    public record MeetingDays(String source, List<Meeting> meetings, boolean tagged) {

        public MeetingDays {
            meetings = List.copyOf(meetings);
        }

        /** The last meeting before {@code day}: what a paper for the next one compares with. */
        public Optional<Meeting> lastBefore(LocalDate day) {
            Meeting last = null;
            for (Meeting meeting : meetings) {
                if (meeting.day().isBefore(day)) {
                    last = meeting;
                }
            }
            return Optional.ofNullable(last);
        }

        /** The revision of a meeting: its tag, or the last commit on or before its day. */
        public String revision(Meeting meeting) {
            return tagged ? meeting.name() : "HEAD@{" + meeting.day() + "}";
        }
    }

    /** The most meetings a year's trend shows: the newest of them. */
    public static final int MAX_MEETINGS = 24;

    /**
     * The meetings up to {@code asOf}: the git tags whose names match {@code glob} (as a shell matches file names,
     * {@code meeting-*}; plan.yaml's {@code meetings} unless given), by their commits' days; where no tag matches (or
     * the plan is not in git), the days plan.yaml lists; else none. Never the days of the progress log.
     *
     * @param glob the tags asked for on the command line ({@code --meetings}), or null for plan.yaml's
     * @throws UserError (exit 2) when a glob asked for on the command line matches no tag, or is no pattern
     */
    public static MeetingDays meetings(Path planDir, Meetings planned, String glob, LocalDate asOf) {
        String pattern = glob != null ? glob : planned.tags();
        List<Meeting> tags = tags(planDir, pattern, glob != null, asOf);
        if (!tags.isEmpty()) {
            return new MeetingDays("git tags matching " + pattern, newest(tags), true);
        }
        if (glob != null) {
            throw new UserError("no git tag matches --meetings '" + glob + "'; tag each meeting's plan (git tag meeting-2015-09)");
        }
        List<Meeting> listed = planned.days().stream().filter(d -> !d.isAfter(asOf)).map(d -> new Meeting(d.toString(), d)).toList();
        return new MeetingDays("the meetings plan.yaml lists", newest(listed), false);
    }

    private static List<Meeting> newest(List<Meeting> meetings) {
        return meetings.subList(Math.max(0, meetings.size() - MAX_MEETINGS), meetings.size());
    }

    private static List<Meeting> tags(Path planDir, String glob, boolean asked, LocalDate asOf) {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(planDir.toAbsolutePath().toFile());
        if (builder.getGitDir() == null) {
            if (asked) {
                throw new UserError("'" + planDir + "' is not inside a git work tree, so it has no tagged meetings; "
                        + "list the meetings' days under 'meetings:' in plan.yaml instead");
            }
            return List.of();
        }
        PathMatcher matcher;
        try {
            matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        } catch (IllegalArgumentException e) {
            throw new UserError((asked ? "--meetings '" : "plan.yaml's meetings: '") + glob + "' is not a pattern of tag names "
                    + "(such as 'meeting-*'): " + e.getMessage());
        }
        List<Meeting> tags = new ArrayList<>();
        try (Repository repository = builder.setMustExist(true).build(); RevWalk walk = new RevWalk(repository)) {
            for (Ref ref : repository.getRefDatabase().getRefsByPrefix("refs/tags/")) {
                String name = Repository.shortenRefName(ref.getName());
                if (!name.contains("/") && matcher.matches(Path.of(name))) {
                    RevCommit commit = walk.parseCommit(repository.resolve(ref.getName() + "^{commit}"));
                    boolean named = DayWords.inName(name).isPresent();
                    LocalDate day = meetingDay(name, commit);
                    if (!day.isAfter(asOf)) {
                        tags.add(new Meeting(name, day, named ? PastPlan.NAMED : PastPlan.COMMITTED, null));
                    }
                }
            }
        } catch (IOException e) {
            throw new UserError("cannot read the git tags of '" + planDir + "': " + e.getMessage());
        }
        tags.sort(Comparator.comparing(Meeting::day).thenComparing(Meeting::name));
        return tags;
    }

    private static ObjectId resolve(Repository repository, RevWalk walk, String revision) throws IOException {
        Matcher onDay = ON_DAY.matcher(revision.strip());
        try {
            if (onDay.matches()) {
                return lastCommitOnOrBefore(repository, walk, onDay.group(1).isEmpty() ? "HEAD" : onDay.group(1),
                        IsoDate.parse(onDay.group(2)), revision);
            }
            ObjectId id = repository.resolve(revision.strip() + "^{commit}");
            if (id != null) {
                return id;
            }
        } catch (RevisionSyntaxException | IsoDate.NotADate | IncorrectObjectTypeException e) {
            // fall through: explained below like any other unknown revision
        }
        if (repository.resolve("HEAD") == null) {
            throw new UserError("the git repository has no commits yet, so there is no '" + revision + "' to compare with");
        }
        throw new UserError("unknown revision '" + revision + "'" + suggestion(repository, revision) + shallow(repository));
    }

    /** A shallow clone (GitHub's checkout by default) lacks the history a revision names: say so, and how to fetch it. */
    private static String shallow(Repository repository) throws IOException {
        return repository.getObjectDatabase().getShallowCommits().isEmpty() ? ""
                : ". This clone is shallow: it holds only the newest commits, so older revisions are not in it. Fetch the "
                        + "whole history (git fetch --unshallow; in GitHub Actions, actions/checkout with fetch-depth: 0)";
    }

    private static ObjectId lastCommitOnOrBefore(Repository repository, RevWalk walk, String ref, LocalDate day,
            String revision) throws IOException {
        ObjectId start = repository.resolve(ref + "^{commit}");
        if (start == null) {
            throw new UserError("unknown revision '" + ref + "' in '" + revision + "'" + suggestion(repository, ref));
        }
        long endOfDay = day.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toEpochSecond();
        walk.reset();
        walk.sort(RevSort.COMMIT_TIME_DESC);
        walk.markStart(walk.parseCommit(start));
        for (RevCommit commit : walk) {
            if (commit.getCommitTime() < endOfDay) {
                ObjectId id = commit.getId();
                walk.reset();
                return id;
            }
        }
        throw new UserError("no commit on " + ref + " was made on or before " + day + shallow(repository));
    }

    /** The closest tags and branches to a mistyped revision, or the newest few when none is close. */
    private static String suggestion(Repository repository, String revision) throws IOException {
        List<String> tags = new ArrayList<>();
        for (Ref ref : repository.getRefDatabase().getRefsByPrefix("refs/tags/")) {
            tags.add(Repository.shortenRefName(ref.getName()));
        }
        List<String> branches = new ArrayList<>();
        for (Ref ref : repository.getRefDatabase().getRefsByPrefix("refs/heads/")) {
            branches.add(Repository.shortenRefName(ref.getName()));
        }
        List<String> all = new ArrayList<>(tags);
        all.addAll(branches);
        return DidYouMean.suggestion(revision, all) + (tags.isEmpty() ? "; there are no tags" : "; the tags are " + String.join(", ", last(tags)))
                + (branches.isEmpty() ? "" : "; the branches are " + String.join(", ", last(branches)));
    }

    private static List<String> last(List<String> names) {
        List<String> sorted = names.stream().sorted().toList();
        return sorted.size() <= 8 ? sorted : sorted.subList(sorted.size() - 8, sorted.size());
    }

    static String inRepository(Repository repository, Path planDir) throws IOException {
        Path top = repository.getWorkTree().toPath().toRealPath();
        Path folder = planDir.toRealPath();
        if (!folder.startsWith(top)) {
            throw new UserError("'" + planDir + "' is not inside the git work tree at '" + top + "'");
        }
        return top.relativize(folder).toString().replace('\\', '/');
    }
}
