package dev.prevent.check;

import dev.prevent.model.Diagnostic;
import dev.prevent.model.Rule;
import java.util.function.Consumer;

/** An objective with no actions is probably unfinished. */
final class EmptyObjectives implements PlanRule {

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        context.plan().objectives().stream()
                .filter(o -> o.actions().isEmpty() && o.source().has("actions"))
                .forEach(o -> report.accept(new Diagnostic(Rule.EMPTY_OBJECTIVE, o.source().of("actions"), "objective "
                        + o.id() + " has no actions yet")));
    }
}
