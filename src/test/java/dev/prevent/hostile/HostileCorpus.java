package dev.prevent.hostile;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The hostile-input corpus under src/test/resources/hostile: one folder a case holding the files that
 * differ from a valid plan, and expected.csv saying what each must give. Cases too large to commit, and
 * those that are special files (a FIFO, links), are generated here.
 */
public final class HostileCorpus {

    public static final Path FOLDER = Path.of("src/test/resources/hostile");
    static final Path DEFAULT_PLAN = Path.of("src/test/resources/plans/queries/plan.yaml");
    static final String DEFAULT_OBJECTIVE = "id: \"1\"\nname: One\naim: Aim\nactions:\n  - id: \"1.1\"\n    title: T\n"
            + "    action: A\n    lead: COLC\n    timescale: 2015/16\n    status: on\n";

    /** One case and what it must give: exit code, and for a failing plan the rule, file and line of an error. */
    public record Case(String name, int exit, String rule, String file, Integer line, String plan, String what) {
        @Override
        public String toString() {
            return name;
        }
    }

    private HostileCorpus() {
    }

    public static Stream<Case> cases() {
        try (Reader reader = Files.newBufferedReader(FOLDER.resolve("expected.csv"))) {
            List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader).getRecords();
            return records.stream().map(r -> new Case(r.get("case"), Integer.parseInt(r.get("exit")), r.get("rule"),
                    r.get("file"), r.get("line").isEmpty() ? null : Integer.valueOf(r.get("line")), r.get("plan"), r.get("what")))
                    .toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lays a case out as a plan folder in {@code dir}: its own files, then the defaults it does not replace. */
    public static Path layOut(Case c, Path dir) throws IOException {
        Path source = FOLDER.resolve(c.name());
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = dir.resolve(source.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
        if (!Files.exists(dir.resolve("plan.yaml"))) {
            Files.copy(DEFAULT_PLAN, dir.resolve("plan.yaml"));
        }
        Path objective = dir.resolve("objective.yaml");
        switch (c.name()) {
            case "big-scalar" -> Files.writeString(objective, "id: \"1\"\nname: x\naim: y\nactions: []\nsummary: "
                    + "x".repeat(20_000_000) + "\n");
            case "ten-thousand-actions" -> Files.writeString(objective, tenThousandActions());
            case "long-flow-list" -> Files.writeString(objective, DEFAULT_OBJECTIVE + "    resources: [" + String.join(", ",
                    java.util.Collections.nCopies(80_000, "ab")) + "]\n    success_criteria:\n" + "      - met\n".repeat(100_000));
            case "long-criteria" -> Files.writeString(objective, DEFAULT_OBJECTIVE + "    success_criteria:\n"
                    + "      - TBC\n".repeat(100_000));
            case "fifo-plan-yaml" -> {
                Files.writeString(objective, DEFAULT_OBJECTIVE);
                Files.delete(dir.resolve("plan.yaml"));
                mkfifo(dir.resolve("plan.yaml"));
            }
            case "symlink-outside" -> {
                Files.writeString(objective, DEFAULT_OBJECTIVE);
                Path secret = Files.writeString(dir.resolveSibling(dir.getFileName() + "-credentials.yaml"),
                        "AWS_SECRET_ACCESS_KEY: not-for-the-log\n");
                Files.createSymbolicLink(dir.resolve("secrets.yaml"), secret);
            }
            case "symlink-dangling" -> {
                Files.writeString(objective, DEFAULT_OBJECTIVE);
                Files.createSymbolicLink(dir.resolve("gone.yaml"), dir.resolve("nowhere.yaml"));
            }
            case "symlink-loop" -> {
                Files.writeString(objective, DEFAULT_OBJECTIVE);
                Files.createSymbolicLink(dir.resolve("loop.yaml"), dir.resolve("loop.yaml"));
            }
            default -> {
                if (!Files.exists(objective)) {
                    Files.writeString(objective, DEFAULT_OBJECTIVE);
                }
            }
        }
        return dir;
    }

    private static void mkfifo(Path path) throws IOException {
        try {
            Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).start();
            if (mkfifo.waitFor() != 0) {
                throw new IOException("mkfifo failed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static String tenThousandActions() {
        StringBuilder yaml = new StringBuilder("id: \"1\"\nname: Many\naim: A national roll-up\nactions:\n");
        for (int i = 1; i <= 10_000; i++) {
            yaml.append("  - id: \"1.").append(i).append("\"\n    title: Action ").append(i)
                    .append("\n    action: Do the thing numbered ").append(i)
                    .append("\n    lead: [COLC, NHS]\n    timescale: Q").append(i % 4 + 1).append(" 2015/16\n    status: on\n");
        }
        return yaml.toString();
    }
}
