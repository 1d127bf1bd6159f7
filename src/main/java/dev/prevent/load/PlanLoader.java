package dev.prevent.load;

import dev.prevent.exit.UserError;
import dev.prevent.model.Action;
import dev.prevent.model.Agency;
import dev.prevent.model.Contact;
import dev.prevent.model.Diagnostic;
import dev.prevent.model.Assurance;
import dev.prevent.model.Code;
import dev.prevent.model.Duty;
import dev.prevent.model.Framework;
import dev.prevent.model.Risk;
import dev.prevent.model.Meetings;
import dev.prevent.model.Objective;
import dev.prevent.model.Plan;
import dev.prevent.model.Rule;
import dev.prevent.model.SourceMap;
import dev.prevent.model.SourcePosition;
import dev.prevent.model.Status;
import dev.prevent.model.Timescale;
import dev.prevent.model.Update;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads a plan folder: {@code plan.yaml} for the header and every other {@code .yaml}/{@code .yml}
 * file beside it (not in sub-folders) as an objective, in name order.
 */
public final class PlanLoader {

    /** The header file every plan folder has. */
    public static final String PLAN_FILE = "plan.yaml";

    static final Fields.Keys PLAN_KEYS = Fields.Keys.of("title", "period", "version", "issued", "owner", "contact", "marking", "meetings", "templates", "aims", "statuses",
            "agencies", "duties", "frameworks", "risks");
    static final Fields.Keys FRAMEWORK_KEYS = Fields.Keys.of("name", "source", "items");
    static final Fields.Keys SOURCE_KEYS = Fields.Keys.of("title", "issuer", "date");
    static final Fields.Keys RISK_KEYS = Fields.Keys.of("name", "rating", "reference");
    static final Fields.Keys ASSURANCE_KEYS = Fields.Keys.of("scale", "met", "assessments");
    static final Fields.Keys RATING_KEYS = Fields.Keys.of("key", "label");
    static final Fields.Keys ASSESSMENT_KEYS = Fields.Keys.of("rating", "date", "assessor", "evidence", "comment");
    static final Fields.Keys EVIDENCE_KEYS = Fields.Keys.of("actions", "documents");
    static final Fields.Keys DUTY_KEYS = Fields.Keys.of("name", "description");
    static final Fields.Keys AGENCY_KEYS = Fields.Keys.of("name", "email");
    /** An email address as people write one: something, an at sign, a domain with a dot. */
    /** One plain address, printable ASCII with no space or control character; request checks it strictly again with Jakarta Mail. */
    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("[!-~&&[^@<>,;\"()\\[\\]\\\\]]+@[!-~&&[^@<>,;\"()\\[\\]\\\\]]+\\.[!-~&&[^@<>,;\".()\\[\\]\\\\]]+");
    static final Fields.Keys STATUS_KEYS = Fields.Keys.of("key", "label", "description", "colour", "closed");
    static final Fields.Keys OBJECTIVE_KEYS = Fields.Keys.of("id", "name", "aim", "summary", "actions");
    static final Fields.Keys ACTION_KEYS = Fields.Keys.of("id", "title", "theme", "action", "lead", "owner",
            "success_criteria", "timescale", "resources", "status", "notes", "updates", "duties", "serves", "risks", "evidence");
    static final Fields.Keys UPDATE_KEYS = Fields.Keys.of("date", "status", "note");

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private int filesRead;
    private final List<Objective> objectives = new ArrayList<>();
    private final Consumer<Diagnostic> report = diagnostics::add;

    private PlanLoader() {
    }

    /**
     * Reads the plan in {@code dir}; file names in diagnostics are {@code dir} as given joined with the file name.
     *
     * @throws UserError (exit 2) when the folder is missing, not a folder or cannot be listed
     */
    public static LoadResult load(Path dir) {
        return load(new DiskFiles(dir));
    }

