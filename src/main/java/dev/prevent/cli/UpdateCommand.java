package dev.prevent.cli;

import dev.prevent.edit.PlanEditor;
import dev.prevent.exit.UserError;
import dev.prevent.exit.ExitCode;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code prevent update}: record progress on an action without editing YAML by hand. */
@Command(name = "update", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Record progress on an action: a status, a note, a new lead or timescale.",
        description = {"Record progress on an action. --status and --note add a dated entry to the action's updates and, "
                + "when it is the newest, set its status; --lead and --timescale replace those fields.",
                "The plan file is edited in place: only the changed values' lines change; comments, order, quoting, "
                        + "line endings and a byte-order mark stay. The edited plan is checked first, and nothing is "
                        + "written if the edit would give it an error. The diff of the edit is printed.",
                "With --lead CODE --interactive, goes through that agency's open actions one by one and asks for each."},
        footer = {"", "Examples:", "  prevent update 1.2 --status green --note \"Speakers booked for March\"",
                "  prevent update 2.1 --status 'On target' --date ${sys:prevent.uk-day:-01/12/2026} --dry-run",
                "  prevent update 3.1 --lead COLC --lead COLP --timescale 'Q4 ${sys:prevent.fy:-2026/27}' --commit",
                "  prevent update --lead COLP --interactive"})
final class UpdateCommand extends PlanCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ID", arity = "0..1", description = "The action, by its id as written in the plan (1.10 is not 1.1).")
    private String id;

    @Option(names = "--status", paramLabel = "S", description = "The new status: a key of the plan's scale, its label, or "
            + "its colour (green), in any case.")
    private String status;

    @ArgGroup(exclusive = true)
    private Note note;

    /** --note or --note-file, not both. */
    static final class Note {
        @Option(names = "--note", paramLabel = "TEXT", description = "What happened, in a sentence or more.")
        String text;

        @Option(names = "--note-file", paramLabel = "FILE", description = "The note from a file (UTF-8), for a longer one.")
        Path file;

        String read() {
            if (text != null) {
                return text;
            }
            try {
                return Files.readString(file, StandardCharsets.UTF_8).stripTrailing();
            } catch (CharacterCodingException e) {
                throw new UserError("the note file '" + file + "' is not UTF-8 text; save it as UTF-8 (in Notepad: File, Save as, "
                        + "Encoding UTF-8) and run again");
            } catch (IOException e) {
                throw new UserError("cannot read the note file '" + file + "': " + e.getMessage());
            }
        }
    }

    @Option(names = "--date", paramLabel = "DATE",
            description = "The day of the update (2026-12-01, ${sys:prevent.uk-day:-01/12/2026}) (default: today); with --interactive, of every answer.")
    private LocalDate date;

    @Option(names = "--lead", paramLabel = "CODE", description = "The new lead; repeat for a joint lead. With "
            + "--interactive, the agency whose actions to go through.")
    private List<String> leads = new ArrayList<>();

    @Option(names = "--timescale", paramLabel = "T", description = "The new timescale: ${sys:prevent.fy:-2026/27}, Q2 ${sys:prevent.fy:-2026/27}, 2027-03, ${sys:prevent.year-end:-31/03/2027} (a UK day), ongoing or a recurring word such as Quarterly.")
    private TypedWords.Timescale timescale;

    @Mixin
    private WriteOptions write;

    @Option(names = "--interactive", description = "Go through the open actions of --lead CODE, asking for each.")
    private boolean interactive;

    @Override
    public Integer call() {
        Path folder = planDir();
        if (interactive) {
            return new UpdateRound(folder, date, leads, write, prevent.colour(), out()).run();
        }
        if (id == null) {
            throw new UserError("name the action to update, e.g. 'prevent update 1.2 --status green' (or use --lead CODE --interactive)");
        }
        String text = note == null ? null : note.read();
        write.apply(() -> PlanEditor.of(folder, Today.date()).update(new PlanEditor.Request(id, status, text, date, leads,
                timescale == null ? null : timescale.written())), prevent.colour(), out());
        return ExitCode.OK.code();
    }
}
