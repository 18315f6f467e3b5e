package org.comlife.checks.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * How wide the text a command draws may be: {@code --width} when given, else the environment's
 * {@code COLUMNS}, else the terminal's own width (asked of {@code stty} when standard output is a
 * terminal), else {@value #FALLBACK} columns.
 */
final class TerminalWidth {
    /** The width when nothing says otherwise: the classic terminal. */
    static final int FALLBACK = 80;
    /** The narrowest drawing that stays readable. */
    static final int MINIMUM = 40;

    private TerminalWidth() {
    }

    /** The width to draw at; {@code given} is --width, or null. */
    static int of(Integer given) {
        return of(given, System.getenv("COLUMNS"), System.console() != null);
    }

    /** The width, from --width, the value of COLUMNS (either may be null), or the terminal when there is one. */
    static int of(Integer given, String columnsVariable, boolean terminal) {
        if (given != null) {
            if (given < MINIMUM) {
                throw new UsageProblem("--width must be at least " + MINIMUM + ", got " + given);
            }
            return given;
        }
        Integer columns = number(columnsVariable);
        if (columns == null && terminal) {
            columns = askTerminal();
        }
        return columns == null ? FALLBACK : Math.max(MINIMUM, columns);
    }

    private static Integer askTerminal() {
        File tty = new File("/dev/tty");
        if (!tty.canRead()) {
            return null;
        }
        try {
            Process stty = new ProcessBuilder("stty", "size").redirectInput(tty)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!stty.waitFor(2, TimeUnit.SECONDS)) {
                stty.destroyForcibly();
                return null;
            }
            String[] rowsAndColumns = new String(stty.getInputStream().readAllBytes(), StandardCharsets.US_ASCII)
                    .strip().split("\\s+");
            return rowsAndColumns.length == 2 ? number(rowsAndColumns[1]) : null;
        } catch (IOException unavailable) {
            return null;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static Integer number(String text) {
        if (text == null || !text.strip().matches("[0-9]{1,4}")) {
            return null;
        }
        int value = Integer.parseInt(text.strip());
        return value > 0 ? value : null;
    }
}
