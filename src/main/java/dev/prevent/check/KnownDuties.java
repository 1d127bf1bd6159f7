package dev.prevent.check;

import dev.prevent.model.Action;
import dev.prevent.model.Diagnostic;
import dev.prevent.model.DidYouMean;
import dev.prevent.model.Duty;
import dev.prevent.model.Framework;
import dev.prevent.model.Plan;
import dev.prevent.model.Risk;
import dev.prevent.model.Rule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What actions serve is what plan.yaml declares, and everything declared is served. For every framework (the toolkit's
 * duty areas and those under {@code frameworks:}): an item or framework an action names must be declared
 * ({@code unknown-duty}), and every item must be served by some action ({@code uncovered-duty}). For the local risk
 * priorities: a risk an action names must be listed ({@code unknown-risk}), and every risk must be addressed by an open
 * action ({@code unaddressed-risk}, worst-rated first). A plan that declares none of them is checked for none.
 */
final class KnownDuties implements PlanRule {

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        Plan plan = context.plan();
        List<Framework> frameworks = plan.allFrameworks();
        List<String> frameworkIds = frameworks.stream().map(Framework::id).toList();
        Map<String, Set<String>> served = new HashMap<>();
        Set<String> addressed = new HashSet<>();
        List<String> riskKeys = plan.risks().stream().map(Risk::key).toList();
        plan.actions().forEach(action -> {
            toolkit(plan, action, served, report);
            action.serves().forEach((id, keys) -> {
                var framework = plan.framework(id);
                if (framework.isEmpty()) {
                    report.accept(new Diagnostic(Rule.UNKNOWN_DUTY, action.source().of("serves." + id), "framework '" + id
                            + "' in the 'serves' of action " + action.id() + " is not declared in plan.yaml"
                            + DidYouMean.suggestion(id, frameworkIds) + (frameworkIds.isEmpty()
                            ? "; declare it under 'frameworks:'" : "; the frameworks are " + String.join(", ", frameworkIds))));
                    return;
                }
                items(framework.get(), action, keys, "serves." + id, served, report);
            });
            boolean open = action.openOn(context.asOf(), plan);
            for (int i = 0; i < action.risks().size(); i++) {
                String key = action.risks().get(i);
                var risk = plan.risk(key);
                if (risk.isPresent()) {
                    if (open) {
                        addressed.add(risk.get().key());
                    }
                } else if (!key.isEmpty()) {
                    report.accept(new Diagnostic(Rule.UNKNOWN_RISK, action.source().of("risks[" + i + "]"), "risk '" + key
                            + "' of action " + action.id() + " is not listed in plan.yaml's risks" + DidYouMean.suggestion(key, riskKeys)
                            + (riskKeys.isEmpty() ? "; list the local risk priorities under 'risks:' in plan.yaml"
                            : "; the risks are " + String.join(", ", riskKeys))));
                }
            }
        });
        for (Framework framework : frameworks) {
            Set<String> keys = served.getOrDefault(framework.id(), Set.of());
            boolean toolkit = framework.id().equals(Framework.TOOLKIT);
            for (Duty item : framework.items()) {
                if (!keys.contains(item.key())) {
                    report.accept(new Diagnostic(Rule.UNCOVERED_DUTY, plan.source().of(toolkit ? "duties." + item.key()
                            : "frameworks." + framework.id() + "." + item.key()), toolkit
                            ? "no action serves the duty area '" + item.key() + "' (" + item.name() + "); add one, or name this area in the "
                            + "'duties' of an action that serves it"
                            : "no action serves item '" + item.key() + "' (" + item.name() + ") of framework '" + framework.id()
                            + "'; add one, or name it in the 'serves: {" + framework.id() + ": [...]}' of an action that serves it"));
                }
            }
        }
        List<Risk> unaddressed = new ArrayList<>(plan.risks().stream().filter(r -> !addressed.contains(r.key())).toList());
        unaddressed.sort(Comparator.comparingInt(Risk::rank));
        for (Risk risk : unaddressed) {
            report.accept(new Diagnostic(Rule.UNADDRESSED_RISK, plan.source().of("risks." + risk.key()), "no open action addresses "
                    + "the risk '" + risk.key() + "' (" + risk.name() + (risk.rating() == null ? "" : ", rated " + risk.rating())
                    + "); add one, or name it in the 'risks' of an action that responds to it"));
        }
    }

    private static void toolkit(Plan plan, Action action, Map<String, Set<String>> served, Consumer<Diagnostic> report) {
        List<String> keys = plan.duties().stream().map(Duty::key).toList();
        for (int i = 0; i < action.duties().size(); i++) {
            String key = action.duties().get(i);
            var duty = plan.duty(key);
            if (duty.isPresent()) {
                served.computeIfAbsent(Framework.TOOLKIT, k -> new HashSet<>()).add(duty.get().key());
            } else if (!key.isEmpty()) {
                report.accept(new Diagnostic(Rule.UNKNOWN_DUTY, action.source().of("duties[" + i + "]"), "duty area '" + key
                        + "' of action " + action.id() + " is not declared in plan.yaml's duties"
                        + DidYouMean.suggestion(key, keys) + (keys.isEmpty() ? "; declare the areas the plan must cover "
                        + "under 'duties:' in plan.yaml" : "; the areas are " + String.join(", ", keys))));
            }
        }
    }

    private static void items(Framework framework, Action action, List<String> keys, String where, Map<String, Set<String>> served,
            Consumer<Diagnostic> report) {
        List<String> known = framework.items().stream().map(Duty::key).toList();
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            var item = framework.item(key);
            if (item.isPresent()) {
                served.computeIfAbsent(framework.id(), k -> new HashSet<>()).add(item.get().key());
            } else if (!key.isEmpty()) {
                report.accept(new Diagnostic(Rule.UNKNOWN_DUTY, action.source().of(where + "[" + i + "]"), "item '" + key
                        + "' of framework '" + framework.id() + "' in the 'serves' of action " + action.id() + " is not declared in "
                        + "plan.yaml" + DidYouMean.suggestion(key, known) + "; its items are " + String.join(", ", known)));
            }
        }
    }
}
