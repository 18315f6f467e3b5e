package org.comlife.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Sharing a width among columns. */
class ColumnWidthsTest {

    /** When everything fits, every column gets what it wants (or the minimum). */
    @Test
    void enoughRoomGivesWhatIsWanted() {
        assertThat(ColumnWidths.share(new int[] {10, 3, 20}, 100, 5)).containsExactly(10, 5, 20);
    }

    /** Narrow columns keep their width and the wide ones split the rest evenly, within the total. */
    @Test
    void wideColumnsSplitTheRest() {
        int[] granted = ColumnWidths.share(new int[] {100, 10, 100}, 91, 5);

        assertThat(granted).containsExactly(41, 10, 40);
    }

    /** The minimum holds even when it makes the total exceed the width available. */
    @Test
    void minimumWins() {
        assertThat(ColumnWidths.share(new int[] {50, 50}, 10, 8)).containsExactly(8, 8);
    }
}
