package dev.prevent.adopt;

import dev.prevent.check.DraftText;
import dev.prevent.check.Validation;
import dev.prevent.edit.Changeset;
import dev.prevent.exit.UserError;
import dev.prevent.edit.PlanEditor;
import dev.prevent.model.Agency;
import dev.prevent.model.ColourName;
import dev.prevent.words.ProgressWords;
import dev.prevent.words.StatusWords;
import dev.prevent.words.TimescaleWords;
import dev.prevent.model.Duty;
import dev.prevent.model.Objective;
import dev.prevent.model.Plan;
import dev.prevent.model.Status;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code prevent import}: objective files from a plan's table as a Word document, an Excel sheet or a CSV file
 * holds it ({@link WordTables}, {@link ExcelSheet}, {@link CsvSheet}, read by {@link PlanTable}). Every cell's
 * text ends up in a file: what fits no field of the format (an unknown lead, a progress word not on the plan's
 * scale, an unreadable time, an extra column) is kept in the action's notes and reported, and every value that
 * was guessed (a UK date, a lead by its full name, a status by its colour) is listed for the user to check.
 */
public final class PlanImport {

    /**
     * What an import makes.
     *
     * @param change  the objective files, each with its number of actions, to be written
     * @param notices what is worth knowing about the file read (a column kept in the notes, a row joined)
     * @param guesses each value read from words that were not the format's own, for the user to check
     */
    public record Result(Changeset change, List<String> notices, List<Guess> guesses, int statusesRead) {
    }

    /** How many statuses this import read, each dated in its action's log. */
    private int statusesRead;

    /** The kinds of guess, in the order the summary lists them. */
    public enum Kind {
        DOCUMENT("read for plan.yaml from the document around the table"),
        OBJECTIVE("objective names and aims read from heading rows"),
        AGENCY("agencies added to plan.yaml"),
        AGENCY_NAME("agencies' names read from the leads, in place of init's"),
        LEAD("leads read from names"),
        OWNER("owners read from the lead"),
        KEPT("lead words that name no agency, kept in the notes"),
        TIMESCALE("timescales read from dates and words"),
        STATUS("statuses read from words, letters and shading"),
        DUTY("duty areas guessed from the action's words");

        private final String heading;

        Kind(String heading) {
            this.heading = heading;
        }

        /** What the summary heads this kind's guesses with. */
        public String heading() {
            return heading;
        }
    }

