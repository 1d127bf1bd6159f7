package dev.prevent.adopt;

import dev.prevent.check.DraftText;
import dev.prevent.edit.Changeset;
import dev.prevent.exit.UserError;
import dev.prevent.model.Meetings;
import dev.prevent.model.Timescale;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code prevent init}: a new plan folder for the current financial year with a Red/Amber/Green/Complete
 * scale, one example objective and the schemas editors need. It passes {@code validate --strict} as made.
 */
public final class NewPlan {

    /** The files init writes, relative to the new folder. */
    public static final List<String> FILES = List.of("plan.yaml", "objective-1-example.yaml",
            "schema/" + PlanSchema.PLAN.fileName(), "schema/" + PlanSchema.OBJECTIVE.fileName());

    private NewPlan() {
    }

    /** The eight sections of the Home Office's Prevent duty toolkit for local authorities, as duty areas. */
    static final Map<String, Object> TOOLKIT = toolkit();

    /** The comment above them in a new plan.yaml: where the list comes from, and that it is the council's to change. */
    static final String TOOLKIT_SOURCE = "# The areas the plan must cover: the eight sections of the Home Office's \"Prevent duty toolkit\n"
            + "# for local authorities\" (updated February 2024). Replace or extend them to suit your sector, and name\n"
            + "# the areas each action serves in its 'duties'. 'prevent coverage' shows what the plan answers.\n";

    /** The comment above {@code meetings:} in a new plan.yaml: what it is for and its two forms. */
    static final String MEETINGS_SOURCE = "# The working group's meetings, for the year's trend and 'since the last meeting': the git tags\n"
            + "# that match this pattern (tag the plan at each meeting: git tag meeting-2026-11-21), or, if you\n"
            + "# do not tag, a list of the meetings' days instead: meetings: [2026-09-14, 2026-11-21]\n";

    private static Map<String, Object> toolkit() {
        Map<String, Object> duties = new LinkedHashMap<>();
        duties.put("partnership-group", "Multi-agency partnership group");
        duties.put("risk-assessment", "Local risk assessment process");
        duties.put("partnership-plan", "Partnership plan");
        duties.put("referral-pathway", "Referral pathway");
        duties.put("channel-panel", "Channel panel");
        duties.put("training", "Training programme");
        duties.put("permissive-environments", "Reducing permissive environments");
        duties.put("communications", "Communications and engagement");
        return duties;
    }

    /**
     * The new plan folder {@code dir} for the financial year that {@code today} falls in, to be written.
     *
     * @throws UserError (exit 2) when {@code dir} exists and is not an empty folder: init never overwrites
     */
    public static Changeset create(Path dir, LocalDate today) {
        return create(dir, today, null);
    }

    /**
     * The new plan folder {@code dir} for {@code period} (null: the financial year that {@code today} falls in).
     *
     * @throws UserError (exit 2) when {@code dir} exists and is not an empty folder, or the period is no financial year
     */
    public static Changeset create(Path dir, LocalDate today, String period) {
        return create(dir, today, period, false);
    }

    /**
     * The new plan folder, with {@code benchmarks} a skeleton of the Home Office's assurance benchmarks: ten numbered
     * items whose names the council writes from its own copy (the wording is issued to councils and changes, so it is
     * not invented here); the placeholder rule flags each until it is written.
     */
    public static Changeset create(Path dir, LocalDate today, String period, boolean benchmarks) {
        Changeset.refuseToOverwrite(dir, "init makes a new plan folder and never overwrites anything");
        if (period == null) {
            period = Timescale.financialYearOf(today).written();
        } else {
            try {
                period = Timescale.parseFinancialYear(period).written();
            } catch (Timescale.InvalidTimescale e) {
                throw new UserError("--period " + e.getMessage());
            }
        }
        Map<String, String> files = new LinkedHashMap<>();
        files.put(FILES.get(0), PlanYaml.file(PlanSchema.PLAN, "schema/", "The plan's header: edit the title, "
                + "the agencies that may lead actions, and the progress key (worst first).", plan(period, benchmarks))
                .replace("\nduties:\n", "\n" + TOOLKIT_SOURCE + "duties:\n").replace("\nframeworks:\n", "\n" + BENCHMARKS_SOURCE + "frameworks:\n").replace("\nmeetings:", "\n" + MEETINGS_SOURCE + "meetings:"));
        files.put(FILES.get(1), PlanYaml.file(PlanSchema.OBJECTIVE, "schema/", "One objective and its actions. "
                + "Copy this file for each objective of your plan.", objective(period, today)));
        files.put(FILES.get(2), PlanSchema.PLAN.text());
        files.put(FILES.get(3), PlanSchema.OBJECTIVE.text());
        List<Changeset.FileChange> made = new ArrayList<>();
        files.forEach((name, text) -> made.add(Changeset.FileChange.created(dir.resolve(name), text.getBytes(StandardCharsets.UTF_8), null)));
        return Changeset.of(dir, today, "A new plan for " + period + ", made by prevent init", made);
    }

