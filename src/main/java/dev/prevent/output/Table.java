package dev.prevent.output;

import java.util.List;

/** Rows of cells under headed columns. */
public record Table(List<Column> columns, List<List<Cell>> rows) {

    public Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}
