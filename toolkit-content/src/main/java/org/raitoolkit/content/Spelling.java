package org.raitoolkit.content;

/**
 * Edit distances for "did you mean" hints: the answer-file reader uses them for misspelt keys,
 * the rule compiler for misspelt properties and phases. Stateless.
 */
public final class Spelling {

    private Spelling() {
    }

    /**
     * The Levenshtein distance of {@code a} and {@code b}, or {@code limit} when it is that or
     * more; words over 100 characters are never a slip, and cost nothing to refuse.
     */
    public static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) >= limit || a.length() > 100 || b.length() > 100) {
            return limit;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return Math.min(previous[b.length()], limit);
    }
}
