package dev.prevent.serve;

import dev.prevent.edit.Changeset;
import dev.prevent.edit.PlanEditor;
import dev.prevent.exit.UserError;
import dev.prevent.model.Plan;
import dev.prevent.output.LongDate;
import dev.prevent.output.OutputFile;
import dev.prevent.returns.FormFormat;
import dev.prevent.returns.FormsRead;
import dev.prevent.returns.Outstanding;
import dev.prevent.returns.ProgressRequest;
import dev.prevent.returns.ProgressReturn;
import dev.prevent.returns.Reply;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The round before a meeting, on the web: the forms made (written to the round's folder beside the plan folder, and
 * given as a zip), the filled forms and saved replies uploaded into that folder under names of the workspace's own,
 * what they would change shown, then applied; who has not replied. Every form is made and read by {@code returns}'s
 * own code, as {@code prevent request} and {@code prevent returns} do.
 */
final class Round {

    private Round() {
    }

    /** The round's folder for the meeting on {@code meeting}: {@code returns-YYYY-MM-DD} beside the plan folder. */
    static Path folder(Workspace workspace, LocalDate meeting) {
        Path parent = workspace.planDir().toAbsolutePath().normalize().getParent();
        return (parent == null ? workspace.planDir().toAbsolutePath() : parent).resolve("returns-" + meeting);
    }

    static void page(Workspace workspace, Context ctx) {
        if (ctx.queryParam("meeting-day") != null) {
            // The meeting chosen on the page, day, month and year as the date input gives them.
            Optional<LocalDate> chosen = Workspace.day(ctx.queryParam("meeting-day"), ctx.queryParam("meeting-month"),
                    ctx.queryParam("meeting-year"));
            if (chosen.isPresent()) {
                show(workspace, ctx, chosen.get(), 200, Map.of());
            } else {
                show(workspace, ctx, meeting(workspace, null), 400, Map.of("errors",
                        List.of("The day of the meeting must be a real day, such as 10 12 2026")));
            }
            return;
        }
        show(workspace, ctx, meeting(workspace, ctx.queryParam("meeting")), 200, Map.of());
    }

