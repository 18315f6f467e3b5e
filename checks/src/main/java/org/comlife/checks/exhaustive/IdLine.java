package org.comlife.checks.exhaustive;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One line of a state's text cut at its ids ({@code #7}, {@code id=7}, {@code objectId=7},
 * {@code cookie=7}, {@code c=7}), so that it can be written with the ids renamed, or compared
 * with the ids not yet renamed masked, without parsing it again.
 */
final class IdLine {
    /** The text around the ids: one more piece than there are ids. */
    private final String[] pieces;
    private final String[] ids;

    private IdLine(String[] pieces, String[] ids) {
        this.pieces = pieces;
        this.ids = ids;
    }

    static IdLine parse(String line) {
        List<String> pieces = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        int from = 0;
        int at = 0;
        while (at < line.length()) {
            int digits = at + markerLength(line, at);
            if (digits > at && digits < line.length() && isDigit(line.charAt(digits))) {
                int end = digits;
                while (end < line.length() && isDigit(line.charAt(end))) {
                    end++;
                }
                pieces.add(line.substring(from, digits));
                ids.add(line.substring(digits, end));
                from = end;
                at = end;
            } else {
                at++;
            }
        }
        pieces.add(line.substring(from));
        return new IdLine(pieces.toArray(new String[0]), ids.toArray(new String[0]));
    }

    /** The length of the id marker that starts at {@code at}, or 0 when none does. */
    private static int markerLength(String line, int at) {
        switch (line.charAt(at)) {
            case '#':
                return 1;
            case 'I':
                return line.startsWith("Id=", at) ? 3 : 0;
            case 'i':
                return startsWord(line, at) && line.startsWith("id=", at) ? 3 : 0;
            case 'c':
                if (!startsWord(line, at)) {
                    return 0;
                }
                return line.startsWith("cookie=", at) ? 7 : line.startsWith("c=", at) ? 2 : 0;
            default:
                return 0;
        }
    }

    private static boolean startsWord(String line, int at) {
        return at == 0 || !isWordChar(line.charAt(at - 1));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A character of a word, as a regular expression's word boundary counts it. */
    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** The line with every id renamed, giving ids not yet renamed the next new names. */
    String renamed(Map<String, Integer> renaming) {
        StringBuilder text = new StringBuilder(pieces[0]);
        for (int i = 0; i < ids.length; i++) {
            Integer name = renaming.get(ids[i]);
            if (name == null) {
                name = renaming.size() + 1;
                renaming.put(ids[i], name);
            }
            text.append(name).append(pieces[i + 1]);
        }
        return text.toString();
    }

    /** The line with renamed ids written as their new names and the others as {@code ?}. */
    String masked(Map<String, Integer> renaming) {
        StringBuilder text = new StringBuilder(pieces[0]);
        for (int i = 0; i < ids.length; i++) {
            Integer name = renaming.get(ids[i]);
            text.append(name == null ? "?" : name.toString()).append(pieces[i + 1]);
        }
        return text.toString();
    }

    /** The ids of this line not yet renamed, each once. */
    Set<String> unnamedIds(Map<String, Integer> renaming) {
        Set<String> unnamed = new LinkedHashSet<>();
        for (String id : ids) {
            if (!renaming.containsKey(id)) {
                unnamed.add(id);
            }
        }
        return unnamed;
    }
}
