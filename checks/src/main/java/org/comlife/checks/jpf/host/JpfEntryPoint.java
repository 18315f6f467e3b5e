package org.comlife.checks.jpf.host;

/**
 * Where the user gives jpf-core, so that every message says it in the words of what they ran:
 * Maven and the test suite take {@code -Djpf.home}, the command line takes {@code --jpf}; both
 * fall back to the environment variable {@code JPF_HOME}.
 */
public enum JpfEntryPoint {
    /** {@code mvn verify -Djpf.home=...}, and tests. */
    MAVEN("-D" + JpfInstallation.PROPERTY + "=", "mvn verify -D" + JpfInstallation.PROPERTY + "=<jpf-core>"),
    /** {@code java -jar comlife.jar hunt --jpf ...}. */
    COMMAND_LINE("--jpf ", "java -jar checks/target/comlife.jar hunt --jpf <jpf-core>");

    private final String flag;
    private final String rerun;

    JpfEntryPoint(String flag, String rerun) {
        this.flag = flag;
        this.rerun = rerun;
    }

    /** How the path is given, e.g. "--jpf /opt/jpf-core". */
    public String give(String path) {
        return flag + path;
    }

    /** What a user does to get the tier: one sentence, repeated in every skip message. */
    public String howToInstall() {
        return "to run the JPF tier, clone the java-17 branch of https://github.com/javapathfinder/jpf-core, build "
                + "it as its README says, and pass " + give("<that directory>") + " (or set "
                + JpfInstallation.ENVIRONMENT + "); see checks/JPF.md";
    }

    /** The command that runs JPF again on what it found. */
    public String rerun() {
        return rerun;
    }
}
