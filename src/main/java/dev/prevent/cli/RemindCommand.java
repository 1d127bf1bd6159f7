package dev.prevent.cli;

import dev.prevent.exit.ExitCode;
import dev.prevent.exit.UserError;
import dev.prevent.model.Action;
import dev.prevent.model.Agency;
import dev.prevent.model.Plan;
import dev.prevent.output.LongDate;
import dev.prevent.output.OutputFile;
import dev.prevent.output.Visible;
import dev.prevent.returns.Outstanding;
import dev.prevent.returns.ProgressEmail;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

    /** One reminder to write: to whom, into which file, with which overdue actions. */
    private record Reminder(Outstanding.Waiting waiting, Agency agency, Path file, List<Action> overdue) {
    }

    @Override
    public Integer call() {
        LocalDate today = Today.date();
        Plan plan = validPlan(today);
        Outstanding.Replies replies = Outstanding.in(folder, plan, today);
        var out = out();
        replies.unreadable().forEach(why -> out.println("not a form: " + Visible.line(why)));
        List<Reminder> reminders = new ArrayList<>();
        for (Outstanding.Waiting waiting : replies.waiting()) {
            Optional<Agency> agency = plan.agency(waiting.code());
            if (agency.isEmpty()) {
                out.println(Visible.line(waiting.code()) + ": no longer an agency of the plan, so it is not reminded");
                continue;
            }
            List<Action> overdue = plan.actions().filter(a -> a.lead().stream().anyMatch(agency.get()::matches))
                    .filter(a -> a.overdueOn(today, plan)).toList();
            String name = waiting.form().getFileName().toString().replaceAll("\\.[A-Za-z]+$", "");
            reminders.add(new Reminder(waiting, agency.get(), folder.resolve(name + " reminder " + today + ".eml"), overdue));
        }
        if (!dryRun) {
            for (Reminder reminder : reminders) {
                if (Files.exists(reminder.file())) {
                    throw new UserError(reminder.file() + " is there already (reminded today?); nothing was written");
                }
            }
        }
        for (Reminder reminder : reminders) {
            Agency agency = reminder.agency();
            String to = agency.email() == null ? "no one: plan.yaml has no email for " + agency.code() + "; add the address in the draft"
                    : Visible.line(agency.email());
            String about = (reminder.waiting().due() == null ? "" : "due " + LongDate.of(reminder.waiting().due()) + "; ")
                    + (reminder.overdue().isEmpty() ? "no action overdue" : reminder.overdue().size() + " overdue: "
                    + String.join(", ", reminder.overdue().stream().map(Action::id).toList()));
            if (dryRun) {
                out.println(agency.code() + " " + Visible.line(agency.name()) + ": would be reminded (" + to + "; " + about + ")");
                continue;
            }
            OutputFile.write(reminder.file(), ProgressEmail.reminder(agency, plan, reminder.waiting().form(), reminder.waiting().meeting(),
                    reminder.waiting().due(), reminder.overdue(), today));
            out.println("wrote " + Visible.line(reminder.file().toString()) + " (a reminder to " + to + "; " + about + ")");
        }
        out.println(reminders.size() + " of " + replies.forms() + (replies.forms() == 1 ? " form has" : " forms have")
                + " not come back" + (reminders.isEmpty() ? "; no one to remind" : dryRun ? "; nothing was written (--dry-run)"
                : "; open each draft, check it, and send it"));
        out.flush();
        return ExitCode.OK.code();
    }
}
