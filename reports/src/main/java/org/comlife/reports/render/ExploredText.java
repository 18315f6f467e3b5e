package org.comlife.reports.render;

import java.util.Locale;
import java.util.Optional;
import org.comlife.reports.schema.Cell;

/** How much an engine explored, e.g. "12,345 states"; nothing when it explored nothing. */
public final class ExploredText {
    private ExploredText() {
    }

    public static Optional<String> of(Cell cell) {
        if (cell.explored() == 0 || cell.exploredUnit() == null) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "%,d %s", cell.explored(), cell.exploredUnit()));
    }
}
