package dev.prevent.adopt;

import dev.prevent.check.Validation;
import dev.prevent.edit.Changeset;
import dev.prevent.exit.UserError;
import dev.prevent.model.Objective;
import dev.prevent.model.Plan;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code prevent add-objective}: a new objective file with the plan's next free id (or the one asked for), its name
 * and aim, and no actions yet, written as import writes one and checked with the plan before it is written.
 */
public final class NewObjective {

    private NewObjective() {
    }

    /**
     * The new objective, to be written.
     *
     * @param id the id asked for, or null for the next free number after the highest
     * @throws UserError (exit 2) for an id the plan has, or a blank name or aim; (exit 1) when the plan has errors
     */
    public static Changeset of(Path planDir, String id, String name, String aim, LocalDate today) {
        if (name == null || name.isBlank() || aim == null || aim.isBlank()) {
            throw new UserError("an objective needs a name and an aim: give --name and --aim");
        }
        // Errors and all: the change is refused only when it adds one (Changeset#check).
        Validation read = Validation.of(planDir, today);
        Plan plan = read.plan();
        List<String> ids = plan.objectives().stream().map(Objective::id).toList();
        String chosen = id != null ? id.strip()
                : String.valueOf(ids.stream().filter(i -> i.matches("\\d{1,9}")).mapToInt(Integer::parseInt).max().orElse(0) + 1);
        if (id != null) {
            refuseAsAnId(chosen);
        }
        plan.objectives().stream().filter(o -> o.id().equals(chosen)).findFirst().ifPresent(o -> {
            throw new UserError("the plan already has an objective " + chosen + " (" + o.source().file().getFileName() + "); "
                    + "leave out --id for the next free one");
        });
        Path file = ObjectiveFiles.path(planDir, chosen, name.strip());
        if (Files.exists(file)) {
            throw new UserError("'" + file + "' already exists; add-objective never replaces a file");
        }
        Map<String, Object> objective = new LinkedHashMap<>();
        objective.put("id", chosen);
        objective.put("name", name.strip());
        objective.put("aim", aim.strip());
        objective.put("actions", List.of());
        byte[] text = PlanYaml.file(PlanSchema.OBJECTIVE, ObjectiveFiles.schemaFolder(planDir), "Objective " + chosen
                + ", added by prevent add-objective on " + today + ". Add its actions with: prevent add --objective " + chosen,
                objective).getBytes(StandardCharsets.UTF_8);
        return Changeset.of(planDir, today, "Objective " + chosen + " " + name.strip() + ": added",
                List.of(Changeset.FileChange.created(file, text, "objective " + chosen + ", no actions yet")), read.diagnostics());
    }

    /**
     * An objective's id as plan files write them: a whole number (1, 2, 10) or a short code of letters and digits (A, 4b).
     * Never a path ({@code ../../x}, {@code 1/2}), a sign or a dot at its start, or a number with a leading zero ({@code 01}
     * would be objective 1 written another way): an id is also part of the file's name and of every action's id.
     */
    static void refuseAsAnId(String id) {
        if (!id.matches("[1-9][0-9]{0,8}|[A-Za-z0-9]{1,20}") || id.matches("0[0-9]*")) {
            throw new UserError("--id '" + dev.prevent.output.Visible.line(id) + "' is not an objective id: give a whole number "
                    + "with no leading zero (4, 12) or up to 20 letters and digits (4b), as the plan's files write ids");
        }
    }
}