    /** Reads a plan from wherever its files are. */
    public static LoadResult load(PlanFiles files) {
        return new PlanLoader().read(files);
    }

    private LoadResult read(PlanFiles source) {
        Path dir = source.folder();
        List<Path> files = source.list();
        Path planFile = dir.resolve(PLAN_FILE).normalize();
        Header header = Header.missing(planFile);
        if (files.contains(planFile)) {
            header = readFile(source, planFile).map(root -> header(root)).orElse(header);
        } else if (source.refused().stream().noneMatch(d -> d.at().file().equals(planFile))) {
            boolean yml = files.stream().anyMatch(p -> p.getFileName().toString().equalsIgnoreCase("plan.yml"));
            report.accept(new Diagnostic(Rule.NO_PLAN_FILE, SourcePosition.ofFile(dir), "the folder has no plan.yaml"
                    + (yml ? "; rename plan.yml to plan.yaml" : "; every plan folder needs one for the title, "
                    + "period, statuses and agencies")));
        }
        source.refused().forEach(report);
        Path assuranceFile = dir.resolve(Assurance.FILE).normalize();
        Assurance assurance = files.contains(assuranceFile)
                ? readFile(source, assuranceFile).map(root -> assurance(root)).orElse(Assurance.NONE) : Assurance.NONE;
        // Objective files are independent: read them in parallel, each with its own diagnostics, merged in
        // file order (validation sorts them by position anyway).
        List<PlanLoader> readers = files.stream().filter(file -> !file.equals(planFile) && !file.equals(assuranceFile)).parallel().map(file -> {
            PlanLoader reader = new PlanLoader();
            reader.readFile(source, file).map(root -> reader.objective(root, file)).ifPresent(reader.objectives::add);
            return reader;
        }).toList();
        List<Objective> objectives = new ArrayList<>();
        for (PlanLoader reader : readers) {
            objectives.addAll(reader.objectives);
            diagnostics.addAll(reader.diagnostics);
            filesRead += reader.filesRead;
        }
        return new LoadResult(header.with(objectives, assurance), diagnostics, source, filesRead);
    }

    private Optional<YamlNode.Mapping> readFile(PlanFiles source, Path file) {
        YamlFile.Read read = YamlFile.read(source, file, report);
        filesRead++;
        return read.root().flatMap(root -> Fields.asMapping(root, file.getFileName() + "", report));
    }

    /** What plan.yaml says, before the objectives are read; all absent when the file is missing or unreadable. */
    private record Header(String title, String period, String version, LocalDate issued, String owner, Contact contact, String marking,
            String aims,
            List<Status> statuses, List<Agency> agencies, List<Duty> duties, List<Framework> frameworks, List<Risk> risks, Meetings meetings, String templates,
            SourceMap source) {

        static Header missing(Path planFile) {
            return new Header(null, null, null, null, null, null, null, null, List.of(), List.of(), List.of(), List.of(), List.of(),
                    Meetings.byDefault(), null,
                    SourceMap.of(SourcePosition.ofFile(planFile)));
        }

        Plan with(List<Objective> objectives, Assurance assurance) {
            return new Plan(title, period, version, issued, owner, contact, marking, aims, statuses, agencies, duties, frameworks, risks, assurance,
                    meetings, templates, objectives, source);
        }
    }

