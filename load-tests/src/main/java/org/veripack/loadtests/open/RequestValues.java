package org.veripack.loadtests.open;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The values substituted into request templates: rows of named columns. Read either from a file of one value per
 * line (one column, e.g. {@code SERIAL}) or from a CSV file whose first line names the columns (plain commas, no
 * quoting: e.g. BenchmarkData's {@code packs.csv} with gtin,serial,batch,expiry). Values are used verbatim, so they
 * must already be escaped for where they go (JSON, URL).
 *
 * @param columns the column names, used as {@code %NAME%} placeholders
 * @param rows the values, one array of columns per row
 */
public record RequestValues(List<String> columns, List<String[]> rows) {

    /** No values: one empty row, for templates without placeholders. */
    public static final RequestValues NONE = new RequestValues(List.of(), List.<String[]>of(new String[0]));

    public RequestValues {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        for (String[] row : rows) {
            if (row.length != columns.size()) {
                throw new IllegalArgumentException("a row has " + row.length + " values for columns " + columns + ": "
                        + Arrays.toString(row));
            }
        }
    }

    /**
     * @param column the placeholder name, e.g. {@code SERIAL} for {@code %SERIAL%}
     * @param values the values
     * @return one-column values
     */
    public static RequestValues of(String column, List<String> values) {
        List<String[]> rows = new ArrayList<>(values.size());
        values.forEach(value -> rows.add(new String[] {value}));
        return new RequestValues(List.of(column), rows);
    }

    /**
     * @param column the placeholder name
     * @param file one value per line; blank lines are skipped
     * @return one-column values
     * @throws IOException when the file cannot be read
     */
    public static RequestValues lines(String column, Path file) throws IOException {
        return of(column, nonBlankLines(file));
    }

    /**
     * @param file a first line of comma-separated column names, then one row per line
     * @return the rows
     * @throws IOException when the file cannot be read
     */
    public static RequestValues csv(Path file) throws IOException {
        List<String> lines = nonBlankLines(file);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(file + " is empty");
        }
        List<String> columns = List.of(lines.get(0).split(",", -1));
        List<String[]> rows = new ArrayList<>(lines.size() - 1);
        for (String line : lines.subList(1, lines.size())) {
            rows.add(line.split(",", -1));
        }
        return new RequestValues(columns, rows);
    }

    /**
     * Bearer tokens, one JWT per line. Lines without a dot (a JWT has two), such as the {@code token} header of
     * BenchmarkData's tokens.csv, are skipped.
     *
     * @param file the tokens file
     * @return the tokens in file order
     * @throws IOException when the file cannot be read
     */
    public static List<String> tokens(Path file) throws IOException {
        List<String> tokens = nonBlankLines(file).stream().filter(line -> line.indexOf('.') > 0).toList();
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("no token (a line with dots) in " + file);
        }
        return tokens;
    }

    /** @return the number of rows */
    public int size() {
        return rows.size();
    }

    private static List<String> nonBlankLines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
    }
}
