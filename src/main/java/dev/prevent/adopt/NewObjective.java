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
        Plan plan = Validation.of(planDir, today).validPlan();
        List<String> ids = plan.objectives().stream().map(Objective::id).toList();
        String chosen = id != null ? id.strip()
                : String.valueOf(ids.stream().filter(i -> i.matches("\\d{1,9}")).mapToInt(Integer::parseInt).max().orElse(0) + 1);
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
                List.of(Changeset.FileChange.created(file, text, "objective " + chosen + ", no actions yet")));
    }
}
