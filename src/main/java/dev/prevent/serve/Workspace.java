package dev.prevent.serve;

import dev.prevent.check.Validation;
import dev.prevent.edit.Changeset;
import dev.prevent.edit.MeetingTag;
import dev.prevent.edit.PlanEditor;
import dev.prevent.exit.UserError;
import dev.prevent.history.PlanChanges;
import dev.prevent.history.PlanHistory;
import dev.prevent.history.Since;
import dev.prevent.model.Action;
import dev.prevent.model.Agency;
import dev.prevent.model.Diagnostic;
import dev.prevent.model.Plan;
import dev.prevent.model.Severity;
import dev.prevent.model.Status;
import dev.prevent.model.Update;
import dev.prevent.output.LongDate;
import dev.prevent.output.PlainText;
import dev.prevent.query.ActionFilter;
import dev.prevent.report.MeetingPaper;
import dev.prevent.report.Paper;
import dev.prevent.report.Report;
import dev.prevent.report.ReportFormat;
import dev.prevent.report.ReportTemplates;
import dev.prevent.serve.WorkspaceView.ActionPage;
import dev.prevent.serve.WorkspaceView.ActionRow;
import dev.prevent.serve.WorkspaceView.Choice;
import dev.prevent.serve.WorkspaceView.Entry;
import dev.prevent.serve.WorkspaceView.Fact;
import dev.prevent.serve.WorkspaceView.Page;
import dev.prevent.serve.WorkspaceView.Paging;
import dev.prevent.serve.WorkspaceView.Problem;
import dev.prevent.serve.WorkspaceView.Tag;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import io.javalin.http.staticfiles.Location;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The web workspace: a server on 127.0.0.1 only, whose pages show the plan as the paper does and whose forms change
 * it through the one write path ({@link PlanEditor}, {@link Changeset}: the same checks, refusals, lock and diff as the
 * command line). Every request passes {@link Access}'s checks first; every response says to the browser what it may
 * load (its own scripts and styles only) and that it may not be framed.
 */
public final class Workspace {

