package org.comlife.specs.sequential;

import java.util.ArrayList;
import java.util.List;
import org.comlife.model.HResult;

/**
 * The GIT one call at a time, over cookies: a registered cookie gets S_OK with a connected
 * pointer any number of times until it is revoked; an unknown or revoked cookie gets
 * E_INVALIDARG, from get and from revoke alike. No call ever answers anything else.
 */
public final class SequentialGlobalInterfaceTable {
    private final List<Integer> registered = new ArrayList<>();
    private int nextCookie = 1;

    /** RegisterInterfaceInGlobal: the next cookie. */
    public int register() {
        int cookie = nextCookie++;
        registered.add(cookie);
        return cookie;
    }

    /** Registers a cookie chosen by the caller (to mirror an implementation's cookies). */
    public void registerAs(int cookie) {
        registered.add(cookie);
    }

    /** Whether the cookie is registered and not yet revoked. */
    public boolean isRegistered(int cookie) {
        return registered.contains(cookie);
    }

    /** How many cookies are registered. */
    public int size() {
        return registered.size();
    }

    /** GetInterfaceFromGlobal. */
    public HResult get(int cookie) {
        return registered.contains(cookie) ? HResult.S_OK : HResult.E_INVALIDARG;
    }

    /** RevokeInterfaceFromGlobal. */
    public HResult revoke(int cookie) {
        return registered.remove(Integer.valueOf(cookie)) ? HResult.S_OK : HResult.E_INVALIDARG;
    }
}