    /**
     * A value read from words that were not the format's own, for the user to check.
     *
     * @param text where, and what was read as what: {@code plan.docx table 1 row 4: time 'Mar-17' read as 2017-03}
     */
    public record Guess(Kind kind, String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    /**
     * What to import, and how.
     *
     * @param objectiveId the objective's id when the file holds one objective, or null: the number its heading or
     *                    its refs give, else the next free number
     * @param sheet       the sheet of an Excel workbook to read, or null for the first
     * @param statusDay   the day each status read is dated in the action's progress log (the import's, or the table's)
     * @param columns     columns named on the command line, heading to field ({@code Strategic intent=action})
     * @param addAgencies whether agencies the file names and plan.yaml lacks are added to plan.yaml
     * @param guessDuties whether each action's duty areas are guessed from its words when the file has no duty column
     */
    public record Request(String objectiveId, String sheet, LocalDate statusDay, Map<String, String> columns,
            boolean addAgencies, boolean guessDuties) {

        public Request {
            columns = Map.copyOf(columns);
        }

        /** An import as the command runs it with no options but these: headings by their words, duties guessed. */
        public static Request of(String objectiveId, String sheet, LocalDate statusDay) {
            return new Request(objectiveId, sheet, statusDay, Map.of(), false, true);
        }

        public Request withColumns(Map<String, String> named) {
            return new Request(objectiveId, sheet, statusDay, named, addAgencies, guessDuties);
        }

        public Request withAgenciesAdded(boolean add) {
            return new Request(objectiveId, sheet, statusDay, columns, add, guessDuties);
        }

        public Request withDutiesGuessed(boolean guess) {
            return new Request(objectiveId, sheet, statusDay, columns, addAgencies, guess);
        }
    }

    private static final Pattern LINES = Pattern.compile("\\s*\\R\\s*");
    /** A bullet or a number in front of a line, or alone on it (an empty bullet left in Word). */
    private static final Pattern BULLET = Pattern.compile("^(?:[-•*▪◦·]|\\d{1,2}[.)])(?:\\s+|$)");
    /** Between items, but not inside a number written with thousands ({@code £5,000}). */
    private static final Pattern RESOURCE_SEPARATOR = Pattern.compile("\\s*(?:;|,(?!\\d{3}(?:\\D|$)))\\s*");
    /** What a cell says when it says there is nothing: as a paper prints an action with no lead or no status. */
    private static final Pattern NOTHING = Pattern.compile("(?i)not assessed|no lead|none|n/?a|[-–—]+");
    private static final Pattern REF_OBJECTIVE = Pattern.compile("^\\s*(\\d+)[.\\-]\\d");
    /** An action cell that starts with its number: {@code 3.2 All partners to review venue hire}. */
    /** A ref followed by the action's title: {@code 1.1 Community groups}, on one line or two. */
    private static final Pattern TITLED_REF = Pattern.compile("(?s)(\\d+(?:\\.\\d+)+)\\s+(\\S.*)");
    private static final Pattern NUMBERED_ACTION = Pattern.compile("(?s)^\\s*(?:\\*\\*)?(\\d{1,3}(?:\\.\\d{1,3})+)[.):]?(?:\\*\\*)?\\s+(\\S.*)$");
    /** A first line set in bold alone, as Word plans head an action's text: {@code **Channel Panel**}. */
    private static final Pattern BOLD_FIRST_LINE = Pattern.compile("(?s)^\\*\\*([^*\\n]{1,80})\\*\\*\\s*\\R\\s*(\\S.*)$");
    /** Where a title may end: a sentence's end, or a clause's. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?:\\s|$)|\\R");
    private static final Pattern CLAUSE_END = Pattern.compile("[;:](?:\\s|$)|\\s[-–—]\\s");
    private static final int TITLE_LENGTH = 80;

    private final Path source;
    private final Plan plan;
    /** What was wrong with the plan as read: the errors the import may leave, not add. */
    private final List<dev.prevent.model.Diagnostic> known;
    private final Request request;
    private final Columns columns;
    private LeadWords leads;
    /** The document's paragraphs above its first table (a Word plan's title, owner, RAG key). */
    private final List<String> above = new ArrayList<>();
    /** A police force's or council's full name, read onto init's POLICE or COUNCIL, by code: the first written, and where. */
    private final Map<String, String[]> realNames = new LinkedHashMap<>();
    private final DutyWords dutyWords;
    /** The agencies to add to plan.yaml, code to name, in the order the file names them. */
    private final Map<String, String> newAgencies = new LinkedHashMap<>();
    private final List<String> notices = new ArrayList<>();
    private final List<Guess> guesses = new ArrayList<>();
    /** Where each action written was read from: a comment above it in its file, never a note a paper prints. */
    private final Map<Map<String, Object>, String> places = new java.util.IdentityHashMap<>();
    /** Each unknown lead as written, with where it was written, for one list at the end. */
    private final Map<String, List<Grid.Place>> unknownLeads = new LinkedHashMap<>();

    private PlanImport(Path source, Validation read, Request request) {
        Plan plan = read.plan();
        this.known = read.diagnostics();
        this.source = source;
        this.plan = plan;
        this.request = request;
        this.columns = Columns.of(request.columns());
        this.leads = new LeadWords(plan.agencies());
        this.dutyWords = new DutyWords(plan.duties());
    }

    /**
     * Imports {@code source} into the plan folder {@code into}.
     *
     * @throws UserError (exit 2) when the file cannot be read or holds no table with an ACTION column, an
     *                   objective id is taken, a file to write exists, or the statuses' day is after today; (exit 1)
     *                   when the plan folder has errors.
     *                   Nothing is written here: the result's {@link Changeset} checks the imported plan and writes it
     */
    public static Result run(Path source, Path into, Request request, LocalDate today) {
        if (request.statusDay().isAfter(today)) {
            // No record in the future: the statuses read would count from a day no one has reached.
            throw new UserError("--date " + request.statusDay() + " is after today (" + today + "); the statuses read record what "
                    + "the table said on a day that has come: give that day, or leave --date out");
        }
        if (!Files.exists(source)) {
            throw new UserError("no file '" + source + "' to import");
        }
        if (Files.isDirectory(source)) {
            throw new UserError("'" + source + "' is a folder; import reads a plan's table saved as .docx, .xlsx or .csv");
        }
        if (!Files.isRegularFile(source)) {
            throw new UserError("'" + source + "' is not a saved file (a pipe or a device); import reads a plan's table saved "
                    + "as .docx, .xlsx or .csv");
        }
        // Errors and all: the change is refused only when it adds one (Changeset#check).
        Validation read = Validation.of(into, today);
        return new PlanImport(source, read, request).run(into, today);
    }

    private Result run(Path into, LocalDate today) {
        String objectiveId = request.objectiveId();
        List<Grid> grids = grids(request.sheet());
        List<PlanTable.Section> sections = sections(grids);
        refuseUnfoundColumns(grids);
        agenciesNamed(sections);
        if (objectiveId != null && sections.size() > 1) {
            throw new UserError("--objective gives one objective an id, but " + source.getFileName() + " holds "
                    + sections.size() + " objectives; leave it out and each takes the number its heading gives");
        }
        Set<String> taken = new HashSet<>();
        plan.objectives().forEach(o -> taken.add(o.id()));
        String schemaFolder = ObjectiveFiles.schemaFolder(into);
        Map<Path, Changeset.FileChange> made = new LinkedHashMap<>();
        for (PlanTable.Section section : sections) {
            String id = objectiveId(section, objectiveId, taken, sections.size() == 1);
            taken.add(id);
            String name = section.heading() != null ? section.heading().name() : baseName();
            String aim = section.heading() != null ? section.heading().aim() : null;
            if (section.heading() != null && (aim != null || !section.heading().written().contains(name))) {
                guesses.add(new Guess(Kind.OBJECTIVE, "objective " + id + ": name '" + name + "'"
                        + (aim == null ? "" : ", aim '" + aim + "'") + " read from '" + section.heading().written() + "'"));
            }
            Path file = ObjectiveFiles.path(into, id, name);
            if (Files.exists(file) || made.containsKey(file)) {
                throw new UserError("'" + file + "' already exists; import never overwrites a file");
            }
            List<Map<String, Object>> actions = actions(section, id);
            Map<String, Object> objective = new LinkedHashMap<>();
            objective.put("id", id);
            objective.put("name", name);
            objective.put("aim", aim != null ? aim : "Imported from " + source.getFileName()
                    + (section.title().isEmpty() ? "" : ", under the title '" + section.title().replace('\n', ' ') + "'")
                    + ": " + DraftText.AIM_TO_WRITE);
            objective.put("actions", actions);
            byte[] text = sourced(PlanYaml.file(PlanSchema.OBJECTIVE, schemaFolder, "Imported from " + source.getFileName() + " on "
                    + today + " by prevent import.", objective), actions).getBytes(StandardCharsets.UTF_8);
            made.put(file, Changeset.FileChange.created(file, text, actions.size() + (actions.size() == 1 ? " action" : " actions")));
        }
        List<Changeset.FileChange> files = new ArrayList<>();
        Map<String, String> added = new LinkedHashMap<>();
        if (!newAgencies.isEmpty()) {
            if (request.addAgencies()) {
                added.putAll(newAgencies);
                newAgencies.forEach((code, agencyName) -> guesses.add(new Guess(Kind.AGENCY, code + ": " + agencyName
                        + " (" + rows(unknownLeads.getOrDefault(agencyName, List.of())) + ")")));
            } else {
                unknownLeadsListed(PlanEditor.withAgencies(into, newAgencies).lines());
            }
        }
        Map<String, String> named = new LinkedHashMap<>();
        realNames.forEach((code, written) -> plan.agency(code).filter(a -> a.name().equals(DraftText.POLICE) || a.name().equals(DraftText.COUNCIL))
                .ifPresent(agency -> {
                    named.put(agency.code(), written[0]);
                    guesses.add(new Guess(Kind.AGENCY_NAME, agency.code() + ": named '" + written[0] + "' (was '" + agency.name()
                            + "'), as " + written[1] + " writes it"));
                }));
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, String> descriptions = new LinkedHashMap<>();
        aroundTheTable(fields, descriptions);
        PlanEditor.withHeader(into, added, named, fields, descriptions).ifPresent(files::add);
        files.addAll(made.values());
        return new Result(Changeset.of(into, today, "Imported " + source.getFileName() + ": " + sections.size()
                + (sections.size() == 1 ? " objective" : " objectives"), List.copyOf(files), known), notices, guesses, statusesRead);
    }

    /**
     * What the document says above its table, for plan.yaml where it still holds what init wrote: the title, the owner,
     * the statuses' descriptions from a RAG key; each listed as a guess. Any other paragraph is named as not read.
     */
    private void aroundTheTable(Map<String, String> fields, Map<String, String> descriptions) {
        if (above.isEmpty()) {
            return;
        }
        DocumentAround document = DocumentAround.of(above, plan);
        String file = String.valueOf(source.getFileName());
        List<String> unread = new ArrayList<>(document.unread());
        if (document.title() != null && DraftText.PLAN_TITLE.equals(plan.title())) {
            fields.put("title", document.title());
            guesses.add(new Guess(Kind.DOCUMENT, "title '" + document.title() + "', the first line of " + file));
        } else if (document.title() != null) {
            unread.add(0, document.title());
        }
        if (document.owner() != null && (plan.owner() == null || DraftText.OWNER.equals(plan.owner()))) {
            fields.put("owner", document.owner());
            guesses.add(new Guess(Kind.DOCUMENT, "owner '" + document.owner() + "', from " + file + " above its table"));
        } else if (document.owner() != null) {
            unread.add(document.owner());
        }
        document.descriptions().forEach((key, words) -> plan.status(key).filter(s -> s.description() == null || s.description().isBlank())
                .ifPresent(status -> {
                    descriptions.put(status.key(), words);
                    guesses.add(new Guess(Kind.DOCUMENT, "status " + status.key() + " (" + status.label() + ") described as '" + words
                            + "', from the RAG key of " + file));
                }));
        if (!unread.isEmpty()) {
            notices.add("above the table, " + file + " says what was not read (plan.yaml keeps its own): '"
                    + String.join("', '", unread) + "'");
        }
    }

    /**
     * The agencies the file's lead cells name that plan.yaml lacks, each given a code made from its initials (never
     * one the plan or another new agency has); with {@code --add-agencies}, the leads are then read with them, so a
     * new agency's full name is matched whole before a shorter one inside it.
     */
    private void agenciesNamed(List<PlanTable.Section> sections) {
        Set<String> taken = new HashSet<>();
        plan.agencies().forEach(a -> taken.add(a.code().toUpperCase(Locale.ROOT)));
        for (PlanTable.Section section : sections) {
            for (SheetRow row : section.rows()) {
                for (String name : leads.read(SectionHeading.plain(row.cell(SheetHeading.LEAD))).unknown()) {
                    unknownLeads.computeIfAbsent(name, k -> new ArrayList<>()).add(row.where());
                    if (!newAgencies.containsValue(name)) {
                        String code = code(name);
                        String free = code;
                        for (int n = 2; taken.contains(free.toUpperCase(Locale.ROOT)); n++) {
                            free = code + n;
                        }
                        taken.add(free.toUpperCase(Locale.ROOT));
                        newAgencies.put(free, name);
                    }
                }
            }
        }
        if (request.addAgencies() && !newAgencies.isEmpty()) {
            List<Agency> all = new ArrayList<>(plan.agencies());
            newAgencies.forEach((code, name) -> all.add(new Agency(code, name)));
            leads = new LeadWords(all);
        }
    }

    private List<Grid> grids(String sheet) {
        String name = String.valueOf(source.getFileName()).toLowerCase(Locale.ROOT);
        if (sheet != null && !name.endsWith(".xlsx") && !name.endsWith(".xlsm")) {
            throw new UserError("--sheet names a sheet of an Excel workbook; " + source.getFileName() + " is not one");
        }
        if (name.endsWith(".docx") || name.endsWith(".docm")) {
            return WordTables.read(source, notices, above);
        }
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
            return List.of(ExcelSheet.read(source, sheet, notices));
        }
        if (name.endsWith(".doc") || name.endsWith(".xls")) {
            throw new UserError(source + " is in the old Office format; open it in Word or Excel and save it as "
                    + (name.endsWith(".doc") ? ".docx" : ".xlsx") + ", then import that");
        }
        return List.of(CsvSheet.read(source, notices));
    }