    private Header header(YamlNode.Mapping root) {
        Fields f = new Fields(root, "plan.yaml", PLAN_KEYS, report);
        String title = f.requiredText("title");
        String periodText = f.requiredText("period");
        Timescale period = f.timescale("period", true);
        String version = f.text("version");
        LocalDate issued = f.date("issued");
        String owner = f.text("owner");
        String marking = f.text("marking");
        String aims = f.text("aims");
        List<Status> statuses = new ArrayList<>();
        for (YamlNode.Mapping item : f.mappings("statuses", "status")) {
            status(item, statuses.size()).ifPresent(statuses::add);
        }
        if (statuses.isEmpty()) {
            f.missing("statuses", "list the plan's progress key, worst first (key, label, colour)");
        }
        statuses = atMost(statuses, MAX_STATUSES, f.source().of("statuses"), "statuses", "a progress key of three to six");
        List<Agency> agencies = agencies(f.mapping("agencies"));
        if (agencies.isEmpty()) {
            f.missing("agencies", "map each agency code that may lead an action to its full name");
        }
        agencies = atMost(agencies, MAX_AGENCIES, f.source().of("agencies"), "agencies", "a partnership of a few dozen");
        List<Duty> duties = duties(f);
        return new Header(title, period == null ? periodText : period.written(), version, issued, owner, contact(f),
                marking == null || marking.isBlank() ? null : marking.strip(), aims,
                statuses, agencies, duties, frameworks(f), risks(f), meetings(f), blankAsNull(f.text("templates")), f.source());
    }

    /** Whom partners write to: {@code contact: {name, email}}, the email checked as an agency's is; null when not given. */
    private Contact contact(Fields f) {
        YamlNode.Mapping mapping = f.mapping("contact");
        if (mapping == null) {
            return null;
        }
        Fields c = new Fields(mapping, "contact", CONTACT_KEYS, report);
        String name = blankAsNull(c.text("name"));
        String email = blankAsNull(c.text("email"));
        if (email != null && !EMAIL.matcher(email.strip()).matches()) {
            report.accept(new Diagnostic(Rule.WRONG_TYPE, c.source().of("email"), "the contact's email is '" + email
                    + "', which is not an email address; write one such as prevent@council.example.gov.uk"));
            email = null;
        }
        return name == null && email == null ? null : new Contact(name == null ? null : name.strip(), email == null ? null : email.strip());
    }

    static final Fields.Keys CONTACT_KEYS = Fields.Keys.of("name", "email");

    /** The most statuses and agencies a plan may have: every table of a paper is statuses by agencies. */
    public static final int MAX_STATUSES = 20;
    public static final int MAX_AGENCIES = 200;

    /**
     * The first {@code most} of a list plan.yaml gives, with an error when it gives more: a real plan has far fewer,
     * and a paper's tables are statuses by agencies, so a plan of hundreds of each (on an untrusted pull request)
     * must not make a paper of millions of cells.
     */
    private <T> List<T> atMost(List<T> items, int most, SourcePosition at, String what, String usual) {
        if (items.size() <= most) {
            return items;
        }
        report.accept(new Diagnostic(Rule.TOO_MANY, at, "plan.yaml lists " + items.size() + " " + what + "; a plan may have at most "
                + most + " (" + usual + " is usual), so only the first " + most + " were read"));
        return List.copyOf(items.subList(0, most));
    }

    /** {@code meetings:} a glob of tag names ({@code "meeting-*"}), or a list of the meetings' days. */
    private static Meetings meetings(Fields f) {
        if (!f.isList("meetings")) {
            String tags = f.text("meetings");
            return tags == null || tags.isBlank() ? Meetings.byDefault() : new Meetings(tags.strip(), List.of());
        }
        return new Meetings(Meetings.TAGS, f.dates("meetings"));
    }

    private Optional<Status> status(YamlNode.Mapping item, int rank) {
        Fields f = new Fields(item, "a status", STATUS_KEYS, report);
        String key = f.requiredText("key");
        String label = f.requiredText("label");
        String description = f.text("description");
        String colour = f.text("colour");
        if (colour != null && !COLOUR.matcher(colour.strip()).matches()) {
            report.accept(new Diagnostic(Rule.WRONG_TYPE, f.source().of("colour"), "colour '" + colour
                    + "' of status '" + key + "' should be written #rrggbb, e.g. #d4351c"));
            colour = null;
        }
        String closed = f.text("closed");
        boolean isClosed = "true".equalsIgnoreCase(closed);
        if (closed != null && !isClosed && !"false".equalsIgnoreCase(closed)) {
            report.accept(new Diagnostic(Rule.WRONG_TYPE, f.source().of("closed"), "'closed' of status '" + key
                    + "' should be true or false, not '" + closed + "'"));
        }
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        checkCode(key, f.source().of("key"), "the status key");
        return Optional.of(new Status(key.strip(), label == null ? key.strip() : label,
                description == null || description.isBlank() ? null : description.strip(), colour == null ? null : colour.strip(),
                isClosed, rank));
    }

