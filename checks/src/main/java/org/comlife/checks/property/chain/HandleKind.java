package org.comlife.checks.property.chain;

/** What a chain's symbolic value stands for at run time; the letter names it in a readable chain. */
public enum HandleKind {
    /** An interface pointer to an instance or a local object (raw or proxy). */
    POINTER("p"),
    /** An IClassFactory pointer obtained by CoGetClassObject. */
    FACTORY("f"),
    /** An IStream holding one NORMAL marshal packet. */
    STREAM("s"),
    /** A Global Interface Table cookie. */
    COOKIE("g");

    private final String letter;

    HandleKind(String letter) {
        this.letter = letter;
    }

    public String letter() {
        return letter;
    }
}
