package dev.prevent.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/** The answer's JSON document, indented, streamed to the output (a national plan's is large). */
final class JsonAnswer implements AnswerWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    @Override
    public void write(Answer answer, PrintWriter out) {
        try {
            JSON.writeValue(out, answer.json());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
    }
}