    /**
     * The objectives in the tables, in order. A table with no objective heading of its own continues the objective
     * of the table before it (a plan's table broken in two); an {@code objective} column (as {@code list} writes)
     * groups rows by its value.
     */
    private List<PlanTable.Section> sections(List<Grid> grids) {
        List<PlanTable.Section> sections = new ArrayList<>();
        Grid headedButEmpty = null;
        for (Grid grid : grids) {
            Optional<List<PlanTable.Section>> read = PlanTable.read(grid, notices, columns, request.objectiveId() != null);
            if (read.isPresent() && read.get().stream().allMatch(section -> section.rows().isEmpty()) && headedButEmpty == null) {
                headedButEmpty = grid;
            }
            if (read.isEmpty()) {
                // Heard only when another table is imported: with none, the import stops and says so.
                notices.add(grid.name() + " has no ACTION column (its first row reads " + PlanTable.firstRow(grid)
                        + "), so it is not a table of actions and was not imported");
                continue;
            }
            for (PlanTable.Section section : read.get()) {
                if (section.heading() == null && !sections.isEmpty()) {
                    sections.get(sections.size() - 1).rows().addAll(section.rows());
                } else {
                    sections.addAll(byObjectiveColumn(section));
                }
            }
        }
        if (sections.stream().allMatch(section -> section.rows().isEmpty()) && headedButEmpty != null) {
            throw new UserError(headedButEmpty.name() + " has a heading row (" + PlanTable.firstRow(headedButEmpty)
                    + ") but no action under it, so there is nothing to import");
        }
        if (sections.isEmpty()) {
            refuseUnfoundColumns(grids);
            throw noActionColumn(grids);
        }
        return sections;
    }

