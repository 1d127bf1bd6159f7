package dev.prevent.edit;

import dev.prevent.check.Validation;
import dev.prevent.edit.YamlText.Mapping;
import dev.prevent.edit.YamlText.Scalar;
import dev.prevent.edit.YamlText.Sequence;
import dev.prevent.exit.UserError;
import dev.prevent.load.PlanLoader;
import dev.prevent.model.Action;
import dev.prevent.model.Objective;
import dev.prevent.model.Plan;
import dev.prevent.model.Timescale;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code prevent rollover}: the next year's plan folder, made from this year's files as edits of their text
 * (so comments and layout carry over too). plan.yaml gets the new period and its version starts again at 1;
 * every action not at a closed status is carried with its id, text, lead and history, and a timescale that
 * was the old year (or a quarter of it) moves into the new one; closed actions stay behind. The old folder is
 * not touched: git keeps its history. Nothing is written here: the result is a {@link Changeset}.
 */
public final class Rollover {

    /** What a rollover makes: the new folder's files, and which actions it carried and left. */
    public record Result(Changeset change, List<String> carried, List<String> left, List<String> moved) {
    }

    private Rollover() {
    }

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
        Path folder = into != null ? into : planDir.toAbsolutePath().normalize()
                .resolveSibling(planDir.toAbsolutePath().normalize().getFileName() + "-" + to.written().replace('/', '-'));
        Changeset.refuseToOverwrite(folder, "rollover makes a new folder and never overwrites anything (name another with --into DIR)");
        Map<String, Action> actions = plan.actions().collect(Collectors.toMap(Action::id, Function.identity(), (a, b) -> a));
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<String> carried = new ArrayList<>();
        List<String> left = new ArrayList<>();
        List<String> moved = new ArrayList<>();
        Path planFile = planDir.resolve(PlanLoader.PLAN_FILE);
        files.put(PlanLoader.PLAN_FILE, header(PlanEditor.read(planFile), to));
        List<Path> objectiveFiles = plan.objectives().stream().map(Objective::source).map(s -> s.file()).distinct().toList();
        for (Path file : objectiveFiles) {
            YamlText text = PlanEditor.read(file);
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
        files.forEach((name, bytes) -> made.add(Changeset.FileChange.created(folder.resolve(name), bytes, null)));
        return new Result(Changeset.of(folder, today, "Plan for " + to.written() + ", rolled over from " + plan.period(), made),
                carried, left, moved);
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
