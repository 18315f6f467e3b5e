package org.comlife.checks.jpf.host;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * An installed, built jpf-core (its java-17 branch): the directory that holds
 * {@code jpf.properties} and {@code build/jpf.jar}. jpf-core is not on Maven Central, so the user
 * names it: the Maven/system property {@code jpf.home} or the environment variable
 * {@code JPF_HOME}, the property winning.
 */
public record JpfInstallation(Path home) {
    /** The system property (and Maven property) that names jpf-core's directory (the CLI: {@code --jpf}). */
    public static final String PROPERTY = "jpf.home";
    /** The environment variable that names jpf-core's directory when the property is not given. */
    public static final String ENVIRONMENT = "JPF_HOME";

    public JpfInstallation {
        if (home == null) {
            throw new IllegalArgumentException("a jpf-core installation needs its directory");
        }
    }

    /** The jar with JPF's own classes: the only jar the JPF JVM needs on its class path. */
    public Path jpfJar() {
        return home.resolve("build").resolve("jpf.jar");
    }

    /** The model classes JPF runs the program's JDK calls against. */
    public Path jpfClassesJar() {
        return home.resolve("build").resolve("jpf-classes.jar");
    }

    /** jpf-core's project properties (its defaults, its native and model class paths). */
    public Path projectProperties() {
        return home.resolve("jpf.properties");
    }

    /** Looks jpf-core up from this JVM's system property and environment. */
    public static JpfLookup locate() {
        return locate(System.getProperty(PROPERTY), System.getenv(ENVIRONMENT));
    }

    /** Looks jpf-core up from the given property and environment values (either may be null). */
    public static JpfLookup locate(String propertyValue, String environmentValue) {
        return locate(propertyValue, environmentValue, JpfEntryPoint.MAVEN);
    }

    /**
     * Looks jpf-core up from the value the entry point was given ({@code -Djpf.home}, {@code --jpf})
     * and the environment (either may be null); the reason for none says how to give it there.
     */
    public static JpfLookup locate(String givenValue, String environmentValue, JpfEntryPoint entry) {
        String given;
        String source;
        String howToInstall = entry.howToInstall();
        if (isGiven(givenValue)) {
            given = givenValue.trim();
            source = entry.give(given);
        } else if (isGiven(environmentValue)) {
            given = environmentValue.trim();
            source = ENVIRONMENT + "=" + given;
        } else {
            return JpfLookup.absent("jpf-core was not given (neither " + entry.give("PATH").strip() + " nor "
                    + ENVIRONMENT + " is set); " + howToInstall);
        }
        Path home;
        try {
            home = Path.of(given).toAbsolutePath().normalize();
        } catch (InvalidPathException invalid) {
            return JpfLookup.absent(source + " is not a path (" + invalid.getMessage() + "); " + howToInstall);
        }
        JpfInstallation installation = new JpfInstallation(home);
        for (Path required : new Path[] {installation.projectProperties(), installation.jpfJar(),
                installation.jpfClassesJar()}) {
            if (!Files.isRegularFile(required)) {
                return JpfLookup.absent(source + " is not a built jpf-core: " + required + " is missing; "
                        + howToInstall);
            }
        }
        return JpfLookup.found(installation);
    }

    /** Blank values and Maven's unresolved "${jpf.home}" count as not given. */
    private static boolean isGiven(String value) {
        return value != null && !value.isBlank() && !value.trim().startsWith("${");
    }
}
