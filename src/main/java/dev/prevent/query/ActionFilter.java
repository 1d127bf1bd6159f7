package dev.prevent.query;

import dev.prevent.exit.UserError;
import dev.prevent.model.Action;
import dev.prevent.model.Agency;
import dev.prevent.model.Code;
import dev.prevent.model.DidYouMean;
import dev.prevent.model.Objective;
import dev.prevent.model.Plan;
import dev.prevent.model.Status;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which actions to show: values of one kind are alternatives (any of these leads), kinds narrow each
 * other (this lead and that status). An empty kind does not filter.
 *
 * @param statuses status keys, or {@link #NOT_ASSESSED} for actions with no status
 * @param dueBefore only actions due strictly before this day, or null
 * @param staleDays only actions not closed whose newest update by the as-of date is older than this many days
 *                  before it (or that have none), or null: a closed action is never stale
 */
public record ActionFilter(List<String> leads, List<String> statuses, List<String> objectives, boolean overdue,
        LocalDate dueBefore, Integer staleDays) {

    /** The status word that selects actions not yet assessed. */
    public static final String NOT_ASSESSED = "none";

    /** Every action of some agencies and objectives, whatever its status or date (a report of part of the plan). */
    public static ActionFilter scope(List<String> leads, List<String> objectives) {
        return new ActionFilter(leads, List.of(), objectives, false, null, null);
    }

    public ActionFilter {
        leads = List.copyOf(leads);
        statuses = List.copyOf(statuses);
        objectives = List.copyOf(objectives);
    }

    /**
     * The actions of the plan that match, in plan order.
     *
     * @throws UserError (exit 2) naming the plan's codes when a lead, status or objective given is not in the plan
     */
    public List<Action> select(Plan plan, LocalDate asOf) {
        requireKnown(plan);
        Predicate<Action> matches = a -> true;
        if (!leads.isEmpty()) {
            matches = matches.and(a -> leads.stream().anyMatch(a::isLedBy));
        }
        if (!statuses.isEmpty()) {
            matches = matches.and(a -> statuses.stream().anyMatch(s -> Code.same(s, NOT_ASSESSED)
                    ? a.statusOn(asOf) == null : Code.same(s, a.statusOn(asOf))));
        }
        if (!objectives.isEmpty()) {
            matches = matches.and(a -> objectives.contains(a.objectiveId()));
        }
        if (overdue) {
            matches = matches.and(a -> Overdue.on(asOf, a, plan));
        }
        if (dueBefore != null) {
            matches = matches.and(a -> a.due().map(d -> d.isBefore(dueBefore)).orElse(false));
        }
        if (staleDays != null) {
            // Past the first day the calendar has, every action is stale: no arithmetic overflow reaches the user.
            LocalDate since = staleDays >= ChronoUnit.DAYS.between(LocalDate.MIN, asOf) ? LocalDate.MIN
                    : asOf.minusDays(staleDays);
            matches = matches.and(a -> a.openOn(asOf, plan))
                    .and(a -> a.lastUpdate(asOf).map(u -> u.date().isBefore(since)).orElse(true));
        }
        return plan.actions().filter(matches).toList();
    }

    private void requireKnown(Plan plan) {
        List<String> codes = plan.agencies().stream().map(Agency::code).toList();
        for (String lead : leads) {
            if (plan.agency(lead).isEmpty()) {
                throw new UserError("no agency '" + lead + "' in this plan"
                        + DidYouMean.phrase(plan.closestAgency(lead))
                        + "; the agencies are " + String.join(", ", codes));
            }
        }
        List<String> keys = new ArrayList<>(plan.statuses().stream().map(Status::key).toList());
        for (String status : statuses) {
            if (!Code.same(status, NOT_ASSESSED) && plan.status(status).isEmpty()) {
                throw new UserError("no status '" + status + "' in this plan" + DidYouMean.suggestion(status, keys)
                        + "; the statuses are " + String.join(", ", keys) + ", or " + NOT_ASSESSED + " for not assessed");
            }
        }
        Set<String> ids = Set.copyOf(plan.objectives().stream().map(Objective::id).toList());
        for (String objective : objectives) {
            if (!ids.contains(objective)) {
                throw new UserError("no objective '" + objective + "' in this plan; the objectives are "
                        + String.join(", ", plan.objectives().stream().map(Objective::id).toList()));
            }
        }
        if (staleDays != null && staleDays < 0) {
            throw new UserError("--stale takes a number of days, 0 or more");
        }
    }
}
