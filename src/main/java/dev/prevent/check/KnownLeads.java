package dev.prevent.check;

import dev.prevent.model.Action;
import dev.prevent.model.Agency;
import dev.prevent.model.Code;
import dev.prevent.model.DidYouMean;
import dev.prevent.model.Diagnostic;
import dev.prevent.model.Plan;
import dev.prevent.model.Rule;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Every lead names an agency of plan.yaml; an action with no lead is a gap worth a warning. Linear in the plan: each
 * lead is looked up by its key, a suggestion is worked out once per distinct unknown word, and the agencies are
 * listed in the first message of each rule only (a plan of a thousand unknown leads must not print the list a
 * thousand times: validate runs on untrusted pull requests).
 */
final class KnownLeads implements PlanRule {

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        Plan plan = context.plan();
        List<String> codes = plan.agencies().stream().map(Agency::code).toList();
        Set<String> known = new HashSet<>();
        codes.forEach(code -> known.add(Code.key(code)));
        Map<String, String> suggestions = new HashMap<>();
        String agencies = String.join(", ", codes);
        boolean missingListed = false;
        boolean unknownListed = false;
        for (Action action : plan.actions().toList()) {
            if (action.lead().isEmpty()) {
                report.accept(new Diagnostic(Rule.MISSING_LEAD, action.source().at(), "action " + action.id()
                        + " has no lead; name the agency that leads it" + (missingListed ? "" : " (one of " + agencies + ")")));
                missingListed = true;
            }
            for (int i = 0; i < action.lead().size(); i++) {
                String code = action.lead().get(i);
                // Without agencies (no plan.yaml, or none listed: reported already) every lead would be unknown.
                if (!codes.isEmpty() && !code.isBlank() && !known.contains(Code.key(code))) {
                    String suggestion = suggestions.computeIfAbsent(code, word -> DidYouMean.phrase(plan.closestAgency(word)));
                    report.accept(new Diagnostic(Rule.UNKNOWN_LEAD, action.source().of("lead[" + i + "]"), "lead '"
                            + code + "' of action " + action.id() + " is not an agency of plan.yaml" + suggestion
                            + (unknownListed ? "" : "; the agencies are " + agencies)));
                    unknownListed = true;
                }
            }
        }
    }
}
