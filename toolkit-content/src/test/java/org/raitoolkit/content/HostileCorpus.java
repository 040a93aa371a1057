package org.raitoolkit.content;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Files made to cost a reader time or memory, each under the web app's 1 MiB limit, generated
 * here rather than checked in. Shared through this module's test jar with toolkit-examples'
 * {@code CliMemoryBudgetTest}.
 */
public final class HostileCorpus {

    private HostileCorpus() {
    }

    /** Each file by name; the ending (.yaml or .json) picks the parser. */
    public static Map<String, byte[]> cases() {
        Map<String, byte[]> cases = new LinkedHashMap<>();
        // About 520,000 entries in one line: the file that took 6.4 s and 1 GB before.
        cases.put("one-line-list.yaml", ("[" + "1,".repeat(519_999) + "1]").getBytes(StandardCharsets.UTF_8));
        cases.put("nested-lists.yaml", ("[".repeat(200_000) + "]".repeat(200_000)).getBytes(StandardCharsets.UTF_8));
        cases.put("nested-mappings.yaml", ("{a: ".repeat(100_000) + "1" + "}".repeat(100_000)).getBytes(StandardCharsets.UTF_8));
        StringBuilder block = new StringBuilder();
        for (int i = 0; i < 700; i++) {
            block.append("  ".repeat(i)).append("a:\n");
        }
        cases.put("nested-block.yaml", block.toString().getBytes(StandardCharsets.UTF_8));
        StringBuilder keys = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            keys.append('k').append(i).append(": 1\n");
        }
        cases.put("many-keys.yaml", keys.toString().getBytes(StandardCharsets.UTF_8));
        cases.put("long-string.yaml", ("system:\n  purpose: " + "p".repeat(1_000_000) + "\n").getBytes(StandardCharsets.UTF_8));
        // Billion laughs: nine levels of ten aliases each would expand to 10^9 strings.
        StringBuilder bomb = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10; i++) {
            bomb.append('a').append(i).append(": &a").append(i).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(10, "*a" + (i - 1)))).append("]\n");
        }
        cases.put("alias-bomb.yaml", bomb.toString().getBytes(StandardCharsets.UTF_8));
        // Each an unknown property: a problem each, for any type of file.
        StringBuilder bad = new StringBuilder();
        for (int i = 0; i < 4_000; i++) {
            bad.append("bad").append(i).append(": [x]\n");
        }
        cases.put("bad-values.yaml", bad.toString().getBytes(StandardCharsets.UTF_8));
        StringBuilder numbers = new StringBuilder();
        while (numbers.length() < 1_048_000) {
            numbers.append("- 1234567\n");
        }
        cases.put("numbers.yaml", numbers.toString().getBytes(StandardCharsets.UTF_8));
        StringBuilder json = new StringBuilder("[");
        while (json.length() < 1_048_000) {
            json.append("1234567,");
        }
        cases.put("numbers.json", (json + "1]").getBytes(StandardCharsets.UTF_8));
        cases.put("huge-number.yaml", ("likelihood: " + "9".repeat(1_040_000) + "\n").getBytes(StandardCharsets.UTF_8));
        cases.put("huge-number.json", ("{\"likelihood\": " + "9".repeat(1_040_000) + "}").getBytes(StandardCharsets.UTF_8));
        return cases;
    }
}