    /** A heading named by {@code --column} that no table has is a mistake to say, never to pass over. */
    private void refuseUnfoundColumns(List<Grid> grids) {
        List<String> unfound = columns.notFound();
        if (!unfound.isEmpty()) {
            throw new UserError("--column names " + String.join(", ", unfound.stream().map(h -> "'" + h + "'").toList())
                    + ", but no table of " + source.getFileName() + " has a column headed so; the headings of its first are "
                    + (grids.isEmpty() ? "none" : PlanTable.firstRow(grids.get(0))));
        }
    }

    /**
     * The refusal of a file in which no column is read as the action: the columns of its likeliest table and what
     * each was read as, and the {@code --column} line that would place the action.
     */
    private UserError noActionColumn(List<Grid> grids) {
        for (Grid grid : grids) {
            Optional<PlanTable.Unplaced> unplaced = PlanTable.unplaced(grid, columns);
            if (unplaced.isPresent()) {
                String likely = unplaced.get().likely() == null ? "HEADING" : unplaced.get().likely();
                return new UserError(grid.name() + " has no column read as the action. Its columns:\n  "
                        + String.join("\n  ", unplaced.get().lines()) + "\nSay which column holds the actions, for example:\n"
                        + "  prevent import \"" + source.getFileName() + "\" --column \"" + likely + "=action\"\n"
                        + "(fields: " + String.join(", ", SheetHeading.fields()) + "; docs/plan-format.md lists the headings known)");
            }
        }
        Grid first = grids.isEmpty() ? new Grid("", List.of()) : grids.get(0);
        String firstCell = first.rows().stream().filter(r -> !r.isEmpty()).findFirst().map(Grid.Row::firstText)
                .map(SectionHeading::plain).orElse("HEADING");
        return new UserError(source + " has no column read as the action; its first row reads " + PlanTable.firstRow(first)
                + ". Say which column holds the actions, for example: --column \"" + firstCell + "=action\" (fields: "
                + String.join(", ", SheetHeading.fields()) + ")");
    }

