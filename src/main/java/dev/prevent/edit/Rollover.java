package dev.prevent.edit;

import dev.prevent.check.Validation;
import dev.prevent.edit.YamlText.Mapping;
import dev.prevent.edit.YamlText.Scalar;
import dev.prevent.edit.YamlText.Sequence;
import dev.prevent.exit.UserError;
import dev.prevent.load.PlanLoader;
import dev.prevent.model.Action;
import dev.prevent.model.Assurance;
import dev.prevent.model.Objective;
import dev.prevent.model.Plan;
import dev.prevent.model.Timescale;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code prevent rollover}: the next year's plan, made from this year's files as edits of their text (so comments
 * and layout carry over too). plan.yaml gets the new period and its version starts again at 1; every action not at a
 * closed status is carried with its id, text, lead and history, and a timescale due within the old year (a day, a
 * month, a quarter, the year) moves into the new one, unless it was overdue already: that one is listed for the
 * coordinator to set, never moved silently. Closed actions stay behind.
 * <p>
 * In a git work tree the plan folder is edited in place, as one commit, and the old year is tagged
 * ({@code plan-2026-27}), so {@code prevent} goes on finding the plan and the old year lives in history. Outside
 * one, or with {@code --into DIR}, a new folder is made beside it (with a copy of its {@code schema/}) and the old
 * one is not touched. Nothing is written here: the result is a {@link Changeset}.
 */
public final class Rollover {

    /**
     * What a rollover makes: the change, and which actions it carried and left.
     *
     * @param moved   each timescale moved, "1.2 Q3 2026/27 → Q3 2027/28"
     * @param overdue each carried action already overdue before the old year's end, its timescale left as it was
     * @param folder  where the new year's plan is: the plan folder itself when edited in place
     * @param oldYear in place, how to see the old year once it is tagged: "git show plan-2026-27:plans/plan.yaml"; else null
     * @param evidence each assessment of assurance.yaml whose evidence named an action left behind, which now says so in
     *                 its comment: "toolkit channel-panel: action 2.4"
     */
    public record Result(Changeset change, List<String> carried, List<String> left, List<String> moved, List<String> overdue,
            Path folder, String oldYear, List<String> evidence) {
    }

    /** The git tag of a plan's year before a rollover: {@code plan-2026-27}. */
    public static String tagOf(String period) {
        return "plan-" + period.strip().replace('/', '-');
    }

    private Rollover() {
    }

    /** The folder of the plan's JSON Schemas, which each file's editor link names ({@code $schema=schema/...}). */
    private static final String SCHEMA_FOLDER = "schema";

