package org.comlife.checks.jpf.host;

/**
 * The outcome of looking for jpf-core: the installation, or the reason there is none and how to
 * install it. A missing installation makes the tier SKIPPED, never passed.
 */
public record JpfLookup(JpfInstallation installation, String reason) {

    public JpfLookup {
        if ((installation == null) == (reason == null)) {
            throw new IllegalArgumentException("a lookup has either an installation or a reason, not both");
        }
    }

    public static JpfLookup found(JpfInstallation installation) {
        return new JpfLookup(installation, null);
    }

    public static JpfLookup absent(String reason) {
        return new JpfLookup(null, reason);
    }

    public boolean isAvailable() {
        return installation != null;
    }

    /** The installation; throws with the reason when there is none. */
    public JpfInstallation require() {
        if (installation == null) {
            throw new IllegalStateException("the JPF tier is unavailable: " + reason);
        }
        return installation;
    }
}