    /** Reports a code that is no code ({@link Code#problem}) where it is written. */
    private void checkCode(String code, dev.prevent.model.SourcePosition at, String what) {
        Code.problem(code).ifPresent(problem -> report.accept(new Diagnostic(Rule.BAD_CODE, at,
                what + " '" + dev.prevent.output.Visible.line(code) + "' " + problem)));
    }

    private List<Agency> agencies(YamlNode.Mapping mapping) {
        if (mapping == null) {
            return List.of();
        }
        List<Agency> agencies = new ArrayList<>();
        for (YamlNode.Entry entry : mapping.entries()) {
            String code = entry.key().value().strip();
            checkCode(code, entry.key().at(), "the agency code");
            if (entry.value() instanceof YamlNode.Scalar name && !name.isNull()) {
                agencies.add(new Agency(code, name.value()));
            } else if (entry.value() instanceof YamlNode.Scalar) {
                agencies.add(new Agency(code, code));
            } else if (entry.value() instanceof YamlNode.Mapping agency) {
                Fields a = new Fields(agency, "agency '" + code + "'", AGENCY_KEYS, report);
                String name = a.requiredText("name");
                String email = a.text("email");
                if (email != null && !EMAIL.matcher(email.strip()).matches()) {
                    report.accept(new Diagnostic(Rule.WRONG_TYPE, a.source().of("email"), "the email of agency '" + code + "' is '"
                            + email + "', which is not an email address; write one such as prevent@police.example.gov.uk"));
                    email = null;
                }
                agencies.add(new Agency(code, name == null ? code : name, email == null ? null : email.strip()));
            } else {
                report.accept(new Diagnostic(Rule.WRONG_TYPE, entry.value().at(), "agency '" + code
                        + "' should be its name, or a mapping of name and email, not " + entry.value().kind()));
            }
        }
        return agencies;
    }

    /**
     * The duty areas: each key maps to its name, or to {@code name} and {@code description}. Where each key is
     * written is recorded as {@code duties.KEY}, for a warning that no action serves it.
     */
    private List<Duty> duties(Fields f) {
        YamlNode.Mapping mapping = f.mapping("duties");
        return mapping == null ? List.of() : items(f, "duties.", mapping, "duty area");
    }

    /**
     * The frameworks besides the toolkit: each id maps to its name, its source (title, issuer, date) and its items,
     * each key mapping to its name or to {@code name} and {@code description}. Where each item's key is written is
     * recorded as {@code frameworks.ID.KEY}, for a warning that no action serves it.
     */
    private List<Framework> frameworks(Fields f) {
        YamlNode.Mapping mapping = f.mapping("frameworks");
        if (mapping == null) {
            return List.of();
        }
        List<Framework> frameworks = new ArrayList<>();
        for (YamlNode.Entry entry : mapping.entries()) {
            String id = entry.key().value().strip();
            f.position("frameworks." + id, entry.key());
            checkCode(id, entry.key().at(), "the framework id");
            if (Code.same(id, Framework.TOOLKIT)) {
                report.accept(new Diagnostic(Rule.WRONG_TYPE, entry.key().at(), "the framework '" + id + "' is the toolkit's areas, "
                        + "which plan.yaml lists under 'duties:'; give this framework another id"));
                continue;
            }
            if (!(entry.value() instanceof YamlNode.Mapping body)) {
                report.accept(new Diagnostic(Rule.WRONG_TYPE, entry.value().at(), "framework '" + id
                        + "' should be a mapping of name, source and items, not " + entry.value().kind()));
                continue;
            }
            Fields fw = new Fields(body, "framework '" + id + "'", FRAMEWORK_KEYS, report);
            String name = fw.requiredText("name");
            String title = null;
            String issuer = null;
            LocalDate date = null;
            YamlNode.Mapping source = fw.mapping("source");
            if (source != null) {
                Fields src = new Fields(source, "the source of framework '" + id + "'", SOURCE_KEYS, report);
                title = blankAsNull(src.text("title"));
                issuer = blankAsNull(src.text("issuer"));
                date = src.date("date");
            }
            YamlNode.Mapping items = fw.mapping("items");
            if (items == null) {
                fw.missing("items", "list the framework's items, each key mapping to its name");
            }
            frameworks.add(new Framework(id, name == null ? id : name, title, issuer, date,
                    items == null ? List.of() : items(f, "frameworks." + id + ".", items, "item")));
        }
        return frameworks;
    }

