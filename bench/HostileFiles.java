import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The files bench/hostile times prevent on, made the way the reliability pass found them: a plan of N unknown leads
 * against N agencies, an Excel tracker of N overlapping merged ranges reaching row 20,000, and a Word table row of
 * N cells. Run with the built jar on the class path: java -cp target/prevent.jar bench/HostileFiles.java DIR N.
 */
public class HostileFiles {
    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("rows")) {
            copiedRows(Path.of(args[1]), Integer.parseInt(args[2]));
            return;
        }
        if (args.length == 4 && args[0].equals("frameworks")) {
            frameworksByRisks(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            return;
        }
        Path dir = Files.createDirectories(Path.of(args[0]));
        int n = Integer.parseInt(args[1]);
        Path plan = Files.createDirectories(dir.resolve("leads-" + n));
        StringBuilder header = new StringBuilder("title: Flood\nperiod: 2015/16\nstatuses:\n  - key: on\n    label: On\nagencies:\n");
        StringBuilder objective = new StringBuilder("id: 1\nname: One\naim: Aim\nactions:\n");
        for (int i = 0; i < n; i++) {
            header.append("  AGENCY").append(i).append(": Agency number ").append(i).append('\n');
            objective.append("  - id: 1.").append(i + 1).append("\n    title: T\n    action: A\n    lead: UNKNOWN").append(i)
                    .append("\n    timescale: 2015/16\n");
        }
        Files.writeString(plan.resolve("plan.yaml"), header);
        Files.writeString(plan.resolve("objective-1.yaml"), objective);
        Random random = new Random(n);
        // N distinct unknown leads against N agencies with long codes: every "did you mean" compares long words.
        Path longLeads = Files.createDirectories(dir.resolve("long-leads-" + n));
        StringBuilder longHeader = new StringBuilder("title: Flood\nperiod: 2015/16\nstatuses:\n  - key: on\n    label: On\nagencies:\n");
        StringBuilder longObjective = new StringBuilder("id: 1\nname: One\naim: Aim\nactions:\n");
        for (int i = 0; i < n; i++) {
            longHeader.append("  ").append(letters(random, 60)).append(": Agency number ").append(i).append('\n');
            longObjective.append("  - id: 1.").append(i + 1).append("\n    title: T\n    action: A\n    lead: ").append(letters(random, 60))
                    .append("\n    timescale: 2015/16\n");
        }
        Files.writeString(longLeads.resolve("plan.yaml"), longHeader);
        Files.writeString(longLeads.resolve("objective-1.yaml"), longObjective);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(dir.resolve("merged-" + n + ".xlsx"))) {
            XSSFSheet sheet = workbook.createSheet("S");
            sheet.createRow(0).createCell(0).setCellValue("ACTION");
            sheet.createRow(19_999).createCell(0).setCellValue("last");
            for (int i = 0; i < n; i++) {
                int column = random.nextInt(64);
                sheet.addMergedRegionUnsafe(new CellRangeAddress(1 + random.nextInt(50), 19_999 - random.nextInt(50), column, column));
            }
            workbook.write(out);
        }
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(dir.resolve("wide-" + n + ".docx"))) {
            document.createTable(1, 1).getRow(0).getCell(0).setText("ACTION");
            var row = document.createTable(1, 1).getRow(0).getCtRow();
            for (int i = 0; i < n; i++) {
                row.addNewTc().addNewP().addNewR().addNewT().setStringValue(Long.toString(random.nextLong(), 36));
            }
            document.write(out);
        }
    }

    private static String letters(Random random, int length) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < length; i++) {
            word.append((char) ('A' + random.nextInt(26)));
        }
        return word.toString();
    }

    /** A filled form whose first action's row is copied N times, each copy answering it: as a partner's copy and paste. */
    static void copiedRows(Path form, int n) throws Exception {
        XSSFWorkbook workbook;
        try (var in = Files.newInputStream(form)) {
            workbook = new XSSFWorkbook(in);
        }
        XSSFSheet sheet = workbook.getSheetAt(0);
        var first = sheet.getRow(7);
        for (int i = 0; i < n; i++) {
            var copy = sheet.createRow(sheet.getLastRowNum() + 1);
            for (int c = 0; c < 9; c++) {
                copy.createCell(c).setCellValue(first.getCell(c) == null ? "" : first.getCell(c).toString());
            }
            copy.createCell(9).setCellValue("On target");
            copy.createCell(10).setCellValue("Copied answer " + i);
        }
        try (OutputStream out = Files.newOutputStream(form)) {
            workbook.write(out);
        }
        workbook.close();
    }

    /**
     * A plan of ACTIONS actions, each serving every one of ITEMS framework items and responding to every one of ITEMS
     * risks: the paper's "Serves" lines and coverage tables grow as items times actions.
     */
    private static void frameworksByRisks(Path dir, int items, int actions) throws Exception {
        Files.createDirectories(dir);
        StringBuilder header = new StringBuilder("title: Frameworks by risks\nperiod: 2015/16\nstatuses:\n  - key: red\n"
                + "    label: Behind\n  - key: green\n    label: On target\nagencies:\n  COLC: City of London Corporation\n"
                + "frameworks:\n  bench:\n    name: Benchmarks\n    items:\n");
        StringBuilder served = new StringBuilder();
        StringBuilder risked = new StringBuilder();
        for (int i = 0; i < items; i++) {
            header.append("      b").append(i).append(": Benchmark number ").append(i).append(" of the partnership assurance framework\n");
            served.append(i == 0 ? "" : ", ").append('b').append(i);
            risked.append(i == 0 ? "" : ", ").append('r').append(i);
        }
        header.append("risks:\n");
        for (int i = 0; i < items; i++) {
            header.append("  r").append(i).append(":\n    name: Risk number ").append(i).append(" in the local area\n    rating: high\n");
        }
        StringBuilder objective = new StringBuilder("id: \"1\"\nname: One\naim: Aim one\nactions:\n");
        for (int a = 1; a <= actions; a++) {
            objective.append("  - id: \"1.").append(a).append("\"\n    action: Action ").append(a)
                    .append("\n    lead: COLC\n    timescale: 2015/16\n    status: green\n    serves:\n      bench: [")
                    .append(served).append("]\n    risks: [").append(risked).append("]\n");
        }
        Files.writeString(dir.resolve("plan.yaml"), header);
        Files.writeString(dir.resolve("objective-1.yaml"), objective);
    }
}
