package dev.prevent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.FilledForms;
import dev.prevent.Fixtures;
import dev.prevent.returns.FormCell;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The round of progress returns: a form per lead agency made from the plan, filled in as a partner fills it in Excel
 * (here with POI), and read back into the plan as the same edits {@code prevent update} makes, byte for byte, with
 * every unsafe answer listed rather than applied.
 */
class ProgressReturnsTest {

    @TempDir
    Path dir;

    Path plan;
    Path forms;
    Path all;

    @BeforeEach
    void aRequestForTheShippedPlan() {
        plan = Fixtures.copy(Fixtures.shippedPlan(), dir.resolve("plans"));
        forms = dir.resolve("forms");
        Cli.Result request = Cli.on(plan, "request", "--meeting", "2026-12-10", "--due", "2026-12-07", "--into", forms.toString());
        assertThat(request.exit()).as(request.all()).isZero();
        assertThat(request.out()).contains("ALL progress return 2026-12-10.xlsx (6 actions led by All partners)",
                "COLC progress return 2026-12-10.xlsx (1 action led by City of London Corporation)");
        all = forms.resolve("ALL progress return 2026-12-10.xlsx");
    }

    @Test
    void theFormHoldsTheAgencysOpenActionsWithOnlyItsInputCellsOpenAndADropDownOfThePlansStatuses() throws IOException {
        try (InputStream in = Files.newInputStream(all); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheet("Progress");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Progress return: All partners (ALL)");
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).contains("by 7 December 2026");
            assertThat(sheet.getProtect()).as("protected").isTrue();
            assertThat(workbook.isSheetHidden(workbook.getSheetIndex("Statuses"))).isTrue();
            assertThat(workbook.isSheetVeryHidden(workbook.getSheetIndex("prevent"))).isTrue();
            Row first = sheet.getRow(7);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("1.1");
            assertThat(first.getCell(1).getCellStyle().getLocked()).isTrue();
            assertThat(FormCell.of(first, "New status").getCellStyle().getLocked()).isFalse();
            assertThat(FormCell.of(first, "Progress note").getCellStyle().getLocked()).isFalse();
            // The date of update is left for the partner: never the meeting's day, which is in the future.
            assertThat(FormCell.of(first, "Date of update").getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.BLANK);
            assertThat(FormCell.of(first, "Date of update").getCellStyle().getLocked()).isFalse();
            assertThat(first.getCell(3).getStringCellValue()).startsWith("• Monitor at risk communities and locations\n• Number and type");
            List<XSSFDataValidation> validations = sheet.getDataValidations();
            assertThat(validations).singleElement().satisfies(v -> {
                assertThat(v.getValidationConstraint().getFormula1()).isEqualTo("'Statuses'!$A$1:$A$3");
                assertThat(v.getRegions().getCellRangeAddress(0).formatAsString()).isEqualTo("H8:H13");
            });
            XSSFSheet statuses = workbook.getSheet("Statuses");
            assertThat(List.of(statuses.getRow(0).getCell(0).getStringCellValue(), statuses.getRow(1).getCell(0).getStringCellValue(),
                    statuses.getRow(2).getCell(0).getStringCellValue())).containsExactly("Behind", "Ongoing", "On target");
            var custom = workbook.getProperties().getCustomProperties();
            assertThat(custom.getProperty("prevent-agency").getLpwstr()).isEqualTo("ALL");
            assertThat(custom.getProperty("prevent-period").getLpwstr()).isEqualTo("2015/16");
        }
    }

    @Test
    void aFilledFormBecomesTheEditsUpdateMakesAndWhatIsUnsafeIsListedNotApplied() throws IOException {
        fill(all, sheet -> {
            answer(sheet, "1.1", "On target", "Met the faith forum\nNext: the mosque open day", null);
            answer(sheet, "1.2", "on track", "Speakers booked", "01/12/2026");
            answer(sheet, "1.4", "Behind", "", null);
            row(sheet, "1.4").getCell(1).setCellValue("Universities, renamed");
            Row added = sheet.createRow(sheet.getLastRowNum() + 1);
            added.createCell(0).setCellValue("3.1");
            FormCell.of(added, "New status").setCellValue("Ongoing");
        });
        Path expected = Fixtures.copy(Fixtures.shippedPlan(), dir.resolve("expected"));
        // An answer with no date is dated the day the form is read: today, as update dates one.
        assertThat(Cli.on(expected, "update", "1.1", "--status", "green", "--note", "Met the faith forum\nNext: the mosque open day")
                .exit()).isZero();
        assertThat(Cli.on(expected, "update", "1.2", "--status", "green", "--note", "Speakers booked", "--date", "2026-12-01").exit()).isZero();
        assertThat(Cli.on(expected, "update", "1.4", "--status", "red").exit()).isZero();

        Cli.Result result = Cli.on(plan, "returns", all.toString());

        assertThat(result.exit()).as(result.all()).isZero();
        assertThat(plan.resolve("objective-1-ideologies.yaml")).hasSameBinaryContentAs(expected.resolve("objective-1-ideologies.yaml"));
        assertThat(plan.resolve("objective-3-institutions.yaml")).hasSameBinaryContentAs(expected.resolve("objective-3-institutions.yaml"));
        assertThat(result.out()).contains(
                "row 9: status 'on track' read as green (On target)",
                "row 11: action 1.4's Title was changed in the form; only the status, note and date are read, so that change is not applied",
                "row 14: action '3.1' was not in the form as sent (it is led by COLC, COLP, Health, ED, Probation, CHSA, CHSC); its answer is not applied",
                "wrote " + plan.resolve("objective-1-ideologies.yaml"));

        Cli.Result again = Cli.on(plan, "returns", all.toString());
        assertThat(again.exit()).as(again.all()).isZero();
        assertThat(again.out()).contains("nothing new to record (3 answers are in the plan already)");
        assertThat(plan.resolve("objective-1-ideologies.yaml")).hasSameBinaryContentAs(expected.resolve("objective-1-ideologies.yaml"));
    }

    @Test
    void anActionThatChangedAfterTheRequestIsShownBesideTheFormsAnswerAndAppliedOnlyWithForce() throws IOException {
        fill(all, sheet -> answer(sheet, "1.1", "On target", "Done", null));
        assertThat(Cli.on(plan, "update", "1.1", "--status", "red", "--note", "Venue lost", "--date", "2026-12-05").exit()).isZero();
        byte[] before = Files.readAllBytes(plan.resolve("objective-1-ideologies.yaml"));

        Cli.Result result = Cli.on(plan, "returns", all.toString());

        assertThat(result.exit()).isOne();
        assertThat(result.out()).contains("not applied: action 1.1 changed after the form was made on ", "it is now Behind, last updated "
                + "5 December 2026; the form says On target, 'Done'. Not applied; check it, and give --force to apply the form's answer anyway");
        assertThat(Files.readAllBytes(plan.resolve("objective-1-ideologies.yaml"))).isEqualTo(before);

        Cli.Result forced = Cli.on(plan, "returns", all.toString(), "--force");
        assertThat(forced.exit()).as(forced.all()).isZero();
        assertThat(Files.readString(plan.resolve("objective-1-ideologies.yaml"))).contains("note: Done");
    }

    @Test
    void aFormOfAnotherPlanOrYearIsRefusedWhole() throws IOException {
        fill(all, sheet -> answer(sheet, "1.1", "On target", "Done", null));
        Path plan2 = Fixtures.copy(Fixtures.shippedPlan(), dir.resolve("other"));
        Files.writeString(plan2.resolve("plan.yaml"), Files.readString(plan2.resolve("plan.yaml")).replace("period: 2015/16", "period: 2016/17"));
        byte[] before = Files.readAllBytes(plan2.resolve("objective-1-ideologies.yaml"));

        Cli.Result result = Cli.on(plan2, "returns", all.toString());

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("is a return for 'Appendix 3: City of London Prevent Delivery Plan 2015/2016', 2015/16, not for this plan", "2016/17), so nothing was read from it");
        assertThat(Files.readAllBytes(plan2.resolve("objective-1-ideologies.yaml"))).isEqualTo(before);
    }

    @Test
    void badFilesGetAClearMessageAndChangeNothing() throws Exception {
        Path xls = dir.resolve("old.xls");
        try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(xls)) {
            workbook.createSheet("Progress");
            workbook.write(out);
        }
        Path locked = dir.resolve("locked.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                Files.copy(all, out);
            }
            try (OutputStream out = Files.newOutputStream(locked)) {
                fs.writeFilesystem(out);
            }
        }
        Path plain = dir.resolve("plain.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(plain)) {
            workbook.createSheet("Progress");
            workbook.write(out);
        }
        Path text = Files.writeString(dir.resolve("notes.xlsx"), "not a workbook");
        Path bomb = dir.resolve("bomb.xlsx");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                    + ".spreadsheetml.sheet.main+xml\"/></Types>").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/workbook.xml"));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 80; i++) {
                zip.write(spaces);
            }
        }
        byte[] before = Files.readAllBytes(plan.resolve("objective-1-ideologies.yaml"));

        assertThat(Cli.on(plan, "returns", xls.toString()).err()).contains("is in the old Excel format (.xls)");
        assertThat(Cli.on(plan, "returns", locked.toString()).err()).contains("is protected with a password, so it cannot be read");
        assertThat(Cli.on(plan, "returns", plain.toString()).err()).contains("is not a progress return made by prevent request");
        Cli.Result renamed = Cli.on(plan, "returns", text.toString());
        assertThat(renamed.exit()).isEqualTo(2);
        assertThat(renamed.err()).contains("is not an Excel workbook or a Word document, so it is no progress return");
        Cli.Result bombed = Cli.on(plan, "returns", bomb.toString());
        assertThat(bombed.exit()).isEqualTo(2);
        assertThat(bombed.err()).contains("it unpacks to far more than a real document does (a zip bomb?)").doesNotContain("\tat ");
        assertThat(Files.readAllBytes(plan.resolve("objective-1-ideologies.yaml"))).isEqualTo(before);
    }

    @Test
    void theAgenciesThatHaveNotRepliedAreListedWithTheirOpenActions() throws IOException {
        // Other progress recorded since the forms were made (by update, by import) is no reply to a form.
        assertThat(Cli.on(plan, "update", "3.1", "--status", "green").exit()).isZero();
        Cli.Result before = Cli.on(plan, "returns", "--outstanding", forms.toString());
        assertThat(before.out()).contains("COLC City of London Corporation: no reply", "8 of 8 forms have not been read by prevent returns");

        fill(all, sheet -> answer(sheet, "1.1", "On target", "Done", null));
        assertThat(Cli.on(plan, "returns", all.toString()).exit()).isZero();
        // A file that is not a form is listed with why, and the forms are counted all the same.
        Files.writeString(forms.resolve("notes.xlsx"), "not a workbook");

        Cli.Result result = Cli.on(plan, "returns", "--outstanding", forms.toString());

        assertThat(result.exit()).as(result.all()).isZero();
        assertThat(result.out()).doesNotContain("ALL All partners").contains("COLC City of London Corporation: no reply to the form of ",
                "1 open action: 3.1", "not a form: " + forms.resolve("notes.xlsx"),
                "7 of 8 forms have not been read by prevent returns; 1 file is not a form (above)");
        assertThat(forms.resolve("forms-read.csv")).content().startsWith("agency,requested,meeting,file,read\r\nALL,");
    }

    @Test
    void aDraftEmailToTheAgencysContactCarriesItsForm() throws Exception {
        Files.writeString(plan.resolve("plan.yaml"), Files.readString(plan.resolve("plan.yaml"))
                .replace("  COLP: City of London Police\n", "  COLP:\n    name: City of London Police\n    email: prevent@colp.example.gov.uk\n"));
        Path drafts = dir.resolve("drafts");

        Cli.Result result = Cli.on(plan, "request", "--meeting", "2026-12-10", "--due", "2026-12-07", "--into", drafts.toString(), "--eml");

        assertThat(result.exit()).as(result.all()).isZero();
        assertThat(result.out()).contains("COLP progress return 2026-12-10.eml (a draft to prevent@colp.example.gov.uk)",
                "COLC progress return 2026-12-10.eml (a draft to no one: plan.yaml has no email for COLC");
        jakarta.mail.internet.MimeMessage message;
        try (InputStream in = Files.newInputStream(drafts.resolve("COLP progress return 2026-12-10.eml"))) {
            message = new jakarta.mail.internet.MimeMessage(jakarta.mail.Session.getInstance(new java.util.Properties()), in);
        }
        assertThat(message.getHeader("X-Unsent", null)).isEqualTo("1");
        assertThat(message.getAllRecipients()).extracting(Object::toString).containsExactly("City of London Police <prevent@colp.example.gov.uk>");
        assertThat(message.getSubject()).isEqualTo("Prevent progress return for the meeting on 10 December 2026: City of London Police");
        var parts = (jakarta.mail.internet.MimeMultipart) message.getContent();
        assertThat(parts.getBodyPart(0).getContent().toString()).contains("by 7 December 2026");
        var attachment = parts.getBodyPart(1);
        assertThat(attachment.getFileName()).isEqualTo("COLP progress return 2026-12-10.xlsx");
        assertThat(attachment.getContentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(attachment.getInputStream().readAllBytes()).isEqualTo(Files.readAllBytes(drafts.resolve("COLP progress return 2026-12-10.xlsx")));
    }

    @Test
    void anAgencysEmailMustBeAnAddress() throws IOException {
        Files.writeString(plan.resolve("plan.yaml"), Files.readString(plan.resolve("plan.yaml"))
                .replace("  COLP: City of London Police\n", "  COLP:\n    name: City of London Police\n    email: the police\n"));

        Cli.Result result = Cli.on(plan, "validate");

        assertThat(result.exit()).isOne();
        assertThat(result.out()).contains("error: the email of agency 'COLP' is 'the police', which is not an email address");
    }

    @Test
    void aWordFormIsFilledInItsContentControlsAndReadBackAsTheExcelOneIs() throws IOException {
        Path word = dir.resolve("word");
        Cli.Result request = Cli.on(plan, "request", "--lead", "ALL", "--meeting", "2026-12-10", "--into", word.toString(), "--format", "docx");
        assertThat(request.exit()).as(request.all()).isZero();
        Path form = word.resolve("ALL progress return 2026-12-10.docx");
        org.apache.poi.xwpf.usermodel.XWPFDocument document;
        try (InputStream in = Files.newInputStream(form)) {
            document = new org.apache.poi.xwpf.usermodel.XWPFDocument(in);
        }
        assertThat(document.isEnforcedFillingFormsProtection()).isTrue();
        var statuses = FilledForms.controls(document, "prevent-status:1.1").get(0).getSdtPr().getDropDownList().getListItemList();
        assertThat(statuses).extracting(item -> item.getDisplayText()).containsExactly("Behind", "Ongoing", "On target");
        FilledForms.fill(document, "prevent-status:1.1", "On target");
        FilledForms.fill(document, "prevent-note:1.1", "Met the faith forum");
        FilledForms.fill(document, "prevent-status:1.2", "Ongoing");
        FilledForms.fill(document, "prevent-date:1.2", "01/12/2026");
        try (OutputStream out = Files.newOutputStream(form)) {
            document.write(out);
        }
        document.close();
        Path expected = Fixtures.copy(Fixtures.shippedPlan(), dir.resolve("expected"));
        assertThat(Cli.on(expected, "update", "1.1", "--status", "green", "--note", "Met the faith forum").exit()).isZero();
        assertThat(Cli.on(expected, "update", "1.2", "--status", "blue", "--date", "2026-12-01").exit()).isZero();

        Cli.Result result = Cli.on(plan, "returns", form.toString());

        assertThat(result.exit()).as(result.all()).isZero();
        assertThat(plan.resolve("objective-1-ideologies.yaml")).hasSameBinaryContentAs(expected.resolve("objective-1-ideologies.yaml"));
        assertThat(Cli.on(plan, "returns", form.toString()).out()).contains("nothing new to record (2 answers are in the plan already)");
    }

    @Test
    void aPlanWithEveryKindOfStatusGetsItsOwnScaleInTheDropDownAndNoClosedAction() throws IOException {
        Path queries = Fixtures.copy(Fixtures.plan("queries"), dir.resolve("queries"));
        Path into = dir.resolve("queries-forms");

        Cli.Result result = Cli.on(queries, "request", "--meeting", "2026-12-10", "--into", into.toString());
        Cli.Result none = Cli.on(queries, "request", "--lead", "SPARE", "--meeting", "2026-12-10", "--into", dir.resolve("x").toString());

        assertThat(result.exit()).as(result.all()).isZero();
        assertThat(result.out()).doesNotContain("SPARE").contains("COLP progress return 2026-12-10.xlsx (3 actions led by City of London Police)");
        try (InputStream in = Files.newInputStream(into.resolve("COLP progress return 2026-12-10.xlsx")); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheet("Progress");
            List<String> ids = new java.util.ArrayList<>();
            for (int r = 7; r <= sheet.getLastRowNum(); r++) {
                ids.add(sheet.getRow(r).getCell(0).getStringCellValue());
            }
            assertThat(ids).as("the closed action 1.10 is not asked about").containsExactly("1.2", "2.2", "10.3");
            XSSFSheet statuses = workbook.getSheet("Statuses");
            assertThat(statuses.getLastRowNum()).isEqualTo(3);
            assertThat(List.of(statuses.getRow(0).getCell(0).getStringCellValue(), statuses.getRow(3).getCell(0).getStringCellValue()))
                    .containsExactly("Off track", "Done");
        }
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).contains("SPARE (An agency that leads nothing) leads no open action, so it has nothing to report");
    }

    private interface Filling {
        void fill(XSSFSheet sheet);
    }

    private static void fill(Path form, Filling filling) {
        FilledForms.edit(form, workbook -> filling.fill(workbook.getSheet("Progress")));
    }

    private static Row row(XSSFSheet sheet, String id) {
        return FilledForms.row(sheet, id);
    }

    private static void answer(XSSFSheet sheet, String id, String status, String note, String date) {
        Row row = row(sheet, id);
        FormCell.of(row, "New status").setCellValue(status);
        FormCell.of(row, "Progress note").setCellValue(note);
        if (date != null) {
            FormCell.of(row, "Date of update").setCellValue(date);
        }
    }
}
