package dev.prevent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The release archives of {@code mvn package}, unpacked as a council's IT would: the zip run by its POSIX
 * launcher (under dash, so no bash feature hides in it) with Java but no Maven on the PATH, the Linux image
 * with no Java on the PATH at all, and both through a symbolic link from a third folder. Each must answer as
 * the jar does.
 */
class DistributionIT {

    static final Path DISTRIBUTIONS = Path.of("target/distributions");
    static final Path SHIPPED = Path.of("plans").toAbsolutePath();

    @TempDir
    Path dir;

    Path tools;

    private record Run(int exit, String out, String err) {
    }

    /** A PATH of only the tools the launcher uses, and java when asked: no mvn, and no java unless given. */
    @BeforeEach
    void aBareMachine() throws Exception {
        tools = Files.createDirectories(dir.resolve("tools"));
        for (String tool : List.of("readlink", "mkdir", "mv", "rm", "ln")) {
            Files.createSymbolicLink(tools.resolve(tool), Path.of("/usr/bin", tool).toRealPath());
        }
    }

    private Run run(Path launcher, Path cwd, boolean withJava, String... args) throws Exception {
        return run(launcher, cwd, withJava, Map.of("HOME", dir.resolve("home").toString()), args);
    }

    private Run run(Path launcher, Path cwd, boolean withJava, Map<String, String> more, String... args) throws Exception {
        Path bin = withJava ? Files.createDirectories(dir.resolve("with-java")) : tools;
        if (withJava && !Files.exists(bin.resolve("java"))) {
            for (String tool : List.of("readlink", "mkdir", "mv", "rm", "ln")) {
                Files.createSymbolicLink(bin.resolve(tool), tools.resolve(tool).toRealPath());
            }
            Files.createSymbolicLink(bin.resolve("java"), Path.of(System.getProperty("java.home"), "bin", "java"));
        }
        List<String> command = new ArrayList<>(List.of("/bin/dash", launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile());
        Map<String, String> env = builder.environment();
        env.clear();
        env.put("PATH", bin.toString());
        env.putAll(more);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), out, err);
    }

    private static Run jar(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", Path.of("target/prevent.jar").toAbsolutePath().toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), out, err);
    }

    private static void unpack(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
    }

    private static String version() throws Exception {
        try (var files = Files.list(DISTRIBUTIONS)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.matches("prevent-[\\d.]+\\.zip")).findFirst()
                    .orElseThrow().replaceAll("^prevent-|\\.zip$", "");
        }
    }

    @Test
    void theZipRunsWithJavaButNoMavenAsTheJarDoes() throws Exception {
        String version = version();
        unpack("unzip", "-q", DISTRIBUTIONS.resolve("prevent-" + version + ".zip").toAbsolutePath().toString(), "-d", dir.toString());
        Path home = dir.resolve("prevent-" + version);
        Path launcher = home.resolve("bin/prevent");

        Run validate = run(launcher, dir, true, "--plan", SHIPPED.toString(), "validate", "--as-of", "2016-04-01");
        Run again = run(launcher, dir, true, "--plan", SHIPPED.toString(), "validate", "--as-of", "2016-04-01");
        Run report = run(launcher, dir, true, "--plan", SHIPPED.toString(), "report", "--as-of", "2016-04-01", "-o", "paper.html");
        Run expected = jar("--plan", SHIPPED.toString(), "validate", "--as-of", "2016-04-01");

        assertThat(Files.isExecutable(launcher)).as("the zip keeps the launcher's mode").isTrue();
        assertThat(validate.exit()).as(validate.err()).isZero();
        assertThat(validate.out()).isEqualTo(expected.out());
        assertThat(validate.err()).isEmpty();
        assertThat(again.out()).isEqualTo(expected.out());
        assertThat(report.exit()).as(report.err()).isZero();
        assertThat(Files.readString(dir.resolve("paper.html"))).startsWith("<!DOCTYPE html>");
        try (var archives = Files.list(dir.resolve("home/.cache/prevent"))) {
            assertThat(archives.map(p -> p.getFileName().toString())).as("a start-up archive in the user's cache")
                    .anyMatch(name -> name.endsWith(".jsa"));
        }
        assertThat(home.resolve("completion/prevent.bash")).content().contains("_prevent_plan_values");
        assertThat(home.resolve("man/man1/prevent-update.1")).exists();
        assertThat(home.resolve("LICENSE")).exists();
        // The release's README: every link and image leads to a file of the release, and its examples name this version.
        assertThat(dev.prevent.MarkdownLinks.broken(home.resolve("README.md"))).isEmpty();
        assertThat(Files.readString(home.resolve("README.md"))).contains("prevent-" + version + ".zip").doesNotContain("${");
        assertThat(Files.readString(home.resolve("docs/ci.md"))).contains("OWNER/prevent@v" + version).doesNotContain("${");
        assertThat(home.resolve("plans/plan.yaml")).exists();
    }

    /** The shipped plan validated as of its year's end: what the archive tests run, by the jar and by the launcher. */
    static final String[] VALIDATE = {"--plan", SHIPPED.toString(), "validate", "--as-of", "2016-04-01"};

    /** The release zip unpacked into the test's folder, as a council's IT would; its POSIX launcher. */
    private Path unzipped(String version) throws Exception {
        unpack("unzip", "-q", DISTRIBUTIONS.resolve("prevent-" + version + ".zip").toAbsolutePath().toString(), "-d", dir.toString());
        return dir.resolve("prevent-" + version).resolve("bin/prevent");
    }

    /** How an archive is damaged: with its modification time moved on (a write), or kept (bit rot, a restore, cp -p). */
    enum Damage { TIME_MOVED_ON, TIME_KEPT }

    @ParameterizedTest
    @EnumSource(Damage.class)
    void aDamagedStartUpArchiveIsMadeAgainAndTheRunGoesOn(Damage damage) throws Exception {
        String version = version();
        Path launcher = unzipped(version);
        Path cwd = Files.createDirectories(dir.resolve("work"));
        Run expected = jar(VALIDATE);
        String[] validate = VALIDATE;

        Run first = run(launcher, cwd, true, validate);
        Path archive = archiveIn(dir.resolve("home/.cache/prevent"));
        // Made whole, by this Java, for this release: the marks the launcher checks before it uses the archive.
        assertThat(archive.resolveSibling(archive.getFileName() + ".whole")).exists();
        assertThat(archive.resolveSibling(archive.getFileName() + ".java").toRealPath())
                .isEqualTo(Path.of(System.getProperty("java.home"), "bin/java").toRealPath());
        assertThat(archive.resolveSibling(archive.getFileName() + ".jar").toRealPath())
                .isEqualTo(dir.resolve("prevent-" + version + "/lib/prevent.jar").toRealPath());
        byte[] whole = Files.readAllBytes(archive);
        FileTime made = Files.getLastModifiedTime(archive);
        archive.toFile().setWritable(true);
        try (var write = java.nio.channels.FileChannel.open(archive, java.nio.file.StandardOpenOption.WRITE)) {
            write.write(java.nio.ByteBuffer.wrap(new byte[4096]), 8192);
        }
        Files.setLastModifiedTime(archive, damage == Damage.TIME_KEPT ? made : FileTime.fromMillis(made.toMillis() + 5_000));
        Run damaged = run(launcher, cwd, true, validate);
        Run remade = run(launcher, cwd, true, validate);
        Run after = run(launcher, cwd, true, validate);

        assertThat(List.of(first.out(), damaged.out(), remade.out(), after.out())).containsOnly(expected.out());
        assertThat(List.of(damaged, remade, after)).allSatisfy(run -> {
            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(run.err()).isEmpty();
        });
        try (var left = Files.list(cwd)) {
            assertThat(left).as("no hs_err log").isEmpty();
        }
        Path again = archiveIn(dir.resolve("home/.cache/prevent"));
        assertThat(again.resolveSibling(again.getFileName() + ".whole")).as("the archive made again, whole").exists();
        assertThat(Files.readAllBytes(again)).as("the archive made again is not the damaged one").isNotEqualTo(damagedBytes(whole));
    }

    /** The archive as the test damaged it: 4 KiB of zeros at 8 KiB. */
    private static byte[] damagedBytes(byte[] whole) {
        byte[] damaged = whole.clone();
        java.util.Arrays.fill(damaged, 8192, Math.min(damaged.length, 8192 + 4096), (byte) 0);
        return damaged;
    }

    private static Path archiveIn(Path cache) throws Exception {
        try (var files = Files.list(cache)) {
            return files.filter(p -> p.toString().endsWith(".jsa")).findFirst().orElseThrow();
        }
    }

    @Test
    void theLauncherNeverLeavesTheCacheItShould() throws Exception {
        Path launcher = unzipped(version());
        Path cwd = Files.createDirectories(dir.resolve("work"));
        Run expected = jar(VALIDATE);
        String[] validate = VALIDATE;

        boolean nonexistentBefore = Files.exists(Path.of("/nonexistent"));
        Run noHome = run(launcher, cwd, true, Map.of(), validate);
        Run relativeCache = run(launcher, cwd, true, Map.of("XDG_CACHE_HOME", "cache", "HOME", dir.resolve("home").toString()), validate);
        Run version17 = run(launcher, cwd, true, Map.of("PREVENT_JAVA_OPTS", "-Xmx512m -version",
                "HOME", dir.resolve("home").toString()), validate);

        assertThat(noHome.out()).isEqualTo(expected.out());
        assertThat(Files.exists(Path.of("/nonexistent"))).as("no cache made under /nonexistent").isEqualTo(nonexistentBefore);
        assertThat(relativeCache.out()).isEqualTo(expected.out());
        assertThat(cwd.resolve("cache")).as("a relative XDG_CACHE_HOME is ignored").doesNotExist();
        assertThat(version17.exit()).isEqualTo(2);
        assertThat(version17.err()).isEqualTo("prevent: PREVENT_JAVA_OPTS holds '-version', which stops Java before prevent runs or "
                + "runs something else; remove it\n");
    }

    @Test
    void theLinuxImageRunsWithNoJavaOnThePath() throws Exception {
        String version = version();
        unpack("tar", "-xzf", DISTRIBUTIONS.resolve("prevent-" + version + "-linux-x64.tar.gz").toAbsolutePath().toString(),
                "-C", dir.toString());
        Path launcher = dir.resolve("prevent-" + version + "/bin/prevent");

        Run validate = run(launcher, dir, false, "--plan", SHIPPED.toString(), "validate", "--as-of", "2016-04-01");
        Run pdf = run(launcher, dir, false, "--plan", SHIPPED.toString(), "report", "--format", "pdf", "--as-of", "2016-04-01",
                "-o", "paper.pdf");

        assertThat(validate.exit()).as(validate.err()).isZero();
        assertThat(validate.out()).isEqualTo(jar("--plan", SHIPPED.toString(), "validate", "--as-of", "2016-04-01").out());
        assertThat(pdf.exit()).as(pdf.err()).isZero();
        assertThat(Files.readAllBytes(dir.resolve("paper.pdf"))).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));

        // Office in and out needs the XML modules of the image's runtime: the Word paper, read back by import.
        Run docx = run(launcher, dir, false, "--plan", SHIPPED.toString(), "report", "--format", "docx", "-o", "paper.docx");
        Path into = Files.createDirectories(dir.resolve("new-plan"));
        Files.copy(SHIPPED.resolve("plan.yaml"), into.resolve("plan.yaml"));
        Run imported = run(launcher, dir, false, "--plan", into.toString(), "import", "paper.docx");
        assertThat(docx.exit()).as(docx.err()).isZero();
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("(6 actions)", "(4 actions)");
        assertThat(imported.err()).doesNotContain("Log4j", "Exception");
    }

    @Test
    void bothRunThroughASymbolicLinkFromAThirdFolder() throws Exception {
        String version = version();
        Path zip = Files.createDirectories(dir.resolve("zip"));
        Path image = Files.createDirectories(dir.resolve("image"));
        unpack("unzip", "-q", DISTRIBUTIONS.resolve("prevent-" + version + ".zip").toAbsolutePath().toString(), "-d", zip.toString());
        unpack("tar", "-xzf", DISTRIBUTIONS.resolve("prevent-" + version + "-linux-x64.tar.gz").toAbsolutePath().toString(),
                "-C", image.toString());
        Path links = Files.createDirectories(dir.resolve("bin"));
        Files.createSymbolicLink(links.resolve("prevent"), zip.resolve("prevent-" + version + "/bin/prevent"));
        Files.createSymbolicLink(links.resolve("prevent-image"), Path.of("../image/prevent-" + version + "/bin/prevent"));
        Path elsewhere = Files.createDirectories(dir.resolve("somewhere/else"));

        Run viaZip = run(links.resolve("prevent"), elsewhere, true, "--version");
        Run viaImage = run(links.resolve("prevent-image"), elsewhere, false, "--plan", SHIPPED.toString(), "leads");

        assertThat(viaZip.exit()).as(viaZip.err()).isZero();
        assertThat(viaZip.out()).startsWith("prevent " + version);
        assertThat(viaImage.exit()).as(viaImage.err()).isZero();
        assertThat(viaImage.out()).contains("COLP", "8 agencies");
    }

    @Test
    void theWindowsLauncherHasTheShapeOfTheOthers() throws Exception {
        // It cannot run here: its structure is checked instead (CRLF lines, its home from %~dp0, the same jar
        // and main class, the arguments passed on whole, the exit code passed back).
        String cmd = Files.readString(Path.of("src/dist/bin/prevent.cmd"));

        assertThat(cmd.replace("\r\n", "")).doesNotContain("\n");
        assertThat(cmd).startsWith("@echo off\r\n").contains("set \"PREVENT_HOME=%~dp0..\"",
                "\"%PREVENT_HOME%\\runtime\\bin\\java.exe\"", "%JAVA_HOME%\\bin\\java.exe",
                "-cp \"%PREVENT_JAR%\" dev.prevent.cli.Main %*", "set \"PREVENT_JAR=%PREVENT_HOME%\\lib\\prevent.jar\"",
                "exit /b %PREVENT_STATUS%");
        // As bin/prevent: Java checked for with a message saying what to install, a start-up archive kept per release
        // and runtime under the user's local application data, and UTF-8 for the run with the code page put back.
        assertThat(cmd).contains("needs Java 17 or later", "https://adoptium.net", "%LOCALAPPDATA%\\prevent",
                "-XX:SharedArchiveFile=\"%PREVENT_ARCHIVE%\" -Xshare:auto", "-Xshare:dump", "chcp 65001",
                "chcp %PREVENT_CP%", "-Dsun.stdout.encoding=UTF-8");
        assertThat(cmd.lines().filter(line -> line.contains("dev.prevent.cli.Main %*")).count()).as("each way of running").isEqualTo(3);
    }
}