    /** The local risk priorities: each key maps to its short name, or to {@code name}, {@code rating} and {@code reference}. */
    private List<Risk> risks(Fields f) {
        YamlNode.Mapping mapping = f.mapping("risks");
        if (mapping == null) {
            return List.of();
        }
        List<Risk> risks = new ArrayList<>();
        for (YamlNode.Entry entry : mapping.entries()) {
            String key = entry.key().value().strip();
            f.position("risks." + key, entry.key());
            checkCode(key, entry.key().at(), "the risk key");
            if (entry.value() instanceof YamlNode.Scalar name) {
                risks.add(new Risk(key, name.isNull() ? key : name.value(), null, null));
            } else if (entry.value() instanceof YamlNode.Mapping risk) {
                Fields r = new Fields(risk, "risk '" + key + "'", RISK_KEYS, report);
                String name = r.requiredText("name");
                risks.add(new Risk(key, name == null ? key : name, blankAsNull(r.text("rating")), blankAsNull(r.text("reference"))));
            } else {
                report.accept(new Diagnostic(Rule.WRONG_TYPE, entry.value().at(), "risk '" + key
                        + "' should be its name, or a mapping of name, rating and reference, not " + entry.value().kind()));
            }
        }
        return risks;
    }

    /** A framework's items: each key maps to its name, or to {@code name} and {@code description}; each key's place kept as PREFIX + KEY. */
    private List<Duty> items(Fields f, String prefix, YamlNode.Mapping mapping, String what) {
        List<Duty> items = new ArrayList<>();
        for (YamlNode.Entry entry : mapping.entries()) {
            String key = entry.key().value().strip();
            f.position(prefix + key, entry.key());
            checkCode(key, entry.key().at(), "the " + what + " key");
            if (entry.value() instanceof YamlNode.Scalar name) {
                items.add(new Duty(key, name.isNull() ? key : name.value(), null));
            } else if (entry.value() instanceof YamlNode.Mapping area) {
                Fields d = new Fields(area, what + " '" + key + "'", DUTY_KEYS, report);
                String name = d.requiredText("name");
                items.add(new Duty(key, name == null ? key : name, d.text("description")));
            } else {
                report.accept(new Diagnostic(Rule.WRONG_TYPE, entry.value().at(), what + " '" + key
                        + "' should be its name, or a mapping of name and description, not " + entry.value().kind()));
            }
        }
        return items;
    }

