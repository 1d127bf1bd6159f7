package dev.prevent.adopt;

import dev.prevent.check.Validation;
import dev.prevent.load.DiskFiles;
import dev.prevent.load.ExtraFile;
import dev.prevent.model.Agency;
import dev.prevent.model.Diagnostic;
import dev.prevent.model.Duty;
import dev.prevent.model.Objective;
import dev.prevent.model.Plan;
import dev.prevent.model.Status;
import dev.prevent.model.Timescale;
import dev.prevent.exit.UserError;
import dev.prevent.output.OutputFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code prevent import}: one objective file from the rows of a delivery-plan spreadsheet ({@link CsvSheet}) with the
 * original columns (ACTION, LEAD, SUCCESS CRITERIA, TIME or TIMESCALE, RESOURCES, Progress,
 * COMMENTS/PROGRESS). Every cell's text ends up in the file: what does not fit a field of the format
 * (an unknown lead, a progress word not on the plan's scale, an unreadable time, an extra column) is
 * kept in the action's notes and reported.
 */
public final class SpreadsheetImport {

    /** What an import made: the file, its actions, and what was reported about the spreadsheet. */
    public record Result(Path file, int actions, List<String> reports) {
    }

    private static final Pattern LINES = Pattern.compile("\\s*\\R\\s*");

    private final Path csv;
    private final Plan plan;
    private final List<String> reports = new ArrayList<>();

    private final int longestName;

    private SpreadsheetImport(Path csv, Plan plan) {
        this.csv = csv;
        this.plan = plan;
        this.longestName = plan.agencies().stream().flatMap(a -> Stream.of(a.code(), a.name()))
                .mapToInt(name -> name.strip().split("\\s+").length).max().orElse(1);
    }

    /**
     * Imports {@code csv} into the plan folder {@code into} as a new objective file.
     *
     * @param objectiveId the new objective's id, or null for the next free number
     * @throws UserError (exit 2) when the CSV cannot be read or lacks an ACTION column, the objective id is
     *                   taken, or the file to write exists; (exit 1) when the plan folder has errors
     */
    public static Result run(Path csv, Path into, String objectiveId, LocalDate today) {
        if (!Files.isRegularFile(csv)) {
            throw new UserError("no file '" + csv + "' to import");
        }
        Plan plan = Validation.of(into, today).validPlan();
        return new SpreadsheetImport(csv, plan).run(into, objectiveId, today);
    }

    private Result run(Path into, String objectiveId, LocalDate today) {
        String id = objectiveId != null ? objectiveId.strip() : nextObjectiveId();
        if (plan.objectives().stream().anyMatch(o -> o.id().equals(id))) {
            throw new UserError("the plan already has an objective " + id + "; give a new id with --objective ID");
        }
        String base = csv.getFileName().toString().replaceFirst("(?i)\\.csv$", "");
        String slug = base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        Path file = into.resolve("objective-" + id.replaceAll("[^A-Za-z0-9.]+", "-") + (slug.isEmpty() ? "" : "-" + slug) + ".yaml")
                .normalize();
        if (Files.exists(file)) {
            throw new UserError("'" + file + "' already exists; import never overwrites a file");
        }
        List<Map<String, Object>> actions = actions(id);
        Map<String, Object> objective = new LinkedHashMap<>();
        objective.put("id", id);
        objective.put("name", base);
        objective.put("aim", "Imported from " + csv.getFileName() + ": write the objective's aim here");
        objective.put("actions", actions);
        byte[] text = PlanYaml.file(PlanSchema.OBJECTIVE, "../schema/", "Imported from " + csv.getFileName() + " on "
                + today + " by prevent import.", objective).getBytes(StandardCharsets.UTF_8);
        Validation check = Validation.of(new ExtraFile(new DiskFiles(into), file, text), today);
        if (check.errors() > 0) {
            throw new UserError("the imported objective would not validate, so nothing was written:\n" + check.diagnostics()
                    .stream().filter(Diagnostic::isError).map(d -> d.at() + ": " + d.message()).collect(Collectors.joining("\n")));
        }
        OutputFile.write(file, text);
        return new Result(file, actions.size(), reports);
    }

    private String nextObjectiveId() {
        int highest = plan.objectives().stream().map(Objective::id).filter(i -> i.matches("\\d{1,9}"))
                .mapToInt(Integer::parseInt).max().orElse(0);
        return String.valueOf(highest + 1);
    }

    private List<Map<String, Object>> actions(String objectiveId) {
        List<SheetRow> rows = CsvSheet.read(csv, reports);
        List<Map<String, Object>> actions = new ArrayList<>();
        for (SheetRow row : rows) {
            actions.add(action(row, objectiveId + "." + (actions.size() + 1)));
        }
        return actions;
    }

    private Map<String, Object> action(SheetRow row, String id) {
        String where = csv.getFileName() + " row " + row.line();
        List<String> kept = new ArrayList<>();
        String text = row.cell(SheetHeading.ACTION);
        Map<String, Object> action = new LinkedHashMap<>();
        action.put("id", id);
        action.put("title", title(text));
        action.put("action", text);
        List<String> lead = leads(row.cell(SheetHeading.LEAD), where, kept);
        if (!lead.isEmpty()) {
            action.put("lead", lead);
        }
        List<String> criteria = lines(row.cell(SheetHeading.SUCCESS_CRITERIA));
        if (!criteria.isEmpty()) {
            action.put("success_criteria", criteria);
        }
        String time = row.cell(SheetHeading.TIMESCALE);
        if (time.matches("[\\d/ -]+")) {
            // Word tables exported to text space out digits ("2 0 1 5 - 2 0 1 6"); a date has no spaces.
            time = time.replace(" ", "");
        }
        if (!time.isEmpty()) {
            try {
                action.put("timescale", Timescale.parse(time).written());
            } catch (Timescale.InvalidTimescale e) {
                reports.add(where + ": time '" + time + "' is not a timescale the plan format reads; kept in the notes");
                kept.add("Time as written in the spreadsheet: " + time);
            }
        }
        List<String> resources = lines(row.cell(SheetHeading.RESOURCES)).stream()
                .flatMap(line -> List.of(line.split("\\s*[,;]\\s*")).stream()).filter(r -> !r.isBlank()).toList();
        if (!resources.isEmpty()) {
            action.put("resources", resources);
        }
        String progress = row.cell(SheetHeading.PROGRESS);
        if (!progress.isEmpty()) {
            Optional<Status> status = plan.statuses().stream()
                    .filter(s -> s.matches(progress) || s.label().equalsIgnoreCase(progress)).findFirst();
            if (status.isPresent()) {
                action.put("status", status.get().key());
            } else {
                reports.add(where + ": progress '" + progress + "' is not on the plan's scale ("
                        + plan.statuses().stream().map(Status::key).collect(Collectors.joining(", ")) + "); kept in the notes");
                kept.add("Progress as written in the spreadsheet: " + progress);
            }
        }
        List<String> duties = duties(row.cell(SheetHeading.DUTY), where, kept);
        if (!duties.isEmpty()) {
            action.put("duties", duties);
        }
        StringBuilder notes = new StringBuilder(row.cell(SheetHeading.COMMENTS));
        row.extra().forEach((heading, value) -> {
            if (value.length() > 0) {
                kept.add(heading.strip() + ": " + value);
            }
        });
        for (String line : kept) {
            SheetRow.append(notes, line);
        }
        if (notes.length() > 0) {
            action.put("notes", notes + "\n");
        }
        return action;
    }

    private static List<String> lines(String cell) {
        return cell.isEmpty() ? List.of() : List.of(LINES.split(cell)).stream().filter(l -> !l.isBlank()).toList();
    }

    /** The first line of the action text, cut to its first sentence and 80 characters. */
    private static String title(String action) {
        String first = LINES.split(action.strip(), 2)[0];
        int stop = first.indexOf(". ");
        String sentence = stop > 0 ? first.substring(0, stop) : first.replaceAll("[.;:]$", "");
        return sentence.length() <= 80 ? sentence : sentence.substring(0, sentence.lastIndexOf(' ', 79) > 0
                ? sentence.lastIndexOf(' ', 79) : 79) + "…";
    }

    /**
     * Lead codes from a LEAD cell, in the order written: split at line breaks, commas and semicolons, then
     * within each part the longest run of words that is an agency's code or full name. Words that name no
     * agency are reported and kept in the notes.
     */
    private List<String> leads(String cell, String where, List<String> kept) {
        List<String> codes = new ArrayList<>();
        for (String part : cell.split("\\s*(\\R|,|;)\\s*")) {
            List<String> words = List.of(part.strip().split("\\s+")).stream().filter(w -> !w.isEmpty()).toList();
            List<String> unknown = new ArrayList<>();
            int i = 0;
            while (i < words.size()) {
                Optional<Agency> agency = Optional.empty();
                // No agency's name is longer than its longest name: a longer run of words is never tried, so a
                // cell of a thousand words costs a thousand short look-ups, not a million long ones.
                int end = Math.min(words.size(), i + longestName);
                while (end > i) {
                    agency = agencyNamed(String.join(" ", words.subList(i, end)));
                    if (agency.isPresent()) {
                        break;
                    }
                    end--;
                }
                if (agency.isPresent()) {
                    unknownLead(unknown, where, kept);
                    if (!codes.contains(agency.get().code())) {
                        codes.add(agency.get().code());
                    }
                    i = end;
                } else {
                    unknown.add(words.get(i));
                    i++;
                }
            }
            unknownLead(unknown, where, kept);
        }
        return codes;
    }

    /** Duty areas from a Duty/Guidance/Area cell, by key or name; what names no declared area is kept in the notes. */
    private List<String> duties(String cell, String where, List<String> kept) {
        List<String> keys = new ArrayList<>();
        for (String part : cell.split("\\s*(\\R|,|;|/)\\s*")) {
            if (part.isBlank()) {
                continue;
            }
            Optional<Duty> duty = plan.duty(part).or(() -> plan.duties().stream().filter(d -> d.name().equalsIgnoreCase(part.strip())).findFirst());
            if (duty.isPresent()) {
                if (!keys.contains(duty.get().key())) {
                    keys.add(duty.get().key());
                }
            } else {
                reports.add(where + ": duty area '" + part.strip() + "' is not declared in plan.yaml's duties; kept in the notes");
                kept.add("Duty area as written in the spreadsheet: " + part.strip());
            }
        }
        return keys;
    }

    private Optional<Agency> agencyNamed(String phrase) {
        return plan.agencies().stream().filter(a -> a.matches(phrase) || a.name().equalsIgnoreCase(phrase)).findFirst();
    }

    private void unknownLead(List<String> words, String where, List<String> kept) {
        if (!words.isEmpty()) {
            String phrase = String.join(" ", words);
            reports.add(where + ": lead '" + phrase + "' is not an agency of plan.yaml; kept in the notes");
            kept.add("Lead as written in the spreadsheet: " + phrase);
            words.clear();
        }
    }
}
