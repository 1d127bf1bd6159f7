package dev.prevent.cli;

import dev.prevent.exit.ExitCode;
import dev.prevent.model.Action;
import dev.prevent.model.Agency;
import dev.prevent.model.Plan;
import dev.prevent.output.LongDate;
import dev.prevent.output.Visible;
import dev.prevent.returns.Outstanding;
import dev.prevent.returns.Reminders;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code prevent remind}: a draft reminder to each agency whose progress return has not come back. */
@Command(name = "remind", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Draft a reminder to each agency whose progress return has not come back.",
        description = {"For each form in DIR (the folder prevent request wrote) that prevent returns has not read, a draft email "
                + "(.eml, opened by Outlook and Thunderbird as a draft to check and send) to the agency's contact: its form "
                + "attached again, the day it was due, and the actions it leads that are overdue today. The drafts are written "
                + "into DIR. When plan.yaml names a contact, each draft is from that address and asks for replies to it.",
                "--dry-run lists who would be reminded and writes nothing."},
        footer = {"", "Examples:", "  prevent remind returns-2026-12-10 --dry-run", "  prevent remind returns-2026-12-10"})
final class RemindCommand extends PlanCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "The folder of the round's forms, as prevent request wrote it.")
    private Path folder;

    @Option(names = {"-n", "--dry-run"}, description = "List who would be reminded; write nothing.")
    private boolean dryRun;

    @Override
    public Integer call() {
        LocalDate today = Today.date();
        Plan plan = validPlan(today);
        Reminders.Round round = Reminders.of(folder, plan, today);
        var out = out();
        round.replies().unreadable().forEach(why -> out.println("not a form: " + Visible.line(why)));
        round.gone().forEach(code -> out.println(Visible.line(code) + ": no longer an agency of the plan, so it is not reminded"));
        if (!dryRun) {
            Reminders.write(round, plan, today);
        }
        for (Reminders.Reminder reminder : round.reminders()) {
            Agency agency = reminder.agency();
            String to = agency.email() == null ? "no one: plan.yaml has no email for " + agency.code() + "; add the address in the draft"
                    : Visible.line(agency.email());
            String about = (reminder.waiting().due() == null ? "" : "due " + LongDate.of(reminder.waiting().due()) + "; ")
                    + (reminder.overdue().isEmpty() ? "no action overdue" : reminder.overdue().size() + " overdue: "
                    + String.join(", ", reminder.overdue().stream().map(Action::id).toList()));
            out.println(dryRun ? agency.code() + " " + Visible.line(agency.name()) + ": would be reminded (" + to + "; " + about + ")"
                    : "wrote " + Visible.line(reminder.file().toString()) + " (a reminder to " + to + "; " + about + ")");
        }
        List<Reminders.Reminder> reminders = round.reminders();
        Outstanding.Replies replies = round.replies();
        out.println(reminders.size() + " of " + replies.forms() + (replies.forms() == 1 ? " form has" : " forms have")
                + " not come back" + (reminders.isEmpty() ? "; no one to remind" : dryRun ? "; nothing was written (--dry-run)"
                : "; open each draft, check it, and send it"));
        out.flush();
        return ExitCode.OK.code();
    }
}
