package dev.prevent.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where each value of a mapping was written, as messages and reports point back to it, for a short mapping and a long list. */
class SourceMapTest {

    static final Path FILE = Path.of("objective-1.yaml");

    @Test
    void aPositionPacksAndUnpacksToItself() {
        SourcePosition at = new SourcePosition(FILE, 12, 7);

        assertThat(SourceMap.of(at).at()).isEqualTo(at);
        assertThat(SourcePosition.unpack(FILE, at.packed())).isEqualTo(at);
        assertThat(SourcePosition.unpack(FILE, SourcePosition.pack(3_000_000, 250_000))).isEqualTo(new SourcePosition(FILE, 3_000_000, 250_000));
    }

    @Test
    void aValueIsFoundByItsKeyAndAKeyNotWrittenPointsAtTheMapping() {
        SourceMap.Builder builder = new SourceMap.Builder(FILE, SourcePosition.pack(4, 5), 0);
        builder.put("id", SourcePosition.pack(4, 9), SourcePosition.pack(4, 12));
        builder.put("title", SourcePosition.pack(5, 12), SourcePosition.pack(5, 20));
        SourceMap map = builder.build();

        assertThat(map.has("id")).isTrue();
        assertThat(map.has("title")).isTrue();
        assertThat(map.has("notes")).isFalse();
        assertThat(map.of("id")).isEqualTo(new SourcePosition(FILE, 4, 9));
        assertThat(map.of("notes")).isEqualTo(new SourcePosition(FILE, 4, 5));
        assertThat(builder.start("title")).isEqualTo(new SourcePosition(FILE, 5, 12));
        assertThat(builder.start("notes")).isEqualTo(new SourcePosition(FILE, 4, 5));
        assertThat(map.file()).isEqualTo(FILE);
        assertThat(map).hasToString("SourceMap[objective-1.yaml:4:5]");
    }

    @Test
    void recordingAKeyAgainReplacesItsRangeAndAddsNoKey() {
        SourceMap.Builder builder = new SourceMap.Builder(FILE, SourcePosition.pack(1, 1), 2);
        builder.put("id", SourcePosition.pack(1, 5), SourcePosition.pack(1, 6));
        builder.put("id", SourcePosition.pack(2, 5), SourcePosition.pack(2, 6));

        List<String> seen = new ArrayList<>();
        builder.build().forEach((key, range) -> seen.add(key + " " + range.start().line() + "-" + range.end().line()));
        assertThat(seen).containsExactly("id 2-2");
    }

    @Test
    void aLongListKeepsEveryItemInOrderAndFindsEachAgain() {
        SourceMap.Builder builder = new SourceMap.Builder(FILE, SourcePosition.pack(1, 1), 1);
        for (int i = 0; i < 100; i++) {
            builder.put("item[" + i + "]", SourcePosition.pack(i + 2, 3), SourcePosition.pack(i + 2, 9));
        }
        builder.put("item[5]", SourcePosition.pack(500, 3), SourcePosition.pack(500, 4));
        SourceMap map = builder.build();

        List<String> keys = new ArrayList<>();
        map.forEach((key, range) -> keys.add(key));
        assertThat(keys).hasSize(100).startsWith("item[0]", "item[1]").endsWith("item[99]");
        assertThat(map.of("item[99]")).isEqualTo(new SourcePosition(FILE, 101, 3));
        assertThat(map.of("item[5]")).isEqualTo(new SourcePosition(FILE, 500, 3));
        assertThat(map.has("item[100]")).isFalse();
        assertThat(map.of("item[100]")).isEqualTo(new SourcePosition(FILE, 1, 1));
    }
}