    private static List<PlanTable.Section> byObjectiveColumn(PlanTable.Section section) {
        if (section.heading() != null || section.rows().isEmpty()) {
            return List.of(section);
        }
        Map<String, PlanTable.Section> byId = new LinkedHashMap<>();
        for (SheetRow row : section.rows()) {
            String id = row.cell(SheetHeading.OBJECTIVE);
            byId.computeIfAbsent(id, k -> new PlanTable.Section(k.isEmpty() ? null : new SectionHeading(k, "Objective " + k, null, "Objective " + k),
                    section.title(), new ArrayList<>())).rows().add(row);
        }
        return List.copyOf(byId.values());
    }

    private String objectiveId(PlanTable.Section section, String given, Set<String> taken, boolean only) {
        String id = given != null ? given.strip()
                : section.heading() != null && section.heading().id() != null ? section.heading().id()
                : refObjective(section).orElse(null);
        if (id == null) {
            int highest = taken.stream().filter(i -> i.matches("\\d{1,9}")).mapToInt(Integer::parseInt).max().orElse(0);
            return String.valueOf(highest + 1);
        }
        if (taken.contains(id)) {
            String file = plan.objectives().stream().filter(o -> o.id().equals(id)).findFirst()
                    .map(o -> " (" + o.source().file().getFileName() + ")").orElse("");
            throw new UserError("the plan already has an objective " + id + file + (only
                    ? "; give a new id with --objective ID" : "; import into a new plan folder with --into DIR, or remove it first"));
        }
        return id;
    }

    /** The objective its first action's ref names: {@code 4} for {@code 4.1}. */
    private static Optional<String> refObjective(PlanTable.Section section) {
        return section.rows().stream().map(r -> REF_OBJECTIVE.matcher(r.cell(SheetHeading.REF))).filter(Matcher::find)
                .findFirst().map(m -> String.valueOf(Integer.parseInt(m.group(1))));
    }

    private String baseName() {
        return String.valueOf(source.getFileName()).replaceFirst("(?i)\\.(csv|txt|docx|docm|xlsx|xlsm)$", "");
    }

    private List<Map<String, Object>> actions(PlanTable.Section section, String objectiveId) {
        Set<String> ids = new HashSet<>();
        section.rows().forEach(r -> ids.add(r.cell(SheetHeading.REF)));
        List<Map<String, Object>> actions = new ArrayList<>();
        int next = 1;
        for (SheetRow row : section.rows()) {
            String id = row.cell(SheetHeading.REF);
            Matcher titled = TITLED_REF.matcher(id);
            if (titled.matches() && row.cell(SheetHeading.TITLE).isEmpty()) {
                // "1.1 Community groups" in the Ref column, as many plans (and prevent's Word paper) write it.
                id = titled.group(1);
                row.cells().put(SheetHeading.TITLE, new StringBuilder(titled.group(2).strip()));
            }
            if (id.isEmpty() && !row.cells().containsKey(SheetHeading.REF)) {
                // No Ref column: "3.2 All partners to review ..." gives the id, once.
                Matcher numbered = NUMBERED_ACTION.matcher(row.cell(SheetHeading.ACTION));
                if (numbered.matches() && ids.add(numbered.group(1))) {
                    id = numbered.group(1);
                    row.cells().put(SheetHeading.ACTION, new StringBuilder(numbered.group(2)));
                }
            }
            if (id.isEmpty()) {
                while (ids.contains(objectiveId + "." + next)) {
                    next++;
                }
                id = objectiveId + "." + next;
                ids.add(id);
            }
            actions.add(action(row, id));
        }
        return actions;
    }

