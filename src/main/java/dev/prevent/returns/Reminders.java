package dev.prevent.returns;

import dev.prevent.exit.UserError;
import dev.prevent.model.Action;
import dev.prevent.model.Agency;
import dev.prevent.model.Plan;
import dev.prevent.output.OutputFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code prevent remind}: a draft reminder to each agency whose form in a round's folder has not been read, written
 * beside the forms ({@code COLP progress return 2026-12-10 reminder 2026-12-07.eml}), never over one.
 */
public final class Reminders {

    private Reminders() {
    }

    /** One reminder: to whom, for which form, into which file, with the agency's actions overdue today. */
    public record Reminder(Outstanding.Waiting waiting, Agency agency, Path file, List<Action> overdue) {
    }

    /**
     * The reminders of a round.
     *
     * @param replies   the forms and who has not replied, as {@code returns --outstanding} says
     * @param reminders one for each agency that has not replied and is still an agency of the plan
     * @param gone      the codes of agencies that have not replied but are no longer in the plan
     */
    public record Round(Outstanding.Replies replies, List<Reminder> reminders, List<String> gone) {
    }

    /**
     * The reminders the round in {@code folder} needs on {@code today}.
     *
     * @throws UserError (exit 2) when the folder cannot be read or holds no form
     */
    public static Round of(Path folder, Plan plan, LocalDate today) {
        Outstanding.Replies replies = Outstanding.in(folder, plan, today);
        List<Reminder> reminders = new ArrayList<>();
        List<String> gone = new ArrayList<>();
        for (Outstanding.Waiting waiting : replies.waiting()) {
            Optional<Agency> agency = plan.agency(waiting.code());
            if (agency.isEmpty()) {
                gone.add(waiting.code());
                continue;
            }
            List<Action> overdue = plan.actions().filter(a -> a.lead().stream().anyMatch(agency.get()::matches))
                    .filter(a -> a.overdueOn(today, plan)).toList();
            String name = waiting.form().getFileName().toString().replaceAll("\\.[A-Za-z]+$", "");
            reminders.add(new Reminder(waiting, agency.get(), folder.resolve(name + " reminder " + today + ".eml"), overdue));
        }
        return new Round(replies, reminders, gone);
    }

    /**
     * Writes each reminder's draft, once none of their files is there already.
     *
     * @throws UserError (exit 2) naming a draft that is there already (reminded today?): then nothing is written
     */
    public static void write(Round round, Plan plan, LocalDate today) {
        for (Reminder reminder : round.reminders()) {
            if (Files.exists(reminder.file())) {
                throw new UserError(reminder.file() + " is there already (reminded today?); nothing was written");
            }
        }
        for (Reminder reminder : round.reminders()) {
            OutputFile.write(reminder.file(), ProgressEmail.reminder(reminder.agency(), plan, reminder.waiting().form(),
                    reminder.waiting().meeting(), reminder.waiting().due(), reminder.overdue(), today));
        }
    }
}
