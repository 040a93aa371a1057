package org.raitoolkit.benchmarks;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** {@code --name value} options of the probe commands, each with a default; unknown names are refused. */
final class Options {

    private final Map<String, String> values = new HashMap<>();

    private Options(String usage, Set<String> names, String[] args) {
        for (int i = 0; i < args.length; i++) {
            String name = args[i].startsWith("--") ? args[i].substring(2) : null;
            if (name == null || !names.contains(name) || i + 1 == args.length) {
                System.err.println("usage: " + usage);
                System.exit(2);
            }
            values.put(name, args[++i]);
        }
    }

    static Options parse(String usage, Set<String> names, String[] args) {
        return new Options(usage, names, args);
    }

    long number(String name, long fallback) {
        String v = values.get(name);
        return v == null ? fallback : Long.parseLong(v.replace("_", "").replace(",", ""));
    }

    int integer(String name, int fallback) {
        return Math.toIntExact(number(name, fallback));
    }
}