    /** The largest upload: a reply of a few forms, as {@code returns} reads it from disk. */
    static final long MAX_UPLOAD_BYTES = 64L << 20;
    /** Actions a page of the list shows. */
    static final int PAGE_SIZE = 50;
    /** Where GOV.UK Frontend's files are served from: its webjar, as Javalin serves webjars. */
    static final String GOVUK = "/webjars/govuk-frontend/5.14.0/dist/govuk";
    private static final String SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private final Path planDir;
    private final Supplier<LocalDate> today;
    private final Access access = new Access();
    private final Pages pages = new Pages();
    private final PlanReading reading;
    /** Each action file as a page last showed it, by its digest: what a later change to it is shown against. */
    private final Map<String, String> shown = java.util.Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > 256;
        }
    });
    private Javalin app;

    private Workspace(Path planDir, Supplier<LocalDate> today) {
        this.planDir = planDir;
        this.today = today;
        this.reading = new PlanReading(planDir);
    }

    /**
     * Starts the workspace of the plan in {@code planDir} on 127.0.0.1, port {@code port} (0: a free one).
     *
     * @throws UserError (exit 2) when the port cannot be listened on
     */
    public static Workspace start(Path planDir, int port, Supplier<LocalDate> today) {
        Workspace workspace = new Workspace(planDir, today);
        workspace.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.host = "127.0.0.1";
            config.jetty.port = port;
            config.http.maxRequestSize = MAX_UPLOAD_BYTES;
            config.jetty.multipartConfig.maxFileSize(MAX_UPLOAD_BYTES, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(MAX_UPLOAD_BYTES, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
            // GOV.UK Frontend from its webjar, at /webjars/govuk-frontend/VERSION/dist/govuk/.
            config.staticFiles.enableWebjars();
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "dev/prevent/serve/static";
                files.location = Location.CLASSPATH;
            });
            config.routes.before(workspace::check);
            config.routes.after(workspace::secure);
            config.routes.get("/", workspace::home);
            config.routes.get("/problems", workspace::problems);
            config.routes.get("/actions", workspace::actions);
            config.routes.get("/actions/{id}", workspace::action);
            config.routes.post("/actions/{id}", workspace::record);
            config.routes.get("/papers", workspace::papers);
            config.routes.get("/papers/download", workspace::download);
            config.routes.get("/history", workspace::history);
            config.routes.post("/history/tag", workspace::tag);
            config.routes.get("/round", ctx -> Round.page(workspace, ctx));
            config.routes.post("/round/forms", ctx -> Round.forms(workspace, ctx));
            config.routes.get("/round/zip", ctx -> Round.zip(workspace, ctx));
            config.routes.post("/round/returns", ctx -> Round.returns(workspace, ctx));
            config.routes.post("/round/apply", ctx -> Round.apply(workspace, ctx));
            config.routes.get("/statuses.css", workspace::statuses);
            config.routes.exception(UserError.class, (e, ctx) -> workspace.message(ctx, 400, "That could not be done", e.getMessage()));
            // An upload whose file parts pass the bound is refused by Jetty as it reads them (a BadMessageException
            // under the servlet's): nothing of it is kept, and the page says why.
            config.routes.exception(jakarta.servlet.ServletException.class, (e, ctx) -> {
                if (e.getCause() instanceof org.eclipse.jetty.http.BadMessageException) {
                    workspace.tooLarge(ctx);
                } else {
                    System.err.println("prevent serve: " + ctx.path() + ": " + e);
                    ctx.status(500).contentType("text/plain; charset=utf-8").result("Something went wrong in prevent, not in your "
                            + "plan; nothing was changed. The window where prevent serve runs says what.");
                }
            });
            config.routes.exception(Exception.class, (e, ctx) -> {
                // A fault of the tool, not the user's: said on the page in words, and in the server's window for a report.
                System.err.println("prevent serve: " + ctx.path() + ": " + e);
                if (Boolean.getBoolean("prevent.debug")) {
                    e.printStackTrace();
                }
                ctx.status(500).contentType("text/plain; charset=utf-8").result("Something went wrong in prevent, not in your plan; "
                        + "nothing was changed. The window where prevent serve runs says what.");
            });
            config.routes.error(404, ctx -> {
                if (!ctx.path().startsWith("/webjars") && !ctx.path().startsWith("/static")) {
                    workspace.message(ctx, 404, "Page not found", "There is no such page here. Go to the plan's first page.");
                }
            });
        });
        try {
            workspace.app.start();
        } catch (RuntimeException e) {
            throw new UserError("cannot listen on 127.0.0.1" + (port == 0 ? "" : " port " + port) + ": " + e.getMessage()
                    + (port == 0 ? "" : "; give another --port, or leave it out for a free one"));
        }
        workspace.access.port(workspace.app.port());
        return workspace;
    }

    /** The address to open: this machine, the port, and the token that starts a session. */
    public String address() {
        return "http://127.0.0.1:" + app.port() + "/?token=" + access.token();
    }

    /** The port listened on. */
    public int port() {
        return app.port();
    }

    /** Stops the server; a request in hand is finished first. */
    public void stop() {
        app.stop();
    }

    Path planDir() {
        return planDir;
    }

    LocalDate today() {
        return today.get();
    }

    Validation validation() {
        return reading.now(today());
    }

    Pages pages() {
        return pages;
    }

    // ---- the checks every request passes -------------------------------------------------------------------

    private void check(Context ctx) {
        if (!access.hostAllowed(ctx.header("Host"))) {
            // Another name for this machine (DNS rebinding) never reaches the plan.
            ctx.status(421).contentType("text/plain; charset=utf-8").result("This server answers to 127.0.0.1 and localhost only.");
            ctx.skipRemainingHandlers();
            return;
        }
        String path = ctx.path();
        if (path.startsWith("/webjars/")) {
            // GOV.UK's own font and crest are reserved to GOV.UK: never served from here.
            if (!path.startsWith(GOVUK + "/") || path.contains("/fonts/") || path.contains("crest")) {
                ctx.status(404).result("");
                ctx.skipRemainingHandlers();
            }
            return;
        }
        if (path.startsWith("/static/")) {
            return;
        }
        String offered = ctx.queryParam("token");
        if (offered != null) {
            Optional<String> session = access.exchange(offered);
            if (session.isEmpty()) {
                message(ctx, 401, "This address is out of date", "Open the address prevent serve printed when it started (each "
                        + "start prints a new one).");
                ctx.skipRemainingHandlers();
                return;
            }
            ctx.cookie(new Cookie(Access.COOKIE, session.get(), "/", -1, false, true, null, SameSite.STRICT));
            // The token leaves the address bar and the history at once.
            ctx.redirect(path, io.javalin.http.HttpStatus.SEE_OTHER);
            ctx.skipRemainingHandlers();
            return;
        }
        Optional<String> csrf = access.csrf(ctx.cookie(Access.COOKIE));
        if (csrf.isEmpty()) {
            message(ctx, 401, "Open the address prevent serve printed", "This workspace is only for the browser that opened the "
                    + "address prevent serve printed in its window (it ends ?token= and a long number). Open that address.");
            ctx.skipRemainingHandlers();
            return;
        }
        ctx.attribute("csrf", csrf.get());
        if (ctx.method() == io.javalin.http.HandlerType.POST) {
            if (!access.originAllowed(ctx.header("Origin"))) {
                message(ctx, 403, "Refused", "A form sent from another site cannot change the plan. Nothing was changed.");
                ctx.skipRemainingHandlers();
                return;
            }
            String offeredForm;
            try {
                // The body is read to find the form token: past the bounds, Jetty refuses to read it, and so do we.
                offeredForm = ctx.formParam(Access.CSRF);
            } catch (RuntimeException pastTheBound) {
                tooLarge(ctx);
                ctx.skipRemainingHandlers();
                return;
            }
            if (!Access.sameToken(csrf.get(), offeredForm)) {
                message(ctx, 403, "Refused", "This form is out of date or was not made by this workspace. Nothing was changed; go "
                        + "back, reload the page and send it again.");
                ctx.skipRemainingHandlers();
            }
        }
    }

    private void secure(Context ctx) {
        ctx.header("Content-Security-Policy", SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        // Same-origin: with no-referrer, browsers send "Origin: null" on a form of this very server, which would be refused.
        ctx.header("Referrer-Policy", "same-origin");
        if (!ctx.path().startsWith("/webjars/") && !ctx.path().startsWith("/static/")) {
            ctx.header("Cache-Control", "no-store");
        }
    }

    // ---- pages ----------------------------------------------------------------------------------------------

    /** A page with the layout's data: its title, the plan's, the navigation's current item and the form token. */
    void page(Context ctx, int status, String template, String title, String current, Map<String, Object> data) {
        Validation validation = validation();
        Plan plan = validation.plan();
        int errors = (int) validation.errors();
        int warnings = (int) validation.diagnostics().stream().filter(d -> d.severity() == Severity.WARNING).count();
        Map<String, Object> all = new LinkedHashMap<>(data);
        all.put("page", new Page(title, plan.title() == null ? "The plan" : plan.title(), plan.period() == null ? "" : plan.period(),
                current, Optional.ofNullable((String) ctx.attribute("csrf")).orElse(""), errors, warnings));
        ctx.status(status).html(pages.render(template, all));
    }

    /** The refusal of an upload past {@link #MAX_UPLOAD_BYTES}. */
    void tooLarge(Context ctx) {
        message(ctx, 413, "That was too large", "An upload may be at most " + (MAX_UPLOAD_BYTES >> 20) + " MB in all; nothing was "
                + "read or written.");
    }

    void message(Context ctx, int status, String title, String words) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("title", title);
        data.put("words", words);
        data.put("page", new Page(title, "prevent", "", "", "", 0, 0));
        ctx.status(status).html(pages.render("message", data));
    }

    private void home(Context ctx) {
        Validation validation = validation();
        Map<String, Object> data = new LinkedHashMap<>();
        if (validation.errors() == 0) {
            LocalDate day = today();
            MeetingPaper.Made made = MeetingPaper.of(new MeetingPaper.Asked(planDir, validation, day, day, Optional.empty(), null,
                    ActionFilter.scope(List.of(), List.of()), Paper.A4, null, true), plan -> ReportTemplates.chosen(null, plan, planDir));
            data.put("report", made.model());
        }
        page(ctx, 200, "home", "The plan today", "home", data);
    }

    private void problems(Context ctx) {
        Validation validation = validation();
        List<Problem> problems = new ArrayList<>();
        for (Diagnostic d : validation.diagnostics()) {
            Path file = d.at().file();
            String shownFile = file == null ? "" : planDir.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString();
            problems.add(new Problem(shownFile, d.at().line(), d.at().column(), d.severity() == Severity.ERROR ? "error" : "warning",
                    d.rule().id(), dev.prevent.output.Visible.line(d.message())));
        }
        page(ctx, 200, "problems", "Problems in the plan", "problems", Map.of("problems", problems));
    }

    private void actions(Context ctx) {
        Validation validation = validation();
        Plan plan = validation.plan();
        LocalDate day = today();
        List<String> leads = nonBlank(ctx.queryParams("lead"));
        List<String> statuses = nonBlank(ctx.queryParams("status"));
        List<String> objectives = nonBlank(ctx.queryParams("objective"));
        boolean overdue = "yes".equals(ctx.queryParam("overdue"));
        String words = Optional.ofNullable(ctx.queryParam("words")).orElse("").strip();
        List<Action> selected;
        String problem = null;
        try {
            selected = new ActionFilter(leads, statuses, objectives, overdue, null, null).select(plan, day);
        } catch (UserError e) {
            selected = List.of();
            problem = e.getMessage();
        }
        if (!words.isEmpty()) {
            String lower = words.toLowerCase(Locale.ROOT);
            selected = selected.stream().filter(a -> (a.id() + " " + a.heading() + " " + (a.action() == null ? "" : a.action()))
                    .toLowerCase(Locale.ROOT).contains(lower)).toList();
        }
        int pages = Math.max(1, (selected.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int pageNumber = Math.min(pages, Math.max(1, number(ctx.queryParam("page"), 1)));
        List<ActionRow> rows = new ArrayList<>();
        for (Action action : selected.subList((pageNumber - 1) * PAGE_SIZE, Math.min(selected.size(), pageNumber * PAGE_SIZE))) {
            rows.add(row(plan, action, day));
        }
        String query = query(Map.of("lead", leads, "status", statuses, "objective", objectives, "overdue",
                overdue ? List.of("yes") : List.of(), "words", words.isEmpty() ? List.of() : List.of(words)));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("rows", rows);
        data.put("paging", new Paging(pageNumber, pages, selected.size(),
                pageNumber > 1 ? "/actions?" + query + "page=" + (pageNumber - 1) : null,
                pageNumber < pages ? "/actions?" + query + "page=" + (pageNumber + 1) : null));
        data.put("leads", plan.agencies().stream().map(a -> new Choice(a.code(), a.name(), leads.contains(a.code()))).toList());
        List<Choice> statusChoices = new ArrayList<>(plan.statuses().stream().map(s -> new Choice(s.key(), s.label(),
                statuses.contains(s.key()))).toList());
        statusChoices.add(new Choice(ActionFilter.NOT_ASSESSED, "Not assessed", statuses.contains(ActionFilter.NOT_ASSESSED)));
        data.put("statuses", statusChoices);
        data.put("objectives", plan.objectives().stream().map(o -> new Choice(o.id(), o.id() + " " + o.name(),
                objectives.contains(o.id()))).toList());
        data.put("overdue", overdue);
        data.put("words", words);
        data.put("problem", problem == null ? "" : problem);
        page(ctx, 200, "actions", "Actions", "actions", data);
    }

    private static ActionRow row(Plan plan, Action action, LocalDate day) {
        return new ActionRow(action.id(), PlainText.of(action.heading()), String.join(", ", action.lead().stream()
                .map(code -> plan.agency(code).map(Agency::name).orElse(code)).toList()), tag(plan, action.statusOn(day)),
                action.due().map(LongDate::of).orElse(""), action.overdueOn(day, plan),
                action.lastUpdate(day).map(u -> LongDate.of(u.date())).orElse(""));
    }

    static Tag tag(Plan plan, String key) {
        if (key == null) {
            return new Tag("none", "Not assessed");
        }
        return new Tag(cssKey(key), plan.status(key).map(Status::label).orElse(key));
    }

    private static String cssKey(String key) {
        return key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "-");
    }

    private void action(Context ctx) {
        Plan plan = validation().plan();
        Action action = find(plan, ctx.pathParam("id"));
        if (action == null) {
            message(ctx, 404, "No such action", "The plan has no action " + ctx.pathParam("id") + ". See the list of actions.");
            return;
        }
        LocalDate day = today();
        actionPage(ctx, 200, plan, action, Map.of("status", "", "note", "", "day", String.valueOf(day.getDayOfMonth()),
                "month", String.valueOf(day.getMonthValue()), "year", String.valueOf(day.getYear())), List.of(), null, null);
    }

    private void actionPage(Context ctx, int status, Plan plan, Action action, Map<String, String> form, List<String> errors,
            String done, String otherChange) {
        LocalDate day = today();
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("Lead", String.join(", ", action.lead().stream().map(code -> plan.agency(code).map(Agency::name)
                .map(name -> name + " (" + code + ")").orElse(code)).toList())));
        if (action.owner() != null) {
            facts.add(new Fact("Owner", action.owner()));
        }
        facts.add(new Fact("Timescale", action.timescale() == null ? "None given" : action.timescale().written()));
        facts.add(new Fact("Due", action.due().map(LongDate::of).orElse("Never overdue") + (action.overdueOn(day, plan) ? " (overdue)" : "")));
        if (!action.successCriteria().isEmpty()) {
            facts.add(new Fact("Success criteria", String.join("\n", action.successCriteria())));
        }
        if (!action.resources().isEmpty()) {
            facts.add(new Fact("Resources", String.join("\n", action.resources())));
        }
        if (action.notes() != null && !action.notes().isBlank()) {
            facts.add(new Fact("Notes", action.notes().strip()));
        }
        List<Entry> log = new ArrayList<>();
        for (int i = action.updates().size() - 1; i >= 0; i--) {
            Update update = action.updates().get(i);
            log.add(new Entry(update.date() == null ? "" : LongDate.of(update.date()), update.status() == null ? null
                    : tag(plan, update.status()), update.note() == null ? "" : update.note().strip()));
        }
        Path file = action.source().file();
        String digest = digestOf(file);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("action", new ActionPage(action.id(), PlainText.of(action.heading()), action.action() == null ? "" : PlainText.of(action.action()), facts,
                tag(plan, action.statusOn(day)), log, planDir.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize())
                        .toString()));
        data.put("seen", digest);
        data.put("statuses", plan.statuses().stream().map(s -> new Choice(s.key(), s.label(), s.key().equals(form.get("status"))))
                .toList());
        data.put("form", form);
        data.put("errors", errors);
        data.put("done", done == null ? "" : done);
        data.put("other", otherChange == null ? "" : otherChange);
        data.put("git", MeetingTag.inGit(planDir));
        page(ctx, status, "action", action.id() + " " + action.heading(), "actions", data);
    }

    private void record(Context ctx) {
        Plan plan = validation().plan();
        Action action = find(plan, ctx.pathParam("id"));
        if (action == null) {
            message(ctx, 404, "No such action", "The plan has no action " + ctx.pathParam("id") + "; nothing was changed.");
            return;
        }
        Map<String, String> form = new LinkedHashMap<>();
        for (String field : List.of("status", "note", "day", "month", "year")) {
            form.put(field, Optional.ofNullable(ctx.formParam(field)).orElse(""));
        }
        List<String> errors = new ArrayList<>();
        String seen = Optional.ofNullable(ctx.formParam("seen")).orElse("");
        String now = digestOf(action.source().file());
        if (!seen.equals(now)) {
            // Someone (an editor, the command line, another page) changed the file since this page was read: the
            // coordinator sees that change and keeps what they wrote; nothing is written over it.
            String before = shown.get(seen);
            String other = before == null ? "" : dev.prevent.edit.Changeset.FileChange.edited(action.source().file(),
                    before.getBytes(StandardCharsets.UTF_8), readText(action.source().file()).getBytes(StandardCharsets.UTF_8)).diff();
            errors.add("This action's file changed after you opened this page, so nothing was written. The action below is as it is "
                    + "now; your note is kept in the form: check it and send it again.");
            actionPage(ctx, 409, plan, action, form, errors, null, other);
            return;
        }
        Optional<LocalDate> given = day(form.get("day"), form.get("month"), form.get("year"));
        if (given.isEmpty()) {
            errors.add("The date of the update must be a real day, such as 27 3 2026");
        }
        String status = form.get("status").isBlank() ? null : form.get("status");
        String note = form.get("note").isBlank() ? null : form.get("note").replace("\r\n", "\n");
        if (status == null && note == null) {
            errors.add("Choose a new status or write a note: there is nothing to record");
        }
        if (!errors.isEmpty()) {
            actionPage(ctx, 400, plan, action, form, errors, null, null);
            return;
        }
        try {
            LocalDate day = given.orElseThrow();
            Changeset.Applied applied = Changeset.applyFresh(() -> PlanEditor.of(planDir, today()).update(new PlanEditor.Request(action.id(),
                    status, note, day, List.of(), null)), false, "yes".equals(ctx.formParam("commit")));
            Plan after = validation().plan();
            Action updated = Optional.ofNullable(find(after, action.id())).orElse(action);
            LocalDate current = today();
            actionPage(ctx, 200, after, updated, Map.of("status", "", "note", "", "day", String.valueOf(current.getDayOfMonth()), "month",
                    String.valueOf(current.getMonthValue()), "year", String.valueOf(current.getYear())), List.of(),
                    applied.diff() + applied.commit().map(c -> "\ncommitted as " + c).orElse(""), null);
        } catch (UserError refused) {
            errors.add(refused.getMessage());
            actionPage(ctx, 400, plan, action, form, errors, null, null);
        }
    }

    private void papers(Context ctx) {
        Validation validation = validation();
        Map<String, Object> data = new LinkedHashMap<>();
        LocalDate day = today();
        data.put("day", Map.of("day", String.valueOf(day.getDayOfMonth()), "month", String.valueOf(day.getMonthValue()), "year",
                String.valueOf(day.getYear())));
        List<Choice> meetings = new ArrayList<>();
        meetings.add(new Choice("", "The last meeting before that day", true));
        if (validation.errors() == 0) {
            for (PlanHistory.Meeting meeting : PlanHistory.meetings(planDir, validation.plan().meetings(), null, day).meetings()) {
                meetings.add(new Choice(meeting.name(), meeting.name() + " (" + LongDate.of(meeting.day()) + ")", false));
            }
        }
        data.put("meetings", meetings);
        page(ctx, 200, "papers", "Papers", "papers", data);
    }

    private void download(Context ctx) throws IOException {
        Validation validation = validation();
        ReportFormat format = ReportFormat.ofExtension(ctx.queryParam("format")).orElse(ReportFormat.HTML);
        LocalDate day = day(ctx.queryParam("day"), ctx.queryParam("month"), ctx.queryParam("year")).orElse(today());
        String since = ctx.queryParam("since");
        LocalDate asOf = day;
        Optional<Since> compared = since == null || since.isBlank() ? Optional.empty() : Optional.of(Since.of(planDir, since, asOf));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean assurance = "assurance".equals(ctx.queryParam("paper"));
        if (assurance) {
            // The self-assessment, as prevent assurance makes it.
            Plan valid = validation.validPlan();
            ReportTemplates templates = ReportTemplates.chosen(null, valid, planDir);
            dev.prevent.report.AssuranceView.Paper paper = dev.prevent.report.AssuranceModel.of(valid, asOf,
                    dev.prevent.report.ReportModel.made(java.time.ZonedDateTime.now()), compared.map(Since::name).orElse(null),
                    compared.flatMap(Since::past).flatMap(dev.prevent.history.PastPlan::plan));
            Report.writeAssurance(templates, format, paper, templates.folder().map(Path::toString).orElse(null), out);
        } else {
            MeetingPaper.Made made = MeetingPaper.of(new MeetingPaper.Asked(planDir, validation, asOf, today(), compared, null,
                    ActionFilter.scope(List.of(), List.of()), Paper.A4, null, false), plan -> ReportTemplates.chosen(null, plan, planDir));
            Report.write(made.templates(), format, made.model(), out);
        }
        ctx.header("Content-Disposition", "attachment; filename=\"" + (assurance ? "assurance-" : "report-") + asOf + "." + format.extension() + "\"");
        ctx.contentType(format.contentType()).result(out.toByteArray());
    }

    private void history(Context ctx) {
        history(ctx, "");
    }

    private void history(Context ctx, String done) {
        Validation validation = validation();
        LocalDate day = today();
        List<WorkspaceView.Meeting> meetings = new ArrayList<>();
        String source = "";
        if (validation.errors() == 0) {
            Plan plan = validation.plan();
            PlanHistory.MeetingDays days = PlanHistory.meetings(planDir, plan.meetings(), null, day);
            source = days.source();
            List<PlanHistory.Meeting> listed = new ArrayList<>(days.meetings());
            java.util.Collections.reverse(listed);
            for (PlanHistory.Meeting meeting : listed) {
                int moved = Since.of(planDir, meeting.name(), day).past().map(past -> PlanChanges.between(past, plan).changes().size())
                        .orElse(0);
                meetings.add(new WorkspaceView.Meeting(meeting.name(), LongDate.of(meeting.day()), moved));
            }
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("meetings", meetings);
        data.put("source", source);
        data.put("git", MeetingTag.inGit(planDir));
        data.put("today", LongDate.of(day));
        data.put("done", done);
        page(ctx, 200, "history", "Meetings and history", "history", data);
    }

    private void tag(Context ctx) {
        String name = MeetingTag.tag(planDir, today());
        history(ctx, "Today's meeting is tagged " + name + ": the next paper says what moved since it.");
    }

    private void statuses(Context ctx) {
        Plan plan = validation().plan();
        StringBuilder css = new StringBuilder();
        for (Status status : plan.statuses()) {
            String colour = safeColour(status.colour());
            if (colour != null) {
                css.append(".app-status--").append(cssKey(status.key())).append(" { background-color: ").append(colour)
                        .append("; color: ").append(dev.prevent.output.ContrastingText.readableOn(colour)).append("; }\n");
            }
        }
        css.append(".app-status--none { background-color: #f3f2f1; color: #0b0c0c; }\n");
        ctx.contentType("text/css; charset=utf-8").result(css.toString());
    }

    /** A colour a stylesheet may carry as it is: {@code #rgb} or {@code #rrggbb}, else none. */
    private static String safeColour(String colour) {
        return colour != null && colour.strip().matches("#[0-9A-Fa-f]{3}|#[0-9A-Fa-f]{6}") ? colour.strip() : null;
    }

    // ---- small things ---------------------------------------------------------------------------------------

    /**
     * The day a GOV.UK date input gave, its three fields' texts (day, month, year), or empty when they make no day.
     */
    static Optional<LocalDate> day(String day, String month, String year) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()), Integer.parseInt(day.strip())));
        } catch (NumberFormatException | DateTimeException | NullPointerException noDay) {
            return Optional.empty();
        }
    }

    static Action find(Plan plan, String id) {
        return plan.actions().filter(a -> a.id().equals(id)).findFirst().orElse(null);
    }

    private String digestOf(Path file) {
        String text = readText(file);
        try {
            String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
            shown.put(digest, text);
            return digest;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static String readText(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static List<String> nonBlank(List<String> values) {
        return values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
    }

    private static int number(String text, int otherwise) {
        try {
            return text == null ? otherwise : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    /** A filter as the query part of an address, each value encoded, ending with {@code &} for what follows. */
    private static String query(Map<String, List<String>> values) {
        StringBuilder query = new StringBuilder();
        for (String name : List.of("lead", "status", "objective", "overdue", "words")) {
            for (String value : values.getOrDefault(name, List.of())) {
                query.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&');
            }
        }
        return query.toString();
    }
}
