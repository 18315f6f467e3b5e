package org.comlife.reports.html;

/** Text made safe as XML character data or an attribute value. */
final class XmlText {
    private XmlText() {
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\t', '\n', '\r' -> out.append(c);
                default -> {
                    // Control characters (a crashed engine's output may hold some) are not allowed in
                    // XML at all, even escaped: show a replacement character instead of breaking the page.
                    out.append(c < 0x20 || c == 0xFFFE || c == 0xFFFF ? '\uFFFD' : c);
                }
            }
        }
        return out.toString();
    }
}