    /**
     * What an action serves of each framework, by framework id: a list of item keys (or one key). Each key's place is
     * kept as {@code serves.ID[i]}. {@code serves: {toolkit: [...]}} is the long form of {@code duties:}: its keys are
     * added to {@code duties}, their places kept as the duties' are.
     */
    private Map<String, List<String>> serves(Fields f, String what, List<String> duties) {
        YamlNode.Mapping mapping = f.mapping("serves");
        Map<String, List<String>> serves = new LinkedHashMap<>();
        if (mapping == null) {
            return serves;
        }
        for (YamlNode.Entry entry : mapping.entries()) {
            String id = entry.key().value().strip();
            f.position("serves." + id, entry.key());
            List<YamlNode> written = entry.value() instanceof YamlNode.Sequence sequence ? sequence.items() : List.of(entry.value());
            boolean toolkit = Code.same(id, Framework.TOOLKIT);
            List<String> keys = toolkit ? duties : new ArrayList<>();
            for (YamlNode item : written) {
                if (item instanceof YamlNode.Scalar scalar && !scalar.isNull()) {
                    f.position((toolkit ? "duties" : "serves." + id) + "[" + keys.size() + "]", scalar);
                    keys.add(scalar.value().strip());
                } else if (!(item instanceof YamlNode.Scalar)) {
                    report.accept(new Diagnostic(Rule.WRONG_TYPE, item.at(), "each item framework '" + id + "' lists in the "
                            + "'serves' of " + what + " should be an item's key, not " + item.kind()));
                }
            }
            if (!toolkit) {
                serves.put(id, keys);
            }
        }
        return serves;
    }

    /**
     * The self-assessment of assurance.yaml: its scale (worst first), which rating is met, and under
     * {@code assessments:} each framework's items, each with a rating, a date, an assessor, evidence and a comment.
     * Where each framework and item is written is kept as {@code assessments.ID} and {@code assessments.ID.KEY}.
     */
    private Assurance assurance(YamlNode.Mapping root) {
        Fields f = new Fields(root, Assurance.FILE, ASSURANCE_KEYS, report);
        List<Assurance.Rating> scale = new ArrayList<>();
        for (YamlNode.Mapping step : f.mappings("scale", "rating")) {
            Fields r = new Fields(step, "a rating of the scale", RATING_KEYS, report);
            String key = r.requiredText("key");
            String label = r.text("label");
            if (key != null && !key.isBlank()) {
                scale.add(new Assurance.Rating(key.strip(), label == null || label.isBlank() ? key.strip() : label.strip()));
            }
        }
        if (scale.isEmpty()) {
            scale = Assurance.DEFAULT_SCALE;
        }
        String met = blankAsNull(f.text("met"));
        if (met == null) {
            met = "met";
        }
        List<Assurance.Assessment> assessments = new ArrayList<>();
        YamlNode.Mapping frameworks = f.mapping("assessments");
        if (frameworks != null) {
            for (YamlNode.Entry framework : frameworks.entries()) {
                String id = framework.key().value().strip();
                f.position("assessments." + id, framework.key());
                if (!(framework.value() instanceof YamlNode.Mapping items)) {
                    report.accept(new Diagnostic(Rule.WRONG_TYPE, framework.value().at(), "the assessments of framework '" + id
                            + "' should be a mapping of each item's key to its assessment, not " + framework.value().kind()));
                    continue;
                }
                for (YamlNode.Entry item : items.entries()) {
                    String key = item.key().value().strip();
                    f.position("assessments." + id + "." + key, item.key());
                    Optional<YamlNode.Mapping> body = Fields.asMapping(item.value(), "the assessment of " + id + " " + key, report);
                    body.ifPresent(b -> assessments.add(assessment(id, key, b)));
                }
            }
        }
        return new Assurance(scale, met, assessments, f.source());
    }

