package org.comlife.model.program;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The size knobs of a program (how many clients, how many calls each), as the user set them on
 * the command line ({@code comlife check ... -P clients=3}) or in a test. A program reads them
 * in its constructor, each with a default and its bounds:
 *
 * <pre>{@code
 * public MyServerCheck(ProgramParameters parameters) {
 *     clients = parameters.intValue("clients", 2, 1, 4);   // default 2, at least 1, at most 4
 *     calls = parameters.intValue("calls", 1, 0, 3);
 * }
 * }</pre>
 *
 * <p>A value that is not a number, or out of its bounds, makes the getter throw an
 * {@link IllegalArgumentException} saying so; comlife reports it as a usage error (exit code 2).
 * A parameter the user set that the program never reads is refused the same way, naming the
 * parameters the program does read: a misspelt {@code -P client=3} never goes unnoticed.
 *
 * <p>Small values are the point: every engine explores every interleaving it can, and each more
 * client or call multiplies the states. Start with the smallest program that still shows what
 * you are asking about.
 *
 * <p>One object serves one program instance (comlife makes a fresh instance of the program for
 * every run); it remembers what that instance read.
 */
public final class ProgramParameters {
    private final Map<String, String> given;
    /** What the program read, in order: each name with the value it got (given or default). */
    private final Map<String, String> read = new LinkedHashMap<>();

    private ProgramParameters(Map<String, String> given) {
        this.given = given;
    }

    /** No parameter set: every getter answers its default. */
    public static ProgramParameters none() {
        return new ProgramParameters(new LinkedHashMap<>());
    }

    /** The parameters set to these values (names are case-sensitive). */
    public static ProgramParameters of(Map<String, String> values) {
        Map<String, String> copy = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : values.entrySet()) {
            requireName(entry.getKey());
            if (entry.getValue() == null) {
                throw new IllegalArgumentException("parameter " + entry.getKey() + " has no value");
            }
            copy.put(entry.getKey(), entry.getValue().trim());
        }
        return new ProgramParameters(copy);
    }

    /**
     * The parameters of {@code name=value} settings, as the command line takes them
     * ({@code -P clients=3}); a setting without {@code =}, with an empty name, or a name set twice
     * is refused with an {@link IllegalArgumentException}.
     */
    public static ProgramParameters parse(List<String> settings) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String setting : settings) {
            int equals = setting == null ? -1 : setting.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("a parameter is set as name=value, not '" + setting + "'");
            }
            String name = setting.substring(0, equals).trim();
            if (values.put(name, setting.substring(equals + 1).trim()) != null) {
                throw new IllegalArgumentException("parameter " + name + " is set twice");
            }
        }
        return of(values);
    }

    /**
     * The whole number set for {@code name}, or {@code defaultValue} when it is not set; it must
     * lie in {@code min..max} (the default too).
     */
    public int intValue(String name, int defaultValue, int min, int max) {
        requireName(name);
        if (min > max || defaultValue < min || defaultValue > max) {
            throw new IllegalArgumentException("parameter " + name + ": the default " + defaultValue
                    + " must lie in the bounds " + min + ".." + max);
        }
        String text = given.get(name);
        int value = defaultValue;
        if (text != null) {
            try {
                value = Integer.parseInt(text);
            } catch (NumberFormatException notNumber) {
                throw new IllegalArgumentException("parameter " + name + " must be a whole number, not '" + text + "'");
            }
            if (value < min || value > max) {
                throw new IllegalArgumentException("parameter " + name + " must lie in " + min + ".." + max
                        + ", not " + value);
            }
        }
        noteRead(name, String.valueOf(value));
        return value;
    }

    /** The yes/no set for {@code name} ({@code true} or {@code false}), or {@code defaultValue} when it is not set. */
    public boolean flag(String name, boolean defaultValue) {
        requireName(name);
        String text = given.get(name);
        boolean value = defaultValue;
        if (text != null) {
            if (!text.equals("true") && !text.equals("false")) {
                throw new IllegalArgumentException("parameter " + name + " must be true or false, not '" + text + "'");
            }
            value = text.equals("true");
        }
        noteRead(name, String.valueOf(value));
        return value;
    }

    /** The names set by the user, in the order given. */
    public List<String> givenNames() {
        return new ArrayList<>(given.keySet());
    }

    /** The values set by the user, by name, in the order given. */
    public Map<String, String> givenValues() {
        return new LinkedHashMap<>(given);
    }

    /** The names the program read so far, in the order it read them. */
    public synchronized List<String> readNames() {
        return new ArrayList<>(read.keySet());
    }

    /** The names the user set that the program did not read (a misspelling, or a parameter it does not have). */
    public synchronized List<String> unreadNames() {
        List<String> unread = new ArrayList<>();
        for (String name : given.keySet()) {
            if (!read.containsKey(name)) {
                unread.add(name);
            }
        }
        return unread;
    }

    /** What the program read, as {@code name=value} separated by commas (defaults included); empty when nothing. */
    public synchronized String describeRead() {
        return join(read, ", ");
    }

    /** The parameters as the user set them, as {@code name=value} separated by commas; empty when none. */
    public String describeGiven() {
        return join(given, ", ");
    }

    /** The same settings, not yet read by anyone: for another instance of the program. */
    public ProgramParameters fresh() {
        return new ProgramParameters(given);
    }

    private synchronized void noteRead(String name, String value) {
        read.put(name, value);
    }

    private static String join(Map<String, String> values, String separator) {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, String> entry : values.entrySet()) {
            if (text.length() > 0) {
                text.append(separator);
            }
            text.append(entry.getKey()).append('=').append(entry.getValue());
        }
        return text.toString();
    }

    private static void requireName(String name) {
        // trim().isEmpty(), not isBlank(): this runs inside JPF too, whose String lacks isBlank.
        if (name == null || name.trim().isEmpty() || name.indexOf('=') >= 0 || name.indexOf(',') >= 0
                || name.indexOf('&') >= 0) {
            throw new IllegalArgumentException("a parameter needs a name without '=', ',' or '&', not '" + name + "'");
        }
    }

    @Override
    public String toString() {
        return given.isEmpty() ? "(no parameters)" : describeGiven();
    }
}