    private static void show(Workspace workspace, Context ctx, LocalDate meeting, int status, Map<String, Object> extra) {
        Plan plan = workspace.validation().plan();
        Path folder = folder(workspace, meeting);
        Map<String, Object> data = new LinkedHashMap<>(extra);
        data.put("meeting", meeting.toString());
        data.put("meetingDay", Map.of("day", String.valueOf(meeting.getDayOfMonth()), "month", String.valueOf(meeting.getMonthValue()),
                "year", String.valueOf(meeting.getYear())));
        data.put("meetingWords", LongDate.of(meeting));
        data.put("folder", folder.toString());
        List<String> forms = new ArrayList<>();
        List<String> waiting = new ArrayList<>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> listed = Files.list(folder)) {
                listed.map(p -> p.getFileName().toString()).filter(n -> n.matches("(?i).*\\.(xlsx|docx)$")).sorted().forEach(forms::add);
            } catch (IOException e) {
                forms.clear();
            }
            if (!forms.isEmpty() && workspace.validation().errors() == 0) {
                try {
                    Outstanding.Replies replies = Outstanding.in(folder, plan, workspace.today());
                    for (Outstanding.Waiting agency : replies.waiting()) {
                        waiting.add(agency.code() + " " + agency.name() + ": last reported " + agency.last().map(LongDate::of).orElse("never")
                                + "; " + agency.open().size() + (agency.open().size() == 1 ? " open action" : " open actions"));
                    }
                } catch (UserError e) {
                    waiting.add(e.getMessage());
                }
            }
        }
        data.put("forms", forms);
        data.put("waiting", waiting);
        data.putIfAbsent("read", List.of());
        data.putIfAbsent("uploaded", List.of());
        data.putIfAbsent("done", "");
        data.putIfAbsent("errors", List.of());
        workspace.page(ctx, status, "round", "The round before a meeting", "round", data);
    }

    /** The meeting named, else the plan's next listed meeting, else in fourteen days (as {@code request} chooses). */
    private static LocalDate meeting(Workspace workspace, String written) {
        if (written != null && !written.isBlank()) {
            try {
                return LocalDate.parse(written.strip());
            } catch (DateTimeException e) {
                throw new UserError("'" + written + "' is no day (YYYY-MM-DD)");
            }
        }
        return ProgressRequest.Schedule.of(workspace.validation().plan(), null, null, null, workspace.today()).meeting();
    }

    static void forms(Workspace workspace, Context ctx) {
        LocalDate meeting = meeting(workspace, ctx.formParam("meeting"));
        Plan plan = workspace.validation().validPlan();
        FormFormat format = "docx".equals(ctx.formParam("format")) ? FormFormat.DOCX : FormFormat.XLSX;
        ProgressRequest.Schedule schedule = ProgressRequest.Schedule.of(plan, meeting, null, null, workspace.today());
        List<ProgressRequest.Form> made = ProgressRequest.of(plan, List.of(), schedule.meeting(), schedule.due(), workspace.today(),
                schedule.returnTo(), format);
        Path folder = folder(workspace, meeting);
        List<String> written = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        OutputFile.folder(folder);
        for (ProgressRequest.Form form : made) {
            Path file = folder.resolve(form.file());
            // A form sent before (or come back) is never written over.
            if (Files.exists(file)) {
                kept.add(form.file());
                continue;
            }
            OutputFile.write(file, form.bytes());
            written.add(form.file());
        }
        show(workspace, ctx, meeting, 200, Map.of("done", "Made " + written.size() + (written.size() == 1 ? " form" : " forms")
                + " in " + folder + (kept.isEmpty() ? "" : "; " + kept.size() + " already there were left as they were")
                + ". Download them as one zip, send each to its agency, and upload the filled forms below."));
    }

    static void zip(Workspace workspace, Context ctx) throws IOException {
        LocalDate meeting = meeting(workspace, ctx.queryParam("meeting"));
        Path folder = folder(workspace, meeting);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> listed = Files.isDirectory(folder) ? Files.list(folder)
                : Stream.empty()) {
            for (Path file : listed.filter(p -> p.getFileName().toString().matches("(?i).* progress return .*\\.(xlsx|docx)$")).sorted()
                    .toList()) {
                zip.putNextEntry(new ZipEntry(file.getFileName().toString()));
                Files.copy(file, zip);
                zip.closeEntry();
            }
        }
        ctx.header("Content-Disposition", "attachment; filename=\"progress returns " + meeting + ".zip\"");
        ctx.contentType("application/zip").result(bytes.toByteArray());
    }

    /**
     * The uploaded files, each saved into the round's folder under a name of the workspace's own (the name the browser
     * sent is never a path here), then read as {@code returns --dry-run} reads it.
     */
    static void returns(Workspace workspace, Context ctx) throws IOException {
        LocalDate meeting = meeting(workspace, ctx.formParam("meeting"));
        Path folder = folder(workspace, meeting);
        List<UploadedFile> files = ctx.uploadedFiles("files");
        List<String> errors = new ArrayList<>();
        if (files.isEmpty()) {
            errors.add("Choose the filled forms (.xlsx, .docx) or saved emails (.eml, .msg) to upload");
            show(workspace, ctx, meeting, 400, Map.of("errors", errors));
            return;
        }
        OutputFile.folder(folder);
        List<String> saved = new ArrayList<>();
        for (UploadedFile file : files) {
            String extension = Optional.ofNullable(file.extension()).orElse("").toLowerCase(Locale.ROOT).replace(".", "");
            if (!List.of("xlsx", "docx", "eml", "msg").contains(extension)) {
                errors.add(file.filename() + " is not a form (.xlsx, .docx) or a saved email (.eml, .msg); it was not read");
                continue;
            }
            String name = "reply " + System.currentTimeMillis() + "-" + saved.size() + "." + extension;
            try (InputStream in = file.content()) {
                OutputFile.write(folder.resolve(name), in.readNBytes((int) Math.min(Workspace.MAX_UPLOAD_BYTES + 1, Integer.MAX_VALUE - 8)));
            }
            saved.add(name);
        }
        List<WorkspaceView.FormRead> read = read(workspace, folder, saved, errors);
        show(workspace, ctx, meeting, errors.isEmpty() ? 200 : 400, Map.of("read", read, "uploaded", saved, "errors", errors));
    }

    static void apply(Workspace workspace, Context ctx) {
        LocalDate meeting = meeting(workspace, ctx.formParam("meeting"));
        Path folder = folder(workspace, meeting);
        List<String> names = ctx.formParams("file").stream().filter(n -> n.matches("reply \\d+-\\d+\\.(xlsx|docx|eml|msg)")).toList();
        List<String> errors = new ArrayList<>();
        List<String> done = new ArrayList<>();
        boolean commit = "yes".equals(ctx.formParam("commit"));
        for (String name : names) {
            Path file = folder.resolve(name);
            for (Opened opened : open(file, errors)) {
                try {
                    PlanEditor editor = PlanEditor.of(workspace.planDir(), workspace.today());
                    ProgressReturn.Reading reading = ProgressReturn.read(opened.form(), editor.plan(), false, workspace.today());
                    Optional<Changeset> change = reading.change(editor);
                    if (change.isPresent()) {
                        Changeset.Applied applied = change.get().apply(false, commit);
                        done.add(reading.message() + applied.commit().map(c -> ", committed as " + c).orElse(""));
                    } else {
                        done.add(reading.message().replaceFirst(": \\d+ actions?$", "") + ": nothing new to record");
                    }
                    FormsRead.record(reading, file, workspace.today());
                } catch (UserError e) {
                    errors.add(opened.shown() + ": " + e.getMessage());
                }
            }
        }
        show(workspace, ctx, meeting, errors.isEmpty() ? 200 : 400, Map.of("done", String.join("\n", done), "errors", errors));
    }

    private record Opened(Path form, String shown) {
    }

    /** The forms a saved file holds: itself, or those attached to a saved email. */
    private static List<Opened> open(Path file, List<String> errors) {
        if (!Reply.isMessage(file)) {
            return List.of(new Opened(file, file.getFileName().toString()));
        }
        try {
            Path into = Files.createTempDirectory("prevent-reply");
            Reply.Opened opened = Reply.open(file, into);
            if (opened.forms().isEmpty()) {
                errors.add(file.getFileName() + ": no progress return is attached (.xlsx or .docx), so nothing was read");
            }
            return opened.forms().stream().map(f -> new Opened(f, file.getFileName() + ", attachment '" + f.getFileName() + "'")).toList();
        } catch (IOException | UserError e) {
            errors.add(file.getFileName() + ": " + e.getMessage());
            return List.of();
        }
    }

    private static List<WorkspaceView.FormRead> read(Workspace workspace, Path folder, List<String> names, List<String> errors) {
        List<WorkspaceView.FormRead> read = new ArrayList<>();
        Plan plan = workspace.validation().plan();
        for (String name : names) {
            for (Opened opened : open(folder.resolve(name), errors)) {
                try {
                    ProgressReturn.Reading reading = ProgressReturn.read(opened.form(), plan, false, workspace.today());
                    List<String> answers = reading.answers().stream().map(a -> a.id() + ": " + (a.status() == null ? "" : plan.status(a.status())
                            .map(s -> s.label()).orElse(a.status()) + (a.note() == null ? "" : ", ")) + (a.note() == null ? ""
                            : "'" + a.note().lines().findFirst().orElse("") + "'") + " (" + LongDate.of(a.date()) + ")").toList();
                    read.add(new WorkspaceView.FormRead(opened.shown(), reading.agency().name() + " (" + reading.agency().code() + ")", answers,
                            reading.notes(), reading.conflicts(), !answers.isEmpty()));
                } catch (UserError e) {
                    errors.add(opened.shown() + ": " + e.getMessage());
                }
            }
        }
        return read;
    }
}
