package dev.prevent.report;

import dev.prevent.model.Action;
import dev.prevent.model.Assurance;
import dev.prevent.model.Duty;
import dev.prevent.model.Framework;
import dev.prevent.model.Plan;
import dev.prevent.model.Risk;
import dev.prevent.model.Status;
import dev.prevent.query.Trend;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the assurance paper's view from a valid plan: every framework that assurance.yaml assesses (or, with none
 * assessed, every framework, all unrated), and the local risk priorities. Actions are looked up by id once.
 */
public final class AssuranceModel {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private AssuranceModel() {
    }

    /**
     * The paper as of {@code asOf}, made at {@code made}; {@code then}, when given, is the plan as it was at the
     * assessment compared with (named {@code since}), whose ratings and statuses give what changed and each action's trend.
     */
    public static AssuranceView.Paper of(Plan plan, LocalDate asOf, String made, String since, Optional<Plan> then) {
        Assurance assurance = plan.assurance();
        Map<String, Action> actions = new HashMap<>();
        plan.actions().forEach(a -> actions.putIfAbsent(a.id(), a));
        Map<String, Action> actionsThen = new HashMap<>();
        then.ifPresent(p -> p.actions().forEach(a -> actionsThen.putIfAbsent(a.id(), a)));
        List<AssuranceView.Rating> scale = scale(assurance);
        List<Framework> assessed = plan.allFrameworks().stream()
                .filter(f -> assurance.isEmpty() || assurance.assessments().stream().anyMatch(a -> f.matches(a.framework()))).toList();
        List<AssuranceView.Framework> frameworks = new ArrayList<>();
        int gaps = 0;
        int items = 0;
        for (Framework framework : assessed) {
            List<AssuranceView.Item> rows = new ArrayList<>();
            int unrated = 0;
            int below = 0;
            int[] counts = new int[scale.size()];
            for (Duty item : framework.items()) {
                Optional<Assurance.Assessment> assessment = assurance.of(framework.id(), item.key());
                AssuranceView.Rating rating = assessment.map(a -> assurance.rank(a.rating())).filter(r -> r >= 0).map(scale::get).orElse(null);
                boolean gap = rating == null || rating.gap();
                if (rating == null) {
                    unrated++;
                } else {
                    counts[scale.indexOf(rating)]++;
                }
                if (gap) {
                    below++;
                }
                String change = then.map(p -> change(assurance, p.assurance(), framework.id(), item.key(), since)).orElse(null);
                rows.add(new AssuranceView.Item(item.key(), item.name(), rating,
                        assessment.map(a -> a.date() == null ? null : a.date().format(DAY)).orElse(null),
                        assessment.map(Assurance.Assessment::assessor).orElse(null),
                        assessment.map(Assurance.Assessment::comment).orElse(null),
                        assessment.map(a -> a.actions().stream().filter(actions::containsKey)
                                .map(id -> evidence(plan, actions.get(id), asOf, then, actionsThen)).toList()).orElse(List.of()),
                        assessment.map(a -> a.documents().stream().map(d -> new AssuranceView.Document(d, isLink(d))).toList()).orElse(List.of()),
                        gap, assessment.map(a -> a.staleOn(asOf)).orElse(false), change));
            }
            List<AssuranceView.Count> tally = new ArrayList<>();
            for (int i = 0; i < scale.size(); i++) {
                tally.add(new AssuranceView.Count(scale.get(i), counts[i]));
            }
            gaps += below;
            items += rows.size();
            frameworks.add(new AssuranceView.Framework(framework.id(), framework.name(), source(framework), rows, tally, unrated, below));
        }
        // The actions responding to each risk, found in one pass over the plan.
        Map<String, List<Action>> byRisk = new HashMap<>();
        plan.actions().forEach(action -> action.risks().stream().map(plan::risk).flatMap(Optional::stream).distinct()
                .forEach(risk -> byRisk.computeIfAbsent(risk.key(), k -> new ArrayList<>()).add(action)));
        List<AssuranceView.Risk> risks = plan.risks().stream().sorted(Comparator.comparingInt(Risk::rank)).map(risk -> {
            List<Action> responding = byRisk.getOrDefault(risk.key(), List.of());
            boolean addressed = responding.stream().anyMatch(a -> a.openOn(asOf, plan));
            return new AssuranceView.Risk(risk.key(), risk.name(), risk.rating(), risk.reference(),
                    responding.stream().map(a -> evidence(plan, a, asOf, then, actionsThen)).toList(), addressed);
        }).toList();
        return new AssuranceView.Paper(new AssuranceView.Head(plan.title(), plan.period(), plan.marking()), asOf.format(DAY), made,
                since, scale, frameworks, risks, gaps, items);
    }

    /** The scale with a symbol each: ✗ at the bottom, ½ between it and met, ✓ for met, ★ above. */
    static List<AssuranceView.Rating> scale(Assurance assurance) {
        int met = Math.max(0, assurance.rank(assurance.met()));
        List<AssuranceView.Rating> scale = new ArrayList<>();
        for (int i = 0; i < assurance.scale().size(); i++) {
            Assurance.Rating rating = assurance.scale().get(i);
            String symbol = i < met ? (i == 0 ? "✗" : "½") : i == met ? "✓" : "★";
            scale.add(new AssuranceView.Rating(rating.key(), rating.label(), symbol, i < met));
        }
        return scale;
    }

    private static AssuranceView.Evidence evidence(Plan plan, Action action, LocalDate asOf, Optional<Plan> then,
            Map<String, Action> actionsThen) {
        String key = action.statusOn(asOf);
        Optional<Status> status = plan.status(key);
        String trend = then.map(p -> {
            Action before = actionsThen.get(action.id());
            return before == null ? Trend.NEW.arrow() : Trend.between(plan, before.status(), key).arrow();
        }).orElse(null);
        return new AssuranceView.Evidence(action.id(), action.heading(), status.map(Status::label).orElse("not assessed"),
                status.map(Status::colour).orElse(null), action.overdueOn(asOf, plan),
                action.due().map(d -> d.format(DAY)).orElse(null), trend);
    }

    /** What changed in an item's assessment since the plan {@code then}: its rating, in words; null when nothing did. */
    private static String change(Assurance now, Assurance then, String framework, String item, String since) {
        Optional<Assurance.Assessment> before = then.of(framework, item);
        Optional<Assurance.Assessment> after = now.of(framework, item);
        String was = before.map(Assurance.Assessment::rating).flatMap(then::rating).map(Assurance.Rating::label).orElse(null);
        String is = after.map(Assurance.Assessment::rating).flatMap(now::rating).map(Assurance.Rating::label).orElse(null);
        if (was == null && is == null) {
            return null;
        }
        if (was == null) {
            return "first rated since " + since;
        }
        if (is == null) {
            return "was " + was + " at " + since + "; no longer rated";
        }
        if (was.equals(is)) {
            return before.map(Assurance.Assessment::date).equals(after.map(Assurance.Assessment::date)) ? null
                    : "reassessed since " + since + ", still " + is;
        }
        return "was " + was + " at " + since;
    }

    private static String source(Framework framework) {
        List<String> parts = new ArrayList<>();
        if (framework.title() != null) {
            parts.add(framework.title());
        }
        if (framework.issuer() != null) {
            parts.add(framework.issuer());
        }
        if (framework.date() != null) {
            parts.add(framework.date().format(DAY));
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    private static boolean isLink(String document) {
        String lower = document.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }
}
