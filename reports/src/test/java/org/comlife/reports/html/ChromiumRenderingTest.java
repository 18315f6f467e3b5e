package org.comlife.reports.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.comlife.reports.FullHuntReports;
import org.comlife.reports.io.ReportWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * report.html of a full hunt as a browser shows it: headless Chromium lays the page out and takes
 * its picture. Skipped, with the reason, where Chromium is not installed (Debian's package
 * {@code chromium}: /usr/bin/chromium, or {@code chromium} on the PATH; or the browser given by
 * {@code -Dcomlife.chromium=PATH}).
 */
class ChromiumRenderingTest {
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 2000;
    private static final long TIMEOUT_SECONDS = 120;
    /** Where the picture is kept after the build, for a person to look at. */
    private static final Path SCREENSHOT = Path.of("target", "chromium", "report.png");

    @TempDir
    static Path folder;
    private static Path chromium;
    private static boolean written;

    /** Each test assumes Chromium itself, so that both are reported skipped, with the reason, when it is missing. */
    @BeforeEach
    void findChromiumAndWriteReport() throws Exception {
        chromium = chromium();
        if (!written) {
            ReportWriter.write(FullHuntReports.fullHunt(), folder);
            written = true;
        }
    }

    /**
     * The page opens at the verdict and the matrix: the whole matrix lies within the first
     * 1280×2000 screen, every counterexample below it, and nothing is unfolded.
     */
    @Test
    void matrixIsOnTheFirstScreen() throws Exception {
        String page = Files.readString(folder.resolve("report.html"));
        Path probe = folder.resolve("probe.html");
        // The report has no script; this copy gets one that writes what the browser laid out into the DOM.
        Files.writeString(probe, page.replace("</body>", """
                <script>
                var matrix = document.getElementById('matrix').getBoundingClientRect();
                var section = document.querySelector('section').getBoundingClientRect();
                document.body.setAttribute('data-probe', [Math.round(matrix.top), Math.round(matrix.bottom),
                    Math.round(section.top), document.documentElement.scrollHeight,
                    document.querySelectorAll('#matrix tbody tr').length,
                    document.querySelectorAll('details[open]').length].join(' '));
                </script></body>"""));

        String dom = run("--dump-dom", probe);

        Matcher probed = Pattern.compile("data-probe=\"(\\d+) (\\d+) (\\d+) (\\d+) (\\d+) (\\d+)\"").matcher(dom);
        assertThat(probed.find()).as("the probe ran; the DOM was:%n%s", dom.substring(0, Math.min(500, dom.length()))).isTrue();
        int matrixTop = Integer.parseInt(probed.group(1));
        int matrixBottom = Integer.parseInt(probed.group(2));
        int firstSection = Integer.parseInt(probed.group(3));
        System.out.printf("report.html in Chromium at %dx%d: matrix from %d px to %d px, first counterexample at %d px, "
                + "page %s px tall%n", WIDTH, HEIGHT, matrixTop, matrixBottom, firstSection, probed.group(4));
        assertThat(matrixTop).isLessThan(300);
        assertThat(matrixBottom).isLessThanOrEqualTo(HEIGHT);
        assertThat(firstSection).isGreaterThan(matrixBottom);
        assertThat(Integer.parseInt(probed.group(5))).isEqualTo(1 + FullHuntReports.FAULTS);
        assertThat(Integer.parseInt(probed.group(6))).isZero();
    }

    /** The first screen is drawn: a picture of the right size, with the red band of a failing verdict at its top and the matrix below it. */
    @Test
    void screenshotShowsVerdictAndMatrix() throws Exception {
        Path picture = folder.resolve("report.png");

        run("--screenshot=" + picture, folder.resolve("report.html"));

        BufferedImage image = ImageIO.read(picture.toFile());
        assertThat(image).as("a PNG at " + picture).isNotNull();
        assertThat(image.getWidth()).isEqualTo(WIDTH);
        assertThat(image.getHeight()).isEqualTo(HEIGHT);
        assertThat(pixels(image, 0, 250, 0xFFEEEE)).as("verdict band (#ffeeee) at the top").isGreaterThan(10_000);
        assertThat(pixels(image, 250, HEIGHT, 0xE3F9E5)).as("caught cells (#e3f9e5) in the matrix").isGreaterThan(10_000);
        Files.createDirectories(SCREENSHOT.getParent());
        Files.copy(picture, SCREENSHOT, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static long pixels(BufferedImage image, int fromY, int toY, int rgb) {
        long count = 0;
        for (int y = fromY; y < toY; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    count++;
                }
            }
        }
        return count;
    }

    /** Runs headless Chromium on the file and answers its standard output; fails, never hangs, when it does not finish. */
    private static String run(String action, Path file) throws Exception {
        Path profile = Files.createTempDirectory(folder, "profile");
        Path out = folder.resolve("chromium.out");
        Path err = folder.resolve("chromium.err");
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--hide-scrollbars",
                "--user-data-dir=" + profile, "--window-size=" + WIDTH + "," + HEIGHT, action,
                file.toUri().toString()));
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
            throw new AssertionError("Chromium did not finish in " + TIMEOUT_SECONDS + " s: " + command);
        }
        assertThat(process.exitValue()).as("Chromium's exit code; its errors:%n%s", Files.readString(err)).isZero();
        return Files.readString(out);
    }

    private static Path chromium() {
        String given = System.getProperty("comlife.chromium");
        if (given != null) {
            assumeThat(Path.of(given)).as("-Dcomlife.chromium=" + given + " is not an executable file").isExecutable();
            return Path.of(given);
        }
        Optional<Path> found = Optional.of(Path.of("/usr/bin/chromium")).filter(Files::isExecutable)
                .or(() -> onPath("chromium"));
        assumeThat(found).as("Chromium is not installed (no /usr/bin/chromium, no chromium on the PATH); "
                + "install Debian's chromium package to render report.html in this test").isPresent();
        return found.get();
    }

    private static Optional<Path> onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String entry : path.split(File.pathSeparator)) {
            Path candidate = Path.of(entry).resolve(name);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
