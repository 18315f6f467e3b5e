package org.comlife.checks.exhaustive;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.comlife.model.Clsid;
import org.comlife.model.EntityKind;
import org.comlife.model.EntityRef;
import org.comlife.model.Iid;
import org.comlife.model.journal.PlainValue;

/**
 * One line of a state: plain values, written as they are made, and the {@link EntityRef}s among
 * them, kept as references. A line is written with its references renamed, or compared with the
 * references not yet renamed masked; the values' text is fixed when the line is made.
 *
 * <p>Each value is written in one way for its type, so that two lines of one kind have the same
 * text exactly when they have the same values: a text quoted (its quote, backslash and line
 * break escaped), a number, {@code true} or {@code false}, a constant's name, {@code -} for
 * none, a nested value in brackets, a reference as its kind and new name (or {@code ?}).
 */
final class StateLine {
    /** How a reference of each kind begins, by the kind's ordinal. */
    private static final String[] REF_PREFIXES = new String[EntityKind.values().length];

    static {
        for (EntityKind kind : EntityKind.values()) {
            REF_PREFIXES[kind.ordinal()] = kind.name() + "#";
        }
    }

    /** The text around the references: one more piece than there are references. */
    private final String[] pieces;
    private final EntityRef[] refs;

    private StateLine(String[] pieces, EntityRef[] refs) {
        this.pieces = pieces;
        this.refs = refs;
    }

    /** A line that begins with {@code tag}, the kind of line. */
    static Builder tag(char tag) {
        return new Builder(tag, null);
    }

    /**
     * A line that begins with {@code tag}, in which every text equal to a name in {@code threads}
     * (the threads of a group declared interchangeable) is written as that thread's reference, so
     * that it is renamed like an entity.
     */
    static Builder tag(char tag, Map<String, EntityRef> threads) {
        return new Builder(tag, threads == null || threads.isEmpty() ? null : threads);
    }

    /** The line with every reference renamed, giving references not yet renamed the next new names. */
    String renamed(Map<EntityRef, Integer> renaming) {
        StringBuilder text = new StringBuilder(pieces[0]);
        for (int i = 0; i < refs.length; i++) {
            Integer name = renaming.get(refs[i]);
            if (name == null) {
                name = renaming.size() + 1;
                renaming.put(refs[i], name);
            }
            text.append(REF_PREFIXES[refs[i].kind().ordinal()]).append(name.intValue()).append(pieces[i + 1]);
        }
        return text.toString();
    }

    /** The line with renamed references written as their new names and the others as {@code ?}. */
    String masked(Map<EntityRef, Integer> renaming) {
        StringBuilder text = new StringBuilder(pieces[0]);
        for (int i = 0; i < refs.length; i++) {
            Integer name = renaming.get(refs[i]);
            text.append(REF_PREFIXES[refs[i].kind().ordinal()]);
            if (name == null) {
                text.append('?');
            } else {
                text.append(name.intValue());
            }
            text.append(pieces[i + 1]);
        }
        return text.toString();
    }

    /** The references of this line not yet renamed, each once, in the order they appear. */
    List<EntityRef> unnamedRefs(Map<EntityRef, Integer> renaming) {
        List<EntityRef> unnamed = new ArrayList<>(refs.length);
        for (EntityRef ref : refs) {
            if (!renaming.containsKey(ref) && !unnamed.contains(ref)) {
                unnamed.add(ref);
            }
        }
        return unnamed;
    }

    /** Writes a line value by value; every value is preceded by a space. */
    static final class Builder {
        private final List<String> pieces = new ArrayList<>();
        private final List<EntityRef> refs = new ArrayList<>();
        private final StringBuilder piece = new StringBuilder();
        /** Names written as references (interchangeable threads), or null. */
        private final Map<String, EntityRef> threads;

        private Builder(char tag, Map<String, EntityRef> threads) {
            this.threads = threads;
            piece.append(tag);
        }

        Builder ref(EntityRef ref) {
            piece.append(' ');
            writeRef(ref);
            return this;
        }

        Builder text(String text) {
            piece.append(' ');
            writeText(text);
            return this;
        }

        Builder number(int number) {
            piece.append(' ').append(number);
            return this;
        }

        Builder flag(boolean flag) {
            piece.append(' ').append(flag);
            return this;
        }

        Builder constant(Enum<?> constant) {
            piece.append(' ');
            if (constant == null) {
                piece.append('-');
            } else {
                piece.append(constant.name());
            }
            return this;
        }

        Builder value(PlainValue value) {
            piece.append(' ');
            writeValue(value);
            return this;
        }

        /** A list of values, in order. */
        Builder values(List<PlainValue> values) {
            piece.append(' ');
            writeList(values);
            return this;
        }

        StateLine build() {
            pieces.add(piece.toString());
            return new StateLine(pieces.toArray(new String[0]), refs.toArray(new EntityRef[0]));
        }

        private void writeRef(EntityRef ref) {
            if (ref == null) {
                piece.append('-');
                return;
            }
            pieces.add(piece.toString());
            piece.setLength(0);
            refs.add(ref);
        }

        private void writeText(String text) {
            if (text == null) {
                piece.append('-');
                return;
            }
            EntityRef thread = threads == null ? null : threads.get(text);
            if (thread != null) {
                writeRef(thread);
                return;
            }
            piece.append('"');
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"' || c == '\\') {
                    piece.append('\\').append(c);
                } else if (c == '\n') {
                    piece.append("\\n");
                } else {
                    piece.append(c);
                }
            }
            piece.append('"');
        }

        private void writeValue(PlainValue value) {
            if (value == null) {
                piece.append('-');
            } else {
                writeList(value.parts());
            }
        }

        private void writeList(List<?> parts) {
            piece.append('[');
            for (int i = 0; i < parts.size(); i++) {
                if (i > 0) {
                    piece.append(' ');
                }
                writePart(parts.get(i));
            }
            piece.append(']');
        }

        private void writePart(Object part) {
            if (part == null) {
                piece.append('-');
            } else if (part instanceof EntityRef ref) {
                writeRef(ref);
            } else if (part instanceof String text) {
                writeText(text);
            } else if (part instanceof PlainValue nested) {
                writeValue(nested);
            } else if (part instanceof Enum<?> constant) {
                piece.append(constant.name());
            } else if (part instanceof Integer number) {
                piece.append(number.intValue());
            } else if (part instanceof Long number) {
                piece.append(number.longValue()).append('L');
            } else if (part instanceof Boolean flag) {
                piece.append(flag.booleanValue());
            } else if (part instanceof Iid iid) {
                piece.append("IID:");
                writeText(iid.name());
            } else if (part instanceof Clsid clsid) {
                piece.append("CLSID:");
                writeText(clsid.name());
            } else {
                throw new IllegalArgumentException("not a part of a PlainValue: " + part.getClass().getName());
            }
        }
    }
}
