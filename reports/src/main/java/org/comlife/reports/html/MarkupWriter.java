package org.comlife.reports.html;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes XHTML-style markup that is well-formed by construction: every element opened is closed
 * in order, every attribute value and text is escaped. HTML and SVG renderers both write
 * through it, so a hostile label (an operation named {@code <script>}) can only ever be text.
 */
final class MarkupWriter {
    private final StringBuilder out = new StringBuilder(16 * 1024);
    private final Deque<String> open = new ArrayDeque<>();

    /** Opens an element; {@code attributes} are name, value pairs, and a pair with a null value is left out. */
    MarkupWriter open(String tag, String... attributes) {
        out.append('<').append(tag);
        appendAttributes(attributes);
        out.append('>');
        open.push(tag);
        return this;
    }

    /** Closes the innermost open element, which must be {@code tag}. */
    MarkupWriter close(String tag) {
        String innermost = open.poll();
        if (!tag.equals(innermost)) {
            throw new IllegalStateException("closing <" + tag + "> but the innermost open element is <" + innermost + ">");
        }
        out.append("</").append(tag).append('>');
        return this;
    }

    /** An element without content, self-closed: an HTML void element or an SVG shape. */
    MarkupWriter empty(String tag, String... attributes) {
        out.append('<').append(tag);
        appendAttributes(attributes);
        out.append("/>");
        return this;
    }

    /** An element holding only text. */
    MarkupWriter element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    MarkupWriter text(String text) {
        out.append(XmlText.escape(text));
        return this;
    }

    /** Markup this module produced itself (a stylesheet, a rendered SVG); never report text. */
    MarkupWriter trusted(String markup) {
        out.append(markup);
        return this;
    }

    /** A line break between elements, so that the page source is readable too. */
    MarkupWriter newline() {
        out.append('\n');
        return this;
    }

    /** The markup; every element must have been closed. */
    String finish() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("unclosed elements: " + open);
        }
        return out.toString();
    }

    private void appendAttributes(String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"").append(XmlText.escape(attributes[i + 1])).append('"');
            }
        }
    }
}
