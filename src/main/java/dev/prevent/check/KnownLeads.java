package dev.prevent.check;

import dev.prevent.model.Agency;
import dev.prevent.model.DidYouMean;
import dev.prevent.model.Diagnostic;
import dev.prevent.model.Plan;
import dev.prevent.model.Rule;
import java.util.List;
import java.util.function.Consumer;

/** Every lead names an agency of plan.yaml; an action with no lead is a gap worth a warning. */
final class KnownLeads implements PlanRule {

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        Plan plan = context.plan();
        List<String> codes = plan.agencies().stream().map(Agency::code).toList();
        plan.actions().forEach(action -> {
            if (action.lead().isEmpty()) {
                report.accept(new Diagnostic(Rule.MISSING_LEAD, action.source().at(), "action " + action.id()
                        + " has no lead; name the agency that leads it (one of " + String.join(", ", codes) + ")"));
            }
            for (int i = 0; i < action.lead().size(); i++) {
                String code = action.lead().get(i);
                // Without agencies (no plan.yaml, or none listed: reported already) every lead would be unknown.
                if (!codes.isEmpty() && plan.agency(code).isEmpty() && !code.isEmpty()) {
                    report.accept(new Diagnostic(Rule.UNKNOWN_LEAD, action.source().of("lead[" + i + "]"), "lead '"
                            + code + "' of action " + action.id() + " is not an agency of plan.yaml"
                            + DidYouMean.phrase(plan.closestAgency(code))
                            + "; the agencies are " + String.join(", ", codes)));
                }
            }
        });
    }
}
