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
    /** The system property (and Maven property) that names jpf-core's directory. */
    public static final String PROPERTY = "jpf.home";
    /** The environment variable that names jpf-core's directory when the property is not given. */
    public static final String ENVIRONMENT = "JPF_HOME";
    /** What a user does to get the tier: one sentence, repeated in every skip message. */
    public static final String HOW_TO_INSTALL = "to run the JPF tier, clone the java-17 branch of "
            + "https://github.com/javapathfinder/jpf-core, build it as its README says, and pass "
            + "-Djpf.home=<that directory> (or set JPF_HOME); see checks/JPF.md";

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
        String given;
        String source;
        if (isGiven(propertyValue)) {
            given = propertyValue.trim();
            source = "-D" + PROPERTY + "=" + given;
        } else if (isGiven(environmentValue)) {
            given = environmentValue.trim();
            source = ENVIRONMENT + "=" + given;
        } else {
            return JpfLookup.absent("jpf-core was not given (neither -D" + PROPERTY + " nor " + ENVIRONMENT
                    + " is set); " + HOW_TO_INSTALL);
        }
        Path home;
        try {
            home = Path.of(given).toAbsolutePath().normalize();
        } catch (InvalidPathException invalid) {
            return JpfLookup.absent(source + " is not a path (" + invalid.getMessage() + "); " + HOW_TO_INSTALL);
        }
        JpfInstallation installation = new JpfInstallation(home);
        for (Path required : new Path[] {installation.projectProperties(), installation.jpfJar(),
                installation.jpfClassesJar()}) {
            if (!Files.isRegularFile(required)) {
                return JpfLookup.absent(source + " is not a built jpf-core: " + required + " is missing; "
                        + HOW_TO_INSTALL);
            }
        }
        return JpfLookup.found(installation);
    }

    /** Blank values and Maven's unresolved "${jpf.home}" count as not given. */
    private static boolean isGiven(String value) {
        return value != null && !value.isBlank() && !value.trim().startsWith("${");
    }
}
