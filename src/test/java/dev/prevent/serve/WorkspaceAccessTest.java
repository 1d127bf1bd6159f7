package dev.prevent.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.Fixtures;
import dev.prevent.cli.Cli;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workspace's controls, each tried with a plain HTTP client as a hostile page or a careless click would: no token,
 * a wrong token, another Host, a form without its token, a form from another site, an upload far too large; each
 * refused, nothing written. And the one write path: progress recorded from the page is the change {@code prevent update}
 * makes, a page read before another change keeps the note and writes nothing, two sessions at once both land.
 */
class WorkspaceAccessTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([0-9a-f]+)\"");
    private static final Pattern SEEN = Pattern.compile("name=\"seen\" value=\"([0-9a-f]+)\"");

    @TempDir
    Path dir;

    Path plan;
    Workspace workspace;
    String base;

    @BeforeEach
    void aWorkspaceOfTheShippedPlan() {
        plan = Fixtures.copy(Fixtures.shippedPlan(), dir.resolve("plans"));
        workspace = Workspace.start(plan, 0, () -> TODAY);
        base = "http://127.0.0.1:" + workspace.port();
    }

    @AfterEach
    void stop() {
        workspace.stop();
    }

    /** A browser that opened the printed address: its cookie kept, redirects followed. */
    private HttpClient browser() throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> opened = client.send(HttpRequest.newBuilder(URI.create(workspace.address())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(opened.statusCode()).isEqualTo(200);
        return client;
    }

    private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(HttpClient client, String url, Map<String, String> form, String origin) throws Exception {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String field(Pattern pattern, String page) {
        Matcher m = pattern.matcher(page);
        assertThat(m.find()).as("the page has the field " + pattern).isTrue();
        return m.group(1);
    }

    /** The action's form, filled: the page's own tokens, a status, a note, a day. */
    private Map<String, String> filled(String page, String status, String note) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("csrf", field(CSRF, page));
        form.put("seen", field(SEEN, page));
        form.put("status", status);
        form.put("note", note);
        form.put("day", "5");
        form.put("month", "12");
        form.put("year", "2026");
        return form;
    }

    @Test
    void withoutTheTokenOrWithAnotherEveryPageIsRefusedAndSaysWhatToOpen() throws Exception {
        HttpClient stranger = HttpClient.newHttpClient();

        HttpResponse<String> none = get(stranger, base + "/actions");
        HttpResponse<String> wrong = get(stranger, base + "/?token=" + "0".repeat(64));

        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.body()).contains("Open the address prevent serve printed");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(workspace.address()).matches("http://127\\.0\\.0\\.1:\\d+/\\?token=[0-9a-f]{64}");
    }

    @Test
    void theTokenBecomesAnHttpOnlyStrictCookieAndLeavesTheAddress() throws Exception {
        HttpClient client = HttpClient.newHttpClient();

        HttpResponse<String> opened = get(client, workspace.address());

        assertThat(opened.statusCode()).isEqualTo(303);
        assertThat(opened.headers().firstValue("Location")).hasValue("/");
        assertThat(opened.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie -> assertThat(cookie)
                .startsWith(Access.COOKIE + "=").contains("HttpOnly", "SameSite=Strict").doesNotContain(workspace.address()
                        .replaceAll(".*token=", "")));
        HttpResponse<String> home = get(browser(), base + "/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("The plan today", "Needs attention", "1.1 Community groups");
        assertThat(home.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe-inline"));
        assertThat(home.body()).doesNotContain("<script>", " style=\"", "govuk-header__logotype", "crest");
    }

    @Test
    void anotherHostNameIsRefusedWhateverTheCookie() throws Exception {
        // A page of another site whose name was pointed at 127.0.0.1 (DNS rebinding) sends its own name as Host.
        try (Socket socket = new Socket("127.0.0.1", workspace.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /?token=" + workspace.address().replaceAll(".*token=", "") + " HTTP/1.1\r\nHost: evil.example:"
                    + workspace.port() + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 421").doesNotContain("Set-Cookie");
        }
    }

    @Test
    void aFormWithoutItsTokenOrFromAnotherSiteChangesNothing() throws Exception {
        HttpClient client = browser();
        String page = get(client, base + "/actions/1.1").body();
        Map<String, String> form = filled(page, "green", "Met the faith forum");
        byte[] before = Files.readAllBytes(plan.resolve("objective-1-ideologies.yaml"));

        Map<String, String> noToken = new LinkedHashMap<>(form);
        noToken.remove("csrf");
        HttpResponse<String> forged = post(client, base + "/actions/1.1", noToken, null);
        Map<String, String> wrongToken = new LinkedHashMap<>(form);
        wrongToken.put("csrf", "0".repeat(64));
        HttpResponse<String> guessed = post(client, base + "/actions/1.1", wrongToken, null);
        HttpResponse<String> crossSite = post(client, base + "/actions/1.1", form, "http://evil.example");

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(guessed.statusCode()).isEqualTo(403);
        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(crossSite.body()).contains("Nothing was changed");
        assertThat(plan.resolve("objective-1-ideologies.yaml")).hasBinaryContent(before);
    }

    @Test
    void anUploadFarTooLargeIsRefusedAndNothingIsWritten() throws Exception {
        HttpClient client = browser();
        String round = get(client, base + "/round").body();
        String csrf = field(CSRF, round);
        String boundary = "----prevent" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n" + csrf + "\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"huge.xlsx\"\r\nContent-Type: application/octet-stream"
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        long size = Workspace.MAX_UPLOAD_BYTES + (1 << 20);
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/round/returns"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new InputStream() {
                    long sent;

                    @Override
                    public int read() {
                        long at = sent++;
                        if (at < head.length) {
                            return head[(int) at];
                        }
                        if (at < head.length + size) {
                            return 'x';
                        }
                        long t = at - head.length - size;
                        return t < tail.length ? tail[(int) t] : -1;
                    }
                })).build();

        HttpResponse<String> refused;
        try {
            refused = client.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).isIn(413, 400);
        } catch (IOException cutOff) {
            // The server may close the connection as soon as the body passes its bound: refused all the same.
            refused = null;
        }

        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith("reply "));
        }
    }

    @Test
    void theMeetingPaperAndTheSelfAssessmentAreTheCommandLinesPapers() throws Exception {
        HttpClient client = browser();
        Path paper = dir.resolve("paper.md");
        Path assurance = dir.resolve("assurance.md");
        assertThat(Cli.on(plan, "report", "--format", "markdown", "-o", paper.toString()).exit()).isZero();
        assertThat(Cli.on(plan, "assurance", "--format", "markdown", "-o", assurance.toString()).exit()).isZero();

        HttpResponse<String> report = get(client, base + "/papers/download?format=md&day=7&month=12&year=2026");
        HttpResponse<String> self = get(client, base + "/papers/download?paper=assurance&format=md&day=7&month=12&year=2026");

        assertThat(report.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"report-2026-12-07.md\"");
        assertThat(withoutMadeLine(report.body())).isEqualTo(withoutMadeLine(Files.readString(paper)));
        assertThat(withoutMadeLine(self.body())).isEqualTo(withoutMadeLine(Files.readString(assurance)));
    }

    /** A paper without the moment it was made, which differs by seconds between two makings. */
    private static String withoutMadeLine(String paper) {
        return paper.replaceAll("(?m)^.*(Made|made) .*\\d{1,2}:\\d{2}.*$", "");
    }

    @Test
    void theRoundIsForTheMeetingChosenAndADayThatIsNoneIsSaid() throws Exception {
        HttpClient client = browser();

        HttpResponse<String> chosen = get(client, base + "/round?meeting-day=14&meeting-month=1&meeting-year=2027");
        HttpResponse<String> none = get(client, base + "/round?meeting-day=31&meeting-month=2&meeting-year=2027");

        assertThat(chosen.statusCode()).isEqualTo(200);
        assertThat(chosen.body()).contains("The round before the meeting of 14 January 2027", "name=\"meeting\" value=\"2027-01-14\"");
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(none.body()).contains("There is a problem", "The day of the meeting must be a real day");
    }

    @Test
    void theFirstPageSaysWhatMovedSinceTheLastMeeting() throws Exception {
        try (var git = org.eclipse.jgit.api.Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("The plan").setAuthor("Alex", "alex@example.gov.uk").setCommitter("Alex", "alex@example.gov.uk")
                    .setSign(false).call();
            git.tag().setName("meeting-2026-11-05").setAnnotated(false).call();
        }
        assertThat(Cli.on(plan, "update", "1.1", "--status", "red", "--note", "Venue refused", "--date", "2026-12-01").exit()).isZero();

        String home = get(browser(), base + "/").body();

        assertThat(home).contains("Compared with meeting-2026-11-05", "At meeting-2026-11-05", "Change", "+1", "−1");
    }

    @Test
    void anEditMadeInAnEditorShowsOnTheNextPage() throws Exception {
        HttpClient client = browser();
        assertThat(get(client, base + "/actions/1.1").body()).contains("Community groups");
        Path file = plan.resolve("objective-1-ideologies.yaml");
        Files.writeString(file, Files.readString(file).replace("title: Community groups", "title: Community and voluntary groups"));

        assertThat(get(client, base + "/actions/1.1").body()).contains("Community and voluntary groups");
    }

    @Test
    void progressRecordedOnThePageIsTheChangeTheCommandLineMakes() throws Exception {
        Path expected = Fixtures.copy(Fixtures.shippedPlan(), dir.resolve("expected"));
        assertThat(Cli.on(expected, "update", "1.1", "--status", "green", "--note", "Met the faith forum", "--date", "2026-12-05")
                .exit()).isZero();
        HttpClient client = browser();
        String page = get(client, base + "/actions/1.1").body();

        HttpResponse<String> recorded = post(client, base + "/actions/1.1", filled(page, "green", "Met the faith forum"), base);

        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);
        assertThat(recorded.body()).contains("Progress recorded", "+        note: Met the faith forum");
        assertThat(plan.resolve("objective-1-ideologies.yaml")).hasSameBinaryContentAs(expected.resolve("objective-1-ideologies.yaml"));
    }

    @Test
    void aPageReadBeforeAnotherChangeKeepsItsNoteAndWritesNothing() throws Exception {
        HttpClient client = browser();
        String page = get(client, base + "/actions/1.1").body();
        // Meanwhile, the command line records progress on the same action.
        assertThat(Cli.on(plan, "update", "1.1", "--note", "Venue booked", "--date", "2026-12-04").exit()).isZero();
        byte[] between = Files.readAllBytes(plan.resolve("objective-1-ideologies.yaml"));

        HttpResponse<String> late = post(client, base + "/actions/1.1", filled(page, "green", "Met the faith forum"), null);

        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.body()).contains("changed after you opened this page", "Met the faith forum", "Venue booked",
                "The change made meanwhile");
        assertThat(plan.resolve("objective-1-ideologies.yaml")).hasBinaryContent(between);
    }

    @Test
    void twoSessionsRecordingOnOneActionAtOnceBothLand() throws Exception {
        HttpClient first = browser();
        HttpClient second = browser();
        // Each reads the page afresh just before sending, as two people would after a refresh.
        CompletableFuture<HttpResponse<String>> a = CompletableFuture.supplyAsync(() -> recordUntilLanded(first, "From the first"));
        CompletableFuture<HttpResponse<String>> b = CompletableFuture.supplyAsync(() -> recordUntilLanded(second, "From the second"));

        assertThat(a.get().statusCode()).isEqualTo(200);
        assertThat(b.get().statusCode()).isEqualTo(200);
        assertThat(Files.readString(plan.resolve("objective-1-ideologies.yaml"))).contains("note: From the first", "note: From the second");
    }

    /** Records a note, reading the page again when another change landed first (the page says so, and keeps the note). */
    private HttpResponse<String> recordUntilLanded(HttpClient client, String note) {
        try {
            for (int attempt = 0; attempt < 20; attempt++) {
                String page = get(client, base + "/actions/1.1").body();
                HttpResponse<String> sent = post(client, base + "/actions/1.1", filled(page, "", note), null);
                if (sent.statusCode() != 409 && !sent.body().contains("changed meanwhile") && !sent.body().contains("being changed")) {
                    return sent;
                }
            }
            throw new AssertionError("never landed: " + note);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