    /**
     * The plan of {@code period} in {@code into} (default: beside the plan folder, named for the period), to be written.
     *
     * @throws UserError (exit 2) for a period that is not a financial year or a folder that is not empty;
     *                   (exit 1) when the plan has errors
     */
    public static Result to(Path planDir, String period, Path into, LocalDate today) {
        Timescale to;
        try {
            to = Timescale.parseFinancialYear(period);
        } catch (Timescale.InvalidTimescale e) {
            throw new UserError("the new period " + e.getMessage());
        }
        Plan plan = Validation.of(planDir, today).validPlan();
        Timescale from = Timescale.parseFinancialYear(plan.period());
        if (!to.due().isAfter(from.due())) {
            throw new UserError("the plan is for " + plan.period() + "; a rollover goes to a later year, such as "
                    + Timescale.financialYearOf(from.due().plusDays(1)).written());
        }
        boolean inPlace = into == null && PlanCommit.inWorkTree(planDir);
        Path folder = inPlace ? planDir : into != null ? into : planDir.toAbsolutePath().normalize()
                .resolveSibling(planDir.toAbsolutePath().normalize().getFileName() + "-" + to.written().replace('/', '-'));
        if (!inPlace) {
            Changeset.refuseToOverwrite(folder, "rollover makes a new folder and never overwrites anything (name another with --into DIR)");
        }
        // Overdue already: due before the old year's end and before today. Moving it a year on would hide that.
        LocalDate overdueBefore = today.isBefore(from.due()) ? today : from.due();
        List<String> overdue = new ArrayList<>();
        Map<String, byte[]> before = new LinkedHashMap<>();
        Map<String, Action> actions = plan.actions().collect(Collectors.toMap(Action::id, Function.identity(), (a, b) -> a));
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<String> carried = new ArrayList<>();
        List<String> left = new ArrayList<>();
        List<String> moved = new ArrayList<>();
        Path planFile = planDir.resolve(PlanLoader.PLAN_FILE);
        YamlText header = PlanEditor.read(planFile);
        before.put(PlanLoader.PLAN_FILE, header.bytes(header.text));
        files.put(PlanLoader.PLAN_FILE, header(header, to));
        List<Path> objectiveFiles = plan.objectives().stream().map(Objective::source).map(s -> s.file()).distinct().toList();
        for (Path file : objectiveFiles) {
            YamlText text = PlanEditor.read(file);
            before.put(file.getFileName().toString(), text.bytes(text.text));
            FileEdit edit = new FileEdit(text);
            if (text.root instanceof Mapping root && root.get("actions").orElse(null) instanceof Sequence list) {
                List<Integer> closed = new ArrayList<>();
                for (int i = 0; i < list.items().size(); i++) {
                    if (!(list.items().get(i) instanceof Mapping mapping
                            && mapping.get("id").orElse(null) instanceof Scalar id && actions.containsKey(id.value()))) {
                        continue;
                    }
                    Action action = actions.get(id.value());
                    if (plan.status(action.statusOn(today)).map(s -> s.closed()).orElse(false)) {
                        closed.add(i);
                        left.add(action.id());
                        continue;
                    }
                    carried.add(action.id());
                    Optional<LocalDate> due = action.timescale() == null ? Optional.empty() : action.timescale().dueDate();
                    if (due.isPresent() && due.get().isBefore(overdueBefore)) {
                        overdue.add(action.id() + " (" + action.timescale().written() + ")");
                        continue;
                    }
                    Optional<String> next = action.timescale() == null ? Optional.empty()
                            : action.timescale().movedInto(from, to);
                    if (next.isPresent()) {
                        edit.set(mapping, "timescale", next.get());
                        moved.add(action.id() + " " + action.timescale().written() + " → " + next.get());
                    }
                }
                edit.removeItems(list, closed);
            }
            files.put(file.getFileName().toString(), text.bytes(edit.text()));
        }
        List<Changeset.FileChange> made = new ArrayList<>();
        String message = "Plan for " + to.written() + ", rolled over from " + plan.period();
        List<String> evidence = new ArrayList<>();
        if (inPlace) {
            // The self-assessment stays valid: evidence naming an action left behind is last year's, said in its comment.
            Path assuranceFile = planDir.resolve(Assurance.FILE);
            if (Files.isRegularFile(assuranceFile) && !left.isEmpty()) {
                YamlText assurance = PlanEditor.read(assuranceFile);
                byte[] was = assurance.bytes(assurance.text);
                byte[] is = evidenceLeft(assurance, Set.copyOf(left), plan.period(), tagOf(plan.period()), evidence);
                if (!java.util.Arrays.equals(was, is)) {
                    before.put(Assurance.FILE, was);
                    files.put(Assurance.FILE, is);
                }
            }
            files.forEach((name, bytes) -> made.add(Changeset.FileChange.edited(folder.resolve(name), before.get(name), bytes)));
            // The plan had no error (validPlan), and a new folder has none: any error after is one the rollover made.
            return new Result(Changeset.of(folder, today, message, made, List.of()).taggingTheOldPlan(tagOf(plan.period())),
                    carried, left, moved, overdue, folder, "git show " + tagOf(plan.period()) + ":"
                            + PlanCommit.pathInWorkTree(planDir) + PlanLoader.PLAN_FILE, evidence);
        }
        files.forEach((name, bytes) -> made.add(Changeset.FileChange.created(folder.resolve(name), bytes, null)));
        made.addAll(schema(planDir, folder));
        return new Result(Changeset.of(folder, today, message, made, List.of()), carried, left, moved, overdue, folder, null, evidence);
    }

