package dev.prevent.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/** The answer's JSON document, indented. */
final class JsonAnswer implements AnswerWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public void write(Answer answer, PrintWriter out) {
        try {
            out.println(JSON.writeValueAsString(answer.json()));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
