package org.raitoolkit.rules.internal;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.raitoolkit.model.Problem;

/**
 * Turns the compiler's messages into problems that point home: the line and column of the error
 * in the author's file, and for a property the fact type does not have, the nearest one it does
 * ("did you mean `realTime`?"). The executable model reports an unknown property without a line,
 * so the line is found by looking for the expression in the file.
 */
final class CompileErrors {

    /** "Line 10:31 ..." at the start of parser messages. */
    private static final Pattern LINE_COLUMN = Pattern.compile("\\bLine (\\d+):(\\d+)");
    /** How the executable model reports a constraint whose property the type does not have. */
    private static final Pattern UNKNOWN_LEFT = Pattern.compile(
            "(?:Unable to parse left part of expression|Unknown property|Unable to Analyse Expression|Unknown accessor)\\W*(.+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][\\w$]*");
    private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*import\\s+([\\w.]+?)(\\.\\*)?\\s*;?\\s*$");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");

    private CompileErrors() {
    }

    /**
     * A problem for one compiler message about {@code file}.
     *
     * @param text the file's text, or {@code null} if not known (a decision table)
     */
    static Problem problem(String file, String text, int line, int column, String message) {
        Matcher lc = LINE_COLUMN.matcher(message);
        if (lc.find()) {
            line = line > 0 ? line : Integer.parseInt(lc.group(1));
            column = column > 0 ? column : Integer.parseInt(lc.group(2)) + 1;
        }
        Matcher unknown = UNKNOWN_LEFT.matcher(message);
        if (text != null && unknown.find()) {
            String expression = unknown.group(1).strip();
            int at = text.indexOf(expression);
            if (at < 0) {
                Matcher first = IDENTIFIER.matcher(expression);
                at = first.find() ? indexOfWord(text, first.group()) : -1;
            }
            if (at >= 0) {
                if (line <= 0) {
                    line = lineOf(text, at);
                    column = at - text.lastIndexOf('\n', at - 1);
                }
                String hint = suggestion(text, at, expression);
                if (!hint.isEmpty()) {
                    message = message + "; " + hint;
                }
            }
        }
        return new Problem(file, Math.max(0, line), Math.max(0, column), "", message);
    }

    /**
     * "did you mean `x`?" for the first word of {@code expression}, from the properties of the
     * type of the pattern it is written in, or an empty string if none is close or the type cannot
     * be loaded.
     */
    static String suggestion(String text, int at, String expression) {
        Matcher first = IDENTIFIER.matcher(expression);
        if (!first.find()) {
            return "";
        }
        String written = first.group();
        Class<?> type = patternType(text, at);
        if (type == null) {
            return "";
        }
        Set<String> properties = properties(type);
        if (properties.contains(written)) {
            return "";
        }
        String best = nearest(written, properties);
        return best == null
                ? type.getSimpleName() + " has no property '" + written + "'; its properties are " + properties
                : type.getSimpleName() + " has no property '" + written + "': did you mean `" + best + "`?";
    }

    /**
     * The closest of {@code candidates} to {@code word}, if close enough to be a slip of the
     * keyboard; case is ignored, since a wrong capital is the likeliest slip.
     */
    static String nearest(String word, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = org.raitoolkit.content.Spelling.distance(word.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT), Integer.MAX_VALUE);
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        return best != null && bestDistance <= Math.max(2, word.length() / 3) ? best : null;
    }

    /** The bean properties a constraint can name: record components, getters, public fields. */
    static Set<String> properties(Class<?> type) {
        Set<String> names = new TreeSet<>();
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                names.add(c.getName());
            }
        }
        for (Method m : type.getMethods()) {
            if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() == Object.class) {
                continue;
            }
            String n = m.getName();
            if (n.startsWith("get") && n.length() > 3) {
                names.add(Character.toLowerCase(n.charAt(3)) + n.substring(4));
            } else if (n.startsWith("is") && n.length() > 2 && (m.getReturnType() == boolean.class || m.getReturnType() == Boolean.class)) {
                names.add(Character.toLowerCase(n.charAt(2)) + n.substring(3));
            }
        }
        for (java.lang.reflect.Field f : type.getFields()) {
            if (!Modifier.isStatic(f.getModifiers())) {
                names.add(f.getName());
            }
        }
        return names;
    }

    /**
     * The type of the pattern around position {@code at}: the word before the nearest unclosed
     * parenthesis, resolved through the file's package and imports.
     */
    private static Class<?> patternType(String text, int at) {
        int depth = 0;
        int i = at - 1;
        for (; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(') {
                if (depth == 0) {
                    break;
                }
                depth--;
            }
        }
        if (i < 0) {
            return null;
        }
        int end = i;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && (Character.isJavaIdentifierPart(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
            start--;
        }
        String name = text.substring(start, end);
        return name.isEmpty() ? null : resolve(text, name);
    }

    private static Class<?> resolve(String text, String name) {
        List<String> candidates = new ArrayList<>();
        if (name.contains(".")) {
            candidates.add(name);
        }
        Matcher imports = IMPORT.matcher(text);
        while (imports.find()) {
            String imported = imports.group(1);
            if (imports.group(2) != null) {
                candidates.add(imported + "." + name);
            } else if (imported.endsWith("." + name)) {
                candidates.add(0, imported);
            }
        }
        Matcher pkg = PACKAGE.matcher(text);
        if (pkg.find()) {
            candidates.add(pkg.group(1) + "." + name);
        }
        candidates.add("java.lang." + name);
        for (ClassLoader loader : new ClassLoader[] {Thread.currentThread().getContextClassLoader(), CompileErrors.class.getClassLoader()}) {
            if (loader == null) {
                continue;
            }
            for (String c : candidates) {
                try {
                    return Class.forName(c, false, loader);
                } catch (ClassNotFoundException | LinkageError e) {
                    // Not this one; try the next candidate.
                }
            }
        }
        return null;
    }

    private static int indexOfWord(String text, String word) {
        Matcher m = Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(text);
        return m.find() ? m.start() : -1;
    }

    private static int lineOf(String text, int at) {
        int line = 1;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
