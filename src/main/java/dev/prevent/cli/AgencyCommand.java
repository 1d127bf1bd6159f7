package dev.prevent.cli;

import dev.prevent.edit.PlanEditor;
import dev.prevent.exit.ExitCode;
import dev.prevent.exit.UserError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code prevent agency rename|merge}: an agency's code put right in plan.yaml and every lead, in one change. */
@Command(name = "agency", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Rename an agency, or merge several into one, in plan.yaml and every lead at once.",
        description = {"rename OLD NEW changes the agency's code in plan.yaml and in the lead of every action that names it; "
                + "--name gives it a new full name too.",
                "merge A B... --into NEW --name TEXT makes the agencies one: plan.yaml keeps one entry, NEW, where the first "
                        + "of them was, and every lead that named any of them names NEW, once.",
                "Each is one change, checked before anything is written, its diff shown: --dry-run, --commit. It works on a plan "
                        + "that has errors already (a lead no agency matches, say), and is refused only when it would add one."},
        footer = {"", "Examples:", "  prevent agency rename LC POLICE --name \"Lancashire Constabulary\"",
                "  prevent agency merge HR OD --into HROD --name \"HR & Organisational Development\" --dry-run"})
final class AgencyCommand extends PlanCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "rename|merge", description = "What to do.")
    private String verb;

    @Parameters(index = "1..*", paramLabel = "CODE", description = "rename: the old code and the new one; merge: the agencies to merge.")
    private List<String> codes = new ArrayList<>();

    @Option(names = "--into", paramLabel = "CODE", description = "merge: the code of the agency they become.")
    private String into;

    @Option(names = "--name", paramLabel = "TEXT", description = "The agency's full name (rename: optional; merge: needed).")
    private String name;

    @Mixin
    private WriteOptions write;

    @Override
    public Integer call() {
        switch (verb.toLowerCase(Locale.ROOT)) {
            case "rename" -> {
                if (codes.size() != 2 || into != null) {
                    throw new UserError("rename takes the old code and the new one: prevent agency rename LC POLICE [--name TEXT]");
                }
                write.apply(() -> PlanEditor.of(planDir(), Today.date()).renameAgency(codes.get(0), codes.get(1), name), prevent.colour(),
                        out());
            }
            case "merge" -> {
                if (codes.size() < 2 || into == null || name == null || name.isBlank()) {
                    throw new UserError("merge takes two agencies or more, the code they become and its name: prevent agency merge "
                            + "HR OD --into HROD --name \"HR & Organisational Development\"");
                }
                write.apply(() -> PlanEditor.of(planDir(), Today.date()).mergeAgencies(codes, into, name), prevent.colour(), out());
            }
            default -> throw new UserError("'" + verb + "' is not something agency does; give rename or merge, as: prevent agency "
                    + "rename LC POLICE");
        }
        return ExitCode.OK.code();
    }
}
