package org.comlife.reports.schema;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An engine's own text about one cell (Lincheck's interleaving report, a crash's stack trace),
 * which can run to megabytes. A report keeps only an excerpt of bounded size: the first
 * {@value #HEAD_LINES} and the last {@value #TAIL_LINES} lines, each cut to
 * {@value #MAX_LINE_LENGTH} characters, with a marker line saying how many lines were cut. The
 * whole text goes to a file of its own beside the report ({@link #file()}), written by
 * {@code ReportWriter}.
 *
 * <p>A trace made by {@link #of(String)} also holds the whole text in memory, for the writer; it
 * is neither written to JSON nor part of {@link #equals(Object)}, so a report read back equals
 * the one written. A trace read from JSON has no whole text unless its file was read too.
 */
@JsonPropertyOrder({"excerpt", "complete", "lines", "characters", "file"})
public final class RawTrace {
    public static final int HEAD_LINES = 30;
    public static final int TAIL_LINES = 15;
    public static final int MAX_LINE_LENGTH = 200;
    /** No excerpt is longer: the kept lines at their longest, the marker and the line breaks. */
    public static final int MAX_EXCERPT_CHARACTERS = (HEAD_LINES + TAIL_LINES + 1) * (MAX_LINE_LENGTH + 1);

    private final String excerpt;
    private final boolean complete;
    private final int lines;
    private final long characters;
    private final String file;
    private final String wholeText;

    @JsonCreator
    RawTrace(@JsonProperty("excerpt") String excerpt, @JsonProperty("complete") boolean complete,
             @JsonProperty("lines") int lines, @JsonProperty("characters") long characters,
             @JsonProperty("file") String file) {
        this(excerpt, complete, lines, characters, file, null);
    }

    private RawTrace(String excerpt, boolean complete, int lines, long characters, String file, String wholeText) {
        if (excerpt == null) {
            throw new IllegalArgumentException("a trace needs its excerpt");
        }
        long excerptLines = excerpt.chars().filter(c -> c == '\n').count() + 1;
        if (excerpt.length() > MAX_EXCERPT_CHARACTERS || excerptLines > HEAD_LINES + TAIL_LINES + 1) {
            throw new IllegalArgumentException("a trace excerpt holds at most " + (HEAD_LINES + TAIL_LINES)
                    + " lines and the marker, " + MAX_EXCERPT_CHARACTERS + " characters; this one has " + excerptLines
                    + " lines and " + excerpt.length() + " characters (build traces with RawTrace.of)");
        }
        if (lines < excerptLines - 1 || characters < 0 || (complete && characters != excerpt.length())) {
            throw new IllegalArgumentException("trace sizes do not fit its excerpt: " + lines + " lines, "
                    + characters + " characters, complete " + complete);
        }
        this.excerpt = excerpt;
        this.complete = complete;
        this.lines = lines;
        this.characters = characters;
        this.file = Required.relativePath(file, "trace file");
        this.wholeText = wholeText;
    }

    /** The trace of an engine's text: the whole text (line ends normalized, trailing blanks dropped) and its excerpt. */
    public static RawTrace of(String text) {
        String whole = Required.text(text, "trace text").replace("\r\n", "\n").replace('\r', '\n').stripTrailing();
        int lineCount = 1 + (int) whole.chars().filter(c -> c == '\n').count();
        StringBuilder excerpt = new StringBuilder();
        if (lineCount <= HEAD_LINES + TAIL_LINES) {
            appendLines(excerpt, whole, 0, whole.length());
        } else {
            int headEnd = nthLineBreak(whole, HEAD_LINES);
            int tailStart = lastLinesStart(whole, TAIL_LINES);
            appendLines(excerpt, whole, 0, headEnd);
            excerpt.append(String.format(Locale.ROOT, "\n[… %,d lines cut …]\n", lineCount - HEAD_LINES - TAIL_LINES));
            appendLines(excerpt, whole, tailStart, whole.length());
        }
        String kept = excerpt.toString();
        return new RawTrace(kept, kept.equals(whole), lineCount, whole.length(), null, whole);
    }

    /** The kept lines, with a marker where lines were cut; lines longer than the limit end with "…". */
    @JsonProperty("excerpt")
    public String excerpt() {
        return excerpt;
    }

    /** Whether the excerpt is the whole text (nothing cut or shortened). */
    @JsonProperty("complete")
    public boolean complete() {
        return complete;
    }

    /** Lines of the whole text. */
    @JsonProperty("lines")
    public int lines() {
        return lines;
    }

    /** Characters of the whole text. */
    @JsonProperty("characters")
    public long characters() {
        return characters;
    }

    /** Where the whole text is, relative to the report's folder (e.g. {@code traces/split-release-lincheck.txt}); null when it was not saved. */
    @JsonProperty("file")
    public String file() {
        return file;
    }

    /** The whole text, when this trace was made from it in this process or read with its file. */
    @JsonIgnore
    public Optional<String> wholeText() {
        return Optional.ofNullable(wholeText);
    }

    /** This trace, its whole text saved in {@code relativeFile}. */
    public RawTrace withFile(String relativeFile) {
        return new RawTrace(excerpt, complete, lines, characters, relativeFile, wholeText);
    }

    /** This trace, with its whole text (read back from its file). */
    public RawTrace withWholeText(String text) {
        return new RawTrace(excerpt, complete, lines, characters, file, text);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RawTrace that && excerpt.equals(that.excerpt) && complete == that.complete
                && lines == that.lines && characters == that.characters && Objects.equals(file, that.file);
    }

    @Override
    public int hashCode() {
        return Objects.hash(excerpt, complete, lines, characters, file);
    }

    @Override
    public String toString() {
        return "RawTrace[" + lines + " lines, " + characters + " characters" + (complete ? "" : ", excerpt")
                + (file == null ? "" : ", file " + file) + "]";
    }

    private static void appendLines(StringBuilder out, String text, int from, int to) {
        int start = from;
        while (start <= to) {
            int end = text.indexOf('\n', start);
            if (end < 0 || end > to) {
                end = to;
            }
            String line = Required.cut(text.substring(start, end), MAX_LINE_LENGTH);
            if (start > from) {
                out.append('\n');
            }
            out.append(line);
            start = end + 1;
        }
    }

    /** The position of the {@code n}-th line break, which ends the first {@code n} lines. */
    private static int nthLineBreak(String text, int n) {
        int at = -1;
        for (int i = 0; i < n; i++) {
            at = text.indexOf('\n', at + 1);
        }
        return at;
    }

    /** Where the last {@code n} lines begin. */
    private static int lastLinesStart(String text, int n) {
        int at = text.length();
        for (int i = 0; i < n; i++) {
            at = text.lastIndexOf('\n', at - 1);
        }
        return at + 1;
    }
}
