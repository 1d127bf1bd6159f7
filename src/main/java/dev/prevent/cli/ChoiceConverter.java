package dev.prevent.cli;

import java.util.Arrays;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads an option's value as one of an enum's words, as they are shown (lower case), ignoring case. */
final class ChoiceConverter<E extends Enum<E>> implements ITypeConverter<E> {

    private final Class<E> type;

    ChoiceConverter(Class<E> type) {
        this.type = type;
    }

    @Override
    public E convert(String value) {
        for (E choice : type.getEnumConstants()) {
            if (choice.toString().equalsIgnoreCase(value.strip())) {
                return choice;
            }
        }
        throw new TypeConversionException("'" + value + "' is not one of "
                + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", ")));
    }
}