    /** The comment above the skeleton benchmarks in a new plan.yaml: where their words come from. */
    static final String BENCHMARKS_SOURCE = "# The Home Office assures councils against benchmarks whose wording it issues to each council and\n"
            + "# changes from time to time, so it is not written here: give each item its name from the council's own\n"
            + "# copy (validate flags every one still to write), and name them in each action's 'serves: {benchmarks: [b1]}'.\n";

    private static Map<String, Object> plan(String period, boolean benchmarks) {
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("title", DraftText.PLAN_TITLE);
        plan.put("period", period);
        plan.put("version", "0.1");
        plan.put("owner", DraftText.OWNER);
        plan.put("meetings", Meetings.TAGS);
        plan.put("aims", DraftText.PLAN_AIMS + "\n");
        plan.put("statuses", List.of(
                status("red", "Behind", "#d4351c", false),
                status("amber", "At risk", "#f47738", false),
                status("green", "On target", "#00703c", false),
                status("complete", "Complete", "#505a5f", true)));
        Map<String, Object> agencies = new LinkedHashMap<>();
        agencies.put("ALL", "All partners");
        agencies.put("COUNCIL", DraftText.COUNCIL);
        agencies.put("POLICE", DraftText.POLICE);
        agencies.put("NHS", "NHS and public health");
        agencies.put("EDUCATION", "Schools, colleges and universities");
        agencies.put("PROBATION", "Probation");
        plan.put("agencies", agencies);
        plan.put("duties", TOOLKIT);
        if (benchmarks) {
            Map<String, Object> items = new LinkedHashMap<>();
            for (int i = 1; i <= 10; i++) {
                items.put("b" + i, "Benchmark " + i + ": " + DraftText.BENCHMARK_NAME);
            }
            Map<String, Object> framework = new LinkedHashMap<>();
            framework.put("name", "Prevent assurance benchmarks");
            framework.put("source", Map.of("issuer", "Home Office"));
            framework.put("items", items);
            plan.put("frameworks", Map.of("benchmarks", framework));
        }
        return plan;
    }

    private static Map<String, Object> status(String key, String label, String colour, boolean closed) {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("key", key);
        status.put("label", label);
        status.put("colour", colour);
        if (closed) {
            status.put("closed", true);
        }
        return status;
    }

    private static Map<String, Object> objective(String period, LocalDate today) {
        Map<String, Object> action = new LinkedHashMap<>();
        action.put("id", "1.1");
        action.put("title", DraftText.EXAMPLE_TITLE);
        action.put("theme", "Leadership and partnership");
        action.put("action", DraftText.EXAMPLE_ACTION + "\n");
        action.put("lead", List.of("COUNCIL"));
        action.put("success_criteria", List.of("Terms of reference agreed", "Every partner attends each quarter"));
        action.put("timescale", "Q4 " + period);
        action.put("resources", List.of("Staff time"));
        action.put("duties", List.of("partnership-group"));
        action.put("status", "green");
        action.put("notes", DraftText.NOTES + "\n");
        Map<String, Object> update = new LinkedHashMap<>();
        update.put("date", today.toString());
        update.put("status", "green");
        update.put("note", "Plan started");
        action.put("updates", List.of(update));
        Map<String, Object> objective = new LinkedHashMap<>();
        objective.put("id", "1");
        objective.put("name", "Leadership");
        objective.put("aim", "Make sure the Prevent duty is led and coordinated across partners");
        objective.put("actions", List.of(action));
        return objective;
    }
}