    private Map<String, Object> action(SheetRow row, String id) {
        Grid.Place where = row.where();
        List<String> kept = new ArrayList<>();
        // A title cell set in bold, as headings and titles are in Word, is plain text in the plan.
        String title = row.cell(SheetHeading.TITLE).replaceAll("(?s)^\\*\\*(.*)\\*\\*$", "$1").replace('\n', ' ');
        String text = row.cell(SheetHeading.ACTION);
        if (title.isEmpty()) {
            Matcher bold = BOLD_FIRST_LINE.matcher(text);
            if (bold.matches()) {
                // The text keeps its heading, as the plan's own files do: the title is a copy, nothing moves.
                title = bold.group(1).strip().replaceAll("[.:;]$", "");
            } else {
                title = title(text);
            }
        }
        Map<String, Object> action = new LinkedHashMap<>();
        action.put("id", id);
        if (!title.isEmpty()) {
            action.put("title", title);
        }
        String theme = row.cell(SheetHeading.THEME).isEmpty() ? row.theme() : row.cell(SheetHeading.THEME);
        if (theme != null && !theme.isEmpty()) {
            action.put("theme", theme);
        }
        action.put("action", text.isEmpty() ? title : text);
        String owner = row.cell(SheetHeading.OWNER);
        LeadWords.Reading lead = leads(SectionHeading.plain(row.cell(SheetHeading.LEAD)), where, kept);
        if (!lead.codes().isEmpty()) {
            action.put("lead", lead.codes());
        }
        // An owner column and an officer named in the lead cell are both kept: neither is the other's mistake.
        String owners = String.join("; ", Stream.of(owner.replace('\n', ' '), lead.owner()).filter(o -> o != null && !o.isEmpty()).toList());
        if (!owners.isEmpty()) {
            action.put("owner", owners);
        }
        List<String> criteria = items(row.cell(SheetHeading.SUCCESS_CRITERIA));
        if (!criteria.isEmpty()) {
            action.put("success_criteria", criteria);
        }
        List<String> timeStatus = new ArrayList<>();
        timescale(SectionHeading.plain(row.cell(SheetHeading.TIMESCALE)), where, kept, timeStatus).ifPresent(t -> action.put("timescale", t));
        List<String> resources = items(row.cell(SheetHeading.RESOURCES)).stream()
                .flatMap(line -> List.of(RESOURCE_SEPARATOR.split(line)).stream())
                .filter(r -> !r.isBlank() && !NOTHING.matcher(r.strip()).matches()).toList();
        if (!resources.isEmpty()) {
            action.put("resources", resources);
        }
        // What has happened, in words: a progress column's text, and a status cell's words that are no status.
        List<String> progress = new ArrayList<>();
        Optional<Status> status = status(SectionHeading.plain(row.cell(SheetHeading.PROGRESS)), row.fills().get(SheetHeading.PROGRESS),
                where, kept, progress);
        if (status.isEmpty() && !timeStatus.isEmpty()) {
            // "Complete" in the time column, and no status of its own: the time column's word is the status.
            status = status(timeStatus.get(0), null, where, kept, progress);
        }
        if (!row.cell(SheetHeading.PROGRESS_TEXT).isBlank()) {
            progress.add(row.cell(SheetHeading.PROGRESS_TEXT).strip());
        }
        status.ifPresent(s -> action.put("status", s.key()));
        List<String> duties = duties(row, where, kept, text + "\n" + title + "\n" + String.join("\n", criteria));
        if (!duties.isEmpty()) {
            action.put("duties", duties);
        }
        StringBuilder notes = new StringBuilder(row.cell(SheetHeading.COMMENTS));
        row.extra().forEach((heading, value) -> {
            if (!value.toString().isBlank()) {
                kept.add(heading.strip() + ": " + value.toString().strip());
            }
        });
        for (String line : kept) {
            SheetRow.append(notes, line);
        }
        if (notes.length() > 0) {
            action.put("notes", notes + "\n");
        }
        List<String> evidence = items(row.cell(SheetHeading.EVIDENCE));
        if (!evidence.isEmpty()) {
            action.put("evidence", evidence);
        }
        // Dated, so that the status counts from the day it was true, as every status the log records does; what has
        // happened is its note. Where it came from is no progress: that is a comment above the action (sourced()).
        if (status.isPresent() || !progress.isEmpty()) {
            Map<String, Object> update = new LinkedHashMap<>();
            update.put("date", request.statusDay().toString());
            status.ifPresent(s -> {
                statusesRead++;
                update.put("status", s.key());
            });
            if (!progress.isEmpty()) {
                update.put("note", String.join("\n\n", progress));
            }
            action.put("updates", List.of(update));
        }
        places.put(action, where.toString());
        return action;
    }

