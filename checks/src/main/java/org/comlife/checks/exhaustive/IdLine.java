package org.comlife.checks.exhaustive;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of a state's text cut at its ids ({@code #7}, {@code id=7}, {@code objectId=7},
 * {@code cookie=7}, {@code c=7}), so that it can be written with the ids renamed, or compared
 * with the ids not yet renamed masked, without parsing it again.
 */
final class IdLine {
    private static final Pattern ID = Pattern.compile("(#|\\bid=|Id=|\\bcookie=|\\bc=)(\\d+)");

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
        Matcher matcher = ID.matcher(line);
        int from = 0;
        while (matcher.find()) {
            pieces.add(line.substring(from, matcher.start(2)));
            ids.add(matcher.group(2));
            from = matcher.end();
        }
        pieces.add(line.substring(from));
        return new IdLine(pieces.toArray(new String[0]), ids.toArray(new String[0]));
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
