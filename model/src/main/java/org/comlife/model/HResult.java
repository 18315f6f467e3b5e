package org.comlife.model;

/**
 * The HRESULT values of the contract, with their exact 32-bit codes.
 *
 * <p>An API of the model never throws for a misuse that COM answers with an error code; it
 * returns one of these. Success codes have the severity bit clear (S_OK, S_FALSE).
 */
public enum HResult {
    S_OK(0x00000000),
    S_FALSE(0x00000001),
    E_INVALIDARG(0x80070057),
    E_POINTER(0x80004003),
    E_NOINTERFACE(0x80004002),
    E_UNEXPECTED(0x8000FFFF),
    /** Out of memory: what CoMarshalInterface answers when it cannot make the packet. */
    E_OUTOFMEMORY(0x8007000E),
    CO_E_NOTINITIALIZED(0x800401F0),
    CO_E_OBJNOTCONNECTED(0x800401FD),
    CO_E_OBJISREG(0x800401FC),
    CO_E_OBJNOTREG(0x800401FB),
    CO_E_SERVER_STOPPING(0x80080008),
    CO_E_APPDIDNTREG(0x800401FE),
    REGDB_E_CLASSNOTREG(0x80040154),
    RPC_E_WRONG_THREAD(0x8001010E),
    RPC_E_DISCONNECTED(0x80010108),
    RPC_E_CHANGED_MODE(0x80010106),
    RPC_E_INVALID_OBJREF(0x8001011D),
    STG_E_READFAULT(0x8003001E),
    CLASS_E_NOAGGREGATION(0x80040110);

    private final int value;

    HResult(int value) {
        this.value = value;
    }

    /** The 32-bit code as COM defines it (negative for failures, as a signed int). */
    public int value() {
        return value;
    }

    /** SUCCEEDED(hr): the severity bit is clear. */
    public boolean succeeded() {
        return value >= 0;
    }

    /** FAILED(hr): the severity bit is set. */
    public boolean failed() {
        return value < 0;
    }

    /** The code as eight hex digits, e.g. {@code 0x8001010E}. */
    public String hex() {
        String digits = Integer.toHexString(value).toUpperCase();
        StringBuilder padded = new StringBuilder("0x");
        for (int i = digits.length(); i < 8; i++) {
            padded.append('0');
        }
        return padded.append(digits).toString();
    }

    /** The HRESULT with this code, or null when the contract does not name it. */
    public static HResult fromValue(int value) {
        for (HResult hr : values()) {
            if (hr.value == value) {
                return hr;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return name() + " (" + hex() + ")";
    }
}
