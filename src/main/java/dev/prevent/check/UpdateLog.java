package dev.prevent.check;

import dev.prevent.model.Action;
import dev.prevent.model.Code;
import dev.prevent.model.Diagnostic;
import dev.prevent.model.Rule;
import dev.prevent.model.Update;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * The progress log reads oldest first and nothing in it is dated after the as-of date;
 * the newest update's status agrees with the action's; a status kept beside a log is in it.
 */
final class UpdateLog implements PlanRule {

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        context.plan().actions().forEach(action -> {
            order(action, context.asOf(), report);
            statusAgreesWithNewestUpdate(action, report);
            statusIsInTheLog(action, report);
        });
    }

    private static void order(Action action, LocalDate asOf, Consumer<Diagnostic> report) {
        LocalDate previous = null;
        for (Update update : action.updates()) {
            LocalDate date = update.date();
            if (date == null) {
                continue;
            }
            if (previous != null && date.isBefore(previous)) {
                report.accept(new Diagnostic(Rule.UPDATE_ORDER, update.source().of("date"), "this update of action "
                        + action.id() + " (" + date + ") comes after a later one (" + previous
                        + "); keep updates oldest first"));
            }
            if (date.isAfter(asOf)) {
                // No record may be dated in the future: it would change the status on a day no one has reached.
                report.accept(new Diagnostic(Rule.FUTURE_UPDATE, update.source().of("date"), "this update of action "
                        + action.id() + " is dated " + date + ", after " + asOf + " (today, or --as-of); an update "
                        + "records what was known on its day, so date it the day it was written"));
            }
            previous = previous == null || date.isAfter(previous) ? date : previous;
        }
    }

    /**
     * The rule {@code unlogged-status}: an action keeps a log of dated notes but its status is in none of them, so the
     * status counts on every day, those before it was set too, and no paper can tell when it changed.
     */
    private static void statusIsInTheLog(Action action, Consumer<Diagnostic> report) {
        boolean dated = action.updates().stream().anyMatch(u -> u.date() != null);
        boolean statusLogged = action.updates().stream().anyMatch(u -> u.date() != null && u.status() != null && !u.status().isEmpty());
        if (action.status() != null && dated && !statusLogged) {
            report.accept(new Diagnostic(Rule.UNLOGGED_STATUS, action.source().of("status"), "the status of action " + action.id()
                    + " is '" + action.status() + "', but no update of its log gives it, so it counts on every day, before it "
                    + "was set too; record it with 'prevent update " + action.id() + " --status " + action.status()
                    + " --date DAY' for the day it was set"));
        }
    }

    /** The rule {@code stale-status}: the status field disagrees with the newest update (nothing to do with {@code --stale DAYS}). */
    private static void statusAgreesWithNewestUpdate(Action action, Consumer<Diagnostic> report) {
        action.lastUpdate().filter(u -> u.status() != null && !u.status().isEmpty()).ifPresent(newest -> {
            if (!Code.same(newest.status(), action.status())) {
                String current = action.status() == null ? "action " + action.id() + " has no status"
                        : "the status of action " + action.id() + " is '" + action.status() + "'";
                report.accept(new Diagnostic(Rule.STALE_STATUS, action.source().of("status"), current
                        + ", but its newest update (" + newest.date() + ") gives status '" + newest.status()
                        + "'; the status field was not changed with the update: set 'status' to match"));
            }
        });
    }
}
