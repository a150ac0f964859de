package org.veripack.loadtests.open;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A request source described on the command line: {@code METHOD PATH [key=value]...}, words separated by spaces.
 * Keys: {@code weight=N} (share in a mix, default 1), {@code body=@FILE} or {@code body=TEXT} (a template; TEXT
 * without spaces), {@code type=MEDIA} (default application/json), {@code values=FILE} (one value per line, the
 * placeholder named by {@code column=NAME}, default SERIAL), {@code csv=FILE} (a header line names the columns),
 * {@code order=cycle|once}, {@code tokens=FILE} (one JWT per line), {@code header=Name:value} (repeatable).
 *
 * <pre>POST /api/v1/packs/verify body=@verify.json csv=packs.csv tokens=tokens.csv weight=70</pre>
 *
 * @param weight the share of this source in a mix
 * @param source the requests
 */
record RequestSpec(int weight, RequestSource source) {

    static RequestSpec parse(String spec, HttpTarget target) throws IOException {
        String[] words = spec.trim().split("\\s+");
        if (words.length < 2) {
            throw new IllegalArgumentException("a request is METHOD PATH [key=value]..., not: " + spec);
        }
        TemplateRequestSource.Builder builder =
                TemplateRequestSource.builder(target, words[0].toUpperCase(Locale.ROOT), words[1]);
        int weight = 1;
        String column = "SERIAL";
        Path valuesFile = null;
        for (int w = 2; w < words.length; w++) {
            int equals = words[w].indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("expected key=value, not " + words[w] + " in: " + spec);
            }
            String key = words[w].substring(0, equals);
            String value = words[w].substring(equals + 1);
            switch (key) {
                case "weight" -> weight = Integer.parseInt(value);
                case "body" -> builder.body(value.startsWith("@")
                        ? Files.readString(Path.of(value.substring(1)), StandardCharsets.UTF_8).strip() : value);
                case "type" -> builder.contentType(value);
                case "values" -> valuesFile = Path.of(value);
                case "column" -> column = value;
                case "csv" -> builder.values(RequestValues.csv(Path.of(value)));
                case "order" -> builder.order(switch (value) {
                    case "cycle" -> TemplateRequestSource.Order.CYCLE;
                    case "once" -> TemplateRequestSource.Order.EACH_ONCE;
                    default -> throw new IllegalArgumentException("order is cycle or once, not " + value);
                });
                case "tokens" -> builder.tokens(RequestValues.tokens(Path.of(value)));
                case "header" -> {
                    int colon = value.indexOf(':');
                    if (colon <= 0) {
                        throw new IllegalArgumentException("header=Name:value, not " + value);
                    }
                    builder.header(value.substring(0, colon), value.substring(colon + 1).strip());
                }
                default -> throw new IllegalArgumentException("unknown key " + key + " in: " + spec);
            }
        }
        if (valuesFile != null) {
            builder.values(RequestValues.lines(column, valuesFile));
        }
        return new RequestSpec(weight, builder.build());
    }
}
