package org.comlife.checks.jpf.host;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;

/** Where classes were loaded from (a jar or a classes directory), to build the JPF JVM's class paths. */
final class CodeLocations {
    private CodeLocations() {
    }

    /** The distinct locations of the given classes, in order. */
    static List<Path> of(Class<?>... classes) {
        List<Path> locations = new ArrayList<>();
        for (Class<?> type : classes) {
            Path location = of(type);
            if (!locations.contains(location)) {
                locations.add(location);
            }
        }
        return locations;
    }

    static Path of(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            throw new IllegalStateException("cannot tell where " + type.getName() + " was loaded from");
        }
        try {
            return Path.of(source.getLocation().toURI()).toAbsolutePath();
        } catch (URISyntaxException | IllegalArgumentException unusual) {
            throw new IllegalStateException("cannot tell where " + type.getName() + " was loaded from: "
                    + source.getLocation(), unusual);
        }
    }
}