    /**
     * An objective file's text with, under each action's id, a comment saying where it was read from ("# from plan.docx
     * table 1 row 6"): the place of every value, for whoever checks the import, kept out of what papers and forms print.
     */
    private String sourced(String text, List<Map<String, Object>> actions) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        String indent = null;
        int next = 0;
        for (int i = 0; i < lines.size() && next < actions.size(); i++) {
            String line = lines.get(i);
            String lead = line.substring(0, line.length() - line.stripLeading().length());
            if (line.stripLeading().startsWith("- id: ") && (indent == null || indent.equals(lead))) {
                indent = lead;
                String place = places.get(actions.get(next++));
                if (place != null) {
                    lines.add(i + 1, lead + "  # from " + place.replaceAll("\\s*\\R\\s*", " "));
                    i++;
                }
            }
        }
        return String.join("\n", lines);
    }

    /** The lines of a cell as list items: bullets and numbering dropped, blank lines skipped. */
    private static List<String> items(String cell) {
        return cell.isEmpty() ? List.of() : List.of(LINES.split(cell)).stream().map(l -> BULLET.matcher(l).replaceFirst(""))
                .filter(l -> !l.isBlank()).toList();
    }

    /**
     * A title from the action's text: its first sentence, else its first clause, when that is short and is not the
     * whole text; else none, and every output names the action by its text. Never a cut sentence.
     */
    static String title(String action) {
        String text = BULLET.matcher(action.strip()).replaceFirst("").replace("**", "").strip();
        for (Pattern end : List.of(SENTENCE_END, CLAUSE_END)) {
            Matcher m = end.matcher(text);
            if (m.find()) {
                String first = text.substring(0, m.start()).strip().replaceAll("[;:,]+$", "");
                String rest = text.substring(m.end()).strip();
                if (!first.isEmpty() && first.length() <= TITLE_LENGTH && first.split("\\s+").length >= 2 && !rest.isEmpty()) {
                    return first;
                }
            }
        }
        return "";
    }

    /** A LEAD cell read: its agencies and owner listed as guesses where they were guessed, the rest kept in the notes. */
    private LeadWords.Reading leads(String cell, Grid.Place where, List<String> kept) {
        if (NOTHING.matcher(cell.strip()).matches()) {
            return LeadWords.Reading.NONE;
        }
        LeadWords.Reading reading = leads.read(cell);
        reading.guesses().forEach(named -> guesses.add(new Guess(Kind.LEAD, where + ": lead " + named)));
        reading.named().forEach((code, name) -> realNames.putIfAbsent(code, new String[] {name, where.toString()}));
        if (reading.owner() != null) {
            guesses.add(new Guess(Kind.OWNER, where + ": owner '" + reading.owner() + "' read from the lead '"
                    + cell.replaceAll("\\s*\\R\\s*", "; ") + "'"));
        }
        if (!reading.unknown().isEmpty() || !reading.prose().isEmpty() || !reading.guesses().isEmpty()) {
            kept.add("Lead: " + cell.replaceAll("\\s*\\R\\s*", "; "));
            if (!reading.prose().isEmpty()) {
                guesses.add(new Guess(Kind.KEPT, where + ": '" + String.join("', '", reading.prose())
                        + "' name no agency; kept in the notes"));
            }
        }
        return reading;
    }

    private Optional<String> timescale(String cell, Grid.Place where, List<String> kept, List<String> status) {
        if (cell.isEmpty()) {
            return Optional.empty();
        }
        if (TimescaleWords.toCome(cell)) {
            notices.add(where + ": time '" + cell + "' is not known yet, so the action has no timescale; the words are kept in the notes");
            kept.add("Time: " + cell);
            return Optional.empty();
        }
        Optional<TimescaleWords.Reading> reading = TimescaleWords.read(cell, plan.period());
        if (reading.isEmpty()) {
            notices.add(where + ": time '" + cell + "' is not a timescale the plan format reads; kept in the notes");
            kept.add("Time: " + cell);
            return Optional.empty();
        }
        if (reading.get().guess() != null) {
            guesses.add(new Guess(Kind.TIMESCALE, where + ": " + reading.get().guess()));
        }
        if (reading.get().keep()) {
            kept.add("Time: " + cell);
        }
        if (reading.get().status() != null) {
            status.add(reading.get().status());
        }
        return Optional.ofNullable(reading.get().timescale());
    }

    /** The status a Progress cell gives: its words (key, label, colour, RAG letter, a council's word), else its shading. */
    private Optional<Status> status(String cell, String fill, Grid.Place where, List<String> kept, List<String> progress) {
        if (NOTHING.matcher(cell.strip()).matches()) {
            return Optional.empty();
        }
        if (!cell.isEmpty()) {
            String word = cell.replaceAll("[.!]+$", "").strip();
            Optional<Status> status = plan.status(word).or(() -> plan.statuses().stream().filter(s -> s.label().equalsIgnoreCase(word)).findFirst());
            if (status.isPresent()) {
                return status;
            }
            status = plan.statusNamed(word);
            if (status.isPresent()) {
                guesses.add(new Guess(Kind.STATUS, where + ": progress '" + cell + "' read as " + status.get().key() + " ("
                        + status.get().label() + "), the status shown in that colour"));
                return status;
            }
            status = StatusWords.byLetter(plan, word);
            if (status.isPresent()) {
                guesses.add(new Guess(Kind.STATUS, where + ": progress '" + cell + "' read as " + status.get().key() + " ("
                        + status.get().label() + ")"));
                return status;
            }
            Optional<ProgressWords.Reading> said = ProgressWords.read(plan, word);
            if (said.isPresent()) {
                guesses.add(new Guess(Kind.STATUS, where + ": progress '" + cell + "' " + said.get().guess()));
                if (said.get().status() == null) {
                    progress.add(cell.strip());
                }
                return Optional.ofNullable(said.get().status());
            }
            if (cell.strip().split("\\s+").length <= 3) {
                // A word or two that is no status of the plan ("Amber-ish"): said, and kept as what the log says.
                notices.add(where + ": progress '" + cell + "' is not on the plan's scale ("
                        + plan.statuses().stream().map(Status::key).collect(Collectors.joining(", ")) + "); kept as the log's note");
            }
            progress.add(cell.strip());
            return Optional.empty();
        }
        Optional<ColourName> shade = ColourName.of(fill);
        if (shade.isEmpty() || fill.equalsIgnoreCase("#ffffff") || fill.equalsIgnoreCase("#000000")) {
            return Optional.empty();
        }
        List<Status> shown = plan.statuses().stream().filter(s -> ColourName.of(s.colour()).equals(shade)
                || shade.get().calledBy("amber") && ColourName.of(s.colour()).map(c -> c.calledBy("amber")).orElse(false)).toList();
        if (shown.size() == 1) {
            guesses.add(new Guess(Kind.STATUS, where + ": the progress cell is shaded " + shade.get() + " (" + fill + "), read as "
                    + shown.get(0).key() + " (" + shown.get(0).label() + ")"));
            return Optional.of(shown.get(0));
        }
        notices.add(where + ": the progress cell is shaded " + shade.get() + " (" + fill + "), which is no one status of the "
                + "plan's scale; the shading is kept in the notes");
        kept.add("Progress shaded " + shade.get() + " (" + fill + ")");
        return Optional.empty();
    }

    /**
     * Duty areas from a Duty/Guidance/Area cell, by key or name. A cell that is not a list of areas (the guidance
     * quoted, as a crosswalk against the duty has it) is kept whole in the notes under its heading, and, like an
     * action in a file with no duty column, the areas are guessed from the words (unless {@code --no-guess-duties}).
     */
    private List<String> duties(SheetRow row, Grid.Place where, List<String> kept, String words) {
        String cell = row.cell(SheetHeading.DUTY);
        List<String> keys = new ArrayList<>();
        boolean allAreas = !cell.isBlank();
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
                allAreas = false;
            }
        }
        if (!cell.isBlank() && !allAreas) {
            String heading = row.headingOf(SheetHeading.DUTY);
            kept.add((heading == null ? "Duty" : heading) + ": " + cell);
            if (plan.duties().isEmpty()) {
                return keys;
            }
            notices.add(where + ": the " + (heading == null ? "duty" : heading) + " cell names no area of plan.yaml's duties "
                    + "by key or name; kept in the notes" + (request.guessDuties() ? ", and the areas guessed from its words" : ""));
        }
        if (keys.isEmpty() && request.guessDuties() && !plan.duties().isEmpty()) {
            List<String> guessed = dutyWords.guess(words + "\n" + cell);
            if (!guessed.isEmpty()) {
                guesses.add(new Guess(Kind.DUTY, where + ": duties " + String.join(", ", guessed) + ", from the action's words"));
            }
            return guessed;
        }
        return keys;
    }

    /** Each lead that names no agency, once, with where it was written and the plan.yaml lines that would make it one. */
    private void unknownLeadsListed(String lines) {
        StringBuilder text = new StringBuilder("leads that are not agencies of plan.yaml, kept in the notes of the actions that name them:");
        unknownLeads.forEach((lead, where) -> text.append("\n  '").append(lead).append("' (").append(rows(where)).append(')'));
        text.append("\nTo make them leads, import again with --add-agencies (after removing the files just written), or add "
                + "these lines under plan.yaml's agencies: yourself:\n").append(lines.stripTrailing());
        notices.add(text.toString());
    }

    /** Rows as a short list: {@code table 1 rows 20, 21}, {@code row 6}; the file is the one imported. */
    private String rows(List<Grid.Place> where) {
        Map<String, List<String>> byTable = new LinkedHashMap<>();
        String file = String.valueOf(source.getFileName());
        for (Grid.Place at : where) {
            String table = at.table().startsWith(file) ? at.table().substring(file.length()).strip() : at.table();
            byTable.computeIfAbsent(table, k -> new ArrayList<>()).add(String.valueOf(at.row()));
        }
        List<String> parts = new ArrayList<>();
        byTable.forEach((table, numbers) -> parts.add((table.isEmpty() ? "" : table + " ")
                + (numbers.size() == 1 ? "row " : "rows ") + String.join(", ", numbers)));
        return String.join("; ", parts);
    }

    /** A code for an agency: its one word in capitals, else its initials (the words of a name, not its small joiners). */
    static String code(String name) {
        String[] words = name.strip().replaceAll("['’]s\\b", "").split("[^\\p{L}\\p{N}]+");
        List<String> real = new ArrayList<>();
        for (String word : words) {
            if (!word.isEmpty() && !List.of("of", "the", "and", "for", "in", "on").contains(word.toLowerCase(Locale.ROOT))) {
                real.add(word);
            }
        }
        if (real.size() == 1) {
            return real.get(0).toUpperCase(Locale.ROOT);
        }
        StringBuilder initials = new StringBuilder();
        for (String word : real) {
            initials.append(Character.toUpperCase(word.charAt(0)));
        }
        return initials.isEmpty() ? "AGENCY" : initials.toString();
    }
}
