package org.comlife.reports.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Replaces a file's content all at once: the text goes to a temporary file in the same folder
 * (same file system, so the move can be atomic), which is then moved over the target. A reader,
 * such as a CI step uploading artifacts, sees the old file or the new one, never half of one.
 *
 * <p>The temporary file is made by a plain file creation, so the target ends with the permissions
 * the user's umask gives any new file (0644 under umask 022), readable by an artifact or web
 * server running as another user. {@code Files.createTempFile} would make it 0600.
 */
public final class AtomicFileWriter {
    private static final AtomicLong NEXT = new AtomicLong(System.nanoTime());
    private static final int ATTEMPTS = 100;

    private AtomicFileWriter() {
    }

    /** Replaces {@code target}'s content with {@code text} (UTF-8) at once; its folder must exist. */
    public static void write(Path target, String text) throws ReportWriteException {
        Path temporary = createTemporary(target);
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            moveIntoPlace(temporary, target);
        } catch (IOException e) {
            deleteQuietly(temporary, e);
            throw new ReportWriteException(target, describe(e), e);
        }
    }

    /** A new empty file beside the target, with a name no other writer uses, created with default permissions. */
    private static Path createTemporary(Path target) throws ReportWriteException {
        Path folder = target.toAbsolutePath().getParent();
        FileAlreadyExistsException taken = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            String name = "." + target.getFileName() + "." + Long.toHexString(NEXT.getAndIncrement()) + ".tmp";
            try {
                return Files.createFile(folder.resolve(name));
            } catch (FileAlreadyExistsException e) {
                taken = e;
            } catch (IOException e) {
                throw new ReportWriteException(target, "cannot create a file in " + folder + " (" + describe(e) + ")", e);
            }
        }
        throw new ReportWriteException(target, "no free temporary name in " + folder, taken);
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
