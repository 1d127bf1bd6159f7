package dev.prevent.cli;

import dev.prevent.exit.ExitCode;
import dev.prevent.exit.UserError;
import dev.prevent.model.Plan;
import dev.prevent.output.LongDate;
import dev.prevent.output.OutputFile;
import dev.prevent.output.Visible;
import dev.prevent.returns.FormFormat;
import dev.prevent.returns.ProgressEmail;
import dev.prevent.returns.ProgressRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code prevent request}: a progress return form for each lead agency, to send before a meeting. */
@Command(name = "request", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Make a progress return form (Excel) for each lead agency, to send before a meeting.",
        description = {"One form per lead agency (or those named with --lead) holding its open actions: what each is and where "
                + "it stands, then three yellow cells to fill in: the new status (a drop-down of the plan's statuses), a "
                + "progress note and the day. Only those cells can be changed. Send each form to its agency; read the "
                + "filled forms back with prevent returns."},
        footer = {"", "Examples:", "  prevent request --meeting ${sys:prevent.uk-day:-01/12/2026}",
                "  prevent request --lead POLICE --due ${sys:prevent.uk-day:-01/12/2026} --into returns --eml",
                "  prevent returns returns/*.xlsx --dry-run"})
final class RequestCommand extends PlanCommand implements Callable<Integer> {

    @Option(names = "--lead", paramLabel = "CODE", description = "Only this agency's form; repeat for several (default: every "
            + "agency that leads an open action).")
    private List<String> leads = new ArrayList<>();

    @Option(names = "--meeting", paramLabel = "DATE", description = "The working group meeting the returns are for; each "
            + "update is dated on it unless the partner gives another day (default: the plan's next listed meeting, else in 14 days).")
    private LocalDate meeting;

    @Option(names = "--due", paramLabel = "DATE", description = "When the forms are to come back (default: a week before the meeting).")
    private LocalDate due;

    @Option(names = "--return-to", paramLabel = "WHO", description = "Who the forms go back to, as the form says (default: "
            + "plan.yaml's owner).")
    private String returnTo;

    @Option(names = "--format", paramLabel = "FORMAT", description = "xlsx (an Excel form, the default) or docx (a Word form, "
            + "for partners who only open Word).")
    private FormFormat format = FormFormat.XLSX;

    @Option(names = "--eml", description = "Beside each form, a draft email to the agency's contact (plan.yaml's agency "
            + "email) with the form attached, to open in Outlook or Thunderbird, check and send.")
    private boolean eml;

    @Option(names = "--into", paramLabel = "DIR", description = "The folder for the forms (default: returns-MEETING, e.g. "
            + "returns-2026-12-10).")
    private Path into;

    @Override
    public Integer call() {
        LocalDate today = Today.date();
        Plan plan = validPlan(today);
        ProgressRequest.Schedule schedule = ProgressRequest.Schedule.of(plan, meeting, due, returnTo, today);
        LocalDate day = schedule.meeting();
        LocalDate back = schedule.due();
        String who = schedule.returnTo();
        Path folder = into != null ? into : Path.of("returns-" + day);
        List<ProgressRequest.Form> forms = ProgressRequest.of(plan, leads, day, back, today, who, format);
        for (ProgressRequest.Form form : forms) {
            if (Files.exists(folder.resolve(form.file())) || eml && Files.exists(folder.resolve(form.draftFile()))) {
                throw new UserError(folder.resolve(form.file()) + " is there already (a form sent before, or one come back?); "
                        + "nothing was written. Give another folder with --into DIR");
            }
            // Code.inFileName keeps a form in its folder whatever plan.yaml holds; checked before anything is written.
            if (!folder.resolve(form.file()).toAbsolutePath().normalize().getParent().equals(folder.toAbsolutePath().normalize())) {
                throw new UserError("the form of " + form.agency().code() + " would be written outside " + folder + "; nothing was written");
            }
        }
        var out = out();
        OutputFile.folder(folder);
        for (ProgressRequest.Form form : forms) {
            Path file = folder.resolve(form.file());
            OutputFile.write(file, form.bytes());
            out.println("wrote " + Visible.line(file.toString()) + " (" + form.actions() + (form.actions() == 1 ? " action" : " actions")
                    + " led by " + Visible.line(form.agency().name()) + ")");
            if (eml) {
                Path draft = folder.resolve(form.draftFile());
                OutputFile.write(draft, ProgressEmail.draft(form, plan, day, back, who));
                out.println("wrote " + Visible.line(draft.toString()) + " (a draft to " + (form.agency().email() == null
                        ? "no one: plan.yaml has no email for " + form.agency().code() + "; add the address in the draft)"
                        : Visible.line(form.agency().email()) + ")"));
            }
        }
        out.println("Send each form to its agency, to come back by " + LongDate.of(back) + " for the meeting on " + LongDate.of(day)
                + ". Then: prevent returns " + folder + "/*.xlsx (see who has not replied: prevent returns --outstanding " + folder + ")");
        out.flush();
        return ExitCode.OK.code();
    }
}
