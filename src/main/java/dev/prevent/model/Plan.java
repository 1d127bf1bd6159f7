package dev.prevent.model;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A whole delivery plan: the header from plan.yaml (its progress key worst first, its agencies)
 * and its objectives in natural id order. {@code marking} is the protective marking every page of a report
 * carries (e.g. OFFICIAL-SENSITIVE), or null; {@code contact} whom partners write to (the coordinator), or null; {@code meetings} says which days are the working group's meetings; {@code templates} is the folder of the
 * council's own report templates, relative to the plan folder, or null for the built-in ones. {@code duties} are the
 * toolkit's areas ({@code duties:}); {@code frameworks} the other frameworks plan.yaml declares; {@code risks} the
 * local risk priorities, as written; {@code assurance} the self-assessment of assurance.yaml ({@link Assurance#NONE}
 * without one).
 */
public record Plan(
        String title,
        String period,
        String version,
        LocalDate issued,
        String owner,
        Contact contact,
        String marking,
        String aims,
        List<Status> statuses,
        List<Agency> agencies,
        List<Duty> duties,
        List<Framework> frameworks,
        List<Risk> risks,
        Assurance assurance,
        Meetings meetings,
        String templates,
        List<Objective> objectives,
        SourceMap source) {

    public Plan {
        statuses = List.copyOf(statuses);
        agencies = List.copyOf(agencies);
        duties = List.copyOf(duties);
        frameworks = List.copyOf(frameworks);
        risks = List.copyOf(risks);
        assurance = assurance == null ? Assurance.NONE : assurance;
        meetings = meetings == null ? Meetings.byDefault() : meetings;
        objectives = objectives.stream().sorted(Comparator.comparing(Objective::id, NaturalOrder.IDS)).toList();
    }

    /** This plan with each action replaced by what {@code change} makes of it (its history read from git, say). */
    public Plan withActions(java.util.function.UnaryOperator<Action> change) {
        List<Objective> changed = objectives.stream().map(o -> new Objective(o.id(), o.name(), o.aim(), o.summary(),
                o.actions().stream().map(change).toList(), o.source())).toList();
        return new Plan(title, period, version, issued, owner, contact, marking, aims, statuses, agencies, duties, frameworks, risks,
                assurance, meetings, templates, changed, source);
    }

    /** Every action, in plan order: objectives by id, then actions as written. */
    public Stream<Action> actions() {
        return objectives.stream().flatMap(o -> o.actions().stream());
    }

    /** The status of the plan's scale a key names, matched case-insensitively. */
    public Optional<Status> status(String key) {
        return statuses.stream().filter(s -> s.matches(key)).findFirst();
    }

    /**
     * The status a person means by a word: a key of the scale, a label, or the name of a status's colour
     * ({@code green} for the one status shown in green, {@code amber} for the one in orange or yellow), any case.
     * None when nothing, or more than one status by colour, is meant.
     */
    public Optional<Status> statusNamed(String word) {
        String w = word.strip();
        Optional<Status> found = status(w).or(() -> statuses.stream().filter(s -> s.label().equalsIgnoreCase(w)).findFirst());
        if (found.isPresent()) {
            return found;
        }
        List<Status> byColour = statuses.stream()
                .filter(s -> ColourName.of(s.colour()).map(c -> c.calledBy(w)).orElse(false)).toList();
        return byColour.size() == 1 ? Optional.of(byColour.get(0)) : Optional.empty();
    }

    /**
     * The code someone probably meant by an unknown one: a near miss of a code ({@code COLCC}), or the
     * agency whose full name has the word written ({@code Police} for City of London Police).
     */
    public Optional<String> closestAgency(String written) {
        List<String> codes = agencies.stream().map(Agency::code).toList();
        Optional<String> code = DidYouMean.closest(written, codes);
        if (code.isEmpty() && written.strip().length() >= 4) {
            String word = written.strip().toLowerCase(Locale.ROOT);
            code = agencies.stream().filter(a -> a.name().toLowerCase(Locale.ROOT).contains(word))
                    .map(Agency::code).findFirst();
        }
        return code;
    }

    /** The duty area a key names, matched as codes are. */
    public Optional<Duty> duty(String key) {
        return duties.stream().filter(d -> d.matches(key)).findFirst();
    }

    /** Every framework the plan answers to: the toolkit's areas first (when it lists any), then those declared. */
    public List<Framework> allFrameworks() {
        if (duties.isEmpty()) {
            return frameworks;
        }
        List<Framework> all = new java.util.ArrayList<>(frameworks.size() + 1);
        all.add(Framework.toolkit(duties));
        all.addAll(frameworks);
        return all;
    }

    /** The framework an id names ({@code toolkit} for the duty areas), matched as codes are. */
    public Optional<Framework> framework(String id) {
        return allFrameworks().stream().filter(f -> f.matches(id)).findFirst();
    }

    /** The local risk priority a key names, matched as codes are. */
    public Optional<Risk> risk(String key) {
        return risks.stream().filter(r -> r.matches(key)).findFirst();
    }

    /** The agency a code names, matched case-insensitively. */
    public Optional<Agency> agency(String code) {
        return agencies.stream().filter(a -> a.matches(code)).findFirst();
    }
}
