package org.eclipse.jetty.util.ajax;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one call of Jetty 9's JSON that the Nu HTML checker's language detector makes ({@code HtmlValidityTest}), on
 * Jackson: Jetty 9 itself cannot be on the test class path beside serve's Jetty 12, whose packages it shares. The
 * values come as Jetty 9 gave them: objects as maps, arrays as {@code Object[]}, whole numbers as {@code Long}.
 */
public final class JSON {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JSON() {
    }

    public static Object parse(InputStream in) {
        try {
            return jetty(MAPPER.readValue(in, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Object parse(String text) {
        try {
            return jetty(MAPPER.readValue(text, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object jetty(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), jetty(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(JSON::jetty).toArray();
        }
        if (value instanceof Integer number) {
            return number.longValue();
        }
        return value;
    }
}
