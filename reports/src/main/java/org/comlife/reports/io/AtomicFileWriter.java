package org.comlife.reports.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Replaces a file's content all at once: the text goes to a temporary file in the same folder
 * (same file system, so the move can be atomic), which is then moved over the target. A reader,
 * such as a CI step uploading artifacts, sees the old file or the new one, never half of one.
 */
final class AtomicFileWriter {
    private AtomicFileWriter() {
    }

    static void write(Path target, String text) throws ReportWriteException {
        Path folder = target.toAbsolutePath().getParent();
        Path temporary;
        try {
            temporary = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
        } catch (IOException e) {
            throw new ReportWriteException(target, "cannot create a file in " + folder + " (" + describe(e) + ")", e);
        }
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            moveIntoPlace(temporary, target);
        } catch (IOException e) {
            deleteQuietly(temporary, e);
            throw new ReportWriteException(target, describe(e), e);
        }
    }

    private static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some file systems (certain network mounts) cannot rename atomically; a plain replace
            // still never leaves a half-written target, only a short window without one.
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temporary, IOException failure) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    /** The exception's class says what went wrong (AccessDeniedException, ...); its message alone is often just a path. */
    static String describe(IOException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
