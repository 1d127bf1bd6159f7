package dev.prevent.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.model.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How a plan file is read, at the edges a user meets: the size limit exactly, a file the disk will not give back,
 * where a syntax error's construct started, and where bytes that are not UTF-8 are. Files come from a
 * {@link PlanFiles} of the test's own, so no test relies on permissions (root reads a chmod 000 file) or on
 * writing 16 MB.
 */
class YamlFileTest {

    static final Path FOLDER = Path.of("plans");
    static final Path FILE = FOLDER.resolve("objective-1.yaml");

    /** One file, of the size it claims to be, that throws when read if asked to. */
    record OneFile(byte[] bytes, long size, IOException failure) implements PlanFiles {
        @Override
        public Path folder() {
            return FOLDER;
        }

        @Override
        public List<Path> list() {
            return List.of(FILE);
        }

        @Override
        public long size(Path file) {
            return size;
        }

        @Override
        public byte[] read(Path file) throws IOException {
            if (failure != null) {
                throw failure;
            }
            return bytes.clone();
        }
    }

    static List<Diagnostic> read(PlanFiles files) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        YamlFile.read(files, FILE, diagnostics::add);
        return diagnostics;
    }

    static List<String> messages(PlanFiles files) {
        return read(files).stream().map(d -> d.at().line() + ":" + d.at().column() + " " + d.message()).toList();
    }

    static PlanFiles text(String yaml) {
        byte[] bytes = yaml.getBytes(StandardCharsets.UTF_8);
        return new OneFile(bytes, bytes.length, null);
    }

    @Test
    void aFileOfExactlyTheLimitIsReadAndOneByteMoreIsNot() {
        byte[] yaml = "id: \"1\"\n".getBytes(StandardCharsets.UTF_8);

        List<Diagnostic> atLimit = read(new OneFile(yaml, YamlFile.MAX_BYTES, null));
        List<Diagnostic> over = read(new OneFile(yaml, YamlFile.MAX_BYTES + 1L, null));

        assertThat(atLimit).isEmpty();
        assertThat(over).singleElement().satisfies(d -> {
            assertThat(d.message()).isEqualTo("the file is 16.8 MB; a plan file may be at most 16 MB");
            assertThat(d.at().hasLine()).isFalse();
        });
        assertThat(YamlFile.text(new OneFile(yaml, YamlFile.MAX_BYTES, null), FILE)).contains("id: \"1\"\n");
        assertThat(YamlFile.text(new OneFile(yaml, YamlFile.MAX_BYTES + 1L, null), FILE)).isEmpty();
    }

    @Test
    void aFileTheDiskWillNotGiveBackIsAnErrorNamingWhy() {
        List<Diagnostic> diagnostics = read(new OneFile(new byte[0], 10, new IOException("Input/output error")));

        assertThat(diagnostics).singleElement().satisfies(d -> {
            assertThat(d.message()).isEqualTo("the file cannot be read (IOException: Input/output error)");
            assertThat(d.isError()).isTrue();
            assertThat(d.at().file()).isEqualTo(FILE);
        });
        assertThat(YamlFile.text(new OneFile(new byte[0], 10, new IOException("gone")), FILE)).isEmpty();
        assertThat(YamlFile.read(new OneFile(new byte[0], 10, new IOException("gone")), FILE, d -> { }).root()).isEmpty();
    }

    @Test
    void aSyntaxErrorSaysWhereTheConstructStartedWhenThatIsAnotherLine() {
        List<String> other = messages(text("id: \"1\"\nactions: [a,\n  b\nname: x\n"));
        List<String> same = messages(text("id: [a, b"));

        assertThat(other).singleElement().asString().contains("(it started at line 2, column 10)");
        assertThat(same).singleElement().asString().doesNotContain("it started at");
    }

    @Test
    void bytesThatAreNotUtf8AreFoundOnTheirLineWhateverTheLineEnds() {
        byte[] crlf = "id: \"1\"\r\nname: \u00ff\r\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] cr = "id: \"1\"\rname: \u00ff\r".getBytes(StandardCharsets.ISO_8859_1);
        byte[] lf = "id: \"1\"\nname: ok\n\u00ff".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(messages(new OneFile(crlf, crlf.length, null)))
                .containsExactly("2:7 the file is not UTF-8 text (byte 0xFF here); save it as UTF-8");
        assertThat(messages(new OneFile(cr, cr.length, null)))
                .containsExactly("2:7 the file is not UTF-8 text (byte 0xFF here); save it as UTF-8");
        assertThat(messages(new OneFile(lf, lf.length, null)))
                .containsExactly("3:1 the file is not UTF-8 text (byte 0xFF here); save it as UTF-8");
    }

    @Test
    void aFileThatHoldsUFffdItselfIsText() {
        assertThat(read(text("id: \"1\"\nname: a \uFFFD b\n"))).isEmpty();
    }

    @Test
    void aControlCharacterIsShownInAnExcerptOfItsValue() {
        String before = "a".repeat(30);
        String after = "b".repeat(30);
        List<Diagnostic> long_ = read(text("name: " + before + "\u202E" + after + "\n"));
        List<Diagnostic> short_ = read(text("name: x\u202Ey\n"));

        assertThat(long_).singleElement().satisfies(d -> assertThat(d.message())
                .startsWith("'…" + "a".repeat(20) + "<U+202E>" + "b".repeat(19) + "…' holds the control character <U+202E>"));
        assertThat(short_).singleElement().satisfies(d -> assertThat(d.message()).startsWith("'x<U+202E>y' holds"));
    }

    @Test
    void aMemoryFolderReadsAsADiskOneWould() {
        PlanFiles files = new MemoryFiles(FOLDER, Map.of("objective-1.yaml", "id: \"1\"\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(read(files)).isEmpty();
    }

    static YamlNode.Mapping root(String yaml) {
        YamlFile.Read read = YamlFile.read(text(yaml), FILE, d -> { });
        return (YamlNode.Mapping) read.root().orElseThrow();
    }

    @Test
    void anEmptyFileOrOneOfCommentsOrOfNothingReadsAsAnEmptyMappingAtLineOne() {
        for (String nothing : List.of("", "# only a comment\n", "~\n", "null\n")) {
            YamlNode.Mapping root = root(nothing);

            assertThat(root.entries()).as(nothing).isEmpty();
            assertThat(root.at().line()).as(nothing).isEqualTo(1);
            assertThat(read(text(nothing))).as(nothing).isEmpty();
        }
    }

    @Test
    void onlyAPlainNullIsNoValueAQuotedOneIsText() {
        YamlNode.Mapping root = root("a: null\nb: 'null'\nc: \"~\"\nd:\ne: ~\n");

        assertThat(root.entries()).extracting(e -> e.key().value() + "=" + ((YamlNode.Scalar) e.value()).isNull())
                .containsExactly("a=true", "b=false", "c=false", "d=true", "e=true");
    }

    @Test
    void anAnchorOnAListOrAMappingIsWarnedOfToo() {
        List<Diagnostic> diagnostics = read(text("actions: &list\n  - &item\n    id: 1.1\n"));

        assertThat(diagnostics).extracting(d -> d.rule() + " " + d.at().line() + ":" + d.at().column())
                .containsExactly("YAML_ANCHOR 1:10", "YAML_ANCHOR 2:5");
        assertThat(diagnostics).allSatisfy(d -> assertThat(d.isError()).isFalse());
    }

    @Test
    void nestingIsAllowedToTheLimitAndRefusedOneLevelPastIt() {
        String atLimit = "a: " + "[".repeat(YamlFile.MAX_DEPTH - 1) + "]".repeat(YamlFile.MAX_DEPTH - 1) + "\n";
        String over = "a: " + "[".repeat(YamlFile.MAX_DEPTH) + "]".repeat(YamlFile.MAX_DEPTH) + "\n";

        assertThat(read(text(atLimit))).isEmpty();
        assertThat(messages(text(over))).containsExactly("1:" + (3 + YamlFile.MAX_DEPTH) + " the file nests deeper than "
                + YamlFile.MAX_DEPTH + " levels; a plan file needs no more than five");
    }

    @Test
    void aRawControlCharacterIsFoundAtItsPlace() {
        assertThat(messages(text("id: \"1\"\nname: a\u0001b\n")))
                .containsExactly("2:8 the file holds a control character (U+0001) that YAML does not allow; delete it");
    }

    @Test
    void aSyntaxErrorSaysWhatTheParserFoundInWords() {
        assertThat(messages(text("id: \"1\"\nname: [a\n"))).singleElement().asString()
                .startsWith("3:1 not valid YAML: while parsing a flow sequence").contains("(it started at line 2, column 7)");
        // One the parser gives up on at a colon, but which is a known mistake, is told in plain words.
        assertThat(messages(text("id: 1\n  name: x\n"))).containsExactly(
                "2:3 this line is indented by 2 spaces, which lines up with no key above it; YAML reads what belongs "
                        + "together by its indent, so line it up with the key it belongs with (at the start of the line)");
    }

    @Test
    void whatIsWrongWithTheVeryFirstByteIsFoundThere() {
        byte[] notUtf8 = {(byte) 0xFF, 'i', 'd', ':', ' ', '1', '\n'};

        assertThat(messages(text("\0id: 1\n"))).containsExactly("1:1 the file holds binary data (a NUL character), not YAML text");
        assertThat(messages(new OneFile(notUtf8, notUtf8.length, null)))
                .containsExactly("1:1 the file is not UTF-8 text (byte 0xFF here); save it as UTF-8");
        assertThat(read(text("\uFFFDid: 1\n"))).isEmpty();
    }

    @Test
    void aKeyGivenTwiceInAMappingOfManyKeysIsFoundToo() {
        StringBuilder yaml = new StringBuilder("agencies:\n");
        for (int i = 1; i <= 20; i++) {
            yaml.append("  A").append(i).append(": Agency ").append(i).append('\n');
        }
        yaml.append("  A2: Again\n");

        assertThat(messages(text(yaml.toString())))
                .containsExactly("22:3 'A2' is given twice in this mapping (first at line 3); keep one: the first is used");
    }

    @Test
    void aKeyThatIsAListIsRefused() {
        assertThat(messages(text("? [a, b]\n: c\n"))).containsExactly("1:3 a key must be plain text, not a list");
        assertThat(YamlFile.read(text("? [a, b]\n: c\n"), FILE, d -> { }).root()).as("the file is not read further").isEmpty();
    }

    @Test
    void aFileTooBigIsRefusedFromMemoryAndAsAnEditsNewTextToo() {
        byte[] big = new byte[YamlFile.MAX_BYTES + 1];
        PlanFiles memory = new MemoryFiles(FOLDER, Map.of("objective-1.yaml", big));
        PlanFiles edited = new ExtraFile(new MemoryFiles(FOLDER, Map.of()), FOLDER.resolve("objective-1.yaml"), big);

        for (PlanFiles files : List.of(memory, edited)) {
            List<Diagnostic> diagnostics = new ArrayList<>();
            YamlFile.read(files, FOLDER.resolve("objective-1.yaml"), diagnostics::add);
            assertThat(diagnostics).singleElement().satisfies(d -> assertThat(d.message()).startsWith("the file is 16.8 MB"));
        }
    }
}
