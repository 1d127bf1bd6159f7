package dev.prevent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.Fixtures;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code prevent serve} as the built jar runs it: the address to open on the first line of standard output, pages
 * answered there, and Ctrl-C (SIGINT, as a terminal sends it) stopping it cleanly, with exit 0 and the port let go.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ServeJarIT {

    @TempDir
    Path dir;

    @Test
    void itPrintsTheAddressFirstAnswersThereAndStopsOnCtrlC() throws Exception {
        Path plan = Fixtures.copy(Fixtures.shippedPlan(), dir.resolve("plans"));
        Process serve = new ProcessBuilder(List.of(ProcessHandle.current().info().command().orElse("java"), "-jar", "target/prevent.jar",
                "--plan", plan.toString(), "serve")).redirectError(dir.resolve("err.txt").toFile()).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
            String first = out.readLine();
            assertThat(first).matches("Open http://127\\.0\\.0\\.1:\\d+/\\?token=[0-9a-f]{64} in your browser");
            String address = first.substring("Open ".length(), first.length() - " in your browser".length());

            HttpResponse<String> home = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                    .followRedirects(HttpClient.Redirect.NORMAL).build()
                    .send(HttpRequest.newBuilder(URI.create(address)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body()).contains("The plan today");

            new ProcessBuilder("kill", "-INT", String.valueOf(serve.pid())).start().waitFor();
            assertThat(serve.waitFor(30, TimeUnit.SECONDS)).as("stopped by Ctrl-C").isTrue();
            assertThat(serve.exitValue()).isIn(0, 130);
            try (var socket = new java.net.Socket()) {
                int port = URI.create(address).getPort();
                assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> socket.connect(new java.net.InetSocketAddress("127.0.0.1",
                        port), 2000))).as("the port is let go").isNotNull();
            }
        } finally {
            serve.destroyForcibly();
        }
    }
}
