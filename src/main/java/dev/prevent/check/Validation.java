package dev.prevent.check;

import dev.prevent.load.DiskFiles;
import dev.prevent.load.LoadResult;
import dev.prevent.load.PlanFiles;
import dev.prevent.load.PlanLoader;
import dev.prevent.model.Diagnostic;
import dev.prevent.model.Plan;
import dev.prevent.model.Rule;
import dev.prevent.exit.ExitCode;
import dev.prevent.exit.UserError;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A plan folder read and checked against every rule: the plan and everything wrong with it. */
public record Validation(Path planDir, Plan plan, List<Diagnostic> diagnostics, int files) {

    private static final List<PlanRule> RULES = List.of(new DuplicateIds(), new KnownLeads(), new KnownStatuses(),
            new KnownDuties(), new AssuranceRules(), new MissingTimescale(), new Placeholders(), new UpdateLog(), new EmptyObjectives());

    public Validation {
        diagnostics = List.copyOf(diagnostics);
    }

    /**
     * Reads and checks the plan in {@code planDir}; updates dated after {@code asOf} are reported.
     *
     * @throws dev.prevent.exit.UserError when the folder cannot be read at all
     */
    public static Validation of(Path planDir, LocalDate asOf) {
        return of(new DiskFiles(planDir), asOf);
    }

    /** Reads and checks a plan from wherever its files are (the working tree, a git revision). */
    public static Validation of(PlanFiles files, LocalDate asOf) {
        Path planDir = files.folder();
        LoadResult loaded = PlanLoader.load(files);
        List<Diagnostic> diagnostics = new ArrayList<>(loaded.diagnostics());
        CheckContext context = new CheckContext(loaded.plan(), asOf, loaded);
        // The rules only read the plan: each on whichever core is free, what each found added in the rules' order.
        RULES.parallelStream().map(rule -> {
            List<Diagnostic> found = new ArrayList<>();
            rule.check(context, found::add);
            return found;
        }).toList().forEach(diagnostics::addAll);
        diagnostics.sort(Diagnostic.BY_POSITION);
        return new Validation(planDir, loaded.plan(), diagnostics, loaded.files());
    }

    /**
     * The plan, for commands that need a sound one.
     *
     * @throws UserError (exit 1) listing the errors, when there are any
     */
    public Plan validPlan() {
        long errors = errors();
        if (errors == 0) {
            return plan;
        }
        StringBuilder message = new StringBuilder(planDir + " has " + errors + (errors == 1 ? " error" : " errors")
                + "; fix " + (errors == 1 ? "it" : "them") + " first (prevent validate lists warnings too):");
        diagnostics.stream().filter(Diagnostic::isError).forEach(d -> message.append('\n').append(TextDiagnostics.line(d)));
        throw new UserError(message.toString(), ExitCode.PLAN_ERRORS, null);
    }

    /** How many diagnostics of one rule are printed for people unless they ask for all ({@code validate --all}). */
    public static final int SHOWN_PER_RULE = 50;

    /**
     * The diagnostics to print for people: the first {@code perRule} of each rule, in order, and how many of each rule
     * were left out. A pull request of a thousand copies of one mistake then reads as fifty and a count.
     */
    public record Shown(List<Diagnostic> diagnostics, Map<Rule, Integer> leftOut) {
    }

    public Shown shown(int perRule) {
        Map<Rule, Integer> seen = new EnumMap<>(Rule.class);
        Map<Rule, Integer> leftOut = new EnumMap<>(Rule.class);
        List<Diagnostic> shown = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            if (seen.merge(d.rule(), 1, Integer::sum) <= perRule) {
                shown.add(d);
            } else {
                leftOut.merge(d.rule(), 1, Integer::sum);
            }
        }
        return new Shown(shown, leftOut);
    }

    public long errors() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    public long warnings() {
        return diagnostics.size() - errors();
    }

    /** Whether the plan passes: no errors, and under {@code strict} no warnings either. */
    public boolean passes(boolean strict) {
        return strict ? diagnostics.isEmpty() : errors() == 0;
    }
}
