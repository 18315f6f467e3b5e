package org.comlife.reports.html;

import org.comlife.reports.render.CountText;
import org.comlife.reports.schema.EngineInfo;
import org.comlife.reports.schema.RawTrace;

/**
 * An engine's own output (its report, a stack trace): a link to the file with the whole text,
 * then the excerpt the report keeps in a {@code <pre>} inside a collapsed {@code <details>}, so
 * that it never pushes the rest of the page away.
 */
final class EngineTraceHtml {
    private EngineTraceHtml() {
    }

    static void write(MarkupWriter html, EngineInfo engine, RawTrace trace, boolean failure) {
        String what = failure ? "The failure as " + engine.name() + " gave it" : engine.name() + "'s own output";
        String size = CountText.of(trace.lines(), "line") + ", " + CountText.of(trace.characters(), "character");
        if (trace.file() != null) {
            html.open("p", "class", "trace-file").text(what + ", whole (" + size + "): ")
                    .element("a", trace.file(), "href", trace.file()).close("p").newline();
        }
        String summary;
        if (trace.complete()) {
            summary = what + " (" + size + ")";
        } else {
            String kept = trace.lines() > RawTrace.HEAD_LINES + RawTrace.TAIL_LINES
                    ? "first " + RawTrace.HEAD_LINES + " and last " + RawTrace.TAIL_LINES + " of " + size
                    : size + ", long lines shortened";
            summary = what + ": " + kept + (trace.file() == null ? " (the whole text was not saved)" : "");
        }
        html.open("details", "class", "trace").element("summary", summary).newline();
        html.element("pre", trace.excerpt()).newline();
        html.close("details").newline();
    }
}
