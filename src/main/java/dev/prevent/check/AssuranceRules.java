package dev.prevent.check;

import dev.prevent.model.Action;
import dev.prevent.model.Assurance;
import dev.prevent.model.Code;
import dev.prevent.model.Diagnostic;
import dev.prevent.model.DidYouMean;
import dev.prevent.model.Duty;
import dev.prevent.model.Framework;
import dev.prevent.model.Plan;
import dev.prevent.model.Rule;
import dev.prevent.model.Status;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The self-assessment of assurance.yaml, against the plan: each assessment names a declared framework and item
 * ({@code unknown-duty}) and a rating of the scale ({@code bad-rating}); its evidence names actions of the plan, files
 * that exist beside it and well-formed links ({@code bad-evidence}). And the judgements hold up: met or better with no
 * evidence ({@code unevidenced-rating}); met on actions that are all off track or overdue ({@code weak-evidence}); an
 * assessment more than a year old ({@code stale-assessment}); an item of an assessed framework with no rating
 * ({@code unrated-item}).
 */
final class AssuranceRules implements PlanRule {

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        Plan plan = context.plan();
        Assurance assurance = plan.assurance();
        if (assurance.source() == null) {
            return;
        }
        if (assurance.rank(assurance.met()) < 0) {
            report.accept(new Diagnostic(Rule.BAD_RATING, assurance.source().of("met"), "'" + assurance.met() + "' is not a rating of "
                    + "the scale, so no rating can be judged met; say which is (met: KEY) among " + keys(assurance)));
        }
        Map<String, Action> actions = new HashMap<>();
        plan.actions().forEach(a -> actions.putIfAbsent(a.id(), a));
        Path folder = context.loaded() == null ? null : context.loaded().source().folder();
        Map<String, Set<String>> rated = new HashMap<>();
        Set<String> unknown = new HashSet<>();
        for (Assurance.Assessment assessment : assurance.assessments()) {
            var framework = plan.framework(assessment.framework());
            if (framework.isEmpty()) {
                if (!unknown.add(assessment.framework())) {
                    continue;
                }
                List<String> ids = plan.allFrameworks().stream().map(Framework::id).toList();
                report.accept(new Diagnostic(Rule.UNKNOWN_DUTY, assurance.source().of("assessments." + assessment.framework()),
                        "framework '" + assessment.framework() + "' of assurance.yaml is not declared in plan.yaml"
                        + DidYouMean.suggestion(assessment.framework(), ids) + (ids.isEmpty() ? "" : "; the frameworks are "
                        + String.join(", ", ids))));
                continue;
            }
            var item = framework.get().item(assessment.item());
            if (item.isEmpty()) {
                List<String> keys = framework.get().items().stream().map(Duty::key).toList();
                report.accept(new Diagnostic(Rule.UNKNOWN_DUTY, assurance.source().of("assessments." + assessment.framework() + "."
                        + assessment.item()), "item '" + assessment.item() + "' of assurance.yaml is not an item of framework '"
                        + framework.get().id() + "'" + DidYouMean.suggestion(assessment.item(), keys) + "; its items are "
                        + String.join(", ", keys)));
                continue;
            }
            rated.computeIfAbsent(framework.get().id(), k -> new HashSet<>()).add(item.get().key());
            judge(plan, assurance, assessment, framework.get().id() + " " + item.get().key(), actions, folder, context.asOf(), report);
        }
        for (String id : rated.keySet()) {
            Framework framework = plan.framework(id).orElseThrow();
            for (Duty item : framework.items()) {
                if (!rated.get(id).contains(item.key())) {
                    report.accept(new Diagnostic(Rule.UNRATED_ITEM, assurance.source().of("assessments." + firstWritten(assurance, id)),
                            "item '" + item.key() + "' (" + item.name() + ") of framework '" + id + "' has no rating in "
                            + "assurance.yaml; assess it, with evidence, as the others are"));
                }
            }
        }
    }

    private static void judge(Plan plan, Assurance assurance, Assurance.Assessment assessment, String what,
            Map<String, Action> actions, Path folder, LocalDate asOf, Consumer<Diagnostic> report) {
        if (assessment.rating() != null && assurance.rating(assessment.rating()).isEmpty()) {
            report.accept(new Diagnostic(Rule.BAD_RATING, assessment.source().of("rating"), "rating '" + assessment.rating() + "' of "
                    + what + " is not on the scale" + DidYouMean.suggestion(assessment.rating(),
                    assurance.scale().stream().map(Assurance.Rating::key).toList()) + "; the ratings are " + keys(assurance)));
        }
        boolean allOffTrack = !assessment.actions().isEmpty();
        for (int i = 0; i < assessment.actions().size(); i++) {
            String id = assessment.actions().get(i);
            Action action = actions.get(id);
            if (action == null) {
                report.accept(new Diagnostic(Rule.BAD_EVIDENCE, assessment.source().of("actions[" + i + "]"), "action '" + id
                        + "' given as evidence for " + what + " is not an action of the plan"
                        + DidYouMean.suggestion(id, List.copyOf(actions.keySet()))));
                allOffTrack = false;
            } else {
                allOffTrack &= offTrack(plan, action, asOf);
            }
        }
        for (int i = 0; i < assessment.documents().size(); i++) {
            String document = assessment.documents().get(i);
            int at = i;
            problem(document, folder).ifPresent(problem -> report.accept(new Diagnostic(Rule.BAD_EVIDENCE,
                    assessment.source().of("documents[" + at + "]"),
                    "document '" + document + "' given as evidence for " + what + " " + problem)));
        }
        if (assessment.rating() != null && assurance.metOrBetter(assessment.rating()) && !assessment.evidenced()) {
            report.accept(new Diagnostic(Rule.UNEVIDENCED_RATING, assessment.source().of("rating"), what + " is rated '"
                    + assessment.rating() + "' with no evidence; name the actions or documents that show it under 'evidence:'"));
        }
        if (assurance.isMet(assessment.rating()) && allOffTrack) {
            report.accept(new Diagnostic(Rule.WEAK_EVIDENCE, assessment.source().of("rating"), what + " is rated '"
                    + assessment.rating() + "' but every action given as evidence (" + String.join(", ", assessment.actions())
                    + ") is off track or overdue on " + asOf + "; rate it lower, or give the evidence that it is met"));
        }
        if (assessment.staleOn(asOf)) {
            report.accept(new Diagnostic(Rule.STALE_ASSESSMENT, assessment.source().of("date"), what + " was assessed on "
                    + assessment.date() + ", more than a year before " + asOf + "; assess it again"));
        }
    }

    /** Off track: at the worst status of the plan's scale (an open one), or overdue. */
    private static boolean offTrack(Plan plan, Action action, LocalDate asOf) {
        String status = action.statusOn(asOf);
        boolean worst = !plan.statuses().isEmpty() && status != null && plan.statuses().get(0).matches(status)
                && !plan.statuses().get(0).closed();
        return worst || action.overdueOn(asOf, plan);
    }

    /** What is wrong with a document given as evidence: a link that is not well formed, or a path that is not there. */
    private static Optional<String> problem(String document, Path folder) {
        String lower = document.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            try {
                URI uri = new URI(document);
                return uri.getHost() == null || !uri.getHost().contains(".")
                        ? Optional.of("is not a well-formed link: it names no host such as www.example.gov.uk")
                        : Optional.empty();
            } catch (URISyntaxException e) {
                return Optional.of("is not a well-formed link (" + e.getReason() + "); spaces are written %20");
            }
        }
        if (lower.contains("://")) {
            return Optional.of("is neither a path nor an http or https link");
        }
        if (folder == null || !Files.isDirectory(folder)) {
            return Optional.empty();
        }
        // Inside the plan's repository, judged by the words before anything is looked at: validate runs on pull
        // requests, and must not say whether a file elsewhere on the machine exists.
        Path top = dev.prevent.load.PlanFolder.repositoryOf(folder);
        String written = document.replace('\\', '/');
        Path path;
        try {
            path = Path.of(written);
        } catch (InvalidPathException e) {
            return Optional.of("is not a path this machine can read");
        }
        if (path.isAbsolute() || written.startsWith("/") || written.matches("^[A-Za-z]:.*")) {
            return Optional.of("is a path from the top of the disk; name a file of the plan's repository, from the plan folder "
                    + "(evidence/minutes.pdf, ../papers/minutes.pdf)");
        }
        Path resolved = folder.toAbsolutePath().normalize().resolve(path).normalize();
        if (!resolved.startsWith(top)) {
            return Optional.of("leads outside the plan's repository (" + top + "); keep evidence in the repository, or give a link");
        }
        if (!Files.exists(resolved)) {
            return Optional.of("does not exist (a path is read from the plan folder, " + folder + ")");
        }
        try {
            // A link inside that leads outside is outside all the same.
            if (!resolved.toRealPath().startsWith(top.toRealPath())) {
                return Optional.of("leads outside the plan's repository (" + top + ") through a link; keep evidence in the repository");
            }
        } catch (java.io.IOException | SecurityException e) {
            return Optional.of("cannot be read (" + e.getMessage() + ")");
        }
        return Optional.empty();
    }

    private static String firstWritten(Assurance assurance, String id) {
        return assurance.assessments().stream().map(Assurance.Assessment::framework)
                .filter(f -> Code.same(f, id)).findFirst().orElse(id);
    }

    private static String keys(Assurance assurance) {
        return String.join(", ", assurance.scale().stream().map(Assurance.Rating::key).toList());
    }
}
