package org.comlife.reports.html;

/**
 * The page's inline CSS. Inline because report.html must be one self-contained file that opens
 * from a CI artifact with no network. It holds no {@code <} and no {@code &}, so that it is the same
 * text for an HTML parser (raw style content) and an XML parser (character data).
 */
final class ReportStylesheet {
    static final String CSS = """
            :root { color-scheme: light; }
            body { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
                   font-size: 15px; line-height: 1.5; color: #1f2933; background: #ffffff; margin: 0; }
            main { max-width: 1240px; margin: 0 auto; padding: 24px 32px 48px; }
            h1 { font-size: 26px; margin: 0 0 4px; }
            h2 { font-size: 20px; margin: 36px 0 12px; padding-bottom: 4px; border-bottom: 1px solid #d9e2ec; }
            h3 { font-size: 17px; margin: 28px 0 6px; }
            h4 { font-size: 15px; margin: 18px 0 8px; }
            code, pre, .mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, 'DejaVu Sans Mono', monospace; font-size: 13px; }
            pre { background: #f5f7fa; border: 1px solid #d9e2ec; border-radius: 6px; padding: 10px 12px;
                  white-space: pre-wrap; word-break: break-word; margin: 6px 0 12px; }
            .verdict { border-radius: 10px; padding: 18px 22px; margin-bottom: 18px; }
            .verdict.pass { background: #e3f9e5; border: 1px solid #57ae5b; }
            .verdict.fail { background: #ffeeee; border: 1px solid #e12d39; }
            .verdict .word { font-weight: 800; }
            .verdict.pass .word { color: #207227; }
            .verdict.fail .word { color: #ab091e; }
            .meta { color: #52606d; margin: 0; }
            .reasons { margin: 10px 0 0; padding-left: 22px; }
            .stats { display: flex; flex-wrap: wrap; gap: 12px; margin: 8px 0; }
            .stat { border: 1px solid #d9e2ec; border-radius: 8px; padding: 8px 14px; min-width: 110px; }
            .stat .value { font-size: 22px; font-weight: 700; display: block; }
            .stat .name { color: #52606d; font-size: 13px; }
            table.matrix { border-collapse: collapse; width: 100%; margin: 8px 0; }
            table.matrix th, table.matrix td { border: 1px solid #d9e2ec; padding: 5px 8px; vertical-align: top; text-align: left;
                                               line-height: 1.35; }
            table.matrix thead th { background: #f0f4f8; font-size: 14px; }
            table.matrix tfoot td { background: #f8fafc; color: #52606d; font-size: 13px; }
            .row-id { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, 'DejaVu Sans Mono', monospace; font-weight: 700; }
            .row-title { display: block; color: #3e4c59; font-size: 13px; }
            .kind { display: inline-block; font-size: 12px; border-radius: 10px; padding: 0 8px; margin-left: 4px;
                    background: #e4e7eb; color: #3e4c59; font-weight: normal; }
            .cell .label { font-weight: 700; }
            .cell .detail { display: block; font-size: 12.5px; color: #52606d; }
            .cell a { font-size: 12.5px; margin-left: 4px; white-space: nowrap; }
            .good { background: #e3f9e5; }
            .good .label { color: #207227; }
            .bad { background: #ffeeee; }
            .bad .label { color: #ab091e; }
            .warning { background: #fff3c4; }
            .warning .label { color: #8d2b0b; }
            .neutral { background: #ffffff; }
            .neutral .label { color: #616e7c; font-weight: 600; }
            .legend { display: flex; flex-wrap: wrap; gap: 6px 18px; font-size: 13px; color: #3e4c59; margin: 6px 0 0; padding: 0; list-style: none; }
            .swatch { display: inline-block; width: 14px; height: 14px; border-radius: 3px; vertical-align: -2px;
                      margin-right: 6px; border: 1px solid #9aa5b1; }
            .swatch.good { background: #e3f9e5; } .swatch.bad { background: #ffeeee; }
            .swatch.warning { background: #fff3c4; } .swatch.neutral { background: #ffffff; }
            .swatch.step { background: #ffffff; border-color: #bcccdc; }
            .swatch.broken { background: #fff1f0; border: 2px solid #c62828; }
            .swatch.lane { background: #243b53; border-color: #243b53; }
            .swatch.lifeline { width: 0; border: none; border-left: 2px dashed #9aa5b1; border-radius: 0; }
            dl.engines { display: grid; grid-template-columns: max-content 1fr; gap: 6px 18px; margin: 0; }
            dl.engines dt { font-weight: 700; }
            dl.engines dd { margin: 0; }
            .unavailable { color: #8d2b0b; }
            article.row { border-top: 1px solid #e4e7eb; }
            .story, .fix { margin: 6px 0; max-width: 900px; }
            .fix strong, .story strong { color: #3e4c59; }
            .counterexample { margin: 14px 0 26px; }
            .diagram { overflow-x: auto; border: 1px solid #d9e2ec; border-radius: 8px; padding: 6px; background: #ffffff; }
            .broke { color: #ab091e; font-weight: 700; margin: 10px 0 4px; }
            .explanation { margin: 4px 0 8px; max-width: 900px; }
            .error-cell pre { border-color: #f0b429; background: #fffbea; }
            .failure { margin: 4px 0 8px; color: #8d2b0b; font-weight: 600; }
            .back { font-size: 13px; }
            .replay-help { margin: 12px 0; }
            .trace-file { margin: 4px 0; font-size: 13px; }
            details.trace { margin: 6px 0 12px; }
            details.trace summary { cursor: pointer; color: #3e4c59; font-size: 13px; }
            details.trace pre { max-height: 480px; overflow: auto; white-space: pre; word-break: normal; }
            table.matrix { margin-top: 14px; }
            """;

    private ReportStylesheet() {
    }
}
