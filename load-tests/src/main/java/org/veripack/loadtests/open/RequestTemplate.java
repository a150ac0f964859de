package org.veripack.loadtests.open;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text with {@code %NAME%} placeholders for the columns of {@link RequestValues}, split once into literal parts
 * and column indices so that rendering is appends only. A {@code %...%} that names no column stays as it is (URL
 * escapes such as {@code %2F} are safe).
 */
final class RequestTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("%([A-Za-z0-9_-]+)%");

    private final String[] literals;
    private final int[] columns;

    private RequestTemplate(String[] literals, int[] columns) {
        this.literals = literals;
        this.columns = columns;
    }

    static RequestTemplate parse(String text, List<String> columnNames) {
        List<String> literals = new ArrayList<>();
        List<Integer> columns = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        int literalStart = 0;
        int searchFrom = 0;
        while (matcher.find(searchFrom)) {
            int column = columnNames.indexOf(matcher.group(1));
            if (column < 0) {
                searchFrom = matcher.start() + 1; // not a placeholder: its closing % may open the next one
                continue;
            }
            literals.add(text.substring(literalStart, matcher.start()));
            columns.add(column);
            literalStart = matcher.end();
            searchFrom = literalStart;
        }
        literals.add(text.substring(literalStart));
        return new RequestTemplate(literals.toArray(String[]::new), columns.stream().mapToInt(Integer::intValue).toArray());
    }

    /** @return whether the text has no placeholder */
    boolean isConstant() {
        return columns.length == 0;
    }

    String render(String[] row) {
        if (columns.length == 0) {
            return literals[0];
        }
        StringBuilder text = new StringBuilder(64 * literals.length);
        for (int i = 0; i < columns.length; i++) {
            text.append(literals[i]).append(row[columns[i]]);
        }
        return text.append(literals[columns.length]).toString();
    }
}