    private Assurance.Assessment assessment(String framework, String item, YamlNode.Mapping body) {
        String what = "the assessment of " + framework + " " + item;
        Fields f = new Fields(body, what, ASSESSMENT_KEYS, report);
        String rating = f.requiredText("rating");
        if (!f.has("date")) {
            f.missing("date", "give the day it was assessed (YYYY-MM-DD)");
        }
        LocalDate date = f.date("date");
        String assessor = f.requiredText("assessor");
        List<String> actions = new ArrayList<>();
        List<String> documents = new ArrayList<>();
        YamlNode.Mapping evidence = f.mapping("evidence");
        if (evidence != null) {
            new Fields(evidence, "the evidence of " + framework + " " + item, EVIDENCE_KEYS, report);
            for (YamlNode.Entry entry : evidence.entries()) {
                String key = entry.key().value().strip();
                List<String> into = key.equals("actions") ? actions : key.equals("documents") ? documents : null;
                if (into == null) {
                    continue;
                }
                // Kept on the assessment's own places (actions[0], documents[1]), where a message about one points.
                List<YamlNode> written = entry.value() instanceof YamlNode.Sequence sequence ? sequence.items() : List.of(entry.value());
                for (YamlNode value : written) {
                    if (value instanceof YamlNode.Scalar scalar && !scalar.isNull() && !scalar.value().isBlank()) {
                        f.position(key + "[" + into.size() + "]", scalar);
                        into.add(scalar.value().strip());
                    } else if (!(value instanceof YamlNode.Scalar)) {
                        report.accept(new Diagnostic(Rule.WRONG_TYPE, value.at(), "each item of '" + key + "' in the evidence of "
                                + framework + " " + item + " should be text, not " + value.kind()));
                    }
                }
            }
        }
        return new Assurance.Assessment(framework, item, strip(rating), date, strip(assessor), actions, documents,
                blankAsNull(f.text("comment")), f.source());
    }

    private Objective objective(YamlNode.Mapping root, Path file) {
        Fields f = new Fields(root, file.getFileName().toString(), OBJECTIVE_KEYS, report);
        String id = f.requiredText("id");
        String name = f.requiredText("name");
        String aim = f.requiredText("aim");
        String summary = f.text("summary");
        if (!f.has("actions")) {
            f.missing("actions");
        }
        String objectiveId = id == null ? "" : id.strip();
        List<Action> actions = new ArrayList<>();
        for (YamlNode.Mapping item : f.mappings("actions", "action")) {
            actions.add(action(item, objectiveId));
        }
        return new Objective(objectiveId, name, aim, summary, actions, f.source());
    }

    private Action action(YamlNode.Mapping item, String objectiveId) {
        String id = item.entries().stream().filter(e -> e.key().value().equals("id"))
                .map(YamlNode.Entry::value)
                .filter(v -> v instanceof YamlNode.Scalar)
                .map(v -> ((YamlNode.Scalar) v).value().strip())
                .findFirst().orElse("");
        String what = id.isEmpty() ? "an action of objective " + objectiveId : "action " + id;
        Fields f = new Fields(item, what, ACTION_KEYS, report);
        f.requiredText("id");
        String title = blankAsNull(f.text("title"));
        String theme = f.text("theme");
        String actionText = f.requiredText("action");
        List<String> lead = f.texts("lead").stream().map(String::strip).toList();
        String owner = blankAsNull(f.text("owner"));
        List<String> criteria = f.texts("success_criteria");
        Timescale timescale = f.timescale("timescale", false);
        List<String> resources = f.texts("resources");
        String status = f.text("status");
        String notes = f.text("notes");
        List<Update> updates = new ArrayList<>();
        for (YamlNode.Mapping u : f.mappings("updates", "update")) {
            Fields uf = new Fields(u, "an update of " + what, UPDATE_KEYS, report);
            if (!uf.has("date")) {
                uf.missing("date");
            }
            updates.add(new Update(uf.date("date"), strip(uf.text("status")), uf.text("note"), uf.source()));
        }
        List<String> duties = new ArrayList<>(f.texts("duties").stream().map(String::strip).toList());
        Map<String, List<String>> serves = serves(f, what, duties);
        List<String> risks = f.texts("risks").stream().map(String::strip).toList();
        List<String> evidence = f.texts("evidence").stream().map(String::strip).filter(e -> !e.isEmpty()).toList();
        return new Action(id, title, theme, actionText, lead, owner, criteria, timescale, resources, strip(status), notes,
                updates, duties, serves, risks, evidence, objectiveId, f.source());
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }
}
