package org.comlife.reports.html;

import org.comlife.reports.render.CountText;
import org.comlife.reports.render.DurationText;
import org.comlife.reports.render.TimeText;
import org.comlife.reports.schema.EngineInfo;
import org.comlife.reports.schema.MatrixReport;
import org.comlife.reports.schema.Summary;
import org.comlife.reports.schema.Verdict;

/**
 * report.html: the matrix for people. It opens at the verdict and the matrix; every cell with a
 * counterexample, a failure or an engine's output links to its section further down, which links
 * back. One self-contained page (inline CSS and SVG, no script, no external URL; the only other
 * files it links to are the engine traces and replay files beside it) that is also well-formed
 * XML, so it opens from a CI artifact anywhere and can be checked by an XML parser.
 */
public final class HtmlReportRenderer {
    private HtmlReportRenderer() {
    }

    public static String render(MatrixReport report) {
        Summary summary = report.summary();
        MarkupWriter html = new MarkupWriter();
        html.trusted("<!DOCTYPE html>\n");
        html.open("html", "lang", "en").newline();
        html.open("head").newline();
        html.empty("meta", "charset", "utf-8").newline();
        html.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").newline();
        html.element("title", "comlife matrix: " + summary.verdict() + " — " + report.implementation()).newline();
        html.open("style").trusted(ReportStylesheet.CSS).close("style").newline();
        html.close("head").newline();
        html.open("body").open("main").newline();

        writeVerdict(html, report, summary);
        MatrixTableHtml.write(html, report);
        if (report.replayHelp() != null) {
            html.open("p", "class", "replay-help").element("strong", "Replay a counterexample: ")
                    .element("code", report.replayHelp()).close("p").newline();
        }
        writeStats(html, summary);
        html.element("h2", "Engines").newline();
        writeEngines(html, report);
        html.element("h2", "Rows and counterexamples").newline();
        RowDetailsHtml.write(html, report);

        html.close("main").close("body").newline().close("html").newline();
        return html.finish();
    }

    private static void writeVerdict(MarkupWriter html, MatrixReport report, Summary summary) {
        String tone = summary.verdict() == Verdict.PASS ? "pass" : "fail";
        html.open("header", "class", "verdict " + tone).newline();
        html.open("h1").text("comlife matrix: ")
                .element("span", (summary.verdict() == Verdict.PASS ? "✓ " : "✗ ") + summary.verdict(), "class", "word")
                .close("h1").newline();
        String meta = "Implementation " + report.implementation() + " · " + CountText.of(report.rows().size(), "row")
                + " × " + CountText.of(report.engines().size(), "engine") + " · " + report.tool() + " · generated "
                + TimeText.of(report.generatedAt());
        if (!report.shards().isEmpty()) {
            meta += " · merged from shards " + String.join(", ", report.shards());
        }
        html.element("p", meta, "class", "meta").newline();
        if (!summary.failureReasons().isEmpty()) {
            html.open("ul", "class", "reasons");
            summary.failureReasons().forEach(reason -> html.element("li", reason));
            html.close("ul").newline();
        }
        html.close("header").newline();
    }

    private static void writeStats(MarkupWriter html, Summary summary) {
        html.open("div", "class", "stats").newline();
        stat(html, summary.referencePassed() ? "passed" : "not passed", "implementation under test");
        stat(html, String.valueOf(summary.faults()), summary.faults() == 1 ? "fault" : "faults");
        stat(html, String.valueOf(summary.faultsCaught()), "caught");
        stat(html, String.valueOf(summary.faultsEscaped()), "escaped");
        stat(html, String.valueOf(summary.errors()), summary.errors() == 1 ? "engine error" : "engine errors");
        stat(html, String.valueOf(summary.skippedCells()), summary.skippedCells() == 1 ? "cell not run" : "cells not run");
        stat(html, DurationText.of(summary.totalMillis()), "engine time");
        html.close("div").newline();
    }

    private static void stat(MarkupWriter html, String value, String name) {
        html.open("div", "class", "stat").element("span", value, "class", "value")
                .element("span", name, "class", "name").close("div").newline();
    }

    private static void writeEngines(MarkupWriter html, MatrixReport report) {
        html.open("dl", "class", "engines").newline();
        for (EngineInfo engine : report.engines()) {
            html.open("dt").text(engine.name()).text(" ").element("code", engine.id()).close("dt");
            html.open("dd");
            if (engine.description() != null) {
                html.text(engine.description());
            }
            if (!engine.available()) {
                html.text(" ").element("span", "Unavailable: " + engine.unavailableReason(),
                        "class", "unavailable");
            }
            html.close("dd").newline();
        }
        html.close("dl").newline();
    }
}
