package dev.prevent.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.Fixtures;
import dev.prevent.cli.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Commands that read a plan never write inside its folder: every file is hashed before and after each. */
class ReadCommandsTest {

    @TempDir
    Path repo;

    @TempDir
    Path elsewhere;

    @Test
    void readCommandsLeaveThePlanFolderByteForByte() throws Exception {
        Path plans = Fixtures.copy(Fixtures.shippedPlan(), repo.resolve("plans"));
        try (Git git = Git.init().setDirectory(repo.toFile()).call()) {
            git.add().addFilepattern(".").call();
            PersonIdent who = new PersonIdent("t", "t@example.org");
            git.commit().setMessage("plan").setAuthor(who).setCommitter(who).setSign(false).call();
        }
        String plan = plans.toString();
        List<List<String>> commands = List.of(
                List.of("validate"), List.of("validate", "--strict", "--format", "sarif"),
                List.of("list"), List.of("list", "--format", "csv"), List.of("overdue", "--as-of", "2016-04-01"),
                List.of("leads", "--format", "json"), List.of("schema", "objective"),
                List.of("report", "-o", elsewhere.resolve("r.html").toString()),
                List.of("report", "--format", "markdown"),
                List.of("report", "--format", "pdf", "-o", elsewhere.resolve("r.pdf").toString()),
                List.of("changes", "--since", "HEAD"),
                List.of("report", "--since", "HEAD", "-o", elsewhere.resolve("s.html").toString()));
        Map<String, String> before = hashes(plans);

        for (List<String> command : commands) {
            String[] args = Stream.concat(Stream.of("--plan", plan), command.stream()).toArray(String[]::new);
            Cli.Result result = Cli.run(args);
            assertThat(result.exit()).as("%s: %s", command, result.err()).isIn(0, 1);
            assertThat(hashes(plans)).as("the plan folder after %s", command).isEqualTo(before);
        }
    }

    private static Map<String, String> hashes(Path folder) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.toList()) {
                String name = folder.relativize(file).toString();
                hashes.put(name, Files.isDirectory(file) ? "folder" : sha256(Files.readAllBytes(file))
                        + " " + Files.getLastModifiedTime(file));
            }
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return hashes;
    }

    private static String sha256(byte[] bytes) throws java.security.NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