    /**
     * assurance.yaml with each action left behind taken out of the evidence that names it, and the assessment's comment
     * saying so and where the old year is: the rating was judged on last year's plan, and stays readable there.
     */
    private static byte[] evidenceLeft(YamlText text, Set<String> left, String period, String tag, List<String> said) {
        FileEdit edit = new FileEdit(text);
        if (!(text.root instanceof Mapping root) || !(root.get("assessments").orElse(null) instanceof Mapping frameworks)) {
            return text.bytes(text.text);
        }
        for (YamlText.Entry framework : frameworks.entries()) {
            if (!(framework.value() instanceof Mapping items)) {
                continue;
            }
            for (YamlText.Entry item : items.entries()) {
                if (!(item.value() instanceof Mapping assessment) || !(assessment.get("evidence").orElse(null) instanceof Mapping evidence)
                        || !(evidence.get("actions").orElse(null) instanceof Sequence actions)) {
                    continue;
                }
                List<Integer> goneAt = new ArrayList<>();
                List<String> gone = new ArrayList<>();
                for (int i = 0; i < actions.items().size(); i++) {
                    if (actions.items().get(i) instanceof Scalar id && left.contains(id.value().strip())) {
                        goneAt.add(i);
                        gone.add(id.value().strip());
                    }
                }
                if (gone.isEmpty()) {
                    continue;
                }
                // Only the items left behind go: the others keep their quotes and their place.
                if (goneAt.size() == actions.items().size() && !actions.flow()) {
                    edit.setList(evidence, "actions", List.of());
                } else {
                    edit.removeItems(actions, goneAt);
                }
                String comment = assessment.get("comment").orElse(null) instanceof Scalar c && c.value() != null ? c.value().strip() : "";
                String note = "Evidence from " + period + ": " + (gone.size() == 1 ? "action " : "actions ") + String.join(", ", gone)
                        + ", closed and left behind at the rollover (see " + (gone.size() == 1 ? "it" : "them") + " with git show " + tag + ").";
                edit.set(assessment, "comment", comment.isEmpty() ? note : comment + " " + note);
                said.add(framework.key().value() + " " + item.key().value() + ": " + String.join(", ", gone));
            }
        }
        return text.bytes(edit.text());
    }



    /**
     * The plan folder's {@code schema/} copied into the new one, so that the editor links in each file's first line
     * ({@code $schema=schema/...}) still lead somewhere.
     */
    private static List<Changeset.FileChange> schema(Path planDir, Path folder) {
        Path schema = planDir.resolve(SCHEMA_FOLDER);
        if (!Files.isDirectory(schema, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(schema)) {
            List<Changeset.FileChange> copies = new ArrayList<>();
            for (Path file : files.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).sorted().toList()) {
                copies.add(Changeset.FileChange.created(folder.resolve(SCHEMA_FOLDER).resolve(file.getFileName().toString()),
                        Files.readAllBytes(file), null));
            }
            return copies;
        } catch (IOException e) {
            throw new UserError("cannot read the plan's schema folder '" + schema + "': " + e.getMessage());
        }
    }

    /** plan.yaml with the new period and, where it had one, its version started again at 1. */
    private static byte[] header(YamlText text, Timescale to) {
        FileEdit edit = new FileEdit(text);
        Mapping root = (Mapping) text.root;
        edit.set(root, "period", to.written());
        if (root.get("version").isPresent()) {
            edit.set(root, "version", "1");
        }
        return text.bytes(edit.text());
    }
}
